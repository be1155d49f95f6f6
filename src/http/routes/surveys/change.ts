import { OpenAPIHono, z } from "@hono/zod-openapi";
import { BROKER_CHANGES, DIRECTIONS, NETWORK_CHANGE_FIGURES, NODE_PRESENCES, TIE_PRESENCES } from "../../../domain/surveyChange.ts";
import { SURVEY_LEVELS, TRUST_DIMENSIONS } from "../../../domain/surveys.ts";
import { TIES_VISIBILITIES } from "../../../domain/surveyVisibility.ts";
import { translator } from "../../../i18n/index.ts";
import { roundChange } from "../../../services/surveyChange.ts";
import { changeTables } from "../../../services/surveyChangeExport.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { TableFormat, tableFileAnswer, tablesDownload } from "../../presenters/tableFile.ts";
import { errors, jsonOk, orNull } from "../../schemas.ts";
import { routesOf } from "../route.ts";
import { RoundParams } from "./schemas.ts";

// The change between two rounds (#20 point 4): its answer's shapes and its two routes.

const route = routesOf("surveys");

const Change = z
  .object({
    before: z.number().nullable().openapi({ description: "In the earlier round; null when it lacks the figure or it was not released" }),
    after: z.number().nullable(),
    change: z.number().nullable().openapi({ description: "after − before; null unless both are known" }),
  })
  .openapi("SurveyChangeValue");
const Direction = z.enum(DIRECTIONS);
const RoundSummary = z.object({
  roundId: z.string(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  respondents: z.number(),
  tiesVisibility: z.enum(TIES_VISIBILITIES),
});
const directionCounts = z.object({ strengthened: z.number(), weakened: z.number(), unchanged: z.number() });
const trustChanges = z.object(
  Object.fromEntries(TRUST_DIMENSIONS.map((d) => [d, Change])) as Record<(typeof TRUST_DIMENSIONS)[number], typeof Change>,
);

const TieChange = z
  .object({
    source: z.string(),
    target: z.string(),
    sourceLabel: z.string(),
    targetLabel: z.string(),
    presence: z.enum(TIE_PRESENCES).openapi({ description: "new: only in the later round; lost: only in the earlier; kept: in both" }),
    knowing: Change,
    frequency: Change,
    knowingDirection: Direction.nullable().openapi({ description: "On a kept tie, which way knowing moved" }),
    frequencyDirection: Direction.nullable(),
  })
  .openapi("SurveyTieChange");
const NodeChange = z
  .object({
    id: z.string(),
    label: z.string(),
    organisationName: z.string().nullable(),
    presence: z.enum(NODE_PRESENCES),
    inDegree: Change,
    outDegree: Change,
    betweenness: Change,
    constraint: Change,
    broker: z.object({ before: z.boolean().nullable(), after: z.boolean().nullable(), change: z.enum(BROKER_CHANGES).nullable() }),
  })
  .openapi("SurveyNodeChange");
const OrganisationChange = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    presence: z.enum(NODE_PRESENCES),
    nodes: Change,
    meanDegree: Change,
    meanBetweenness: Change,
    trust: trustChanges.openapi({ description: "Trust received; each value only from the minimum group size of raters" }),
  })
  .openapi("SurveyOrganisationChange");

export const RoundChangeSchema = z
  .object({
    from: RoundSummary.openapi({ description: "The earlier of the two rounds" }),
    to: RoundSummary.openapi({ description: "The later of the two rounds" }),
    level: z.enum(SURVEY_LEVELS),
    minGroupSize: z.number(),
    tiesVisibility: z
      .enum(TIES_VISIBILITIES)
      .openapi({ description: "groups when either round shows only group structure: then ties and nodes are empty" }),
    tiesComparable: z
      .boolean()
      .openapi({ description: "False when a round's ties were deleted with its raw answers (retention): no tie or node change then" }),
    counts: orNull(
      z.object({ new: z.number(), lost: z.number(), kept: z.number(), knowing: directionCounts, frequency: directionCounts }),
    ).openapi({ description: "How many ties are new, lost and kept, and how the kept ones moved" }),
    network: z.object(
      Object.fromEntries(NETWORK_CHANGE_FIGURES.map((k) => [k, Change])) as Record<(typeof NETWORK_CHANGE_FIGURES)[number], typeof Change>,
    ),
    trust: trustChanges.openapi({ description: "The network's mean trust per dimension, compared only when both rounds released it" }),
    ties: z.array(TieChange),
    nodes: z.array(NodeChange).openapi({ description: "Ordered by how much the position moved (docs/analysis.md)" }),
    organisations: z.array(OrganisationChange),
  })
  .openapi("SurveyRoundChange");

const CompareQuery = z.object({
  compare: z.string().max(100).openapi({ description: "The other round; the change always runs from the earlier to the later" }),
});

export const surveyChangeRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/networks/{networkId}/surveys/{roundId}/change",
      "What changed between two closed, released rounds at the same level (coordinators): ties new, lost, strengthened and weakened, positions, organisations and trust; 400 on compare otherwise",
      { params: RoundParams, query: CompareQuery },
      { 200: jsonOk(RoundChangeSchema, "The change"), ...errors(400, 401, 403, 404) },
    ),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      const answer = await roundChange(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("query").compare, c.get("locale"));
      return c.json(answer, 200);
    },
  )
  .openapi(
    route.get(
      "/networks/{networkId}/surveys/{roundId}/change/export",
      "The change between two rounds as CSV (its tables one after another, each with its header row) or an Excel workbook (one sheet each); coordinators",
      { params: RoundParams, query: CompareQuery.extend({ format: TableFormat }) },
      { 200: tableFileAnswer, ...errors(400, 401, 403, 404) },
    ),
    async (c) => {
      const { networkId, roundId } = c.req.valid("param");
      const { compare, format } = c.req.valid("query");
      const locale = c.get("locale");
      const change = await roundChange(c.get("deps"), actorOf(c), networkId, roundId, compare, locale);
      return tablesDownload(c, format, changeTables(change, translator(locale)), "solmu-change");
    },
  );
