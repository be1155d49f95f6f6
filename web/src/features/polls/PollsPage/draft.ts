import type { TFunction } from "i18next";
import { type DecisionKind, hasOptions, type PollAudience, type PollKind, PROPOSAL_KINDS } from "../../../../../src/domain/polls.ts";
import type { Body } from "../../../api/client.ts";
import { zonedInstant } from "../words.ts";

export const DEFAULT_ZONE = "Europe/Helsinki";

export interface OptionDraft {
  /** Keeps React's list stable while options are added and removed. */
  key: number;
  label: string;
  date: string;
  start: string;
  end: string;
}

export interface PollDraft {
  title: string;
  details: string;
  kind: PollKind;
  decisionKind: DecisionKind;
  options: OptionDraft[];
  maxChoices: string;
  dots: string;
  closesDate: string;
  closesTime: string;
  timeZone: string;
  audience: PollAudience;
  audienceIds: string[];
  quorum: string;
  anonymous: boolean;
  hideResultsUntilClosed: boolean;
  allowChange: boolean;
}

let nextKey = 0;
export const newOption = (): OptionDraft => ({ key: nextKey++, label: "", date: "", start: "13:00", end: "15:00" });

/** A day `days` from today in the reader's calendar, as YYYY-MM-DD for a date input. */
export function dayFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A new poll: a proposal that closes in a week at four in the afternoon, open to every member, votes changeable. */
export const emptyPoll = (): PollDraft => ({
  title: "",
  details: "",
  kind: "proposal",
  decisionKind: "ordinary",
  options: [newOption(), newOption()],
  maxChoices: "1",
  dots: "",
  closesDate: dayFromToday(7),
  closesTime: "16:00",
  timeZone: DEFAULT_ZONE,
  audience: "members",
  audienceIds: [],
  quorum: "",
  anonymous: false,
  hideResultsUntilClosed: false,
  allowChange: true,
});

const whole = (v: string) => (v.trim() === "" ? null : Number(v));

type PollBody = Body<"/api/networks/{networkId}/polls", "post">;

/** What the form can tell before sending: a closing time it can read, and a date for each candidate time. */
export function draftProblems(t: TFunction, d: PollDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!zonedInstant(d.closesDate, d.closesTime, d.timeZone)) problems.closesAt = t("polls.form.closesMissing");
  if (d.kind === "time_poll")
    d.options.forEach((o, i) => {
      if (!o.date) problems[`options.${i}.start`] = t("polls.form.timeDateMissing", { number: i + 1 });
    });
  return problems;
}

/** The request body of a draft: only the fields of its kind, numbers as numbers, the closing time as an instant. */
export function pollBody(d: PollDraft): PollBody {
  const options = !hasOptions(d.kind)
    ? []
    : d.kind === "time_poll"
      ? d.options.map((o) => ({ start: `${o.date}T${o.start}`, end: `${o.date}T${o.end}` }))
      : d.options.map((o) => ({ label: o.label }));
  return {
    title: d.title,
    details: d.details,
    kind: d.kind,
    decisionKind: PROPOSAL_KINDS.includes(d.kind) ? d.decisionKind : "ordinary",
    options,
    maxChoices: d.kind === "choose" ? whole(d.maxChoices) : null,
    dots: d.kind === "dot_vote" ? whole(d.dots) : null,
    closesAt: zonedInstant(d.closesDate, d.closesTime, d.timeZone) ?? "",
    timeZone: d.timeZone,
    anonymous: d.anonymous,
    hideResultsUntilClosed: d.hideResultsUntilClosed || d.anonymous,
    allowChange: d.allowChange,
    quorum: whole(d.quorum),
    audience: d.audience,
    audienceIds: d.audience === "group" ? d.audienceIds : [],
  };
}
