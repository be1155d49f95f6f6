import { useTranslation } from "react-i18next";
import { CONSENT_CHOICES, PROPOSAL_CHOICES, SCORE_MAX } from "../../../../../src/domain/polls.ts";
import { Section } from "../../../components/Page.tsx";
import { formatDate, formatFigure, formatNumber } from "../../../i18n.ts";
import { optionNames, type Poll, type PollResults, voteText } from "../words.ts";
import { Bars } from "./Bars.tsx";

type Tally = PollResults["tally"];

/** Instant runoff round by round: each continuing option's votes, who went out, and ballots with no option left. */
function RunoffTable({ tally, names }: { tally: Tally; names: Map<string, string> }) {
  const { t } = useTranslation();
  const ids = [...names.keys()];
  return (
    <div className="table-wrap">
      <table className="poll-runoff">
        <caption>{t("polls.results.roundsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("polls.results.option")}</th>
            {tally.rounds.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered by their place and never reorder
              <th key={i} scope="col">
                {t("polls.results.round", { number: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id} className={tally.runoffWinners.includes(id) ? "best" : undefined}>
              <th scope="row">{names.get(id)}</th>
              {tally.rounds.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <td key={i}>
                  {id in r.counts ? formatNumber(r.counts[id] ?? 0) : "–"}
                  {r.eliminated.includes(id) ? <span className="poll-out"> {t("polls.results.out")}</span> : null}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("polls.results.exhausted")}</th>
            {tally.rounds.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <td key={i}>{formatNumber(r.exhausted)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A time poll's answers per time: yes and maybe, the best time (or the one chosen) marked in words as well as colour. */
function TimeResults({ poll, tally, best }: { poll: Poll; tally: Tally; best: string[] }) {
  const { t, i18n } = useTranslation();
  const names = optionNames(poll.options, i18n.language);
  return (
    <div className="table-wrap">
      <table className="poll-time-table">
        <caption>{t("polls.results.timeCaption", { zone: poll.timeZone.replaceAll("_", " ") })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("polls.vote.time")}</th>
            <th scope="col">{t("polls.answer.yes")}</th>
            <th scope="col">{t("polls.answer.maybe")}</th>
          </tr>
        </thead>
        <tbody>
          {poll.options.map((o) => {
            const isBest = best.includes(o.id);
            return (
              <tr key={o.id} className={isBest ? "best" : undefined}>
                <th scope="row">
                  {names.get(o.id)}
                  {isBest ? (
                    <>
                      {" "}
                      <span className="badge">{t(poll.chosenOptionId === o.id ? "polls.results.chosen" : "polls.results.best")}</span>
                    </>
                  ) : null}
                </th>
                <td>{formatNumber(tally.totals[o.id] ?? 0)}</td>
                <td>{formatNumber(tally.maybes[o.id] ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The figures of the poll's kind: choices, options' votes, dots, mean scores, runoff rounds or times. */
function Figures({ poll, results }: { poll: Poll; results: PollResults }) {
  const { t, i18n } = useTranslation();
  const { tally, outcome } = results;
  const names = optionNames(poll.options, i18n.language);
  const best = poll.chosenOptionId
    ? [poll.chosenOptionId]
    : outcome.status === "chosen" || outcome.status === "tie"
      ? outcome.optionIds
      : [];
  const optionBars = (value: (id: string) => number, text: (id: string) => string, max?: number) => (
    <Bars
      label={t("polls.results.barsLabel")}
      max={max}
      bars={poll.options.map((o) => ({
        key: o.id,
        label: names.get(o.id) ?? "",
        value: value(o.id),
        text: text(o.id),
        highlight: best.includes(o.id),
      }))}
    />
  );
  switch (poll.kind) {
    case "proposal":
    case "consent": {
      const choices: readonly string[] = poll.kind === "proposal" ? PROPOSAL_CHOICES : CONSENT_CHOICES;
      return (
        <Bars
          label={t("polls.results.barsLabel")}
          max={Math.max(1, tally.ballots)}
          bars={choices.map((c) => ({
            key: c,
            label: t(`polls.choice.${c}`),
            value: tally.choices[c] ?? 0,
            text: formatNumber(tally.choices[c] ?? 0),
          }))}
        />
      );
    }
    case "choose":
      return optionBars(
        (id) => tally.totals[id] ?? 0,
        (id) => t("polls.results.votes", { count: tally.totals[id] ?? 0 }),
      );
    case "dot_vote":
      return optionBars(
        (id) => tally.totals[id] ?? 0,
        (id) => t("polls.results.dots", { count: tally.totals[id] ?? 0 }),
      );
    case "score":
      return optionBars(
        (id) => tally.means[id] ?? 0,
        (id) => t("polls.results.mean", { mean: formatFigure(tally.means[id] ?? 0, `1–${SCORE_MAX}`), total: tally.totals[id] ?? 0 }),
        SCORE_MAX,
      );
    case "ranked_choice":
      return (
        <>
          <h3>{t("polls.results.firstChoices")}</h3>
          {optionBars(
            (id) => tally.totals[id] ?? 0,
            (id) => formatNumber(tally.totals[id] ?? 0),
          )}
          {tally.rounds.length > 0 ? <RunoffTable tally={tally} names={names} /> : null}
        </>
      );
    case "time_poll":
      return <TimeResults poll={poll} tally={tally} best={best} />;
  }
}

/** The results as the poll lets them be seen: figures by kind, reasons given, and who voted how when it is not anonymous. */
export function ResultsSection({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation();
  const results = poll.results;
  const names = optionNames(poll.options, i18n.language);
  return (
    <Section id="results-heading" className="panel" title={poll.open ? t("polls.results.headingOpen") : t("polls.results.heading")}>
      {!results ? (
        <p>
          {poll.anonymous
            ? t("polls.results.hiddenAnonymous", { date: formatDate(poll.closesAt, true) })
            : t("polls.results.hidden", { date: formatDate(poll.closesAt, true) })}
        </p>
      ) : results.tally.ballots === 0 ? (
        <p>{t("polls.results.noVotes")}</p>
      ) : (
        <>
          <Figures poll={poll} results={results} />
          {results.reasons.length > 0 ? (
            <>
              <h3>{t("polls.results.reasons")}</h3>
              <ul className="poll-reasons">
                {results.reasons.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id, and the list is only ever replaced whole
                  <li key={i}>
                    <span className="strong">{t(`polls.choice.${r.choice}`)}</span>
                    {r.name ? ` (${r.name})` : null}: <span className="prose">{r.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.votes.length > 0 ? (
            <details className="poll-who-how">
              <summary>{t("polls.results.whoHow")}</summary>
              <ul>
                {results.votes.map((v, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name; the order is the server's
                  <li key={i}>
                    {v.name}
                    {v.organisationName ? ` (${v.organisationName})` : ""}: {voteText(t, v.vote, names)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {poll.anonymous ? <p className="hint">{t("polls.results.anonymousNote")}</p> : null}
        </>
      )}
    </Section>
  );
}
