import type { Message } from "./directoryImport.ts";

/**
 * "Is a network the right tool for this goal?" — the governance-form check of
 * DOMAIN.md. A coordinator answers five questions about one goal; each answer
 * gives points to the forms (hierarchy, market, network) whose column of the
 * framework's table it matches.
 */

export const GOVERNANCE_FORMS = ["network", "hierarchy", "market"] as const;
export type GovernanceForm = (typeof GOVERNANCE_FORMS)[number];

export const GOVERNANCE_QUESTION_IDS = ["novelty", "complexity", "information", "division", "commitments"] as const;
export type GovernanceQuestionId = (typeof GOVERNANCE_QUESTION_IDS)[number];

export interface GovernanceQuestion {
  id: GovernanceQuestionId;
  /** Answer codes, ordered from the most settled to the most open-ended. */
  options: readonly string[];
}

/** The five questions of the check, in the order they are asked. */
export const GOVERNANCE_QUESTIONS: readonly GovernanceQuestion[] = [
  { id: "novelty", options: ["routine", "improve", "new"] },
  { id: "complexity", options: ["simple", "moderate", "complex"] },
  { id: "information", options: ["light", "moderate", "deep"] },
  { id: "division", options: ["clear", "mixed", "flexible"] },
  { id: "commitments", options: ["contracts", "mixed", "flexible"] },
];

export type GovernanceAnswers = Record<GovernanceQuestionId, string>;

/** A check as it is saved with its goal. */
export interface SavedGovernanceCheck {
  answers: GovernanceAnswers;
  result: GovernanceResult;
  checkedAt: string;
}

export interface GovernanceResult {
  recommendation: GovernanceForm;
  scores: Record<GovernanceForm, number>;
  /** The summary first, then one reason per question in question order. */
  reasons: Message[];
  /** True when the top two scores differ by at most one point: the answers do not clearly favour one form. */
  close: boolean;
}

type Points = Partial<Record<GovernanceForm, number>>;

/**
 * Points per answer: 2 for a full match with a column of the table, 1 where an
 * in-between answer partly matches. Every form can reach the same maximum (10),
 * so no form wins just because it has more rows in the table.
 *
 * | question    | option    | network | hierarchy | market |
 * |-------------|-----------|---------|-----------|--------|
 * | novelty     | routine   |         | 2         | 2      |
 * |             | improve   | 2       | 1         |        |
 * |             | new       | 2       |           |        |
 * | complexity  | simple    |         |           | 2      |
 * |             | moderate  | 1       | 1         | 1      |
 * |             | complex   | 2       | 2         |        |
 * | information | light     |         |           | 2      |
 * |             | moderate  | 1       | 1         | 1      |
 * |             | deep      | 2       | 2         |        |
 * | division    | clear     |         | 2         | 2      |
 * |             | mixed     | 1       | 1         | 1      |
 * |             | flexible  | 2       |           |        |
 * | commitments | contracts |         | 2         | 2      |
 * |             | mixed     | 1       | 1         | 1      |
 * |             | flexible  | 2       |           |        |
 *
 * "Change what exists" belongs to the network column, but improving a routine
 * step by step can also be ordered within one organisation, hence 1 for
 * hierarchy. The table names complexity only for routines (complex → hierarchy,
 * simple → market); complex work also gets 2 for network because network work
 * shares the deep information exchange that complex tasks need, and without it
 * a network could score at most 8 against the others' 10.
 */
const POINTS: Record<GovernanceQuestionId, Record<string, Points>> = {
  novelty: { routine: { hierarchy: 2, market: 2 }, improve: { network: 2, hierarchy: 1 }, new: { network: 2 } },
  complexity: { simple: { market: 2 }, moderate: { network: 1, hierarchy: 1, market: 1 }, complex: { network: 2, hierarchy: 2 } },
  information: { light: { market: 2 }, moderate: { network: 1, hierarchy: 1, market: 1 }, deep: { network: 2, hierarchy: 2 } },
  division: { clear: { hierarchy: 2, market: 2 }, mixed: { network: 1, hierarchy: 1, market: 1 }, flexible: { network: 2 } },
  commitments: { contracts: { hierarchy: 2, market: 2 }, mixed: { network: 1, hierarchy: 1, market: 1 }, flexible: { network: 2 } },
};

/** The most points any one form can get. */
export const GOVERNANCE_MAX_SCORE = 10;

/** Every catalogue key the check's UI and results use, so the catalogue can be checked against it. */
export const GOVERNANCE_TEXT_KEYS: readonly string[] = [
  "governance.intro",
  "governance.close",
  ...GOVERNANCE_FORMS.flatMap((f) => [`governance.form.${f}`, `governance.summary.${f}`]),
  ...GOVERNANCE_QUESTIONS.flatMap((q) => [
    `governance.question.${q.id}`,
    ...q.options.flatMap((o) => [`governance.option.${q.id}.${o}`, `governance.reason.${q.id}.${o}`]),
  ]),
];

/** Scores each governance form against the answers and explains the recommendation. */
export function governanceCheck(answers: GovernanceAnswers): GovernanceResult {
  const scores: Record<GovernanceForm, number> = { network: 0, hierarchy: 0, market: 0 };
  const perQuestion: Message[] = [];
  for (const { id } of GOVERNANCE_QUESTIONS) {
    const option = answers[id];
    const points = Object.hasOwn(POINTS[id], option) ? POINTS[id][option] : undefined;
    if (!points) throw new RangeError(`Unknown answer "${option}" to governance question "${id}"`);
    for (const form of GOVERNANCE_FORMS) scores[form] += points[form] ?? 0;
    perQuestion.push({ key: `governance.reason.${id}.${option}` });
  }
  // A stable sort keeps GOVERNANCE_FORMS order on ties: network before
  // hierarchy before market. A tie means the goal is served about as well by
  // a more flexible form, and a flexible arrangement can be tightened later
  // more easily than a rigid one can be loosened. `close` still flags it.
  const ranked = [...GOVERNANCE_FORMS].sort((a, b) => scores[b] - scores[a]);
  const [first, second] = ranked as [GovernanceForm, GovernanceForm, GovernanceForm];
  return {
    recommendation: first,
    scores,
    reasons: [{ key: `governance.summary.${first}`, params: { score: scores[first], max: GOVERNANCE_MAX_SCORE } }, ...perQuestion],
    close: scores[first] - scores[second] <= 1,
  };
}

/** Checks raw input (e.g. a request body) and returns typed answers or per-question errors. */
export function validateGovernanceAnswers(
  input: unknown,
): { ok: true; answers: GovernanceAnswers } | { ok: false; fields: Record<string, { key: string }> } {
  const record = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const fields: Record<string, { key: string }> = {};
  const answers: Partial<GovernanceAnswers> = {};
  for (const { id, options } of GOVERNANCE_QUESTIONS) {
    const value = record[id];
    if (value === undefined || value === null || value === "") fields[id] = { key: "validation.required" };
    else if (typeof value !== "string" || !options.includes(value)) fields[id] = { key: "validation.invalid" };
    else answers[id] = value;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, answers: answers as GovernanceAnswers };
}
