import { z } from "@hono/zod-openapi";
import { addGap, listGaps, removeGap } from "../../../services/gaps.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("gaps");

const Gap = z
  .object({
    id: z.string(),
    kind: z.enum(["organisation", "competence"]),
    name: z.string(),
    note: z.string(),
    createdAt: z.string(),
    stillMissing: z.boolean(),
  })
  .openapi("Gap");

routes.get(
  "/networks/{networkId}/gaps",
  "Who is missing: wished-for organisations and competences, and the competences nobody has yet",
  { params: NetworkParam },
  {
    200: jsonOk(z.object({ items: z.array(Gap), uncoveredCompetences: z.array(z.string()) }), "Gaps"),
    ...errors(401, 403, 404),
  },
  (deps, actor, { networkId }) => listGaps(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/gaps",
  "Name an organisation or competence the network misses (coordinator)",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        kind: z.enum(["organisation", "competence"]),
        name: z.string().trim().min(1).max(200),
        note: z.string().trim().max(2000).default(""),
      }),
    ),
  },
  { 201: jsonOk(z.object({ id: z.string() }), "Added"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => addGap(deps, actor, networkId, input),
);

routes.delete(
  "/networks/{networkId}/gaps/{gapId}",
  "Remove a gap (coordinator)",
  { params: NetworkParam.extend({ gapId: z.string().max(100) }) },
  { 204: { description: "Removed" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, gapId }) => removeGap(deps, actor, networkId, gapId),
);

export const gapRoutes = routes.app;
