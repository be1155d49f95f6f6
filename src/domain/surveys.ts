import { NETWORK_TYPES, type NetworkType } from "./network.ts";
import { STRUCTURAL_FACTORS, type StructuralFactor } from "./promises.ts";
import type { GraphFigures } from "./sna/index.ts";

/**
 * The network-health survey of DOMAIN.md: knowing, trust on four dimensions
 * and commitment, rated by each respondent about those they have worked
 * with, plus network-level items. Everything here is pure; a figure from
 * fewer distinct raters than the network's minimum group size is never shown.
 */

export const SURVEY_LEVELS = ["person", "organisation"] as const;
export type SurveyLevel = (typeof SURVEY_LEVELS)[number];
export const TRUST_DIMENSIONS = ["goodwill", "competence", "vulnerability", "consistency"] as const;
export type TrustDimension = (typeof TRUST_DIMENSIONS)[number];
export const SELF_COMMITMENT_ITEMS = ["autonomy", "meaningfulness", "connectedness"] as const;
export type SelfCommitmentItem = (typeof SELF_COMMITMENT_ITEMS)[number];
export { NETWORK_TYPES, type NetworkType, STRUCTURAL_FACTORS, type StructuralFactor };

/** knowing: 0 don't know · 1 by name · 2 know their work · 3 know them well. */
export const KNOWING_MAX = 3;
/** frequency: 0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly. */
export const FREQUENCY_MAX = 4;
/** A tie of the map is a rating that knows the other at least by name. */
export const TIE_MIN_KNOWING = 1;

export type RoundStatus = "scheduled" | "open" | "closed";

/** Where a round stands on a day: rounds close by themselves after their closing date, or earlier when a coordinator closes them. */
export function roundStatus(round: { opensOn: string; closesOn: string; closedAt: string | null }, today: string): RoundStatus {
  if (round.closedAt !== null || today > round.closesOn) return "closed";
  return today < round.opensOn ? "scheduled" : "open";
}

/**
 * The day a closed round's raw answers are due for deletion: `months` calendar
 * months after the day it closed (its closing date, or the day a coordinator
 * closed it early). A month-end that the later month lacks moves to that
 * month's last day: 31 August + 6 months is 28 (or 29) February.
 */
export function answersDeletedOn(closedOn: string, months: number): string {
  const [y, m, d] = closedOn.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export interface RatingValues {
  knowing: number;
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
  frequency: number;
}

/** The rating values alone, from a row or input that carries more: a spread would take its other fields along. */
export const ratingValues = (r: RatingValues): RatingValues => ({
  knowing: r.knowing,
  goodwill: r.goodwill,
  competence: r.competence,
  vulnerability: r.vulnerability,
  consistency: r.consistency,
  commitment: r.commitment,
  frequency: r.frequency,
});

export interface SelfValues {
  autonomy: number | null;
  meaningfulness: number | null;
  connectedness: number | null;
}

export interface Distribution {
  mean: number | null;
  n: number;
  /** counts[i]: answers of the scale's i-th value. */
  counts: number[];
}

/** Mean and counts of the answers on a scale from min to max; "can't say" (null) is left out. */
export function distribution(values: readonly (number | null)[], min: number, max: number): Distribution {
  const counts = new Array<number>(max - min + 1).fill(0);
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null || v < min || v > max) continue;
    counts[v - min] = (counts[v - min] as number) + 1;
    sum += v;
    n++;
  }
  return { mean: n === 0 ? null : sum / n, n, counts };
}

/**
 * A distribution of survey answers as it may be shown: `raters` is how many
 * distinct people gave an answer in it. Below the minimum group size of
 * raters it is hidden: no mean and no counts, only how many answers and
 * raters there were, so no one's answer can be read off.
 */
export interface RatedDistribution extends Distribution {
  raters: number;
  hidden: boolean;
}

/** One answer on a scale and who gave it. */
export interface RatedAnswer {
  respondent: string;
  value: number | null;
}

const onScale = (v: number | null, min: number, max: number): v is number => v !== null && v >= min && v <= max;

/** The distribution of answers from min to max, released only when at least minGroupSize distinct people gave them. */
export function ratedDistribution(answers: readonly RatedAnswer[], min: number, max: number, minGroupSize: number): RatedDistribution {
  const d = distribution(
    answers.map((a) => a.value),
    min,
    max,
  );
  const raters = new Set(answers.filter((a) => onScale(a.value, min, max)).map((a) => a.respondent)).size;
  return raters >= minGroupSize && raters > 0 ? { ...d, raters, hidden: false } : { mean: null, n: d.n, counts: [], raters, hidden: true };
}

export interface ElementFigures {
  knowing: RatedDistribution;
  trust: Record<TrustDimension, RatedDistribution>;
  commitment: RatedDistribution;
  frequency: RatedDistribution;
  self: Record<SelfCommitmentItem, RatedDistribution>;
}

/** A rating with the person who gave it. */
export type RespondentRating = RatingValues & { respondent: string };

/**
 * The three core elements of the framework over every rating and every
 * respondent's own commitment; each figure counts its own raters, so a
 * dimension only one person rated stays hidden even in a large round.
 */
export function elementFigures(
  ratings: readonly RespondentRating[],
  selves: readonly (SelfValues & { respondent: string })[],
  minGroupSize: number,
): ElementFigures {
  const of = (k: keyof RatingValues, min: number, max: number) =>
    ratedDistribution(
      ratings.map((r) => ({ respondent: r.respondent, value: r[k] })),
      min,
      max,
      minGroupSize,
    );
  const trust = {} as Record<TrustDimension, RatedDistribution>;
  for (const d of TRUST_DIMENSIONS) trust[d] = of(d, 1, 5);
  const self = {} as Record<SelfCommitmentItem, RatedDistribution>;
  for (const i of SELF_COMMITMENT_ITEMS)
    self[i] = ratedDistribution(
      selves.map((s) => ({ respondent: s.respondent, value: s[i] })),
      1,
      5,
      minGroupSize,
    );
  return {
    knowing: of("knowing", 0, KNOWING_MAX),
    trust,
    commitment: of("commitment", 1, 5),
    frequency: of("frequency", 0, FREQUENCY_MAX),
    self,
  };
}

export interface ReceivedFigures {
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
  raters: number;
}

const mean = (values: readonly (number | null)[]): number | null => distribution(values, 0, 5).mean;

/**
 * Trust and commitment a node receives, as means of what its raters said.
 * Each figure needs the minimum group size of distinct raters who gave that
 * very figure a value ("can't say" does not count); otherwise it is null and
 * only the count of raters shows, so no one's rating of a person can be read off.
 */
export function receivedFigures(ratings: readonly RespondentRating[], minGroupSize: number): ReceivedFigures {
  const pick = (k: TrustDimension | "commitment") =>
    ratedDistribution(
      ratings.map((r) => ({ respondent: r.respondent, value: r[k] })),
      1,
      5,
      minGroupSize,
    ).mean;
  return {
    goodwill: pick("goodwill"),
    competence: pick("competence"),
    vulnerability: pick("vulnerability"),
    consistency: pick("consistency"),
    commitment: pick("commitment"),
    raters: new Set(ratings.map((r) => r.respondent)).size,
  };
}

/** A tie from a rater node to a rated node: knowing and frequency are its strength; trust only from enough raters. */
export interface Tie extends ReceivedFigures {
  source: string;
  target: string;
  knowing: number;
  frequency: number;
}

/** One rating as the tie builder needs it: which node rates which, and how. */
export interface NodeRating extends RatingValues {
  source: string;
  target: string;
  /** Who answered; at organisation level several people of one organisation rate the same tie. */
  respondent: string;
}

/**
 * Collapses ratings into directed ties between nodes (people, or organisations
 * when several of an organisation's people answer). Ratings below
 * TIE_MIN_KNOWING and ratings of one's own node make no tie.
 */
export function ties(ratings: readonly NodeRating[], minGroupSize: number): Tie[] {
  const groups = new Map<string, NodeRating[]>();
  for (const r of ratings) {
    if (r.knowing < TIE_MIN_KNOWING || r.source === r.target) continue;
    const key = `${r.source}\u0000${r.target}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: Tie[] = [];
  for (const list of groups.values()) {
    const first = list[0] as NodeRating;
    out.push({
      source: first.source,
      target: first.target,
      knowing: mean(list.map((r) => r.knowing)) as number,
      frequency: mean(list.map((r) => r.frequency)) as number,
      ...receivedFigures(list, minGroupSize),
    });
  }
  return out;
}

/** Counts of each structural factor named, most named first; factors nobody named are left out. */
export function factorCounts(lists: readonly (readonly StructuralFactor[])[]): { factor: StructuralFactor; count: number }[] {
  const counts = new Map<StructuralFactor, number>();
  for (const list of lists) for (const f of new Set(list)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return STRUCTURAL_FACTORS.filter((f) => counts.has(f))
    .map((factor) => ({ factor, count: counts.get(factor) as number }))
    .sort((a, b) => b.count - a.count);
}

/** Votes for each network type, in the framework's order; "can't say" is left out. */
export function typeVotes(votes: readonly (NetworkType | null)[]): { type: NetworkType; count: number }[] {
  return NETWORK_TYPES.map((type) => ({ type, count: votes.filter((v) => v === type).length }));
}

/** Every observation the survey can make; each is a sentence under surveys.observations. */
export const OBSERVATION_KEYS = [
  "lowResponse",
  "lowestTrust",
  "trustDown",
  "trustUp",
  "lowSelfCommitment",
  "topBarrier",
  "typeMismatch",
  "isolates",
  "separatedGroups",
  "lowReciprocity",
  "brokers",
  "ownKind",
  "densityDown",
  "densityUp",
] as const;

export interface Observation {
  /** One of OBSERVATION_KEYS: a translation key under surveys.observations. */
  key: (typeof OBSERVATION_KEYS)[number];
  params: Record<string, string | number>;
}

export interface ObservationInput {
  invited: number;
  respondents: number;
  elements: ElementFigures;
  previous: ElementFigures | null;
  barriers: { factor: StructuralFactor; count: number }[];
  typeVotes: { type: NetworkType; count: number }[];
  declaredType: NetworkType | null;
}

const LOW_RESPONSE = 0.5;
const LOW_SCORE = 3;
/** A change of a mean on a 1–5 scale smaller than this is noise at survey sizes. */
const NOTABLE_CHANGE = 0.3;
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Plain-language observations about the answers, tied to the framework; the most useful first. */
export function observeAnswers(input: ObservationInput): Observation[] {
  const out: Observation[] = [];
  const rate = input.invited === 0 ? 0 : input.respondents / input.invited;
  if (rate < LOW_RESPONSE) out.push({ key: "lowResponse", params: { rate: Math.round(rate * 100) } });
  const trust = TRUST_DIMENSIONS.flatMap((d) => {
    const m = input.elements.trust[d].mean;
    return m === null ? [] : [{ d, m }];
  }).sort((a, b) => a.m - b.m);
  const lowest = trust[0];
  if (lowest) out.push({ key: "lowestTrust", params: { dimension: lowest.d, value: round1(lowest.m) } });
  if (input.previous) {
    for (const d of TRUST_DIMENSIONS) {
      const now = input.elements.trust[d].mean;
      const before = input.previous.trust[d].mean;
      if (now === null || before === null) continue;
      const delta = now - before;
      if (delta <= -NOTABLE_CHANGE) out.push({ key: "trustDown", params: { dimension: d, delta: round1(-delta) } });
      else if (delta >= NOTABLE_CHANGE) out.push({ key: "trustUp", params: { dimension: d, delta: round1(delta) } });
    }
  }
  for (const item of SELF_COMMITMENT_ITEMS) {
    const m = input.elements.self[item].mean;
    if (m !== null && m < LOW_SCORE) out.push({ key: "lowSelfCommitment", params: { item, value: round1(m) } });
  }
  const top = input.barriers[0];
  if (top) out.push({ key: "topBarrier", params: { factor: top.factor, count: top.count } });
  const votes = [...input.typeVotes].sort((a, b) => b.count - a.count);
  const seen = votes[0];
  if (seen && seen.count > 0 && input.declaredType && seen.type !== input.declaredType && seen.count > (votes[1]?.count ?? 0)) {
    out.push({ key: "typeMismatch", params: { type: seen.type, declared: input.declaredType } });
  }
  return out;
}

/** Whom the E-I index groups by: people by their organisation, everyone by their organisation's kind, and by Louvain community. */
export const HOMOPHILY_GROUPINGS = ["organisation", "kind", "community"] as const;
export type HomophilyGrouping = (typeof HOMOPHILY_GROUPINGS)[number];

/** The whole-graph figures the observations read; brokerCount is null for an older round that cannot tell. */
type ObservedGraph = Pick<GraphFigures, "isolateCount" | "reciprocity" | "edgeCount" | "density"> & { brokerCount: number | null };

export interface StructureInput {
  graph: ObservedGraph;
  previous: ObservedGraph | null;
  /** Community sizes, largest first. */
  communitySizes: number[];
  /** Ties between the two largest communities, in both directions. */
  tiesBetweenLargest: number;
  /** Names of the busiest brokers, best first. */
  brokerNames: string[];
  /** The E-I index by kind of organisation, and what an even spread of the same ties would give. */
  byKind: { index: number | null; expected: number | null } | null;
}

/** Below this share of the possible ties, two groups "barely know each other". */
const SEPARATED_SHARE = 0.02;
const LOW_RECIPROCITY = 0.3;
/** How far below an even spread the E-I index by kind must fall before "ties stay within each kind" is said. */
const OWN_KIND_GAP = 0.3;

/** Plain-language observations about the network's structure. */
export function observeStructure(input: StructureInput): Observation[] {
  const out: Observation[] = [];
  const g = input.graph;
  if (g.isolateCount > 0) out.push({ key: "isolates", params: { count: g.isolateCount } });
  const [a, b] = input.communitySizes;
  if (a !== undefined && b !== undefined && b >= 3) {
    const possible = 2 * a * b;
    if (input.tiesBetweenLargest / possible < SEPARATED_SHARE) out.push({ key: "separatedGroups", params: { a, b } });
  }
  if (g.reciprocity !== null && g.edgeCount > 0 && g.reciprocity < LOW_RECIPROCITY) {
    out.push({ key: "lowReciprocity", params: { value: Math.round(g.reciprocity * 100) } });
  }
  if (g.brokerCount !== null && g.brokerCount > 0 && input.brokerNames.length > 0) {
    out.push({ key: "brokers", params: { count: g.brokerCount, names: input.brokerNames.join(", ") } });
  }
  const ei = input.byKind;
  if (ei && ei.index !== null && ei.expected !== null && ei.index < 0 && ei.index <= ei.expected - OWN_KIND_GAP) {
    out.push({ key: "ownKind", params: { index: round2(ei.index), expected: round2(ei.expected) } });
  }
  if (input.previous) {
    const delta = Math.round((g.density - input.previous.density) * 1000) / 10;
    if (delta <= -1) out.push({ key: "densityDown", params: { delta: -delta } });
    else if (delta >= 1) out.push({ key: "densityUp", params: { delta } });
  }
  return out;
}

/** File formats of a round's network export: Gephi (GEXF), yEd and Cytoscape (GraphML), Kumu, and node and edge lists as CSV or Excel. */
export const EXPORT_FORMATS = ["gexf", "graphml", "kumu", "nodes.csv", "nodes.xlsx", "edges.csv", "edges.xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
