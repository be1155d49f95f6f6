import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../../components/Page.tsx";
import { formatDate, formatDay } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { SurveyRound } from "../types.ts";
import { WhoSeesWhat } from "../WhoSeesWhat.tsx";
import "../surveys.css";
import { AnswerForm } from "./AnswerForm.tsx";
import { OwnAnswers } from "./OwnAnswers.tsx";
import { useRoundAnswer } from "./useRoundAnswer.ts";

/** Why a round cannot be answered now, when it cannot. */
function NotAnswerable({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const message =
    round.myState === "not_invited"
      ? t("surveys.answer.notInvited")
      : round.status === "scheduled"
        ? t("surveys.answer.notYetOpen", { date: formatDay(round.opensOn) })
        : round.status === "closed"
          ? t("surveys.answer.closed", { date: formatDate(round.closedAt ?? `${round.closesOn}T12:00:00`) })
          : round.level === "organisation"
            ? t("surveys.answer.representativesOnly")
            : t("surveys.answer.cannotAnswer");
  return <p className="notice">{message}</p>;
}

/** Answering one round of the network health survey: whom one works with and how, then the network as a whole. */
export function SurveyAnswerPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { roundId = "" } = useParams();
  const { round, roundError, minGroupSize, invited, targets, own, formKey, message, setMessage, deleteError, busy, deleteAnswers } =
    useRoundAnswer(networkId, roundId);

  const answerable = Boolean(round && round.status === "open" && round.canAnswer && round.myState !== "not_invited");
  const response = own.data?.response ?? null;

  const loadError = roundError;
  const title = round ? t("surveys.answer.title", { title: round.title }) : t("surveys.answer.titleLoading");

  return (
    <Page title={title}>
      <p>
        <Link to={`/networks/${networkId}/surveys`}>{t("surveys.answer.back")}</Link>
      </p>
      <FormError error={loadError} />
      {!round ? (
        loadError ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="meta">
            <span className={`badge survey-status-${round.status}`}>{t(`surveys.rounds.status.${round.status}`)}</span>{" "}
            <span className="badge quiet">{t(`surveys.rounds.level.${round.level}`)}</span>{" "}
            <time dateTime={round.opensOn}>{formatDay(round.opensOn)}</time> –{" "}
            <time dateTime={round.closesOn}>{formatDay(round.closesOn)}</time>
          </p>

          <Section id="survey-privacy" className="panel" title={t("surveys.answer.privacyHeading")}>
            <WhoSeesWhat round={round} minGroupSize={minGroupSize} />
            <p>{t("surveys.answer.rights", { date: formatDay(round.closesOn) })}</p>
            {answerable && response ? (
              <p>
                <button type="button" className="danger" onClick={() => void deleteAnswers()} disabled={busy}>
                  {t("surveys.answer.delete")}
                </button>
              </p>
            ) : null}
            <FormError error={deleteError} />
          </Section>
          {message ? <Status>{message}</Status> : null}

          {!answerable ? (
            <>
              <NotAnswerable round={round} />
              {round.status === "closed" && invited ? (
                <>
                  <FormError error={own.error} />
                  {own.data ? (
                    own.data.response ? (
                      <OwnAnswers response={own.data.response} targets={targets.data?.items ?? []} />
                    ) : (
                      <p>{t("surveys.answer.noOwnAnswers")}</p>
                    )
                  ) : own.error ? null : (
                    <Loading />
                  )}
                </>
              ) : null}
            </>
          ) : (
            <>
              <FormError error={targets.error ?? own.error} />
              {targets.data && own.data ? (
                <AnswerForm
                  key={formKey}
                  round={round}
                  targets={targets.data.items}
                  initial={own.data.response}
                  onSaved={(r) => {
                    setMessage(null);
                    own.setData({ response: r });
                  }}
                />
              ) : targets.error || own.error ? null : (
                <Loading />
              )}
            </>
          )}
        </>
      )}
    </Page>
  );
}
