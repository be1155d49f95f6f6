import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../env.ts";
import { SESSION_COOKIE } from "./session.ts";

/**
 * The GET routes whose answers are cached (services/readCache.ts): the pages everyone opens most, and only
 * reads that write nothing (readCache.test.ts holds them to that). Anything else is computed every time.
 */
const CACHED_READS = [
  /^\/api\/me$/,
  /^\/api\/networks\/([^/]+)$/,
  /^\/api\/networks\/([^/]+)\/members$/,
  /^\/api\/networks\/([^/]+)\/people$/,
];

export const isCachedRead = (method: string, path: string) => method === "GET" && CACHED_READS.some((route) => route.test(path));

/** The network a cached read shows, whose writes alone (with global ones) end its answers; undefined for /api/me. */
const networkOf = (path: string) => {
  for (const route of CACHED_READS) {
    const match = route.exec(path);
    if (match) return match[1];
  }
  return undefined;
};

/**
 * Takes the data versions before anything is read, for a cached read with a session cookie (a Bearer token
 * is touched on every use; without a session there is nothing to answer but 401): the sessions' and, for a
 * network's page, that network's with the global one (decision 022). Everything the request then reads is at
 * least as new as those versions, so an answer kept under them is never older than the data it names.
 */
export const takeDataVersion: MiddlewareHandler<AppEnv> = async (c, next) => {
  // An escaped path could name the network otherwise than the guard reads it; no id has a % in it.
  const cached =
    isCachedRead(c.req.method, c.req.path) &&
    !c.req.path.includes("%") &&
    !c.req.header("authorization") &&
    getCookie(c, SESSION_COOKIE) !== undefined;
  c.set("dataVersion", cached ? await c.get("deps").storage.cacheVersions(networkOf(c.req.path)) : undefined);
  await next();
};

/** Answers a cached read from the cache while nothing has been written, or computes it once and keeps it. */
export const readCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  const version = c.get("dataVersion")?.answers;
  const actor = c.get("actor");
  if (version === undefined || !actor) return next();
  const { readCache: cache, metrics } = c.get("deps");
  // Per person and language: what the page shows depends on who asks.
  const key = `${actor.userId}\n${c.get("locale")}\n${c.req.url}`;
  let answer = cache.stored(key, version);
  if (!answer) {
    const pending = cache.pending(key, version);
    if (pending) answer = await pending;
  }
  if (answer) {
    metrics.readCache.inc({ result: "hit" });
    return c.body(answer.body, 200, { "content-type": answer.contentType });
  }
  metrics.readCache.inc({ result: "miss" });
  const keep = cache.computing(key, version);
  try {
    // The network-wide parts of the page are shared with its other readers under the same version (decision 022).
    const reading = await cache.reading(version, networkOf(c.req.path), next);
    const res = c.res;
    const contentType = res.headers.get("content-type") ?? "";
    const keepable = res.status === 200 && contentType.startsWith("application/json") && !res.headers.has("set-cookie");
    if (!keepable) {
      keep(undefined, reading.since);
      return;
    }
    // Read once and answered from the bytes kept, as a hit is: cloning the answer would tee its stream, and the
    // server would then write it from a stream instead of from bytes.
    const body = new Uint8Array(await res.arrayBuffer());
    keep({ body, contentType }, reading.since);
    // Assigning over a response would copy its old headers onto the new one.
    c.res = undefined;
    c.res = new Response(body, { status: res.status, headers: res.headers });
  } catch (err) {
    keep(undefined);
    throw err;
  }
};
