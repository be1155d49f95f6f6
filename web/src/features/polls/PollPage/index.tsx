import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { Loaded, Page, Section, Status } from "../../../components/Page.tsx";
import { useArrivalNote } from "../../../components/useArrivalNote.ts";
import { formatDate, formatFigure } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../polls.css";
import { optionNames, type Poll, ruleText } from "../words.ts";
import { CloseSection } from "./CloseSection.tsx";
import { ResultsSection } from "./Results.tsx";
import { VoteSection } from "./VoteSection.tsx";

/** The poll's settings in plain words: how it is decided, who votes, the quorum, and how open the votes are. */
function Settings({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  return (
    <dl className="facts poll-settings">
      <dt>{t("polls.settings.kind")}</dt>
      <dd>
        {t(`polls.kind.${poll.kind}.name`)}
        <span className="hint"> – {t(`polls.kind.${poll.kind}.description`)}</span>
      </dd>
      <dt>{t("polls.settings.decides")}</dt>
      <dd>
        {poll.kind === "consent"
          ? t("polls.settings.consentRule")
          : poll.rule
            ? t("polls.settings.rule", { rule: ruleText(t, poll.rule), kind: t(`polls.decisionKind.${poll.decisionKind}.for`) })
            : t(`polls.kind.${poll.kind}.decides`)}
      </dd>
      {poll.kind === "choose" ? (
        <>
          <dt>{t("polls.settings.choices")}</dt>
          <dd>{t("polls.settings.maxChoices", { count: poll.maxChoices })}</dd>
        </>
      ) : null}
      {poll.kind === "dot_vote" ? (
        <>
          <dt>{t("polls.settings.dots")}</dt>
          <dd>{t("polls.settings.dotsEach", { count: poll.dots })}</dd>
        </>
      ) : null}
      <dt>{t("polls.settings.audience")}</dt>
      <dd>{t(`polls.audience.${poll.audience}.name`)}</dd>
      <dt>{t("polls.settings.quorum")}</dt>
      <dd>
        {poll.quorumPercent === null
          ? t("polls.settings.noQuorum")
          : t("polls.settings.quorumOf", { percent: formatFigure(poll.quorumPercent, "%", 0) })}
      </dd>
      <dt>{t("polls.settings.openness")}</dt>
      <dd>{poll.anonymous ? t("polls.settings.anonymous") : t("polls.settings.open")}</dd>
      <dt>{t("polls.settings.results")}</dt>
      <dd>{poll.hideResultsUntilClosed ? t("polls.settings.resultsHidden") : t("polls.settings.resultsShown")}</dd>
      <dt>{t("polls.settings.change")}</dt>
      <dd>{poll.allowChange ? t("polls.settings.changeAllowed") : t("polls.settings.changeNotAllowed")}</dd>
    </dl>
  );
}

/** The outcome in one line: decided, chosen, level at the top (and who settles it), or no decision for want of votes. */
function OutcomeBanner({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation();
  const outcome = poll.results?.outcome;
  if (!outcome) return null;
  const names = optionNames(poll.options, i18n.language);
  const chosen = poll.chosenOptionId ?? (outcome.status === "chosen" ? outcome.optionIds[0] : undefined);
  let text: string;
  if (chosen) text = t("polls.banner.chosen", { option: names.get(chosen) ?? "" });
  else if (outcome.status === "tie")
    text = t(poll.canSettle ? "polls.banner.tieSettle" : "polls.banner.tie", {
      options: outcome.optionIds.map((id) => names.get(id) ?? "").join(", "),
    });
  else text = t(`polls.outcome.${outcome.status}`);
  return (
    <p className={`poll-banner outcome-${chosen ? "chosen" : outcome.status}${poll.open ? " provisional" : ""}`}>
      {poll.open ? t("polls.banner.now", { outcome: text }) : text}
    </p>
  );
}

/** Who may vote and who has: the count against the quorum, and the names (never how they voted when anonymous). */
function VotersSection({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const voted = poll.voters.length;
  const needed = poll.quorumPercent === null ? null : Math.ceil((poll.quorumPercent * poll.eligible) / 100);
  return (
    <Section id="voters-heading" className="panel" title={t("polls.voters.heading")}>
      <p>
        {t(poll.audience === "organisations" ? "polls.voters.countOrganisations" : "polls.voters.count", {
          voted,
          eligible: poll.eligible,
        })}
        {needed !== null
          ? ` ${t(voted >= needed ? "polls.voters.quorumMet" : "polls.voters.quorumNotMet", { needed, percent: formatFigure(poll.quorumPercent, "%", 0) })}`
          : null}
      </p>
      {voted > 0 ? (
        <ul className="poll-voters">
          {poll.voters.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two voters may share a name; the list is replaced whole
            <li key={i}>
              {v.name}
              {v.organisationName ? <span className="meta"> {v.organisationName}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

/** One poll: the question and its rule in plain words, the reader's vote, the results as far as they may be seen, and closing. */
export function PollPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { pollId = "" } = useParams();
  const created = useArrivalNote<{ created: boolean }>().created === true;
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/polls/{pollId}", { params: { path: { networkId, pollId } } })),
    `poll:${networkId}:${pollId}`,
  );
  return (
    <Page title={data?.title ?? t("polls.title")}>
      <p>
        <Link to={`/networks/${networkId}/polls`}>{t("polls.back")}</Link>
      </p>
      <Loaded data={data} error={error}>
        {(poll) => (
          <>
            {created ? <Status>{t("polls.created")}</Status> : null}
            <p className="meta">
              {t(`polls.kind.${poll.kind}.name`)} ·{" "}
              {poll.open
                ? t("polls.closes", { date: formatDate(poll.closesAt, true) })
                : t("polls.closed", { date: formatDate(poll.closedAt ?? poll.closesAt, true) })}
            </p>
            <OutcomeBanner poll={poll} />
            {poll.details ? <div className="prose poll-details">{poll.details}</div> : null}
            <Settings poll={poll} />
            <VoteSection poll={poll} onVoted={setData} />
            <ResultsSection poll={poll} />
            <VotersSection poll={poll} />
            <CloseSection poll={poll} onChanged={setData} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
