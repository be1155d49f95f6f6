import { OpenAPIHono, z } from "@hono/zod-openapi";
import {
  accessibilityReports,
  accessibilityStatement,
  markAccessibilityReportHandled,
  reportAccessibilityProblem,
  saveAccessibilityStatement,
} from "../../../services/accessibility.ts";
import type { AppEnv } from "../../env.ts";
import { clientAddress, requireActor } from "../../middleware/session.ts";
import { errors, InstanceDocument, InstanceDocumentInput, jsonBody, jsonOk, LocaleSchema } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("accessibility");

const Report = z.object({
  id: z.string(),
  page: z.string(),
  description: z.string(),
  email: z.string().nullable(),
  createdAt: z.string(),
  handledAt: z.string().nullable(),
});

const open = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/accessibility-statement",
      "The accessibility statement (no sign-in needed)",
      { query: z.object({ locale: LocaleSchema.optional() }) },
      { 200: jsonOk(InstanceDocument, "The statement") },
    ),
    async (c) => c.json(await accessibilityStatement(c.get("deps"), c.req.valid("query").locale ?? c.get("locale")), 200),
  )
  .openapi(
    route.post(
      "/accessibility-feedback",
      "Report an accessibility problem (no sign-in needed)",
      jsonBody(
        z.object({
          page: z.string().trim().max(500).default(""),
          description: z.string().trim().min(1).max(4000),
          email: z.email().max(254).nullable().default(null),
        }),
      ),
      { 204: { description: "Received" }, ...errors(400, 413, 429) },
    ),
    async (c) => {
      await reportAccessibilityProblem(c.get("deps"), c.req.valid("json"), clientAddress(c));
      return c.body(null, 204);
    },
  );

const admin = serviceRoutes("accessibility");
admin.app.use("/admin/accessibility/*", requireActor);
admin.app.use("/admin/accessibility-statement", requireActor);

admin.put(
  "/admin/accessibility-statement",
  "Write the statement of a language (instance admin); send the version you read, 0 to replace Solmu's own",
  jsonBody(InstanceDocumentInput),
  { 200: jsonOk(InstanceDocument, "Saved"), ...errors(400, 401, 403, 409, 413) },
  (deps, actor, input) => saveAccessibilityStatement(deps, actor, input),
);

admin.get(
  "/admin/accessibility/reports",
  "Reported accessibility problems, newest first (instance admin)",
  {},
  { 200: jsonOk(z.object({ items: z.array(Report) }), "Reports"), ...errors(401, 403) },
  async (deps, actor) => ({ items: await accessibilityReports(deps, actor) }),
);

admin.post(
  "/admin/accessibility/reports/{reportId}/handled",
  "Mark a report handled (instance admin)",
  { params: z.object({ reportId: z.string().max(100) }) },
  { 200: jsonOk(z.object({ items: z.array(Report) }), "Reports"), ...errors(401, 403) },
  async (deps, actor, { reportId }) => ({ items: await markAccessibilityReportHandled(deps, actor, reportId) }),
);

export const accessibilityRoutes = new OpenAPIHono<AppEnv>().route("/", open).route("/", admin.app);
