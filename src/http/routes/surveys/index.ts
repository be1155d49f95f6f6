import { z } from "@hono/zod-openapi";
import { EXPORT_FORMATS, SURVEY_LEVELS } from "../../../domain/surveys.ts";
import { TIES_VISIBILITIES } from "../../../domain/surveyVisibility.ts";
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
import { ColumnsQuery, jsonOrColumns, jsonOrColumnsAnswer } from "../../columns.ts";
import { actorOf, baseUrl } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam, orNull } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";
import { AnalysisSchema, MyResponse, ResponseFields, Results, Round, RoundParams, Target, TrendPoint } from "./schemas.ts";

const route = routesOf("surveys");
const routes = serviceRoutes("surveys");

routes.get(
  "/networks/{networkId}/surveys",
  "Health-survey rounds, newest first, with where you stand in each",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(Round), minGroupSize: z.number() }), "Rounds"), ...errors(401, 404) },
  (deps, actor, { networkId }) => listRounds(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/surveys",
  "Open a round in the current cycle (coordinators)",
  {
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
        asksResources: z
          .boolean()
          .optional()
          .openapi({ description: "Ask what each organisation brings and how valuable partners are (no when left out)" }),
      }),
    ),
  },
  { 201: jsonOk(Round, "Opened"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createRound(deps, actor, networkId, input),
);

routes.get(
  "/networks/{networkId}/surveys/trends",
  "The core elements across rounds asked of everyone (and, for coordinators, the structure); figures of closed rounds only",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(TrendPoint) }), "Trends"), ...errors(401, 404) },
  (deps, actor, { networkId }) => surveyTrends(deps, actor, networkId),
);

routes.get(
  "/networks/{networkId}/surveys/{roundId}",
  "One round",
  { params: RoundParams },
  { 200: jsonOk(Round, "The round"), ...errors(401, 404) },
  (deps, actor, { networkId, roundId }) => getRound(deps, actor, networkId, roundId),
);

routes.patch(
  "/networks/{networkId}/surveys/{roundId}",
  "Rename a round or move its closing date (coordinators); 409 when reopening a round whose figures are released",
  {
    params: RoundParams,
    ...jsonBody(
      z.object({
        version: z.number().int().min(1),
        title: z.string().trim().min(1).max(200).optional(),
        closesOn: z.iso.date().optional(),
        asksResources: z
          .boolean()
          .optional()
          .openapi({ description: "Ask the resource and value questions; 409 once the round has closed" }),
      }),
    ),
  },
  { 200: jsonOk(Round, "Changed"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, roundId, ...input }) => updateRound(deps, actor, networkId, roundId, input),
);

routes.post(
  "/networks/{networkId}/surveys/{roundId}/close",
  "Close a round now; its answers are frozen (coordinators)",
  { params: RoundParams, ...jsonBody(z.object({ version: z.number().int().min(1) })) },
  { 200: jsonOk(Round, "Closed"), ...errors(400, 401, 403, 404, 409) },
  (deps, actor, { networkId, roundId, version }) => closeRound(deps, actor, networkId, roundId, version),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/surveys/{roundId}/reminders",
    "Remind those asked who have not answered: in the app, and by e-mail when SMTP is set (coordinators)",
    { params: RoundParams },
    { 200: jsonOk(z.object({ reminded: z.number() }), "Reminded"), ...errors(401, 403, 404, 409) },
  ),
  async (c) => {
    const { networkId, roundId } = c.req.valid("param");
    return c.json(await remindRound(c.get("deps"), actorOf(c), networkId, roundId, baseUrl(c)), 200);
  },
);

routes.get(
  "/networks/{networkId}/surveys/{roundId}/targets",
  "Whom you can rate: the network's other people, or the other organisations",
  { params: RoundParams },
  {
    200: jsonOk(
      z.object({
        items: z.array(Target),
      }),
      "Targets",
    ),
    ...errors(401, 404),
  },
  async (deps, actor, { networkId, roundId }) => ({ items: await listTargets(deps, actor, networkId, roundId) }),
);

routes.get(
  "/networks/{networkId}/surveys/{roundId}/response",
  "Your own answer (nobody else's can be read)",
  { params: RoundParams },
  { 200: jsonOk(z.object({ response: orNull(MyResponse) }), "Your answer"), ...errors(401, 404) },
  (deps, actor, { networkId, roundId }) => getMyResponse(deps, actor, networkId, roundId),
);

routes.put(
  "/networks/{networkId}/surveys/{roundId}/response",
  "Save your answer as a draft or submit it; send the version you read (null the first time)",
  {
    params: RoundParams,
    ...jsonBody(z.object({ version: z.number().int().min(1).nullable(), submit: z.boolean(), ...ResponseFields })),
  },
  { 200: jsonOk(z.object({ response: orNull(MyResponse) }), "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, roundId, ...input }) => saveMyResponse(deps, actor, networkId, roundId, input),
);

routes.delete(
  "/networks/{networkId}/surveys/{roundId}/response",
  "Delete your own answer while the round is open",
  { params: RoundParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
  (deps, actor, { networkId, roundId }) => deleteMyResponse(deps, actor, networkId, roundId),
);

routes.get(
  "/networks/{networkId}/surveys/{roundId}/results",
  "Aggregated answers of a closed round; hidden while open and below the minimum group size (each figure also needs as many raters)",
  { params: RoundParams },
  { 200: jsonOk(Results, "Results"), ...errors(401, 404) },
  (deps, actor, { networkId, roundId }) => roundResults(deps, actor, networkId, roundId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/surveys/{roundId}/analysis",
    "Network figures of a closed round, per node, tie, organisation and community (coordinators); hidden while open",
    { params: RoundParams, query: ColumnsQuery },
    { 200: jsonOrColumns(AnalysisSchema, "Analysis"), ...errors(401, 403, 404) },
  ),
  async (c) => {
    const { networkId, roundId } = c.req.valid("param");
    // A 2,000-person round is megabytes of JSON: the web asks for its nodes, ties and organisations as columns.
    const analysis = await roundAnalysis(c.get("deps"), actorOf(c), networkId, roundId);
    return jsonOrColumnsAnswer(c, analysis, ["nodes", "edges", "organisations"]);
  },
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/surveys/{roundId}/export",
    "The round's aggregated, privacy-filtered network as GEXF 1.2, GraphML, Kumu JSON, or node and edge lists as CSV or Excel (coordinators); 409 while open or too few answered",
    { params: RoundParams, query: z.object({ format: z.enum(EXPORT_FORMATS) }) },
    {
      200: { description: "The file", content: { "application/octet-stream": { schema: z.string() } } },
      ...errors(400, 401, 403, 404),
    },
  ),
  async (c) => {
    const { networkId, roundId } = c.req.valid("param");
    const file = await exportRound(c.get("deps"), actorOf(c), networkId, roundId, c.req.valid("query").format);
    return c.body(file.body, 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
    });
  },
);

export const surveyRoutes = routes.app;
