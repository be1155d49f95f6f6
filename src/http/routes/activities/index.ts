import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ACTIVITY_MODES } from "../../../domain/meetings.ts";
import { addActivity, listActivities, removeActivity } from "../../../services/activities.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("meetings");

const ActivityList = z
  .object({
    cycleId: z.string().nullable(),
    balance: z.object({ sideBySide: z.number(), together: z.number() }),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string(),
        mode: z.enum(ACTIVITY_MODES),
        meetingId: z.string().nullable(),
        createdAt: z.string(),
        canDelete: z.boolean(),
      }),
    ),
  })
  .openapi("Activities");

export const activityRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/networks/{networkId}/activities",
      "Activities and projects of a cycle, each done side by side or together, with the balance",
      { params: NetworkParam, query: z.object({ cycle: z.string().max(100).optional() }) },
      { 200: jsonOk(ActivityList, "Activities"), ...errors(401, 404) },
    ),
    async (c) => c.json(await listActivities(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("query").cycle), 200),
  )
  .openapi(
    route.post(
      "/networks/{networkId}/activities",
      "Record an activity or project: side by side (each on its own, sharing information) or together (joint work)",
      {
        params: NetworkParam,
        ...jsonBody(
          z.object({
            title: z.string().trim().min(1).max(200),
            description: z.string().trim().max(2000).default(""),
            mode: z.enum(ACTIVITY_MODES),
            meetingId: z.string().max(100).nullable().default(null),
          }),
        ),
      },
      { 201: jsonOk(ActivityList, "Recorded"), ...errors(400, 401, 403, 404, 413) },
    ),
    async (c) => c.json(await addActivity(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("json")), 201),
  )
  .openapi(
    route.delete(
      "/networks/{networkId}/activities/{activityId}",
      "Remove an activity (its author or a coordinator)",
      { params: NetworkParam.extend({ activityId: z.string().max(100) }) },
      { 204: { description: "Removed" }, ...errors(401, 403, 404) },
    ),
    async (c) => {
      const { networkId, activityId } = c.req.valid("param");
      await removeActivity(c.get("deps"), actorOf(c), networkId, activityId);
      return c.body(null, 204);
    },
  );
