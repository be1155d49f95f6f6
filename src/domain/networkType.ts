import { NETWORK_TYPES, type NetworkType } from "./network.ts";

/**
 * The network-type self-assessment of DOMAIN.md: each member rates six
 * statements, and the answers place the network among the four kinds of
 * networks on two axes — goal-directed ↔ naturally evolving, and how the rules
 * of the game arise.
 */

/** A rating on the 1–5 agreement scale (1 = disagree fully, 5 = agree fully). */
export type Rating = 1 | 2 | 3 | 4 | 5;

export const NETWORK_TYPE_STATEMENT_IDS = ["g1", "g2", "g3", "r1", "r2", "r3"] as const;
export type NetworkTypeStatementId = (typeof NETWORK_TYPE_STATEMENT_IDS)[number];

export interface NetworkTypeStatement {
  id: NetworkTypeStatementId;
  axis: "goal" | "rules";
  /** True when agreeing points towards the naturally evolving end of the goal axis. */
  reversed: boolean;
}

/**
 * g1 clear shared goals guide the work; g2 the work takes shape freely
 * (reversed); g3 we follow up on reaching goals; r1 frames and rules are set
 * top-down by a steering group; r2 rules were agreed together, bottom-up;
 * r3 there are no shared norms.
 */
export const NETWORK_TYPE_STATEMENTS: readonly NetworkTypeStatement[] = [
  { id: "g1", axis: "goal", reversed: false },
  { id: "g2", axis: "goal", reversed: true },
  { id: "g3", axis: "goal", reversed: false },
  { id: "r1", axis: "rules", reversed: false },
  { id: "r2", axis: "rules", reversed: false },
  { id: "r3", axis: "rules", reversed: false },
];

export type NetworkTypeAnswers = Record<NetworkTypeStatementId, Rating>;

export interface NetworkTypePlacement {
  /** Position on the goal axis: -1 = fully naturally evolving, 1 = fully goal-directed. */
  goalDirected: number;
  type: NetworkType;
  /** How well the answers fit each type, 0–100 (see placeNetwork). */
  scores: Record<NetworkType, number>;
}

/** Every catalogue key the self-assessment's UI uses, so the catalogue can be checked against it. */
export const NETWORK_TYPE_SURVEY_TEXT_KEYS: readonly string[] = [
  "networkTypeSurvey.intro",
  ...NETWORK_TYPE_STATEMENTS.map((s) => `networkTypeSurvey.statement.${s.id}`),
  ...[1, 2, 3, 4, 5].map((r) => `networkTypeSurvey.scale.${r}`),
  "networkTypeSurvey.axis.goalDirected",
  "networkTypeSurvey.axis.naturallyEvolving",
  "networkTypeSurvey.result.yourPlacement",
  "networkTypeSurvey.result.scores",
  "networkTypeSurvey.summary.respondents",
  "networkTypeSurvey.summary.perceived",
  "networkTypeSurvey.summary.noPerceived",
  "networkTypeSurvey.summary.matches",
  "networkTypeSurvey.summary.differs",
  "networkTypeSurvey.summary.spread",
  "networkTypeSurvey.summary.spreadHigh",
];

/** Agreement with a statement as 0…1 (1 → 0, 3 → 0.5, 5 → 1). */
const agree = (r: Rating): number => (r - 1) / 4;

/**
 * Places one member's answers among the four kinds of networks.
 *
 * goalDirected = mean over g1–g3 of (rating − 3) / 2, with g2 reversed, so it
 * runs from -1 to 1. Goal-directed side when goalDirected > 0.
 *
 * type (the rule of thumb; the goal axis decides the side first):
 * - goal-directed side: hierarchical_strategic if r1 > r2, else joint_strategic;
 * - naturally evolving side: chaotic if r3 ≥ 4 and r3 > r1 and r3 > r2, else
 *   freely_evolving.
 *
 * scores[type] = round(100 × (side + rules) / 2), where with agree(r) = (r − 1) / 4:
 * - side = (1 + goalDirected) / 2 for the two strategic types, 1 minus that for the others;
 * - rules = agree(r1) for hierarchical_strategic, agree(r2) for joint_strategic,
 *   agree(r3) for chaotic, and for freely_evolving the strongest sign that
 *   shared norms exist: max(1 − agree(r3), agree(r1), agree(r2)).
 * Within the side the answers fall on, the placed type always has the highest
 * score (ties go to joint_strategic and freely_evolving, as in the rule). A type
 * on the other side can score higher when the answers sit near the middle of
 * the goal axis; that is a sign the network could be read either way.
 */
export function placeNetwork(a: NetworkTypeAnswers): NetworkTypePlacement {
  const goals = NETWORK_TYPE_STATEMENTS.filter((s) => s.axis === "goal");
  const goalSum = goals.reduce((sum, s) => sum + (s.reversed ? 3 - a[s.id] : a[s.id] - 3) / 2, 0);
  const goalDirected = goalSum / goals.length;
  const strategic = (1 + goalDirected) / 2;
  const score = (side: number, rules: number) => Math.round((100 * (side + rules)) / 2);
  const scores: Record<NetworkType, number> = {
    hierarchical_strategic: score(strategic, agree(a.r1)),
    joint_strategic: score(strategic, agree(a.r2)),
    freely_evolving: score(1 - strategic, Math.max(1 - agree(a.r3), agree(a.r1), agree(a.r2))),
    chaotic: score(1 - strategic, agree(a.r3)),
  };
  let type: NetworkType;
  // The sign is taken from the exact sum of halves so that rounding in the mean can never move a member across the middle.
  if (goalSum > 0) type = a.r1 > a.r2 ? "hierarchical_strategic" : "joint_strategic";
  else type = a.r3 >= 4 && a.r3 > a.r1 && a.r3 > a.r2 ? "chaotic" : "freely_evolving";
  return { goalDirected, type, scores };
}

export interface NetworkTypeSummary {
  respondents: number;
  counts: Record<NetworkType, number>;
  /** The type most members placed the network as; null when no one answered or the top is shared. */
  perceived: NetworkType | null;
  /** Share of respondents who placed it as `perceived`, 0…1; 0 when perceived is null. */
  agreement: number;
  /** Population standard deviation of goalDirected; 0 when no one answered. */
  spread: number;
  /** Mean goalDirected; 0 when no one answered. */
  meanGoalDirected: number;
  /** Whether `perceived` is the declared type; null when perceived is null. */
  matchesDeclared: boolean | null;
}

/** Summarises many members' placements and compares them with the network's declared type. */
export function summariseNetworkType(placements: NetworkTypePlacement[], declared: NetworkType): NetworkTypeSummary {
  const respondents = placements.length;
  const counts = Object.fromEntries(NETWORK_TYPES.map((t) => [t, 0])) as Record<NetworkType, number>;
  for (const p of placements) counts[p.type] += 1;
  const top = Math.max(...NETWORK_TYPES.map((t) => counts[t]));
  const leaders = NETWORK_TYPES.filter((t) => counts[t] === top);
  const perceived = respondents > 0 && leaders.length === 1 ? (leaders[0] as NetworkType) : null;
  const meanGoalDirected = respondents > 0 ? placements.reduce((s, p) => s + p.goalDirected, 0) / respondents : 0;
  const variance = respondents > 0 ? placements.reduce((s, p) => s + (p.goalDirected - meanGoalDirected) ** 2, 0) / respondents : 0;
  return {
    respondents,
    counts,
    perceived,
    agreement: perceived ? counts[perceived] / respondents : 0,
    spread: Math.sqrt(variance),
    meanGoalDirected,
    matchesDeclared: perceived ? perceived === declared : null,
  };
}

/**
 * Checks raw ratings for the given statement ids: integers 1–5, also as
 * strings such as "4" because HTML forms send strings.
 */
export function validateRatings<Id extends string>(
  input: unknown,
  ids: readonly Id[],
): { ok: true; answers: Record<Id, Rating> } | { ok: false; fields: Record<string, { key: string }> } {
  const record = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const fields: Record<string, { key: string }> = {};
  const answers: Partial<Record<Id, Rating>> = {};
  for (const id of ids) {
    const value = record[id];
    const text = typeof value === "string" ? value.trim() : value;
    const n = typeof text === "string" && /^[1-5]$/.test(text) ? Number(text) : text;
    if (text === undefined || text === null || text === "") fields[id] = { key: "validation.required" };
    else if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) answers[id] = n;
    else fields[id] = { key: "validation.invalid" };
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, answers: answers as Record<Id, Rating> };
}

/** Checks raw input (e.g. a request body) and returns typed ratings or per-statement errors. */
export function validateNetworkTypeAnswers(
  input: unknown,
): { ok: true; answers: NetworkTypeAnswers } | { ok: false; fields: Record<string, { key: string }> } {
  return validateRatings(input, NETWORK_TYPE_STATEMENT_IDS);
}
