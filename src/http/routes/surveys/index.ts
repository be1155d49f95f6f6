import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  EXPORT_FORMATS,
  FREQUENCY_MAX,
  KNOWING_MAX,
  NETWORK_TYPES,
  OBSERVATION_KEYS,
  SELF_COMMITMENT_ITEMS,
  STRUCTURAL_FACTORS,
  SURVEY_LEVELS,
  TRUST_DIMENSIONS,
} from "../../../domain/surveys.ts";
import { SIGHTS, TIES_VISIBILITIES, VIEWERS } from "../../../domain/surveyVisibility.ts";
import { exportRound } from "../../../services/surveyExports.ts";
import {
  closeRound,
  createRound,
  deleteMyResponse,
  getMyResponse,
  getRound,
  listRounds,
  listTargets,
  remindRound,
  roundAnalysis,
  roundResults,
  saveMyResponse,
  surveyTrends,
  updateRound,
} from "../../../services/surveys.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, baseUrl } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam, orNull } from "../../schemas.ts";

const Sights = z.array(z.enum(SIGHTS));

const Round = z
  .object({
    id: z.string(),
    title: z.string(),
    level: z.enum(SURVEY_LEVELS),
    opensOn: z.string(),
    closesOn: z.string(),
    audience: z.enum(["all", "selected"]),
    status: z
      .enum(["scheduled", "open", "closed"])
      .openapi({ description: "Closed after the closing date or when a coordinator closes it" }),
    cycleId: z.string().nullable(),
    cycleName: z.string().nullable(),
    invitedCount: z.number(),
    respondedCount: z.number().openapi({ description: "Submitted answers; drafts are not counted" }),
    frozen: z.boolean().openapi({ description: "Its figures are frozen as anonymous aggregates (some answers live on only inside them)" }),
    answersPurgedAt: z.string().nullable().openapi({ description: "When its raw answers were deleted under the network's retention" }),
    myState: z.enum(["not_invited", "not_started", "draft", "submitted"]),
    canAnswer: z.boolean(),
    closedAt: z.string().nullable(),
    tiesVisibility: z.enum(TIES_VISIBILITIES).openapi({
      description: "Fixed when the round opens: coordinators see individual ties, or only the structure of groups",
    }),
    seenBy: z.object(Object.fromEntries(VIEWERS.map((v) => [v, Sights])) as Record<(typeof VIEWERS)[number], typeof Sights>).openapi({
      description: "What each role sees of a respondent's answer in this round: the policy the server enforces, shown before answering",
    }),
    version: z.number(),
  })
  .openapi("SurveyRound");

const scale = (min: number, max: number) => z.number().int().min(min).max(max);
const trustScale = scale(1, 5).nullable().openapi({ description: "1–5; null = can't say" });

const RatingSchema = z.object({
  targetId: z.string().max(100),
  knowing: scale(0, KNOWING_MAX).openapi({ description: "0 don't know · 1 by name · 2 know their work · 3 know them well" }),
  goodwill: trustScale,
  competence: trustScale,
  vulnerability: trustScale,
  consistency: trustScale,
  commitment: trustScale,
  frequency: scale(0, FREQUENCY_MAX).openapi({
    description: "0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly",
  }),
});

const SelfCommitment = z.object({ autonomy: trustScale, meaningfulness: trustScale, connectedness: trustScale });

const ResponseFields = {
  ratings: z.array(RatingSchema).max(2000),
  selfCommitment: SelfCommitment,
  barriers: z.array(z.enum(STRUCTURAL_FACTORS)).max(6),
  barriersText: z.string().trim().max(2000),
  enablers: z.array(z.enum(STRUCTURAL_FACTORS)).max(6),
  enablersText: z.string().trim().max(2000),
  networkType: z.enum(NETWORK_TYPES).nullable(),
};

const MyResponse = z
  .object({
    ...ResponseFields,
    status: z.enum(["draft", "submitted"]),
    version: z.number(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi("SurveyResponse");

const Distribution = z
  .object({
    mean: z.number().nullable(),
    n: z.number(),
    counts: z.array(z.number()).openapi({ description: "Answers of each value of the scale; empty when hidden" }),
    raters: z.number().openapi({ description: "Distinct people whose answers are in this figure" }),
    hidden: z.boolean().openapi({ description: "Fewer raters than the minimum group size: mean null, counts empty" }),
  })
  .openapi("SurveyDistribution");
const Elements = z
  .object({
    knowing: Distribution,
    trust: z.object(
      Object.fromEntries(TRUST_DIMENSIONS.map((d) => [d, Distribution])) as Record<(typeof TRUST_DIMENSIONS)[number], typeof Distribution>,
    ),
    commitment: Distribution,
    frequency: Distribution,
    self: z.object(
      Object.fromEntries(SELF_COMMITMENT_ITEMS.map((d) => [d, Distribution])) as Record<
        (typeof SELF_COMMITMENT_ITEMS)[number],
        typeof Distribution
      >,
    ),
  })
  .openapi("SurveyElements");
const ObservationSchema = z
  .object({
    key: z.enum(OBSERVATION_KEYS).openapi({ description: "A sentence under surveys.observations" }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .openapi("SurveyObservation");
const FactorCount = z.object({ factor: z.enum(STRUCTURAL_FACTORS), count: z.number() });

const Results = z
  .object({
    round: Round,
    minGroupSize: z.number(),
    invited: z.number(),
    respondents: z.number(),
    hidden: z.boolean().openapi({ description: "The round is still open, or fewer respondents than the minimum group size: no figures" }),
    elements: orNull(Elements),
    barriers: z.array(FactorCount),
    enablers: z.array(FactorCount),
    texts: z.object({ barriers: z.array(z.string()), enablers: z.array(z.string()) }).nullable(),
    networkType: z
      .object({ votes: z.array(z.object({ type: z.enum(NETWORK_TYPES), count: z.number() })), declared: z.enum(NETWORK_TYPES).nullable() })
      .nullable(),
    previous: z.object({ roundId: z.string(), title: z.string(), elements: orNull(Elements) }).nullable(),
    observations: z.array(ObservationSchema),
  })
  .openapi("SurveyResults");

const GraphFigures = z
  .object({
    directed: z.boolean(),
    nodeCount: z.number(),
    edgeCount: z.number(),
    density: z.number(),
    reciprocity: z.number().nullable(),
    degreeCentralization: z.number(),
    betweennessCentralization: z.number(),
    communityCount: z.number(),
    modularity: z.number(),
    isolateCount: z.number(),
    brokerCount: z.number(),
  })
  .openapi("GraphFigures");
const receivedFields = {
  goodwill: z.number().nullable(),
  competence: z.number().nullable(),
  vulnerability: z.number().nullable(),
  consistency: z.number().nullable(),
  commitment: z.number().nullable(),
  raters: z.number(),
};
const Received = z.object(receivedFields).openapi("SurveyReceivedFigures");
const MapNode = z
  .object({
    id: z.string(),
    label: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    kind: z.string().nullable(),
    responded: z.boolean(),
    inDegree: z.number(),
    outDegree: z.number(),
    degree: z.number(),
    inStrength: z.number(),
    outStrength: z.number(),
    strength: z.number(),
    degreeCentrality: z.number(),
    betweenness: z.number(),
    closeness: z.number(),
    eigenvector: z.number().nullable(),
    pagerank: z.number(),
    community: z.number(),
    isolate: z.boolean(),
    broker: z.boolean(),
    crossCommunityTies: z.number(),
    received: Received,
  })
  .openapi("SurveyMapNode");
const MapEdge = z
  .object({ ...receivedFields, source: z.string(), target: z.string(), knowing: z.number(), frequency: z.number() })
  .openapi("SurveyMapEdge");
const OrganisationFigures = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    nodes: z.number(),
    meanDegree: z.number(),
    meanBetweenness: z.number(),
    isolates: z.number(),
    received: Received,
  })
  .openapi("SurveyOrganisationFigures");
const AnalysisSchema = z
  .object({
    round: Round,
    minGroupSize: z.number(),
    respondents: z.number(),
    hidden: z.boolean().openapi({ description: "The round is still open, or fewer respondents than the minimum group size" }),
    graph: orNull(GraphFigures),
    previous: z.object({ roundId: z.string(), title: z.string(), graph: GraphFigures }).nullable(),
    nodes: z.array(MapNode),
    edges: z.array(MapEdge),
    organisations: z.array(OrganisationFigures),
    communities: z.array(z.object({ id: z.number(), size: z.number(), organisations: z.array(z.string()) })),
    groups: z
      .object({
        groups: z.array(z.object({ id: z.number(), size: z.number() })),
        links: z.array(z.object({ source: z.number(), target: z.number(), ties: z.number() })),
        hiddenPeople: z.number(),
      })
      .nullable()
      .openapi({
        description:
          "Under group structure (the round's tiesVisibility): the map by communities of at least the minimum group size; nodes and edges are then empty",
      }),
    observations: z.array(ObservationSchema),
  })
  .openapi("SurveyAnalysis");

const nullableMean = z.number().nullable();
const TrendPoint = z
  .object({
    roundId: z.string(),
    title: z.string(),
    closesOn: z.string(),
    level: z.enum(SURVEY_LEVELS),
    respondents: z.number(),
    knowing: nullableMean,
    trust: z.object({ goodwill: nullableMean, competence: nullableMean, vulnerability: nullableMean, consistency: nullableMean }),
    commitment: nullableMean,
    self: z.object({ autonomy: nullableMean, meaningfulness: nullableMean, connectedness: nullableMean }),
    density: nullableMean,
    reciprocity: nullableMean,
    modularity: nullableMean,
    isolates: nullableMean,
  })
  .openapi("SurveyTrendPoint");
const Target = z
  .object({ id: z.string(), name: z.string(), organisationName: z.string().nullable(), kind: z.string().nullable() })
  .openapi("SurveyTarget");

const RoundParams = NetworkParam.extend({ roundId: z.string().max(100) });

export const surveyRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys",
      tags: ["surveys"],
      summary: "Health-survey rounds, newest first, with where you stand in each",
      request: { params: NetworkParam },
      responses: { 200: jsonOk(z.object({ items: z.array(Round), minGroupSize: z.number() }), "Rounds"), ...errors(401, 404) },
    }),
    async (c) => c.json(await listRounds(c.get("deps"), actorOf(c), c.req.valid("param").networkId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/networks/{networkId}/surveys",
      tags: ["surveys"],
      summary: "Open a round in the current cycle (coordinators)",
      request: {
        params: NetworkParam,
        ...jsonBody(
          z.object({
            title: z.string().trim().min(1).max(200),
            level: z.enum(SURVEY_LEVELS),
            opensOn: z.iso.date(),
            closesOn: z.iso.date(),
            audience: z.enum(["all", "selected"]),
            inviteeIds: z
              .array(z.string().max(100))
              .max(5000)
              .default([])
              .openapi({ description: "Memberships asked, when audience is selected" }),
            tiesVisibility: z
              .enum(TIES_VISIBILITIES)
              .optional()
              .openapi({ description: "What coordinators will see of ties; the network's default when left out" }),
          }),
        ),
      },
      responses: { 201: jsonOk(Round, "Opened"), ...errors(400, 401, 403, 404, 413) },
    }),
    async (c) => c.json(await createRound(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/trends",
      tags: ["surveys"],
      summary: "The core elements across rounds asked of everyone (and, for coordinators, the structure); figures of closed rounds only",
      request: { params: NetworkParam },
      responses: { 200: jsonOk(z.object({ items: z.array(TrendPoint) }), "Trends"), ...errors(401, 404) },
    }),
    async (c) => c.json(await surveyTrends(c.get("deps"), actorOf(c), c.req.valid("param").networkId), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}",
      tags: ["surveys"],
      summary: "One round",
      request: { params: RoundParams },
      responses: { 200: jsonOk(Round, "The round"), ...errors(401, 404) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await getRound(c.get("deps"), actorOf(c), networkId, roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/networks/{networkId}/surveys/{roundId}",
      tags: ["surveys"],
      summary: "Rename a round or move its closing date (coordinators); 409 when reopening a round whose figures are released",
      request: {
        params: RoundParams,
        ...jsonBody(
          z.object({
            version: z.number().int().min(1),
            title: z.string().trim().min(1).max(200).optional(),
            closesOn: z.iso.date().optional(),
          }),
        ),
      },
      responses: { 200: jsonOk(Round, "Changed"), ...errors(400, 401, 403, 404, 409, 413) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await updateRound(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/networks/{networkId}/surveys/{roundId}/close",
      tags: ["surveys"],
      summary: "Close a round now; its answers are frozen (coordinators)",
      request: { params: RoundParams, ...jsonBody(z.object({ version: z.number().int().min(1) })) },
      responses: { 200: jsonOk(Round, "Closed"), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await closeRound(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("json").version), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/networks/{networkId}/surveys/{roundId}/reminders",
      tags: ["surveys"],
      summary: "Remind those asked who have not answered: in the app, and by e-mail when SMTP is set (coordinators)",
      request: { params: RoundParams },
      responses: { 200: jsonOk(z.object({ reminded: z.number() }), "Reminded"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await remindRound(c.get("deps"), actorOf(c), networkId, roundId, baseUrl(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}/targets",
      tags: ["surveys"],
      summary: "Whom you can rate: the network's other people, or the other organisations",
      request: { params: RoundParams },
      responses: {
        200: jsonOk(
          z.object({
            items: z.array(Target),
          }),
          "Targets",
        ),
        ...errors(401, 404),
      },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json({ items: await listTargets(c.get("deps"), actorOf(c), networkId, roundId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}/response",
      tags: ["surveys"],
      summary: "Your own answer (nobody else's can be read)",
      request: { params: RoundParams },
      responses: { 200: jsonOk(z.object({ response: orNull(MyResponse) }), "Your answer"), ...errors(401, 404) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await getMyResponse(c.get("deps"), actorOf(c), networkId, roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/networks/{networkId}/surveys/{roundId}/response",
      tags: ["surveys"],
      summary: "Save your answer as a draft or submit it; send the version you read (null the first time)",
      request: {
        params: RoundParams,
        ...jsonBody(z.object({ version: z.number().int().min(1).nullable(), submit: z.boolean(), ...ResponseFields })),
      },
      responses: { 200: jsonOk(z.object({ response: orNull(MyResponse) }), "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await saveMyResponse(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/networks/{networkId}/surveys/{roundId}/response",
      tags: ["surveys"],
      summary: "Delete your own answer while the round is open",
      request: { params: RoundParams },
      responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      await deleteMyResponse(c.get("deps"), actorOf(c), networkId, roundId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}/results",
      tags: ["surveys"],
      summary:
        "Aggregated answers of a closed round; hidden while open and below the minimum group size (each figure also needs as many raters)",
      request: { params: RoundParams },
      responses: { 200: jsonOk(Results, "Results"), ...errors(401, 404) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await roundResults(c.get("deps"), actorOf(c), networkId, roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}/analysis",
      tags: ["surveys"],
      summary: "Network figures of a closed round, per node, tie, organisation and community (coordinators); hidden while open",
      request: { params: RoundParams },
      responses: { 200: jsonOk(AnalysisSchema, "Analysis"), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      return c.json(await roundAnalysis(c.get("deps"), actorOf(c), networkId, roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/networks/{networkId}/surveys/{roundId}/export",
      tags: ["surveys"],
      summary:
        "The round's aggregated, privacy-filtered network as GEXF 1.2, GraphML, Kumu JSON or CSV (coordinators); 409 while open or too few answered",
      request: { params: RoundParams, query: z.object({ format: z.enum(EXPORT_FORMATS) }) },
      responses: {
        200: { description: "The file", content: { "application/octet-stream": { schema: z.string() } } },
        ...errors(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      const file = await exportRound(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("query").format);
      return c.body(file.body, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
      });
    },
  );
