import { useTranslation } from "react-i18next";
import { Link } from "react-router";
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
        {t("evaluationUi.round.heading")}
      </h2>
      <p>{t("evaluationUi.round.intro")}</p>
      {!round ? (
        cycle.closedAt ? (
          <p>{t("evaluationUi.round.noneClosed")}</p>
        ) : cycle.phase !== "evaluating" ? (
          <p>
            {t("evaluationUi.round.opensInPhase", { phase: t("phases.evaluating.name") })}{" "}
            <Link to={`/networks/${networkId}/cycle`}>{t("evaluationUi.round.toCycle")}</Link>
          </p>
        ) : ctx.coordinator ? (
          <OpenRoundForm ctx={ctx} />
        ) : (
          <p>{t("evaluationUi.round.notOpened")}</p>
        )
      ) : (
        <>
          <dl className="facts">
            <dt>{t("evaluationUi.round.statusLabel")}</dt>
            <dd className="strong">
              {round.status === "open"
                ? t("evaluationUi.round.openUntil", { date: formatDay(round.closesOn) })
                : round.closedAt
                  ? t("evaluationUi.round.closedOn", { date: formatDate(round.closedAt) })
                  : t("evaluationUi.round.closedAfter", { date: formatDay(round.closesOn) })}
            </dd>
            <dt>{t("evaluationUi.round.respondentsLabel")}</dt>
            <dd>{t("evaluationUi.round.respondents", { count: round.respondents })}</dd>
          </dl>
          {round.intro ? <p className="prose ev-intro">{round.intro}</p> : null}
          <p className="hint">{t("evaluationUi.round.resultsWhere")}</p>
          {round.canAnswer ? (
            <AnswerForm key={`${round.id}-${cycle.id}`} ctx={ctx} round={round} />
          ) : ctx.canEdit && round.status === "closed" ? (
            <p>{round.mine ? t("evaluationUi.round.closedAnswered") : t("evaluationUi.round.closedNoAnswer")}</p>
          ) : !ctx.canEdit ? (
            <p>{t("evaluationUi.round.observer")}</p>
          ) : null}
          {round.questions.length > 0 ? (
            <>
              <h3>{t("evaluationUi.round.answersHeading")}</h3>
              {round.status === "open" ? (
                <p>{t("evaluationUi.results.afterClose", { min: data.minGroupSize })}</p>
              ) : !round.shown ? (
                <p>{t("evaluationUi.results.hidden", { count: round.respondents, min: data.minGroupSize })}</p>
              ) : null}
              {round.questions.map((q) => (
                <div key={q.id} className="ev-question-answers">
                  <h4>{q.text}</h4>
                  {round.shown ? (
                    q.answers.length === 0 ? (
                      <p className="meta">{t("evaluationUi.round.noAnswers")}</p>
                    ) : (
                      <ul className="ev-comments">
                        {q.answers.map((a, i) => (
                          // Answers are anonymous and carry no id.
                          // biome-ignore lint/suspicious/noArrayIndexKey: see above
                          <li key={i} className="prose">
                            {a}
                          </li>
                        ))}
                      </ul>
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
