import { OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../../package.json" with { type: "json" };
import type { AppEnv } from "./env.ts";
import { accessibilityRoutes } from "./routes/accessibility/index.ts";
import { accountRoutes, unsubscribeRoutes } from "./routes/account/index.ts";
import { activityRoutes } from "./routes/activities/index.ts";
import { agreementRoutes } from "./routes/agreement/index.ts";
import { attachmentRoutes } from "./routes/attachments/index.ts";
import { auditRoutes } from "./routes/audit/index.ts";
import { auth } from "./routes/auth/index.ts";
import { ssoRoutes } from "./routes/auth/sso.ts";
import { calendarRoutes, feedRoutes } from "./routes/calendar/index.ts";
import { cycleRoutes } from "./routes/cycles/index.ts";
import { decisionRoutes } from "./routes/decisions/index.ts";
import { governanceDiagnosisRoutes } from "./routes/diagnosis/governance.ts";
import { diagnosisRoutes } from "./routes/diagnosis/index.ts";
import { evaluationRoutes } from "./routes/evaluation/index.ts";
import { gapRoutes } from "./routes/gaps/index.ts";
import { goalRoutes } from "./routes/goals/index.ts";
import { health } from "./routes/health/index.ts";
import { historyRoutes } from "./routes/history/index.ts";
import { meetingRoutes } from "./routes/meetings/index.ts";
import { minutesRoutes } from "./routes/meetings/minutes.ts";
import { memberRoutes } from "./routes/members/index.ts";
import { adminRoutes, invitationRoutes } from "./routes/members/invitations.ts";
import { networkRoutes } from "./routes/networks/index.ts";
import { openSpaceRoutes } from "./routes/openSpace/index.ts";
import { organisationRoutes } from "./routes/organisations/index.ts";
import { peopleRoutes } from "./routes/people/index.ts";
import { pollRoutes } from "./routes/polls/index.ts";
import { privacyRoutes } from "./routes/privacy/index.ts";
import { promiseRoutes } from "./routes/promises/index.ts";
import { publicationRoutes } from "./routes/publications/index.ts";
import { searchRoutes } from "./routes/search/index.ts";
import { surveyChangeRoutes } from "./routes/surveys/change.ts";
import { surveyEgoRoutes } from "./routes/surveys/ego.ts";
import { surveyRoutes } from "./routes/surveys/index.ts";
import { resourceRoutes } from "./routes/surveys/resources.ts";
import { userRoutes } from "./routes/users/index.ts";
import { webhookRoutes } from "./routes/webhooks/index.ts";

/** Every JSON route under /api, in the order they are matched (the networks guard comes first). */
export function mountApiRoutes(app: OpenAPIHono<AppEnv>) {
  for (const routes of [
    health,
    auth,
    ssoRoutes,
    accountRoutes,
    networkRoutes,
    memberRoutes,
    peopleRoutes,
    organisationRoutes,
    historyRoutes,
    gapRoutes,
    cycleRoutes,
    goalRoutes,
    agreementRoutes,
    decisionRoutes,
    pollRoutes,
    webhookRoutes,
    diagnosisRoutes,
    governanceDiagnosisRoutes,
    promiseRoutes,
    surveyRoutes,
    surveyEgoRoutes,
    surveyChangeRoutes,
    resourceRoutes,
    meetingRoutes,
    minutesRoutes,
    attachmentRoutes,
    openSpaceRoutes,
    activityRoutes,
    evaluationRoutes,
    publicationRoutes,
    auditRoutes,
    accessibilityRoutes,
    privacyRoutes,
    calendarRoutes,
    feedRoutes,
    unsubscribeRoutes,
    invitationRoutes,
    adminRoutes,
    userRoutes,
    searchRoutes,
  ]) {
    app.route("/api", routes);
  }
  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "solmu_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "token", { type: "http", scheme: "bearer" });
}

export const API_DOCUMENT_CONFIG: Parameters<OpenAPIHono["getOpenAPI31Document"]>[0] = {
  openapi: "3.1.0",
  info: {
    title: "Solmu API",
    version: pkg.version,
    description:
      "Solmu's JSON API. Sign in with POST /api/auth/login (session cookie; state-changing requests need the app's Origin) or send a personal API token as `Authorization: Bearer …`. Errors are `{ error: { code, message, fields } }` in the user's language.",
  },
  security: [{ session: [] }, { token: [] }],
};

/** The OpenAPI document of the API without a running app: the web's types are generated from it (scripts/api-types.ts). */
export function apiDocument() {
  const app = new OpenAPIHono<AppEnv>();
  mountApiRoutes(app);
  return app.getOpenAPI31Document(API_DOCUMENT_CONFIG);
}
