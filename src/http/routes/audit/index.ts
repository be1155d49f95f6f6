import { z } from "@hono/zod-openapi";
import { AUDIT_ACTIONS, instanceAuditLog, networkAuditLog } from "../../../services/audit.ts";
import { requireActor } from "../../middleware/session.ts";
import { errors, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const AuditEvent = z.object({
  id: z.string(),
  networkId: z.string().nullable(),
  networkName: z.string().nullable().openapi({ description: "null for the instance's own events" }),
  at: z.string(),
  actor: z.string().openapi({ description: "Who did it, by name at the time" }),
  action: z.enum(AUDIT_ACTIONS),
  subject: z.string().openapi({ description: "What it was done to: a person's, goal's or news item's name at the time" }),
  details: z.record(z.string(), z.unknown()),
});

const AuditLog = z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() }).openapi("AuditLog");
const Before = z.object({ before: z.iso.datetime().optional() });

const routes = serviceRoutes("audit");
routes.app.use("/admin/audit", requireActor);

routes.get(
  "/admin/audit",
  "Every audit event of the instance, newest first (instance admins); ?before= the previous page's nextCursor",
  { query: Before },
  { 200: jsonOk(AuditLog, "Audit events"), ...errors(400, 401, 403) },
  (deps, actor, { before }) => instanceAuditLog(deps, actor, before),
);

routes.get(
  "/networks/{networkId}/audit",
  "The network's audit log of sensitive actions, newest first (coordinators); ?before= the previous page's nextCursor",
  { params: NetworkParam, query: Before },
  { 200: jsonOk(AuditLog, "Audit events"), ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, before }) => networkAuditLog(deps, actor, networkId, before),
);

export const auditRoutes = routes.app;
