import { type Rating, validateRatings } from "./networkType.ts";

/**
 * "On behalf of others or together?" — a coordinator's self-check against the
 * vicious circle of DOMAIN.md: when one party develops the network on behalf
 * of the others, they do not own the result or commit, so the developer does
 * even more. Each statement is rated 1–5 for how well it describes the network
 * now (1 = not at all, 5 = fully).
 */

export const ON_BEHALF_IDS = [
  "prepareAlone",
  "doMore",
  "agreedTogether",
  "commentReady",
  "promises",
  "ownTopics",
  "askedNeeds",
  "fewVoices",
] as const;
export type OnBehalfId = (typeof ON_BEHALF_IDS)[number];

export interface OnBehalfStatement {
  id: OnBehalfId;
  /** True when the statement describes developing together, so a high rating points away from "on behalf". */
  reversed: boolean;
  /** What to try when the answer points to developing on behalf of others, most useful first. */
  suggestions: readonly string[];
}

/**
 * Ordered by how directly each statement feeds the vicious circle; the order
 * breaks ties between equally severe answers when suggestions are picked.
 */
export const ON_BEHALF_STATEMENTS: readonly OnBehalfStatement[] = [
  // "I (or the coordinating group) prepare most proposals alone."
  { id: "prepareAlone", reversed: false, suggestions: ["onBehalf.suggestion.coPrepare", "onBehalf.suggestion.inviteAgendaItems"] },
  // "When things stall, the coordinator does more."
  { id: "doMore", reversed: false, suggestions: ["onBehalf.suggestion.askWhatStalls", "onBehalf.suggestion.shareRoles"] },
  // "Goals and rules of the game were agreed together."
  { id: "agreedTogether", reversed: true, suggestions: ["onBehalf.suggestion.coOwnAgreement"] },
  // "Members mostly comment on ready-made proposals."
  { id: "commentReady", reversed: false, suggestions: ["onBehalf.suggestion.openQuestions"] },
  // "Members make and keep promises to each other."
  { id: "promises", reversed: true, suggestions: ["onBehalf.suggestion.promisesToEachOther"] },
  // "Members bring their own topics to meetings."
  { id: "ownTopics", reversed: true, suggestions: ["onBehalf.suggestion.inviteAgendaItems"] },
  // "We have asked members what they need and expect from the network."
  { id: "askedNeeds", reversed: true, suggestions: ["onBehalf.suggestion.askNeeds"] },
  // "The same few people do most of the talking and the work."
  { id: "fewVoices", reversed: false, suggestions: ["onBehalf.suggestion.mixPeople", "onBehalf.suggestion.smallGroups"] },
];

export type OnBehalfAnswers = Record<OnBehalfId, Rating>;
export type OnBehalfLevel = "together" | "mixed" | "on_behalf";
export const ON_BEHALF_LEVELS: readonly OnBehalfLevel[] = ["together", "mixed", "on_behalf"];

export interface OnBehalfResult {
  /** 0–100; 100 = fully developing on behalf of others. */
  score: number;
  level: OnBehalfLevel;
  /** At most MAX_SUGGESTIONS, for the answers that point most strongly to developing on behalf of others first. */
  suggestions: { key: string }[];
}

/** A short list is something a coordinator can act on before the next meeting. */
export const MAX_SUGGESTIONS = 4;

/** Every catalogue key the self-check's UI and results use, so the catalogue can be checked against it. */
export const ON_BEHALF_TEXT_KEYS: readonly string[] = [
  "onBehalf.intro",
  "onBehalf.score",
  "onBehalf.noSuggestions",
  ...ON_BEHALF_STATEMENTS.map((s) => `onBehalf.statement.${s.id}`),
  ...[1, 2, 3, 4, 5].map((r) => `onBehalf.scale.${r}`),
  ...ON_BEHALF_LEVELS.flatMap((l) => [`onBehalf.level.${l}.name`, `onBehalf.level.${l}.description`]),
  ...new Set(ON_BEHALF_STATEMENTS.flatMap((s) => s.suggestions)),
];

/** How far one answer points to developing on behalf of others: 0 (not at all) … 4 (fully). */
const onBehalfPoints = (s: OnBehalfStatement, r: Rating): number => (s.reversed ? 5 - r : r - 1);

/**
 * Scores the self-check: how far the network is developed on behalf of others rather than together.
 *
 * score = round(100 × sum of points / (4 × number of statements)), where a
 * statement gives rating − 1 points, or 5 − rating when reversed.
 * level: score < 35 together, 35–65 mixed, > 65 on_behalf — roughly thirds,
 * so a network rated 3 ("partly") everywhere (score 50) is in the middle.
 * Suggestions come from statements worth 3 or 4 points (answered clearly in the
 * "on behalf" direction; a neutral 3 rating is worth 2), the 4-point ones first,
 * then in statement order, without repeats.
 */
export function onBehalfCheck(a: OnBehalfAnswers): OnBehalfResult {
  const rated = ON_BEHALF_STATEMENTS.map((s) => ({ s, points: onBehalfPoints(s, a[s.id]) }));
  const total = rated.reduce((sum, r) => sum + r.points, 0);
  const score = Math.round((100 * total) / (4 * rated.length));
  const level: OnBehalfLevel = score < 35 ? "together" : score <= 65 ? "mixed" : "on_behalf";
  const keys = new Set<string>();
  const severe = rated.filter((r) => r.points >= 3).sort((x, y) => y.points - x.points);
  for (const { s } of severe) for (const key of s.suggestions) if (keys.size < MAX_SUGGESTIONS) keys.add(key);
  return { score, level, suggestions: [...keys].map((key) => ({ key })) };
}

/** Checks raw input (e.g. a request body) and returns typed ratings or per-statement errors. */
export function validateOnBehalfAnswers(
  input: unknown,
): { ok: true; answers: OnBehalfAnswers } | { ok: false; fields: Record<string, { key: string }> } {
  return validateRatings(input, ON_BEHALF_IDS);
}
