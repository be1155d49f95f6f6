import { z } from "@hono/zod-openapi";
import { DECISION_RULES } from "../../../domain/agreement.ts";
import { translator } from "../../../i18n/index.ts";
import { decisionsTable, listDecisions, recordDecision, removeDecision } from "../../../services/decisions.ts";
import { actorOf } from "../../middleware/session.ts";
import { TableFormat, tableDownload, tableFileAnswer } from "../../presenters/tableFile.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("decisions");
const routes = serviceRoutes("decisions");

const Decision = z
  .object({
    id: z.string(),
    decidedOn: z.string(),
    title: z.string(),
    body: z.string(),
    rule: z.enum(DECISION_RULES),
    participants: z.string(),
    meetingId: z.string().nullable(),
    cycleId: z.string().nullable(),
    pollId: z.string().nullable().openapi({ description: "The poll the decision came from, when it was made in Solmu" }),
    canDelete: z.boolean(),
  })
  .openapi("Decision");

const Query = z.object({ q: z.string().max(200).optional() });

routes.get(
  "/networks/{networkId}/decisions",
  "The decision log, newest first; ?q= searches the title, text and participants",
  { params: NetworkParam, query: Query },
  { 200: jsonOk(z.object({ items: z.array(Decision) }), "Decisions"), ...errors(400, 401, 404) },
  async (deps, actor, { networkId, q }) => ({ items: await listDecisions(deps, actor, networkId, q) }),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/decisions/export",
    "The decision log (or a search of it) as CSV for Excel or as an Excel workbook",
    { params: NetworkParam, query: Query.extend({ format: TableFormat }) },
    { 200: tableFileAnswer, ...errors(400, 401, 404) },
  ),
  async (c) => {
    const t = translator(c.get("locale"));
    const { q, format } = c.req.valid("query");
    const table = await decisionsTable(
      c.get("deps"),
      actorOf(c),
      c.req.valid("param").networkId,
      q,
      {
        name: t("decisions.title"),
        headers: ["date", "title", "text", "rule", "participants"].map((h) => t(`decisions.column.${h}`)),
        rule: (rule) => t(`decisions.rule.${rule}`),
      },
      format,
    );
    return tableDownload(c, format, table, "paatokset");
  },
);

routes.post(
  "/networks/{networkId}/decisions",
  "Record a decision: date, text, the rule used (agreement question 6) and who took part",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        decidedOn: z.iso.date(),
        title: z.string().trim().min(1).max(200),
        body: z.string().trim().min(1).max(10_000),
        rule: z.enum(DECISION_RULES),
        participants: z.string().trim().max(2000).default(""),
        meetingId: z.string().max(100).nullable().default(null),
      }),
    ),
  },
  { 201: jsonOk(Decision, "Recorded"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => recordDecision(deps, actor, networkId, input),
);

routes.delete(
  "/networks/{networkId}/decisions/{decisionId}",
  "Delete a decision (its recorder or a coordinator)",
  { params: NetworkParam.extend({ decisionId: z.string().max(100) }) },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, decisionId }) => removeDecision(deps, actor, networkId, decisionId),
);

export const decisionRoutes = routes.app;
