import type { TFunction } from "i18next";
import { intlLocale } from "../../../../src/domain/format.ts";
import { QUALIFIED_SHARES } from "../../../../src/domain/polls.ts";
import type { Schemas } from "../../api/client.ts";

export type Poll = Schemas["Poll"];
export type PollListItem = Schemas["PollListItem"];
export type PollOption = Schemas["PollOption"];
export type PollVote = Schemas["PollVote"];
export type PollResults = Schemas["PollResults"];
export type DecisionRule = Schemas["DecisionRule"];

/** A time poll's wall-clock time ("2027-09-14T13:00") as an instant to format in UTC, so the reader's zone never shifts it. */
const wall = (local: string) => new Date(`${local}:00Z`);

/** A candidate time as people read it: "ti 14.9.2027 klo 13.00–15.00", in the poll's own time zone. */
export function timeRange(start: string, end: string, lang: string) {
  const f = new Intl.DateTimeFormat(intlLocale(lang), {
    weekday: "short",
    day: "numeric",
    month: lang === "en" ? "short" : "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
  });
  return f.formatRange(wall(start), wall(end));
}

/** An option's name: its label, or its time for a time poll. */
export const optionName = (o: PollOption, lang: string) => (o.start && o.end ? timeRange(o.start, o.end, lang) : o.label);

/** The option names of a poll by id, for results and votes that speak of option ids. */
export const optionNames = (options: PollOption[], lang: string) => new Map(options.map((o) => [o.id, optionName(o, lang)]));

/** A qualified majority's share as a fraction: "2/3". */
export const shareText = (share: keyof typeof QUALIFIED_SHARES) => QUALIFIED_SHARES[share].join("/");

/** A decision rule in a few words: "enemmistö", "määräenemmistö (2/3)". */
export const ruleText = (t: TFunction, rule: DecisionRule) =>
  rule.method === "qualified_majority" && rule.share
    ? t("polls.method.qualifiedWithShare", { share: shareText(rule.share) })
    : t(`polls.method.${rule.method}`);

/** The instant a date and clock time denote in a time zone: the zone's offset at that moment, found with Intl. */
export function zonedInstant(date: string, time: string, timeZone: string): string | null {
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  if (!y || !m || !d || h === undefined || min === undefined || Number.isNaN(h) || Number.isNaN(min)) return null;
  const naive = Date.UTC(y, m - 1, d, h, min);
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    }).formatToParts(ms);
    const v = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(v("year"), v("month") - 1, v("day"), v("hour"), v("minute")) - Math.floor(ms / 60_000) * 60_000;
  };
  // Twice: the offset at the naive reading may differ from the offset at the true instant near a DST change.
  let instant = naive - offsetAt(naive);
  instant = naive - offsetAt(instant);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/** A vote in words, for one's own vote and for who voted how: "puolesta", "A, B", "A 2, B 1", "1. A, 2. B". */
export function voteText(t: TFunction, vote: PollVote, names: Map<string, string>) {
  const name = (id: string) => names.get(id) ?? "?";
  switch (vote.kind) {
    case "proposal":
    case "consent":
      return t(`polls.choice.${vote.choice}`);
    case "choose":
      return vote.optionIds.map(name).join(", ");
    case "dot_vote":
      return Object.entries(vote.dots)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `${name(id)} ${n}`)
        .join(", ");
    case "score":
      return [...names.keys()].map((id) => `${name(id)} ${vote.scores[id] ?? 0}`).join(", ");
    case "ranked_choice":
      return vote.ranking.map((id, i) => `${i + 1}. ${name(id)}`).join(", ");
    case "time_poll":
      return [...names.keys()].map((id) => `${name(id)}: ${t(`polls.answer.${vote.answers[id] ?? "no"}`)}`).join("; ");
  }
}
