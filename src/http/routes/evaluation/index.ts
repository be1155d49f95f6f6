import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DECISION_RULES, GOAL_TYPES } from "../../../domain/agreement.ts";
import { COMPUTED_SOURCES, DIRECTIONS, INDICATOR_KINDS, INDICATOR_SOURCES, slugify } from "../../../domain/evaluation.ts";
import { NETWORK_ROLES, PHASES } from "../../../domain/network.ts";
import { PROMISE_STATES } from "../../../domain/promises.ts";
import { SURVEY_LEVELS, TRUST_DIMENSIONS } from "../../../domain/surveys.ts";
import { XLSX_TYPE } from "../../../domain/table.ts";
import {
  addMeasurement,
  createIndicator,
  evaluationOverview,
  removeIndicator,
  removeMeasurement,
  updateIndicator,
} from "../../../services/evaluation.ts";
import { openEvaluationRound, saveMyEvaluation, updateEvaluationRound } from "../../../services/evaluationRounds.ts";
import { cycleReport, exportCycleReport, REPORT_CSV_COLUMNS, reportRows } from "../../../services/views/cycleReport.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { cycleReportHtml } from "../../presenters/cycleReportHtml.ts";
import { tableDownload } from "../../presenters/tableFile.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { PromiseRate } from "../promises/index.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("evaluation");
const routes = serviceRoutes("evaluation");

const Measurement = z.object({
  id: z.string(),
  value: z.number().nullable(),
  text: z.string(),
  measuredOn: z.string(),
  source: z.string(),
  computed: z.boolean().openapi({ description: "Taken from Solmu's own data" }),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const IndicatorSchema = z
  .object({
    id: z.string(),
    goalId: z.string(),
    seriesId: z.string().openapi({ description: "Shared by the copies of the indicator carried into later cycles" }),
    kind: z.enum(INDICATOR_KINDS),
    name: z.string(),
    unit: z.string(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    direction: z.enum(DIRECTIONS).nullable(),
    question: z.string(),
    source: z.enum(INDICATOR_SOURCES),
    version: z.number(),
    measurements: z.array(Measurement),
    latest: z.object({ value: z.number().nullable(), text: z.string(), measuredOn: z.string() }).nullable(),
    currentComputed: z.number().nullable().openapi({ description: "For a computed indicator: Solmu's value for the cycle now" }),
    progress: z.object({ share: z.number().nullable(), status: z.enum(["reached", "progressing", "no_progress", "unknown"]) }),
    trend: z.array(z.object({ cycleId: z.string(), cycleName: z.string(), value: z.number().nullable(), text: z.string() })),
  })
  .openapi("Indicator");

const Distribution = z.object({ mean: z.number().nullable(), n: z.number(), counts: z.array(z.number()) });
const GoalEvaluation = z.object({
  respondents: z.number().openapi({ description: 'People who rated the goal on the scale ("can\'t say" is no rating)' }),
  shown: z.boolean().openapi({
    description:
      "False while the round is open and below the network's minimum group size of people who rated the goal; then nothing else is given (decision 014)",
  }),
  distribution: Distribution.nullable(),
  comments: z.array(z.string()),
});

const Round = z.object({
  id: z.string(),
  intro: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  status: z.enum(["open", "closed"]),
  version: z.number(),
  respondents: z.number(),
  shown: z.boolean().openapi({ description: "Answers to the questions are given once the round has closed with the minimum group size" }),
  canAnswer: z.boolean(),
  questions: z.array(z.object({ id: z.string(), text: z.string(), answers: z.array(z.string()) })),
  mine: z
    .object({
      version: z.number(),
      submittedAt: z.string(),
      ratings: z.array(z.object({ goalId: z.string(), rating: z.number().nullable(), comment: z.string() })),
      answers: z.array(z.object({ questionId: z.string(), text: z.string() })),
    })
    .nullable(),
});

const Overview = z
  .object({
    cycle: z.object({
      id: z.string(),
      name: z.string(),
      phase: z.enum(PHASES),
      startsOn: z.string(),
      endsOn: z.string(),
      closedAt: z.string().nullable(),
    }),
    cycles: z.array(z.object({ id: z.string(), name: z.string() })),
    minGroupSize: z.number(),
    role: z.enum(NETWORK_ROLES).openapi({ description: "Your role in the network" }),
    figures: z.array(z.object({ key: z.enum(COMPUTED_SOURCES), unit: z.string(), value: z.number().nullable() })),
    goals: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        goalType: z.enum(GOAL_TYPES),
        indicators: z.array(IndicatorSchema),
        evaluation: GoalEvaluation.nullable(),
      }),
    ),
    round: Round.nullable(),
  })
  .openapi("Evaluation");

const IndicatorInput = z.object({
  kind: z.enum(INDICATOR_KINDS),
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(40).default(""),
  baseline: z.number().finite().nullable().default(null),
  target: z.number().finite().nullable().default(null),
  direction: z.enum(DIRECTIONS).nullable().default(null),
  question: z.string().trim().max(1000).default(""),
  source: z.enum(INDICATOR_SOURCES).default("manual"),
});

const MeasurementInput = z.object({
  value: z.number().finite().nullable().default(null),
  text: z.string().trim().max(4000).default(""),
  measuredOn: z.iso.date(),
  source: z.string().trim().max(300).default(""),
});

const RoundInput = z.object({
  intro: z.string().trim().max(4000).default(""),
  closesOn: z.iso.date(),
  questions: z.array(z.string().trim().min(1).max(1000)).max(20).default([]),
});

const AnswerInput = z.object({
  version: z.number().int().min(1).nullable().default(null),
  ratings: z
    .array(
      z.object({
        goalId: z.string().max(100),
        rating: z.number().int().min(1).max(5).nullable(),
        comment: z.string().trim().max(2000).default(""),
      }),
    )
    .max(200)
    .default([]),
  answers: z
    .array(z.object({ questionId: z.string().max(100), text: z.string().trim().max(4000) }))
    .max(20)
    .default([]),
});

const ReportQuery = z.object({
  cycle: z.string().max(100).optional().openapi({ description: "The cycle (default: the current one)" }),
  compare: z.string().max(100).optional().openapi({ description: "An earlier cycle to compare with" }),
});

const Report = z
  .object({
    network: z.object({ id: z.string(), name: z.string() }),
    cycle: z.object({
      id: z.string(),
      name: z.string(),
      phase: z.enum(PHASES),
      startsOn: z.string(),
      endsOn: z.string(),
      closedAt: z.string().nullable(),
    }),
    compare: z.object({ id: z.string(), name: z.string() }).nullable(),
    cycles: z.array(z.object({ id: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() })),
    generatedAt: z.string(),
    minGroupSize: z.number(),
    figures: z.array(
      z.object({
        key: z.enum(COMPUTED_SOURCES),
        unit: z.string(),
        value: z.number().nullable(),
        compareValue: z.number().nullable(),
        change: z.number().nullable(),
        trend: z.array(z.object({ cycleId: z.string(), cycleName: z.string(), value: z.number().nullable() })),
      }),
    ),
    goals: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        goalType: z.enum(GOAL_TYPES),
        indicators: z.array(
          IndicatorSchema.extend({
            value: z.number().nullable(),
            text: z.string(),
            compareValue: z.number().nullable(),
            compareText: z.string(),
            change: z.number().nullable(),
          }),
        ),
        evaluation: GoalEvaluation.nullable(),
      }),
    ),
    evaluation: z
      .object({
        respondents: z.number(),
        shown: z.boolean(),
        closesOn: z.string(),
        status: z.enum(["open", "closed"]),
        questions: z.array(z.object({ text: z.string(), answers: z.array(z.string()) })),
      })
      .nullable(),
    phases: z.array(
      z.object({
        phase: z.enum(PHASES),
        startedAt: z.string().nullable(),
        endedAt: z.string().nullable(),
        summary: z.string(),
        respondents: z.number(),
        averageAchieved: z.number().nullable(),
        carryForward: z.array(z.string()),
      }),
    ),
    survey: z
      .object({
        roundId: z.string(),
        title: z.string(),
        level: z.enum(SURVEY_LEVELS),
        closesOn: z.string(),
        respondents: z.number(),
        knowing: z.number().nullable(),
        trust: z
          .object(
            Object.fromEntries(TRUST_DIMENSIONS.map((d) => [d, z.number().nullable()])) as Record<
              (typeof TRUST_DIMENSIONS)[number],
              z.ZodNullable<z.ZodNumber>
            >,
          )
          .openapi({ description: "The mean of each trust dimension on 1–5" }),
        averageTrust: z.number().nullable(),
        commitment: z.number().nullable(),
        graph: z
          .object({
            nodes: z.number(),
            ties: z.number(),
            density: z.number(),
            reciprocity: z.number().nullable(),
            modularity: z.number(),
            isolates: z.number(),
          })
          .nullable(),
        map: z
          .object({
            groups: z.array(z.object({ id: z.number(), size: z.number() })),
            links: z.array(z.object({ source: z.number(), target: z.number(), ties: z.number() })),
            hiddenPeople: z.number(),
          })
          .nullable()
          .openapi({ description: "The map aggregated to communities of at least the minimum group size" }),
      })
      .nullable(),
    promises: z.object({
      rate: PromiseRate,
      items: z.array(
        z.object({
          text: z.string(),
          promiser: z.string().nullable(),
          dueOn: z.string(),
          state: z.enum(PROMISE_STATES),
          closedOn: z.string().nullable(),
        }),
      ),
    }),
    meetings: z.array(
      z.object({
        title: z.string(),
        start: z.string(),
        purpose: z.string(),
        invited: z.number(),
        attended: z.number(),
        feedbackRespondents: z.number(),
        feedback: z.number().nullable(),
      }),
    ),
    decisions: z.array(z.object({ decidedOn: z.string(), title: z.string(), body: z.string(), rule: z.enum(DECISION_RULES) })),
  })
  .openapi("CycleReport");

const CycleParams = NetworkParam.extend({ cycleId: z.string().max(100) });
const GoalParams = NetworkParam.extend({ goalId: z.string().max(100) });
const IndicatorParams = NetworkParam.extend({ indicatorId: z.string().max(100) });

routes.get(
  "/networks/{networkId}/evaluation",
  "A cycle's goals with indicators, Solmu's own figures and the joint evaluation (the current cycle unless ?cycle= names another)",
  { params: NetworkParam, query: z.object({ cycle: z.string().max(100).optional() }) },
  { 200: jsonOk(Overview, "Evaluation of the cycle"), ...errors(400, 401, 404) },
  (deps, actor, { networkId, cycle }) => evaluationOverview(deps, actor, networkId, cycle),
);

routes.post(
  "/networks/{networkId}/goals/{goalId}/indicators",
  "Attach an indicator to a goal (members and coordinators)",
  { params: GoalParams, ...jsonBody(IndicatorInput) },
  { 201: jsonOk(IndicatorSchema, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, goalId, ...input }) => createIndicator(deps, actor, networkId, goalId, input),
);

routes.patch(
  "/networks/{networkId}/indicators/{indicatorId}",
  "Edit an indicator; a stale version gets 409 with what is stored now",
  { params: IndicatorParams, ...jsonBody(IndicatorInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(IndicatorSchema, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, indicatorId, version, ...input }) => updateIndicator(deps, actor, networkId, indicatorId, version, input),
);

routes.delete(
  "/networks/{networkId}/indicators/{indicatorId}",
  "Delete an indicator and its measurements (its author or a coordinator)",
  { params: IndicatorParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, indicatorId }) => removeIndicator(deps, actor, networkId, indicatorId),
);

routes.post(
  "/networks/{networkId}/indicators/{indicatorId}/measurements",
  "Record a measurement: a value (quantitative) or words (qualitative); a computed indicator stores Solmu's value of its cycle",
  { params: IndicatorParams, ...jsonBody(MeasurementInput) },
  { 201: jsonOk(IndicatorSchema, "Recorded"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, indicatorId, ...input }) => addMeasurement(deps, actor, networkId, indicatorId, input),
);

routes.delete(
  "/networks/{networkId}/indicators/{indicatorId}/measurements/{measurementId}",
  "Delete a measurement (who recorded it or a coordinator)",
  { params: IndicatorParams.extend({ measurementId: z.string().max(100) }) },
  { 200: jsonOk(IndicatorSchema, "Deleted; the indicator as it is now"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, indicatorId, measurementId }) => removeMeasurement(deps, actor, networkId, indicatorId, measurementId),
);

routes.post(
  "/networks/{networkId}/evaluation/round",
  "Open the joint evaluation of the current cycle (coordinators, in the evaluating phase)",
  { params: NetworkParam, ...jsonBody(RoundInput) },
  { 201: jsonOk(Overview, "Opened"), ...errors(400, 401, 403, 404, 409, 413) },
  async (deps, actor, { networkId, ...input }) =>
    evaluationOverview(deps, actor, networkId, await openEvaluationRound(deps, actor, networkId, input)),
);

routes.patch(
  "/networks/{networkId}/cycles/{cycleId}/evaluation/round",
  "Change or close a cycle's joint evaluation; questions change only before anyone answers; a closed round cannot reopen (409 round_closed)",
  {
    params: CycleParams,
    ...jsonBody(RoundInput.extend({ version: z.number().int().min(1), close: z.boolean().default(false) })),
  },
  { 200: jsonOk(Overview, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  async (deps, actor, { networkId, cycleId, ...input }) => {
    await updateEvaluationRound(deps, actor, networkId, cycleId, input);
    return evaluationOverview(deps, actor, networkId, cycleId);
  },
);

routes.put(
  "/networks/{networkId}/cycles/{cycleId}/evaluation/mine",
  "Save my evaluation of the goals and answers to the network's questions; send the version you edited (null the first time)",
  { params: CycleParams, ...jsonBody(AnswerInput) },
  { 200: jsonOk(Overview, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  async (deps, actor, { networkId, cycleId, ...input }) => {
    await saveMyEvaluation(deps, actor, networkId, cycleId, input);
    return evaluationOverview(deps, actor, networkId, cycleId);
  },
);

routes.get(
  "/networks/{networkId}/report",
  "The cycle report as JSON (fields: docs/evaluation.md)",
  { params: NetworkParam, query: ReportQuery },
  { 200: jsonOk(Report, "The report"), ...errors(400, 401, 404) },
  (deps, actor, { cycle, compare, networkId }) => cycleReport(deps, actor, networkId, cycle, compare),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/report.csv",
    "The cycle report's figures as long-format CSV (one figure per row; columns: docs/evaluation.md)",
    { params: NetworkParam, query: ReportQuery },
    { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errors(400, 401, 404) },
  ),
  (c) => reportTable(c, c.req.valid("param").networkId, c.req.valid("query"), "csv"),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/report.xlsx",
    "The same figures as an Excel workbook: one sheet, numbers as numbers and dates as dates",
    { params: NetworkParam, query: ReportQuery },
    {
      200: { description: "Excel workbook", content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) } } },
      ...errors(400, 401, 404),
    },
  ),
  (c) => reportTable(c, c.req.valid("param").networkId, c.req.valid("query"), "xlsx"),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/report.html",
    "The cycle report as one self-contained HTML file (styles and charts inline, no scripts)",
    { params: NetworkParam, query: ReportQuery },
    { 200: { description: "HTML file", content: { "text/html": { schema: z.string() } } }, ...errors(400, 401, 404) },
  ),
  async (c) => {
    const { cycle, compare } = c.req.valid("query");
    const report = await exportCycleReport(c.get("deps"), actorOf(c), c.req.valid("param").networkId, cycle, compare, "html");
    return c.body(cycleReportHtml(report, c.get("locale")), 200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(report.network.name, report.cycle.name)}.html"`,
    });
  },
);

export const evaluationRoutes = routes.app;

/** The report's long-format table as a CSV or Excel download. */
async function reportTable(c: Context<AppEnv>, networkId: string, { cycle, compare }: z.infer<typeof ReportQuery>, format: "csv" | "xlsx") {
  const report = await exportCycleReport(c.get("deps"), actorOf(c), networkId, cycle, compare, format);
  const table = { name: report.cycle.name, headers: [...REPORT_CSV_COLUMNS], rows: reportRows(report) };
  return tableDownload(c, format, table, fileName(report.network.name, report.cycle.name));
}

/** A download's file name from the network and cycle, in ASCII so every browser keeps it. */
function fileName(network: string, cycle: string) {
  return `${slugify(network) || "solmu"}-${slugify(cycle) || "cycle"}`;
}
