import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import pkg from "../../package.json" with { type: "json" };
import { PHOTO_MAX_BYTES } from "../domain/image.ts";
import type { Deps } from "../services/context.ts";
import { AppError } from "../services/errors.ts";

/** CSV imports may be larger than ordinary JSON bodies: 10 MB holds tens of thousands of rows. */
const IMPORT_MAX_BYTES = 10 * 1_048_576;

import type { AppEnv } from "./env.ts";
import { cleanInput } from "./middleware/cleanInput.ts";
import { errorResponse, validationError } from "./middleware/errors.ts";
import { readCache, takeDataVersion } from "./middleware/readCache.ts";
import { identify, isHttps, sameOrigin } from "./middleware/session.ts";
import { accessibilityRoutes } from "./routes/accessibility/index.ts";
import { agreementRoutes } from "./routes/agreement/index.ts";
import { assessmentRoutes } from "./routes/assessments/index.ts";
import { auditRoutes } from "./routes/audit/index.ts";
import { auth } from "./routes/auth/index.ts";
import { cycleRoutes } from "./routes/cycles/index.ts";
import { decisionRoutes } from "./routes/decisions/index.ts";
import { evaluationRoutes } from "./routes/evaluation/index.ts";
import { eventRoutes, feedRoutes } from "./routes/events/index.ts";
import { gapRoutes } from "./routes/gaps/index.ts";
import { goalRoutes } from "./routes/goals/index.ts";
import { health } from "./routes/health/index.ts";
import { metricsRoutes } from "./routes/health/metrics.ts";
import { historyRoutes } from "./routes/history/index.ts";
import { adminRoutes, invitationRoutes } from "./routes/invitations/index.ts";
import { meRoutes, unsubscribeRoutes } from "./routes/me/index.ts";
import { activityRoutes } from "./routes/meetings/activities.ts";
import { meetingRoutes } from "./routes/meetings/index.ts";
import { openSpaceRoutes } from "./routes/meetings/openSpace.ts";
import { memberRoutes } from "./routes/members/index.ts";
import { networkRoutes } from "./routes/networks/index.ts";
import { organisationRoutes } from "./routes/organisations/index.ts";
import { peopleRoutes } from "./routes/people/index.ts";
import { privacyRoutes } from "./routes/privacy/index.ts";
import { promiseRoutes } from "./routes/promises/index.ts";
import { publicationRoutes } from "./routes/publications/index.ts";
import { publicRoutes } from "./routes/publications/public.ts";
import { surveyRoutes } from "./routes/surveys/index.ts";

export interface AppOptions {
  /** Folder of the built web app (vite build); when missing, pages answer with how to build it. */
  webDir?: string;
}

/** Builds the whole HTTP application; it does not listen (see cli/serve). */
export function createApp(deps: Deps, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("locale", "fi");
    c.set("requestId", c.req.header("x-request-id")?.slice(0, 100) ?? randomUUID());
    const started = performance.now();
    await next();
    // Headers added after the handler go straight onto its response: c.header() would rebuild the
    // response around a body stream, which costs more than many a handler.
    c.res.headers.set("X-Request-Id", c.get("requestId"));
    const ms = performance.now() - started;
    // The route pattern, not the path: ids stay out of the metrics' labels and the logs.
    const route = c.req.routePath;
    deps.metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
    deps.metrics.httpDuration.observe({ method: c.req.method, route }, ms / 1000);
    deps.logger.info(
      {
        requestId: c.get("requestId"),
        method: c.req.method,
        route,
        status: c.res.status,
        ms: Math.round(ms),
      },
      "request",
    );
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      // HSTS only over HTTPS (set below per request), so a plain-HTTP development server never pins itself.
      strictTransportSecurity: false,
      referrerPolicy: "same-origin",
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    if (isHttps(c)) c.res.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  });
  const limit = (maxSize: number, messageKey: string) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError(413, "payload_too_large", messageKey, { mb: Math.round(maxSize / 1_048_576) });
      },
    });
  const jsonLimit = limit(deps.settings.bodyLimitBytes, "errors.payload_too_large");
  const photoLimit = limit(PHOTO_MAX_BYTES, "errors.photo_too_large");
  const importLimit = limit(IMPORT_MAX_BYTES, "errors.payload_too_large");
  app.use("/api/*", (c, next) => {
    // GET and HEAD carry no body; asking for one would build a full web Request for nothing.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const path = c.req.path;
    if (path.endsWith("/photo")) return photoLimit(c, next);
    if (path.endsWith("/import")) return importLimit(c, next);
    return jsonLimit(c, next);
  });
  app.use("/api/*", cleanInput);
  app.use("/api/*", takeDataVersion);
  app.use("/api/*", identify);
  app.use("/api/*", sameOrigin);
  app.use("/api/*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });
  app.use("/api/*", readCache);

  app.route("/api", health);
  app.route("/api", auth);
  app.route("/api", meRoutes);
  app.route("/api", networkRoutes);
  app.route("/api", memberRoutes);
  app.route("/api", peopleRoutes);
  app.route("/api", organisationRoutes);
  app.route("/api", historyRoutes);
  app.route("/api", gapRoutes);
  app.route("/api", cycleRoutes);
  app.route("/api", goalRoutes);
  app.route("/api", agreementRoutes);
  app.route("/api", decisionRoutes);
  app.route("/api", assessmentRoutes);
  app.route("/api", promiseRoutes);
  app.route("/api", surveyRoutes);
  app.route("/api", meetingRoutes);
  app.route("/api", openSpaceRoutes);
  app.route("/api", activityRoutes);
  app.route("/api", evaluationRoutes);
  app.route("/api", publicationRoutes);
  app.route("/api", auditRoutes);
  app.route("/api", accessibilityRoutes);
  app.route("/api", privacyRoutes);
  app.route("/api", eventRoutes);
  app.route("/api", feedRoutes);
  app.route("/api", unsubscribeRoutes);
  app.route("/api", invitationRoutes);
  app.route("/api", adminRoutes);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "solmu_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "token", { type: "http", scheme: "bearer" });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Solmu API",
      version: pkg.version,
      description:
        "Solmu's JSON API. Sign in with POST /api/auth/login (session cookie; state-changing requests need the app's Origin) or send a personal API token as `Authorization: Bearer …`. Errors are `{ error: { code, message, fields } }` in the user's language.",
    },
    security: [{ session: [] }, { token: [] }],
  });

  app.all("/api/*", () => {
    throw new AppError(404, "not_found", "errors.not_found");
  });

  app.route("/", publicRoutes);
  app.route("/", metricsRoutes);
  mountWeb(app, options.webDir);
  app.onError(errorResponse);
  return app;
}

/** Serves the built single-page app; every non-API path falls back to index.html for client routing. */
function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string | undefined) {
  const indexFile = webDir ? path.join(webDir, "index.html") : undefined;
  if (!webDir || !indexFile || !fs.existsSync(indexFile)) {
    app.get("*", (c) => c.text("The web app is not built. Run `npm run build` (npm start does it for you).", 503));
    return;
  }
  const indexHtml = fs.readFileSync(indexFile, "utf8");
  const root = path.relative(process.cwd(), webDir) || ".";
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root }));
  app.get("*", (c) => c.html(indexHtml));
}
