import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { isLocale, negotiateLocale } from "../../domain/locale.ts";
import { actorFromApiToken, actorFromSession } from "../../services/auth.ts";
import { AppError } from "../../services/errors.ts";
import type { AppEnv } from "../env.ts";

export const SESSION_COOKIE = "solmu_session";
export const SAML_ACS_PATH = "/api/auth/saml/acs";
export const LANGUAGE_COOKIE = "solmu_lang";

/** Whether the browser reached us over HTTPS: by PUBLIC_URL, the trusted proxy's X-Forwarded-Proto, or the request itself. */
export const isHttps = (c: Context<AppEnv>) => {
  const { settings } = c.get("deps");
  if (settings.publicUrl?.startsWith("https://")) return true;
  if (settings.trustProxy) return c.req.header("x-forwarded-proto") === "https";
  return new URL(c.req.url).protocol === "https:";
};

export function setSessionCookie(c: Context<AppEnv>, secret: string) {
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    maxAge: c.get("deps").settings.sessionDays * 86_400,
  });
}

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: "/" });

/** Resolves who is asking (session cookie or Bearer token) and in which language to answer. */
export const identify: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get("deps");
  const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  c.set("actor", undefined);
  c.set("authVia", undefined);
  c.set("tokenScope", undefined);
  if (bearer) {
    const found = await actorFromApiToken(deps, bearer);
    if (!found) {
      c.set("locale", negotiateLocale(c.req.header("accept-language")));
      throw new AppError(401, "unauthorized", "errors.token_invalid");
    }
    c.set("actor", found.actor);
    c.set("authVia", "bearer");
    c.set("tokenScope", found.scope);
  } else if (cookie) {
    const actor = await actorFromSession(deps, cookie, c.get("dataVersion")?.sessions);
    if (actor) {
      c.set("actor", actor);
      c.set("authVia", "cookie");
    }
  }
  const chosen = getCookie(c, LANGUAGE_COOKIE);
  c.set("locale", c.get("actor")?.locale ?? (isLocale(chosen) ? chosen : negotiateLocale(c.req.header("accept-language"))));
  const reads = c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS";
  if (c.get("tokenScope") === "read" && !reads) throw new AppError(403, "token_read_only", "errors.token_read_only");
  await next();
};

/** Token management needs the session cookie: a token that could mint tokens would outlive its own revocation. */
export const requireCookie: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("authVia") === "bearer") throw new AppError(403, "token_cookie_only", "errors.token_cookie_only");
  await next();
};

/**
 * CSRF defence: a state-changing request that carries the session cookie must
 * come from the app's own origin. Token requests carry no ambient authority
 * and need no Origin.
 */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || c.get("authVia") === "bearer") return next();
  // The identity provider's page posts its signed answer here; the answer's signature and single use are its proof.
  if (c.req.path === SAML_ACS_PATH) return next();
  const origin = c.req.header("origin");
  const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
  if (!origin) {
    if (hasCookie) throw new AppError(403, "csrf_origin", "errors.csrf_origin");
    return next();
  }
  const { settings } = c.get("deps");
  const forwardedHost = settings.trustProxy ? c.req.header("x-forwarded-host") : undefined;
  const host = forwardedHost ?? c.req.header("host") ?? new URL(c.req.url).host;
  // The whole origin counts, scheme and port included: a page on http:// is not the app served over https://.
  let sent: string;
  let ours: string;
  try {
    sent = new URL(origin).origin;
    ours = new URL(`${isHttps(c) ? "https" : "http"}://${host}`).origin;
  } catch {
    throw new AppError(403, "csrf_origin", "errors.csrf_origin");
  }
  const allowed = sent === ours || (settings.publicUrl !== undefined && new URL(settings.publicUrl).origin === sent);
  if (!allowed) throw new AppError(403, "csrf_origin", "errors.csrf_origin");
  return next();
};

/** Routes below this need a signed-in person. */
export const requireActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get("actor")) throw new AppError(401, "unauthorized", "errors.unauthorized");
  await next();
};

/** The signed-in person; only valid after requireActor. */
export function actorOf(c: Context<AppEnv>) {
  const actor = c.get("actor");
  if (!actor) throw new AppError(401, "unauthorized", "errors.unauthorized");
  return actor;
}

/** The address a client connects from, for throttling; the proxy's header only when it is trusted. */
export function clientAddress(c: Context<AppEnv>): string {
  const socketAddress = c.env?.incoming?.socket.remoteAddress;
  if (c.get("deps").settings.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress ?? "unknown";
}

/** The base URL for links in e-mails, feeds and pages: PUBLIC_URL or the listen address, never the request's Host. */
export const baseUrl = (c: Context<AppEnv>): string => c.get("deps").links.base;
