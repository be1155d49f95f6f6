import { OpenAPIHono, z } from "@hono/zod-openapi";
import { privacyNotice, savePrivacyNotice } from "../../../services/privacy.ts";
import type { AppEnv } from "../../env.ts";
import { requireActor } from "../../middleware/session.ts";
import { errors, InstanceDocument, InstanceDocumentInput, jsonBody, jsonOk, LocaleSchema } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("privacy");

const open = new OpenAPIHono<AppEnv>().openapi(
  route.get(
    "/privacy-notice",
    "The privacy notice of the instance (no sign-in needed)",
    { query: z.object({ locale: LocaleSchema.optional() }) },
    { 200: jsonOk(InstanceDocument, "The notice") },
  ),
  async (c) => c.json(await privacyNotice(c.get("deps"), c.req.valid("query").locale ?? c.get("locale")), 200),
);

const admin = serviceRoutes("privacy");
admin.app.use("/admin/privacy-notice", requireActor);

admin.put(
  "/admin/privacy-notice",
  "Write the privacy notice of a language (instance admin)",
  jsonBody(InstanceDocumentInput),
  { 200: jsonOk(InstanceDocument, "Saved"), ...errors(400, 401, 403, 409, 413) },
  (deps, actor, input) => savePrivacyNotice(deps, actor, input),
);

export const privacyRoutes = new OpenAPIHono<AppEnv>().route("/", open).route("/", admin.app);
