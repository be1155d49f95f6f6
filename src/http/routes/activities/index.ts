import { z } from "@hono/zod-openapi";
import { ACTIVITY_MODES } from "../../../domain/meetings.ts";
import { addActivity, listActivities, removeActivity } from "../../../services/activities.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("meetings");

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

routes.get(
  "/networks/{networkId}/activities",
  "Activities and projects of a cycle, each done side by side or together, with the balance",
  { params: NetworkParam, query: z.object({ cycle: z.string().max(100).optional() }) },
  { 200: jsonOk(ActivityList, "Activities"), ...errors(401, 404) },
  (deps, actor, { networkId, cycle }) => listActivities(deps, actor, networkId, cycle),
);

routes.post(
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
  (deps, actor, { networkId, ...input }) => addActivity(deps, actor, networkId, input),
);

routes.delete(
  "/networks/{networkId}/activities/{activityId}",
  "Remove an activity (its author or a coordinator)",
  { params: NetworkParam.extend({ activityId: z.string().max(100) }) },
  { 204: { description: "Removed" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, activityId }) => removeActivity(deps, actor, networkId, activityId),
);

export const activityRoutes = routes.app;
