// The answer of GET /api/networks/:networkId/report (zod schema `Report` in src/http/routes/evaluation/index.ts,
// built by src/services/cycleReport.ts). Field list: docs/evaluation.md.
import type { Phase } from "../../api/types.ts";
import type { ComputedSource, GoalEvaluation, Indicator } from "./types.ts";

export type ReportFigureKey = ComputedSource;
export type ReportPromiseState = "open" | "kept" | "renegotiated" | "not_kept";

export interface ReportCycleRef {
  id: string;
  name: string;
}

export interface ReportCycle extends ReportCycleRef {
  phase: Phase;
  startsOn: string;
  endsOn: string;
  closedAt: string | null;
}

/** One point of a trend: the value in one cycle, oldest cycle first. */
export interface ReportTrendPoint {
  cycleId: string;
  cycleName: string;
  value: number | null;
}

export interface ReportFigure {
  key: ReportFigureKey;
  unit: string;
  value: number | null;
  compareValue: number | null;
  change: number | null;
  trend: ReportTrendPoint[];
}

export interface ReportIndicator extends Indicator {
  /** The value in the report's cycle (a computed indicator's current value when nothing is stored). */
  value: number | null;
  text: string;
  compareValue: number | null;
  compareText: string;
  change: number | null;
}

export type ReportGoalEvaluation = GoalEvaluation;

export interface ReportGoal {
  id: string;
  title: string;
  goalType: string;
  indicators: ReportIndicator[];
  evaluation: ReportGoalEvaluation | null;
}

export interface ReportJointEvaluation {
  respondents: number;
  shown: boolean;
  closesOn: string;
  status: "open" | "closed";
  questions: { text: string; answers: string[] }[];
}

export interface ReportPhase {
  phase: Phase;
  startedAt: string | null;
  endedAt: string | null;
  summary: string;
  respondents: number;
  averageAchieved: number | null;
  carryForward: string[];
}

export interface ReportMap {
  groups: { id: number; size: number }[];
  /** Ties between two groups; a link from a group to itself counts the ties within it. */
  links: { source: number; target: number; ties: number }[];
  hiddenPeople: number;
}

export interface ReportSurvey {
  roundId: string;
  title: string;
  level: string;
  closesOn: string;
  respondents: number;
  knowing: number | null;
  trust: Record<string, number | null>;
  averageTrust: number | null;
  commitment: number | null;
  graph: {
    nodes: number;
    ties: number;
    density: number;
    reciprocity: number | null;
    modularity: number;
    isolates: number;
  } | null;
  map: ReportMap | null;
}

export interface ReportPromiseRate {
  total: number;
  keptOnTime: number;
  keptLate: number;
  renegotiated: number;
  notKept: number;
  open: number;
  overdue: number;
  /** A share 0–1, or null when nothing has been settled. */
  rate: number | null;
}

export interface ReportPromise {
  text: string;
  promiser: string | null;
  dueOn: string;
  state: ReportPromiseState;
  closedOn: string | null;
}

export interface ReportMeeting {
  title: string;
  /** Local start time, "YYYY-MM-DDTHH:mm". */
  start: string;
  purpose: string;
  invited: number;
  attended: number;
  feedbackRespondents: number;
  feedback: number | null;
}

export interface ReportDecision {
  decidedOn: string;
  title: string;
  body: string;
  rule: string;
}

export interface CycleReport {
  network: ReportCycleRef;
  cycle: ReportCycle;
  compare: ReportCycleRef | null;
  cycles: (ReportCycleRef & { startsOn: string; endsOn: string })[];
  generatedAt: string;
  minGroupSize: number;
  figures: ReportFigure[];
  goals: ReportGoal[];
  evaluation: ReportJointEvaluation | null;
  phases: ReportPhase[];
  survey: ReportSurvey | null;
  promises: { rate: ReportPromiseRate; items: ReportPromise[] };
  meetings: ReportMeeting[];
  decisions: ReportDecision[];
}
