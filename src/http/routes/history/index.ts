import { z } from "@hono/zod-openapi";
import { addHistoryEntry, listSharedHistory, removeHistoryEntry } from "../../../services/history.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("history");

const Entry = z
  .object({
    id: z.string(),
    occurredOn: z.string(),
    title: z.string(),
    description: z.string(),
    source: z.object({ kind: z.string().openapi({ description: "manual, meeting, promise, project…" }), id: z.string().nullable() }),
    createdByName: z.string().nullable(),
    canDelete: z.boolean(),
    people: z.array(z.object({ id: z.string(), name: z.string() })),
    formerPeople: z.number().openapi({ description: "People removed from the network since; counted, not named" }),
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("HistoryEntry");

const isoDate = z.iso.date();

routes.get(
  "/networks/{networkId}/history",
  "Shared history, newest first: of a person, an organisation, or a pair of organisations",
  {
    params: NetworkParam,
    query: z.object({
      person: z.string().max(100).optional(),
      organisations: z
        .string()
        .max(300)
        .optional()
        .transform((v) => (v ? v.split(",").filter(Boolean) : undefined))
        .openapi({ description: "One organisation id, or two separated by a comma for the pair's shared history" }),
    }),
  },
  { 200: jsonOk(z.object({ items: z.array(Entry) }), "Entries"), ...errors(400, 401, 403, 404) },
  async (deps, actor, { networkId, person, organisations }) => ({
    items: await listSharedHistory(deps, actor, networkId, { personId: person, organisationIds: organisations }),
  }),
);

routes.post(
  "/networks/{networkId}/history",
  "Record something people or organisations did together",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        occurredOn: isoDate,
        title: z.string().trim().min(1).max(200),
        description: z.string().trim().max(4000).default(""),
        personIds: z.array(z.string().max(100)).max(100).default([]),
        organisationIds: z.array(z.string().max(100)).max(100).default([]),
      }),
    ),
  },
  { 201: jsonOk(z.object({ id: z.string() }), "Recorded"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => addHistoryEntry(deps, actor, networkId, input),
);

routes.delete(
  "/networks/{networkId}/history/{entryId}",
  "Delete an entry (its author or a coordinator)",
  { params: NetworkParam.extend({ entryId: z.string().max(100) }) },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, entryId }) => removeHistoryEntry(deps, actor, networkId, entryId),
);

export const historyRoutes = routes.app;
