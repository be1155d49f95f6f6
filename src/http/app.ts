import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { PHOTO_MAX_BYTES } from "../domain/image.ts";
import type { Deps } from "../services/context.ts";
import { AppError } from "../services/errors.ts";
import { API_DOCUMENT_CONFIG, mountApiRoutes } from "./api.ts";
import type { AppEnv } from "./env.ts";
import { cleanInput } from "./middleware/cleanInput.ts";
import { compress } from "./middleware/compress.ts";
import { errorResponse, validationError } from "./middleware/errors.ts";
import { networkMember } from "./middleware/network.ts";
import { readCache, takeDataVersion } from "./middleware/readCache.ts";
import { identify, isHttps, requireActor, sameOrigin } from "./middleware/session.ts";
import { metricsRoutes } from "./routes/health/metrics.ts";
import { publicRoutes } from "./routes/publications/public.ts";
import { mountWeb } from "./web.ts";

/** CSV imports may be larger than ordinary JSON bodies: 10 MB holds tens of thousands of rows. */
const IMPORT_MAX_BYTES = 10 * 1_048_576;

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
  app.use("*", compress);
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
  const attachmentLimit = limit(deps.settings.attachmentMaxBytes, "errors.attachment_too_large");
  app.use("/api/*", (c, next) => {
    // GET and HEAD carry no body; asking for one would build a full web Request for nothing.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const path = c.req.path;
    if (path.endsWith("/photo")) return photoLimit(c, next);
    if (path.endsWith("/import")) return importLimit(c, next);
    if (path.endsWith("/attachments")) return attachmentLimit(c, next);
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

  // Anyone outside a network gets 404 for everything under it, before any route validates its input (decision 003).
  app.use("/api/networks", requireActor);
  // One mount: `/:networkId/*` matches the network's own address too, so the guard checks once a request.
  app.use("/api/networks/:networkId/*", networkMember);
  mountApiRoutes(app);
  app.doc31("/api/openapi.json", API_DOCUMENT_CONFIG);

  app.all("/api/*", () => {
    throw new AppError(404, "not_found", "errors.not_found");
  });

  app.route("/", publicRoutes);
  app.route("/", metricsRoutes);
  mountWeb(app, options.webDir);
  app.onError(errorResponse);
  return app;
}
