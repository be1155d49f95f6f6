import { type Distribution, distribution } from "./surveys.ts";

/** How an indicator is answered: a number against a target, or a question answered in words. */
export const INDICATOR_KINDS = ["quantitative", "qualitative"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Which way is better for a quantitative indicator; "keep" means staying within 5 % of the target. */
export const DIRECTIONS = ["increase", "decrease", "keep"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The figures Solmu computes from its own data for a cycle. */
export const COMPUTED_SOURCES = [
  "average_trust",
  "density",
  "promise_keeping",
  "meeting_feedback",
  "agreement_approval",
  "contacts_fresh",
] as const;
export type ComputedSource = (typeof COMPUTED_SOURCES)[number];
export const INDICATOR_SOURCES = ["manual", ...COMPUTED_SOURCES] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** The unit each computed figure is given in: shares as percentages, ratings on their 1–5 scale. */
export const COMPUTED_UNITS: Record<ComputedSource, string> = {
  average_trust: "1–5",
  density: "%",
  promise_keeping: "%",
  meeting_feedback: "1–5",
  agreement_approval: "%",
  contacts_fresh: "%",
};

export const isComputedSource = (value: string): value is ComputedSource => COMPUTED_SOURCES.includes(value as ComputedSource);

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A share as a percentage with one decimal; null when there is nothing to divide by. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((100 * part) / whole);
}

/** One trust rating of a person or organisation: the four dimensions, each 1–5 or null for "can't say". */
export interface TrustRating {
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
}

/**
 * Average trust: the mean of every trust value given (all four dimensions of
 * every rating, "can't say" left out), to two decimals. Null when fewer
 * distinct raters than the minimum group size gave any trust value, however
 * many answered the round, or when no value was given.
 */
export function averageTrust(ratings: readonly (TrustRating & { respondent: string })[], minGroupSize: number): number | null {
  const given = ratings.filter((r) =>
    [r.goodwill, r.competence, r.vulnerability, r.consistency].some((v) => v !== null && v >= 1 && v <= 5),
  );
  if (new Set(given.map((r) => r.respondent)).size < minGroupSize) return null;
  const values = given.flatMap((r) => [r.goodwill, r.competence, r.vulnerability, r.consistency]);
  const d = distribution(values, 1, 5);
  return d.mean === null ? null : round2(d.mean);
}

/** One person's feedback on one meeting (each item 1–5). */
export interface FeedbackValues {
  timeWellUsed: number;
  realDialogue: number;
  concreteProgress: number;
}

/** A meeting's feedback as last released (decision 014): the answers and how many people gave them. */
export interface ReleasedFeedback {
  raters: number;
  entries: readonly FeedbackValues[];
}

/**
 * Meeting feedback over a cycle: the mean of all three items of every
 * released feedback, to two decimals. Only meetings whose release stands on
 * at least the minimum group size of people count, so the figure changes
 * only when a meeting's release does and no one's answers can be read off.
 */
export function meetingFeedbackMean(released: readonly ReleasedFeedback[], minGroupSize: number): number | null {
  const values = released
    .filter((r) => r.raters >= Math.max(1, minGroupSize))
    .flatMap((r) => r.entries.flatMap((e) => [e.timeWellUsed, e.realDialogue, e.concreteProgress]));
  if (values.length === 0) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}

/** How far a quantitative indicator has come from its baseline towards its target. */
export interface Progress {
  /** (value − baseline) / (target − baseline); null without baseline and target or when they are equal. */
  share: number | null;
  status: "reached" | "progressing" | "no_progress" | "unknown";
}

/**
 * Progress of a value against baseline, target and direction. "reached":
 * at or past the target in the better direction (for "keep", within 5 % of
 * the target); "progressing": moved from the baseline towards the target;
 * "no_progress": at the baseline or moved away; "unknown": no value or no
 * target.
 */
export function indicatorProgress(
  indicator: { baseline: number | null; target: number | null; direction: Direction | null },
  value: number | null,
): Progress {
  const { baseline, target, direction } = indicator;
  if (value === null || target === null || direction === null) return { share: null, status: "unknown" };
  const share = baseline === null || baseline === target ? null : round2((value - baseline) / (target - baseline));
  if (direction === "keep") {
    const tolerance = Math.abs(target) * 0.05;
    return { share, status: Math.abs(value - target) <= tolerance ? "reached" : "no_progress" };
  }
  const reached = direction === "increase" ? value >= target : value <= target;
  if (reached) return { share, status: "reached" };
  if (baseline === null) return { share, status: "unknown" };
  const better = direction === "increase" ? value > baseline : value < baseline;
  return { share, status: better ? "progressing" : "no_progress" };
}

/** A measurement as the report sees it. */
export interface MeasurementPoint {
  value: number | null;
  text: string;
  measuredOn: string;
  createdAt: string;
}

/** The measurement that stands for a cycle: the one measured last (ties broken by when it was entered). */
export function latestMeasurement<T extends MeasurementPoint>(points: readonly T[]): T | null {
  let best: T | null = null;
  for (const p of points) {
    if (!best || p.measuredOn > best.measuredOn || (p.measuredOn === best.measuredOn && p.createdAt > best.createdAt)) best = p;
  }
  return best;
}

/** The change from an earlier value to a later one; null when either is missing. */
export function change(later: number | null, earlier: number | null): number | null {
  return later === null || earlier === null ? null : round2(later - earlier);
}

/** One goal's ratings in the joint evaluation: the distribution on 1–5, hidden below the minimum group size. */
export interface GoalEvaluation {
  /** People who rated the goal on the scale ("can't say" is no rating). */
  respondents: number;
  shown: boolean;
  distribution: Distribution | null;
  comments: string[];
}

/**
 * The joint evaluation of one goal (one rating per respondent). Shown only
 * once the round has closed, so it cannot be watched change answer by answer,
 * and only when at least the minimum group size of people rated this goal on
 * the scale: those are the people behind its figure (decision 014). Comments
 * come with the figure, without names.
 */
export function goalEvaluation(
  ratings: readonly { rating: number | null; comment: string }[],
  closed: boolean,
  minGroupSize: number,
): GoalEvaluation {
  const respondents = ratings.filter((r) => r.rating !== null).length;
  const shown = closed && respondents >= Math.max(1, minGroupSize);
  return {
    respondents,
    shown,
    distribution: shown
      ? distribution(
          ratings.map((r) => r.rating),
          1,
          5,
        )
      : null,
    comments: shown ? ratings.map((r) => r.comment.trim()).filter((c) => c !== "") : [],
  };
}

/** A group of the aggregated map and the ties between groups. */
export interface AggregatedMap {
  groups: { id: number; size: number }[];
  links: { source: number; target: number; ties: number }[];
  /** People in groups smaller than the minimum group size, left out so that no one can be singled out. */
  hiddenPeople: number;
}

/**
 * The network map aggregated to its communities: a group per community of at
 * least the minimum group size, numbered from 1 by size, with the ties within
 * (source = target) and between groups counted once per tie. People in
 * smaller communities are left out and counted in hiddenPeople.
 */
export function aggregateMap(
  nodes: readonly { id: string; community: number }[],
  edges: readonly { source: string; target: string }[],
  minGroupSize: number,
): AggregatedMap {
  const sizes = new Map<number, number>();
  for (const n of nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  const kept = [...sizes.entries()].filter(([, size]) => size >= minGroupSize).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const number = new Map(kept.map(([community], i) => [community, i + 1]));
  const groupOf = new Map<string, number>();
  for (const n of nodes) {
    const g = number.get(n.community);
    if (g !== undefined) groupOf.set(n.id, g);
  }
  const counts = new Map<string, { source: number; target: number; ties: number }>();
  for (const e of edges) {
    const a = groupOf.get(e.source);
    const b = groupOf.get(e.target);
    if (a === undefined || b === undefined) continue;
    const [s, t] = a <= b ? [a, b] : [b, a];
    const key = `${s}:${t}`;
    const link = counts.get(key) ?? { source: s, target: t, ties: 0 };
    link.ties++;
    counts.set(key, link);
  }
  return {
    groups: kept.map(([community, size]) => ({ id: number.get(community) as number, size })),
    links: [...counts.values()].sort((x, y) => x.source - y.source || x.target - y.target),
    hiddenPeople: nodes.length - groupOf.size,
  };
}

/** Whether a string is a usable public address part: lower-case letters, digits and single hyphens, 3–60 characters. */
export const isSlug = (value: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length >= 3 && value.length <= 60;

/** A public address part from a name: Finnish and Swedish letters folded to ASCII, everything else to hyphens. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
