import { z } from "@hono/zod-openapi";
import { PROMISE_STATES, STRUCTURAL_FACTORS } from "../../../domain/promises.ts";
import { parseCursor } from "../../../services/pagination.ts";
import { changePromise, getPromise, keepingRates, listPromises, makePromise } from "../../../services/promises.ts";
import { errors, jsonBody, jsonOk, NetworkParam, PageQuery } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("promises");

const Ref = z.object({ id: z.string(), name: z.string() });

const PromiseSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    state: z.enum(PROMISE_STATES),
    dueOn: z.string(),
    closedOn: z.string().nullable(),
    renegotiations: z.number(),
    overdue: z.boolean(),
    promiser: Ref.nullable().openapi({ description: "Null when the person has since left the network" }),
    onBehalfOf: Ref.nullable().openapi({ description: "The organisation promised for; null when the person promised for themselves" }),
    to: z.object({ kind: z.enum(["network", "person", "organisation"]), id: z.string().nullable(), name: z.string().nullable() }),
    goalId: z.string().nullable(),
    agreementSectionId: z.string().nullable(),
    cycleId: z.string().nullable(),
    version: z.number(),
    canChange: z.boolean(),
  })
  .openapi("Promise");

const PromiseDetail = PromiseSchema.extend({
  history: z.array(
    z.object({
      state: z.enum(PROMISE_STATES),
      text: z.string(),
      dueOn: z.string(),
      note: z.string(),
      changedAt: z.string(),
      changedByName: z.string().nullable(),
      factors: z.array(z.object({ kind: z.enum(["barrier", "enabler"]), factor: z.enum(STRUCTURAL_FACTORS) })),
    }),
  ),
}).openapi("PromiseDetail");

/** A promise-keeping rate with its counts (the ledger, the cycle report). */
export const PromiseRate = z.object({
  total: z.number(),
  keptOnTime: z.number(),
  keptLate: z.number(),
  renegotiated: z.number(),
  notKept: z.number(),
  open: z.number(),
  overdue: z.number(),
  rate: z.number().nullable(),
});

const PromiseParams = NetworkParam.extend({ promiseId: z.string().max(100) });

routes.get(
  "/networks/{networkId}/promises",
  "The promise ledger, soonest due first; ?mine=true for your own",
  {
    params: NetworkParam,
    query: PageQuery.extend({
      mine: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true"),
      state: z.enum(PROMISE_STATES).optional(),
      cycle: z.string().max(100).optional(),
    }),
  },
  {
    200: jsonOk(z.object({ items: z.array(PromiseSchema), nextCursor: z.string().nullable() }), "A page of promises"),
    ...errors(400, 401, 404),
  },
  (deps, actor, { mine, state, cycle, limit, cursor, networkId }) =>
    listPromises(deps, actor, networkId, { mine, state, cycleId: cycle }, { limit, after: parseCursor(cursor) }),
);

routes.get(
  "/networks/{networkId}/promises/keeping-rates",
  "Keeping rates of a cycle for the network, organisations and people, with barriers and enablers",
  { params: NetworkParam, query: z.object({ cycle: z.string().max(100).optional() }) },
  {
    200: jsonOk(
      z.object({
        cycleId: z.string().nullable(),
        network: PromiseRate,
        organisations: z.array(z.object({ id: z.string(), name: z.string(), rate: PromiseRate })),
        people: z
          .array(z.object({ id: z.string(), name: z.string(), rate: PromiseRate }))
          .openapi({ description: "Your own, or everyone's for coordinators" }),
        factors: z.object({
          barriers: z.array(z.object({ factor: z.enum(STRUCTURAL_FACTORS), count: z.number() })),
          enablers: z.array(z.object({ factor: z.enum(STRUCTURAL_FACTORS), count: z.number() })),
        }),
      }),
      "Rates",
    ),
    ...errors(400, 401, 404),
  },
  (deps, actor, { networkId, cycle }) => keepingRates(deps, actor, networkId, cycle),
);

routes.post(
  "/networks/{networkId}/promises",
  "Make a promise: what, to whom, by when; for yourself or on behalf of your organisation",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        text: z.string().trim().min(1).max(2000),
        dueOn: z.iso.date(),
        onBehalfOfOrganisation: z.boolean().default(false),
        to: z
          .discriminatedUnion("kind", [
            z.object({ kind: z.literal("network") }),
            z.object({ kind: z.literal("person"), id: z.string().max(100) }),
            z.object({ kind: z.literal("organisation"), id: z.string().max(100) }),
          ])
          .default({ kind: "network" }),
        goalId: z.string().max(100).nullable().default(null),
        agreementSectionId: z.string().max(100).nullable().default(null),
        promiserId: z
          .string()
          .max(100)
          .nullable()
          .default(null)
          .openapi({ description: "Coordinators: whose promise this is (default: yours)" }),
        meetingId: z.string().max(100).nullable().default(null).openapi({ description: "The meeting where the promise was made" }),
      }),
    ),
  },
  { 201: jsonOk(PromiseDetail, "Promised"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => makePromise(deps, actor, networkId, input),
);

routes.get(
  "/networks/{networkId}/promises/{promiseId}",
  "One promise with its history",
  { params: PromiseParams },
  { 200: jsonOk(PromiseDetail, "The promise"), ...errors(401, 404) },
  (deps, actor, { networkId, promiseId }) => getPromise(deps, actor, networkId, promiseId),
);

routes.post(
  "/networks/{networkId}/promises/{promiseId}/changes",
  "Mark a promise kept, not kept (with the reason) or renegotiated (new date or content); name the enablers or barriers",
  {
    params: PromiseParams,
    ...jsonBody(
      z.object({
        version: z.number().int().min(1),
        to: z.enum(["kept", "not_kept", "renegotiated"]),
        dueOn: z.iso.date().optional(),
        text: z.string().trim().min(1).max(2000).optional(),
        note: z.string().trim().max(2000).default(""),
        factors: z.array(z.enum(STRUCTURAL_FACTORS)).max(6).default([]),
      }),
    ),
  },
  { 200: jsonOk(PromiseDetail, "Changed"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, promiseId, ...input }) => changePromise(deps, actor, networkId, promiseId, input),
);

export const promiseRoutes = routes.app;
