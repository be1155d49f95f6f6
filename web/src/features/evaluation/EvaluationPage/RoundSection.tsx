import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TextList } from "../../../components/TextList.tsx";
import { formatDate, formatDay } from "../../../i18n.ts";
import { AnswerForm } from "./AnswerForm.tsx";
import type { PageContext } from "./context.ts";
import { ManageRound } from "./ManageRound.tsx";
import { OpenRoundForm } from "./OpenRoundForm.tsx";

export function RoundSection({ ctx }: { ctx: PageContext }) {
  const { t } = useTranslation();
  const { data, networkId } = ctx;
  const { round, cycle } = data;
  return (
    <section aria-labelledby="ev-round-heading" className="panel">
      <h2 id="ev-round-heading" tabIndex={-1}>
        {t("evaluation.round.heading")}
      </h2>
      <p>{t("evaluation.round.intro")}</p>
      {!round ? (
        cycle.closedAt ? (
          <p>{t("evaluation.round.noneClosed")}</p>
        ) : cycle.phase !== "evaluating" ? (
          <p>
            {t("evaluation.round.opensInPhase", { phase: t("phases.evaluating.name") })}{" "}
            <Link to={`/networks/${networkId}/cycle`}>{t("evaluation.round.toCycle")}</Link>
          </p>
        ) : ctx.coordinator ? (
          <OpenRoundForm ctx={ctx} />
        ) : (
          <p>{t("evaluation.round.notOpened")}</p>
        )
      ) : (
        <>
          <dl className="facts">
            <dt>{t("evaluation.round.statusLabel")}</dt>
            <dd className="strong">
              {round.status === "open"
                ? t("evaluation.round.openUntil", { date: formatDay(round.closesOn) })
                : round.closedAt
                  ? t("evaluation.round.closedOn", { date: formatDate(round.closedAt) })
                  : t("evaluation.round.closedAfter", { date: formatDay(round.closesOn) })}
            </dd>
            <dt>{t("evaluation.round.respondentsLabel")}</dt>
            <dd>{t("evaluation.round.respondents", { count: round.respondents })}</dd>
          </dl>
          {round.intro ? <p className="prose ev-intro">{round.intro}</p> : null}
          <p className="hint">{t("evaluation.round.resultsWhere")}</p>
          {round.canAnswer ? (
            <AnswerForm key={`${round.id}-${cycle.id}`} ctx={ctx} round={round} />
          ) : ctx.canEdit && round.status === "closed" ? (
            <p>{round.mine ? t("evaluation.round.closedAnswered") : t("evaluation.round.closedNoAnswer")}</p>
          ) : !ctx.canEdit ? (
            <p>{t("evaluation.round.observer")}</p>
          ) : null}
          {round.questions.length > 0 ? (
            <>
              <h3>{t("evaluation.round.answersHeading")}</h3>
              {round.status === "open" ? (
                <p>{t("evaluation.results.afterClose", { min: data.minGroupSize })}</p>
              ) : !round.shown ? (
                <p>{t("evaluation.results.hidden", { count: round.respondents, min: data.minGroupSize })}</p>
              ) : null}
              {round.questions.map((q) => (
                <div key={q.id} className="ev-question-answers">
                  <h4>{q.text}</h4>
                  {round.shown ? (
                    q.answers.length === 0 ? (
                      <p className="meta">{t("evaluation.round.noAnswers")}</p>
                    ) : (
                      <TextList texts={q.answers} className="ev-comments" itemClassName="prose" />
                    )
                  ) : null}
                </div>
              ))}
            </>
          ) : null}
          {ctx.coordinator && !cycle.closedAt ? <ManageRound key={round.id} ctx={ctx} round={round} /> : null}
        </>
      )}
    </section>
  );
}
