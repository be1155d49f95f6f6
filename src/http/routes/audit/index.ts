import { OpenAPIHono, z } from "@hono/zod-openapi";
import { AUDIT_ACTIONS, instanceAuditLog, networkAuditLog } from "../../../services/audit.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, requireActor } from "../../middleware/session.ts";
import { errors, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("audit");

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

const admin = new OpenAPIHono<AppEnv>();
admin.use("/admin/audit", requireActor);

export const auditRoutes = new OpenAPIHono<AppEnv>()
  .route(
    "/",
    admin.openapi(
      route.get(
        "/admin/audit",
        "Every audit event of the instance, newest first (instance admins); ?before= the previous page's nextCursor",
        { query: Before },
        { 200: jsonOk(AuditLog, "Audit events"), ...errors(400, 401, 403) },
      ),
      async (c) => c.json(await instanceAuditLog(c.get("deps"), actorOf(c), c.req.valid("query").before), 200),
    ),
  )
  .openapi(
    route.get(
      "/networks/{networkId}/audit",
      "The network's audit log of sensitive actions, newest first (coordinators); ?before= the previous page's nextCursor",
      { params: NetworkParam, query: Before },
      { 200: jsonOk(AuditLog, "Audit events"), ...errors(400, 401, 403, 404) },
    ),
    async (c) => c.json(await networkAuditLog(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("query").before), 200),
  );
