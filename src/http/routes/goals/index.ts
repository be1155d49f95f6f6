import { z } from "@hono/zod-openapi";
import { GOAL_TYPES } from "../../../domain/agreement.ts";
import { createGoal, listGoals, removeGoal, updateGoal } from "../../../services/goals.ts";
import { errors, GovernanceCheck, jsonBody, jsonOk, NetworkParam, orNull } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

export const GoalSchema = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    goalType: z.enum(GOAL_TYPES),
    title: z.string(),
    description: z.string(),
    owners: z.array(z.object({ id: z.string(), name: z.string() })),
    governanceCheck: orNull(GovernanceCheck),
    version: z.number(),
    canDelete: z.boolean(),
  })
  .openapi("Goal");

const GoalInput = z.object({
  goalType: z.enum(GOAL_TYPES),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(""),
  ownerOrganisationIds: z.array(z.string().max(100)).max(100).default([]),
});

const GoalParams = NetworkParam.extend({ goalId: z.string().max(100) });

const routes = serviceRoutes("goals");

routes.get(
  "/networks/{networkId}/goals",
  "Goals of a cycle (the current one unless ?cycle= names another)",
  { params: NetworkParam, query: z.object({ cycle: z.string().max(100).optional() }) },
  { 200: jsonOk(z.object({ items: z.array(GoalSchema) }), "Goals"), ...errors(400, 401, 404) },
  async (deps, actor, { networkId, cycle }) => ({ items: await listGoals(deps, actor, networkId, cycle) }),
);

routes.post(
  "/networks/{networkId}/goals",
  "Add a goal to the current cycle (members and coordinators)",
  { params: NetworkParam, ...jsonBody(GoalInput) },
  { 201: jsonOk(GoalSchema, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createGoal(deps, actor, networkId, input),
);

routes.patch(
  "/networks/{networkId}/goals/{goalId}",
  "Edit a goal; a stale version gets 409 with what is stored now",
  { params: GoalParams, ...jsonBody(GoalInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(GoalSchema, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, goalId, version, ...input }) => updateGoal(deps, actor, networkId, goalId, version, input),
);

routes.delete(
  "/networks/{networkId}/goals/{goalId}",
  "Delete a goal (its author or a coordinator)",
  { params: GoalParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, goalId }) => removeGoal(deps, actor, networkId, goalId),
);

export const goalRoutes = routes.app;
