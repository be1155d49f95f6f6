import { z } from "@hono/zod-openapi";
import {
  FREQUENCY_MAX,
  HOMOPHILY_GROUPINGS,
  KNOWING_MAX,
  NETWORK_TYPES,
  OBSERVATION_KEYS,
  SELF_COMMITMENT_ITEMS,
  STRUCTURAL_FACTORS,
  SURVEY_LEVELS,
  TRUST_DIMENSIONS,
} from "../../../domain/surveys.ts";
import { SIGHTS, TIES_VISIBILITIES, VIEWERS } from "../../../domain/surveyVisibility.ts";
import { NetworkParam, orNull } from "../../schemas.ts";
import { Received, ReceivedValue, ResourceFields, resourceFiguresOf, ValueFields } from "./resourceSchemas.ts";

// The survey API's shapes, one named schema per answer (they become the web's types).

const Sights = z.array(z.enum(SIGHTS));

export const Round = z
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
    asksResources: z.boolean().openapi({ description: "The round asks what each organisation brings and how valuable partners are" }),
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
  ...ValueFields.input,
});

const SelfCommitment = z.object({ autonomy: trustScale, meaningfulness: trustScale, connectedness: trustScale });

export const ResponseFields = {
  ratings: z.array(RatingSchema).max(2000),
  selfCommitment: SelfCommitment,
  barriers: z.array(z.enum(STRUCTURAL_FACTORS)).max(6),
  barriersText: z.string().trim().max(2000),
  enablers: z.array(z.enum(STRUCTURAL_FACTORS)).max(6),
  enablersText: z.string().trim().max(2000),
  networkType: z.enum(NETWORK_TYPES).nullable(),
  ...ResourceFields.input,
};

export const MyResponse = z
  .object({
    ...ResponseFields,
    ratings: z.array(RatingSchema.extend(ValueFields.output)),
    ...ResourceFields.output,
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
const ResourceFigures = resourceFiguresOf(Distribution);
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

export const Results = z
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
    resources: orNull(ResourceFigures),
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
    brokerCount: z
      .number()
      .nullable()
      .openapi({ description: "null for a round analysed before brokers were defined, whose ties are no longer all there" }),
    brokerThresholds: z
      .object({ betweennessAbove: z.number(), constraintBelow: z.number() })
      .nullable()
      .openapi({ description: "The cut-offs of the broker rule (docs/analysis.md): twice the mean betweenness, the median constraint" }),
    averageClustering: z.number().nullable(),
    maxCoreNumber: z.number().nullable(),
    eiIndex: z
      .number()
      .nullable()
      .openapi({ description: "E-I index by the brokerage groups: organisation of a person, kind of an organisation" }),
    eiExpected: z.number().nullable(),
  })
  .openapi("GraphFigures");
const Brokerage = z
  .object({ coordinator: z.number(), gatekeeper: z.number(), representative: z.number(), itinerant: z.number(), liaison: z.number() })
  .openapi("BrokerageRoles");
const EiCount = { external: z.number(), internal: z.number(), index: z.number().nullable() };
const Homophily = z
  .object({
    by: z.enum(HOMOPHILY_GROUPINGS),
    network: z.object({ ...EiCount, expected: z.number().nullable() }),
    groups: z.array(z.object({ ...EiCount, name: z.string(), size: z.number() })),
  })
  .openapi("SurveyHomophily");
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
    constraint: z.number().nullable(),
    effectiveSize: z.number().nullable(),
    weightedConstraint: z.number().nullable(),
    weightedEffectiveSize: z.number().nullable(),
    coreNumber: z.number().nullable(),
    clustering: z.number().nullable(),
    reciprocity: z.number().nullable(),
    broker: z.boolean(),
    crossCommunityTies: z.number(),
    eiIndex: z.number().nullable(),
    brokerage: orNull(Brokerage),
    received: Received,
    value: orNull(ReceivedValue).optional(),
  })
  .openapi("SurveyMapNode");
const MapEdge = z
  .object({ ...Received.shape, source: z.string(), target: z.string(), knowing: z.number(), frequency: z.number() })
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
    value: orNull(ReceivedValue).optional(),
  })
  .openapi("SurveyOrganisationFigures");
export const AnalysisSchema = z
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
    homophily: z.array(Homophily).openapi({ description: "E-I index by organisation (person level), organisation kind and community" }),
    observations: z.array(ObservationSchema),
    resources: orNull(ResourceFigures),
  })
  .openapi("SurveyAnalysis");

const nullableMean = z.number().nullable();
export const TrendPoint = z
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
export const Target = z
  .object({ id: z.string(), name: z.string(), organisationName: z.string().nullable(), kind: z.string().nullable() })
  .openapi("SurveyTarget");

export const RoundParams = NetworkParam.extend({ roundId: z.string().max(100) });
