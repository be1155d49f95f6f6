// The evaluation API's answers and bodies, as the server documents them (src/http/routes/evaluation/index.ts).
import type { Answer, Body, Schemas } from "../../api/client.ts";

// ------------------------------------------------------------------ evaluation page

/** GET /api/networks/{networkId}/evaluation[?cycle=] */
export type Evaluation = Schemas["Evaluation"];
export type EvaluationGoal = Evaluation["goals"][number];
export type Figure = Evaluation["figures"][number];
export type Indicator = Schemas["Indicator"];
export type Measurement = Indicator["measurements"][number];
export type ProgressStatus = Indicator["progress"]["status"];
/** One goal's results in the joint evaluation; nothing but counts below the minimum group size. */
export type GoalEvaluation = NonNullable<EvaluationGoal["evaluation"]>;
/** The joint evaluation round of a cycle. */
export type EvaluationRound = NonNullable<Evaluation["round"]>;
/** The actor's own answers to the joint evaluation. */
export type MyEvaluation = NonNullable<EvaluationRound["mine"]>;

/** POST /goals/{goalId}/indicators; PATCH /indicators/{indicatorId} adds `version`. */
export type IndicatorInput = Body<"/api/networks/{networkId}/goals/{goalId}/indicators", "post">;
/** POST /indicators/{indicatorId}/measurements */
export type MeasurementInput = Body<"/api/networks/{networkId}/indicators/{indicatorId}/measurements", "post">;
/** POST /evaluation/round */
export type RoundInput = Body<"/api/networks/{networkId}/evaluation/round", "post">;

// ------------------------------------------------------------------ cycle report

/** GET /api/networks/{networkId}/report (field list: docs/evaluation.md) */
export type CycleReport = Answer<"/api/networks/{networkId}/report">;
export type ReportFigure = CycleReport["figures"][number];
export type ReportGoal = CycleReport["goals"][number];
export type ReportIndicator = ReportGoal["indicators"][number];
export type ReportGoalEvaluation = NonNullable<ReportGoal["evaluation"]>;
export type ReportPhase = CycleReport["phases"][number];
export type ReportMap = NonNullable<NonNullable<CycleReport["survey"]>["map"]>;
/** One point of a trend: the value in one cycle, oldest cycle first. */
export type ReportTrendPoint = ReportFigure["trend"][number];
