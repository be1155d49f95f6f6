import type { Message } from "./directoryImport.ts";

/**
 * Which way of governing the network its conditions fit (Provan & Kenis 2008,
 * "Modes of network governance"): shared governance by the members
 * themselves, a lead organisation, or a network administrative organisation
 * (NAO, e.g. a coordination unit or project with its own staff). Four
 * conditions decide: how widely trust is shared, how many organisations take
 * part, how much they agree on the goals, and how much the network needs
 * competencies of its own. The thresholds are rules of thumb, written down in
 * docs/analysis.md ("Governance diagnosis") so that a coordinator can check them.
 */

export const GOVERNANCE_MODES = ["shared", "lead", "nao"] as const;
export type GovernanceMode = (typeof GOVERNANCE_MODES)[number];

export const CONDITIONS = ["trust", "participants", "consensus", "competencies"] as const;
export type Condition = (typeof CONDITIONS)[number];
export type Level = "low" | "moderate" | "high";
export type Size = "few" | "moderate" | "many";

/** The short questionnaire on the need for network-level competencies: each answer 0, 1 or 2. */
export const COMPETENCE_QUESTIONS = ["interdependence", "external", "coordinationWork", "skills"] as const;
export type CompetenceQuestion = (typeof COMPETENCE_QUESTIONS)[number];
export type CompetenceAnswers = Record<CompetenceQuestion, 0 | 1 | 2>;

export interface DiagnosisInput {
  /** From the latest survey round with released figures; null without one. */
  survey: { averageTrust: number | null; density: number } | null;
  /** Member organisations of the network. */
  organisations: number;
  /** Share (0–1) of represented organisations that approved the agreement version in force; null without one. */
  approvalShare: number | null;
  /** Mean standard deviation (1–5 scale) of the goals' ratings in the latest joint evaluation shown; null without one. */
  evaluationSpread: number | null;
  competencies: CompetenceAnswers;
  /** How the network is governed today, as the coordinator sees it; null: not said. */
  current: GovernanceMode | null;
}

/** Rules of thumb for the levels (docs/analysis.md). */
export const THRESHOLDS = {
  trustHigh: { meanTrust: 4, density: 0.25 },
  trustLow: { meanTrust: 3.2, density: 0.08 },
  fewUpTo: 8,
  moderateUpTo: 25,
  approvalHigh: 0.8,
  approvalModerate: 0.5,
  spreadHigh: 0.8,
  spreadModerate: 1.2,
  competenceLowUpTo: 2,
  competenceModerateUpTo: 5,
} as const;

/** How well each level of a condition fits each mode: 2 as Provan & Kenis's table has it, 1 where it is next to it. */
const FIT: Record<Condition, Record<string, Partial<Record<GovernanceMode, number>>>> = {
  trust: { high: { shared: 2, nao: 1 }, moderate: { nao: 2, shared: 1, lead: 1 }, low: { lead: 2, nao: 1 } },
  participants: { few: { shared: 2, lead: 1 }, moderate: { lead: 2, nao: 1 }, many: { nao: 2, lead: 1 } },
  consensus: { high: { shared: 2, nao: 1 }, moderate: { nao: 2, lead: 1, shared: 1 }, low: { lead: 2 } },
  competencies: { low: { shared: 2, lead: 1 }, moderate: { lead: 2, nao: 1 }, high: { nao: 2 } },
};

export interface DiagnosisResult {
  levels: Record<Condition, Level | Size | null>;
  scores: Record<GovernanceMode, number>;
  /** The mode the known conditions fit best; null when no condition is known. */
  fits: GovernanceMode | null;
  /** The two best scores are at most one point apart: the conditions do not clearly favour one mode. */
  close: boolean;
  current: GovernanceMode | null;
  /** Why, condition by condition, then how today's mode compares. */
  reasons: Message[];
}

const T = THRESHOLDS;

export function trustLevel(survey: DiagnosisInput["survey"]): Level | null {
  if (!survey || survey.averageTrust === null) return null;
  if (survey.averageTrust >= T.trustHigh.meanTrust && survey.density >= T.trustHigh.density) return "high";
  if (survey.averageTrust < T.trustLow.meanTrust || survey.density < T.trustLow.density) return "low";
  return "moderate";
}

export const sizeLevel = (organisations: number): Size =>
  organisations <= T.fewUpTo ? "few" : organisations <= T.moderateUpTo ? "moderate" : "many";

/** Goal consensus: the lower of what the agreement's approvals and the joint evaluation's spread say. */
export function consensusLevel(approvalShare: number | null, evaluationSpread: number | null): Level | null {
  const rank = { low: 0, moderate: 1, high: 2 } as const;
  const seen: Level[] = [];
  if (approvalShare !== null)
    seen.push(approvalShare >= T.approvalHigh ? "high" : approvalShare >= T.approvalModerate ? "moderate" : "low");
  if (evaluationSpread !== null)
    seen.push(evaluationSpread <= T.spreadHigh ? "high" : evaluationSpread <= T.spreadModerate ? "moderate" : "low");
  if (seen.length === 0) return null;
  return seen.reduce((a, b) => (rank[b] < rank[a] ? b : a));
}

export function competenceLevel(answers: CompetenceAnswers): Level {
  const sum = COMPETENCE_QUESTIONS.reduce((s, q) => s + answers[q], 0);
  return sum <= T.competenceLowUpTo ? "low" : sum <= T.competenceModerateUpTo ? "moderate" : "high";
}

export function diagnoseGovernance(input: DiagnosisInput): DiagnosisResult {
  const levels: DiagnosisResult["levels"] = {
    trust: trustLevel(input.survey),
    participants: sizeLevel(input.organisations),
    consensus: consensusLevel(input.approvalShare, input.evaluationSpread),
    competencies: competenceLevel(input.competencies),
  };
  const scores: Record<GovernanceMode, number> = { shared: 0, lead: 0, nao: 0 };
  const reasons: Message[] = [];
  for (const c of CONDITIONS) {
    const level = levels[c];
    if (level === null) {
      reasons.push({ key: `diagnosis.governanceModes.unknown.${c}` });
      continue;
    }
    const fit = FIT[c][level] ?? {};
    for (const m of GOVERNANCE_MODES) scores[m] += fit[m] ?? 0;
    const best = GOVERNANCE_MODES.filter((m) => fit[m] === 2);
    reasons.push({ key: `diagnosis.governanceModes.reason.${c}.${level}`, params: { modes: best.join(",") } });
  }
  const known = CONDITIONS.some((c) => levels[c] !== null);
  // On a tie, today's mode stays first: the conditions give no reason to change it.
  const ranked = [...GOVERNANCE_MODES].sort((a, b) => scores[b] - scores[a] || Number(b === input.current) - Number(a === input.current));
  const fits = known ? (ranked[0] as GovernanceMode) : null;
  const close = scores[ranked[0] as GovernanceMode] - scores[ranked[1] as GovernanceMode] <= 1;
  if (fits && input.current) {
    reasons.push(
      input.current === fits
        ? { key: "diagnosis.governanceModes.compare.same", params: { mode: fits } }
        : {
            key: "diagnosis.governanceModes.compare.other",
            params: { mode: fits, current: input.current, score: scores[fits], currentScore: scores[input.current] },
          },
    );
  }
  return { levels, scores, fits, close, current: input.current, reasons };
}

/** Checks the questionnaire's answers; each problem is named by its field. */
export function validateDiagnosisAnswers(
  input: unknown,
): { ok: true; competencies: CompetenceAnswers; current: GovernanceMode | null } | { ok: false; fields: Record<string, Message> } {
  const fields: Record<string, Message> = {};
  const body = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const given = (typeof body.competencies === "object" && body.competencies !== null ? body.competencies : {}) as Record<string, unknown>;
  const competencies = {} as CompetenceAnswers;
  for (const q of COMPETENCE_QUESTIONS) {
    const v = given[q];
    if (v === 0 || v === 1 || v === 2) competencies[q] = v;
    else fields[`competencies.${q}`] = { key: "diagnosis.governanceModes.errors.answer" };
  }
  const current = body.current ?? null;
  if (current !== null && !GOVERNANCE_MODES.includes(current as GovernanceMode)) {
    fields.current = { key: "diagnosis.governanceModes.errors.current" };
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, competencies, current: current as GovernanceMode | null };
}

/** The mean standard deviation of rating distributions on a scale starting at `min`: how far raters disagree, goal by goal. */
export function meanSpread(distributions: ReadonlyArray<{ counts: number[]; mean: number | null; n: number }>, min = 1): number | null {
  const sds = distributions
    .filter((d) => d.n >= 2 && d.mean !== null)
    .map((d) => Math.sqrt(d.counts.reduce((s, c, i) => s + c * (min + i - (d.mean as number)) ** 2, 0) / d.n));
  return sds.length === 0 ? null : sds.reduce((a, b) => a + b, 0) / sds.length;
}
