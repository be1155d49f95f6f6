import { OpenAPIHono, z } from "@hono/zod-openapi";
import { addGap, listGaps, removeGap } from "../../../services/gaps.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("gaps");

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

export const gapRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/networks/{networkId}/gaps",
      "Who is missing: wished-for organisations and competences, and the competences nobody has yet",
      { params: NetworkParam },
      {
        200: jsonOk(z.object({ items: z.array(Gap), uncoveredCompetences: z.array(z.string()) }), "Gaps"),
        ...errors(401, 403, 404),
      },
    ),
    async (c) => c.json(await listGaps(c.get("deps"), actorOf(c), c.req.valid("param").networkId), 200),
  )
  .openapi(
    route.post(
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
    ),
    async (c) => c.json(await addGap(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("json")), 201),
  )
  .openapi(
    route.delete(
      "/networks/{networkId}/gaps/{gapId}",
      "Remove a gap (coordinator)",
      { params: NetworkParam.extend({ gapId: z.string().max(100) }) },
      { 204: { description: "Removed" }, ...errors(401, 403, 404) },
    ),
    async (c) => {
      const { networkId, gapId } = c.req.valid("param");
      await removeGap(c.get("deps"), actorOf(c), networkId, gapId);
      return c.body(null, 204);
    },
  );
