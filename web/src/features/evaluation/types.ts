// Types of the evaluation API's answers (src/http/routes/evaluation/index.ts).

// ------------------------------------------------------------------ evaluation page
// GET /api/networks/:id/evaluation and the indicator, measurement and joint-evaluation calls.

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

export const isComputedSource = (source: string): source is ComputedSource => (COMPUTED_SOURCES as readonly string[]).includes(source);

export type ProgressStatus = "reached" | "progressing" | "no_progress" | "unknown";

/** One recorded value (quantitative) or answer in words (qualitative) of an indicator. */
export interface Measurement {
  id: string;
  value: number | null;
  text: string;
  /** YYYY-MM-DD */
  measuredOn: string;
  source: string;
  /** Taken from Solmu's own data. */
  computed: boolean;
  /** The recorder's name; null when Solmu stored it (at cycle close). */
  createdBy: string | null;
  createdAt: string;
}

export interface Indicator {
  id: string;
  goalId: string;
  /** Shared by the copies of the indicator carried into later cycles. */
  seriesId: string;
  kind: IndicatorKind;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: Direction | null;
  question: string;
  source: IndicatorSource;
  version: number;
  measurements: Measurement[];
  latest: { value: number | null; text: string; measuredOn: string } | null;
  /** For a computed indicator: Solmu's value for the cycle now. */
  currentComputed: number | null;
  /** share: (value − baseline) / (target − baseline), e.g. 0.25; null without baseline and target. */
  progress: { share: number | null; status: ProgressStatus };
  /** The series' value in each cycle where it exists, oldest first. */
  trend: { cycleId: string; cycleName: string; value: number | null; text: string }[];
}

/** Ratings on 1–5: counts[i] is the number of (i + 1)s; "can't say" is left out of n and mean. */
export interface RatingDistribution {
  mean: number | null;
  n: number;
  counts: number[];
}

/** One goal's results in the joint evaluation; nothing but counts below the minimum group size. */
export interface GoalEvaluation {
  /** People who rated the goal on the scale. */
  respondents: number;
  shown: boolean;
  distribution: RatingDistribution | null;
  comments: string[];
}

export interface EvaluationGoal {
  id: string;
  title: string;
  goalType: string;
  indicators: Indicator[];
  /** Null when the cycle has no joint evaluation. */
  evaluation: GoalEvaluation | null;
}

/** The actor's own answers to the joint evaluation. */
export interface MyEvaluation {
  version: number;
  submittedAt: string;
  ratings: { goalId: string; rating: number | null; comment: string }[];
  answers: { questionId: string; text: string }[];
}

export interface EvaluationQuestion {
  id: string;
  text: string;
  /** Everyone's answers, without names; empty below the minimum group size. */
  answers: string[];
}

/** The joint evaluation round of a cycle. */
export interface EvaluationRound {
  id: string;
  intro: string;
  /** YYYY-MM-DD */
  closesOn: string;
  closedAt: string | null;
  status: "open" | "closed";
  version: number;
  respondents: number;
  shown: boolean;
  canAnswer: boolean;
  questions: EvaluationQuestion[];
  mine: MyEvaluation | null;
}

export interface EvaluationCycle {
  id: string;
  name: string;
  phase: "assembling" | "agreeing" | "doing" | "evaluating";
  startsOn: string;
  endsOn: string;
  closedAt: string | null;
}

export interface Figure {
  key: ComputedSource;
  unit: string;
  /** Null when there is no data yet or it is hidden below the minimum group size. */
  value: number | null;
}

/** GET /api/networks/:id/evaluation[?cycle=] */
export interface Evaluation {
  cycle: EvaluationCycle;
  cycles: { id: string; name: string }[];
  minGroupSize: number;
  role: string;
  figures: Figure[];
  goals: EvaluationGoal[];
  round: EvaluationRound | null;
}

/** POST /goals/:goalId/indicators; PATCH /indicators/:id adds `version`. */
export interface IndicatorInput {
  kind: IndicatorKind;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: Direction | null;
  question: string;
  source: IndicatorSource;
}

/** POST /indicators/:id/measurements */
export interface MeasurementInput {
  value: number | null;
  text: string;
  measuredOn: string;
  source: string;
}

/** POST /evaluation/round; PATCH /cycles/:cycleId/evaluation/round adds `version` and `close`. */
export interface RoundInput {
  intro: string;
  closesOn: string;
  questions: string[];
}

/** PUT /cycles/:cycleId/evaluation/mine */
export interface AnswerInput {
  version: number | null;
  ratings: { goalId: string; rating: number | null; comment: string }[];
  answers: { questionId: string; text: string }[];
}

// ------------------------------------------------------------------ end of evaluation page
