import { z } from "@hono/zod-openapi";
import { PHASES } from "../../../domain/network.ts";
import { advancePhase, cycleOverview, evaluatePhase, reopenPhase } from "../../../services/cycles.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("cycles");

const Phase = z.enum(PHASES);

const Overview = z
  .object({
    reopen: z
      .object({ phase: Phase, until: z.string() })
      .nullable()
      .openapi({ description: "Coordinators: the phase closed last, which they may open again until `until` (14 days)" }),
    minGroupSize: z.number(),
    cycles: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        phase: Phase,
        closedAt: z.string().nullable(),
      }),
    ),
    current: z
      .object({
        id: z.string(),
        name: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        phase: Phase,
        phases: z.array(
          z.object({
            phase: Phase,
            status: z.enum(["done", "current", "upcoming"]),
            startedAt: z.string().nullable(),
            endedAt: z.string().nullable(),
            summary: z.string(),
            evaluation: z.object({
              respondents: z.number(),
              averageAchieved: z.number().nullable().openapi({ description: "Hidden (null) below the network's minimum group size" }),
              carryForward: z.array(z.string()),
              mine: z.object({ achieved: z.number(), carryForward: z.string() }).nullable(),
            }),
          }),
        ),
      })
      .nullable(),
  })
  .openapi("CycleOverview");

routes.get(
  "/networks/{networkId}/cycles",
  "The network's cycles and where the current one is: each phase with its summary and success evaluation",
  { params: NetworkParam },
  { 200: jsonOk(Overview, "Cycles"), ...errors(401, 404) },
  (deps, actor, { networkId }) => cycleOverview(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/cycles/current/advance",
  "Close the current phase with a summary and open the next (coordinator); after the last phase a new cycle starts",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        from: Phase,
        summary: z.string().trim().max(4000).default(""),
        carryGoals: z.boolean().default(false).openapi({ description: "Closing the last phase: copy the goals into the new cycle" }),
        carryPromises: z
          .boolean()
          .default(false)
          .openapi({ description: "Closing the last phase: move the promises still open into the new cycle" }),
      }),
    ),
  },
  { 200: jsonOk(Overview, "Moved on"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, ...input }) => advancePhase(deps, actor, networkId, input),
);

routes.post(
  "/networks/{networkId}/cycles/current/reopen",
  "Open the phase closed last again (coordinator), within 14 days of closing it; 409 when another phase was closed since, or too late",
  { params: NetworkParam, ...jsonBody(z.object({ phase: Phase })) },
  { 200: jsonOk(Overview, "Opened again"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, ...input }) => reopenPhase(deps, actor, networkId, input),
);

routes.put(
  "/networks/{networkId}/cycles/current/evaluations",
  "Your success evaluation of a phase of the current cycle: did it achieve what it should, what to carry forward",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({ phase: Phase, achieved: z.number().int().min(1).max(5), carryForward: z.string().trim().max(2000).default("") }),
    ),
  },
  { 200: jsonOk(Overview, "Saved"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => evaluatePhase(deps, actor, networkId, input),
);

export const cycleRoutes = routes.app;
