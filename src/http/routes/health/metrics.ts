import { timingSafeEqual } from "node:crypto";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env.ts";

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * A scraper on the same machine: the connection comes from loopback and carries no X-Forwarded-For, which a
 * reverse proxy on the same machine adds to the requests it passes on from outside.
 */
const fromThisMachine = (c: Context<AppEnv>) =>
  LOOPBACK.has(c.env?.incoming?.socket.remoteAddress ?? "") && c.req.header("x-forwarded-for") === undefined;

/**
 * `/metrics` in Prometheus text format for the operator's scraper. With
 * METRICS_TOKEN set it needs that token as a Bearer token; without, it answers
 * only a scraper on the same machine (the server says so at start).
 */
export const metricsRoutes = new Hono<AppEnv>().get("/metrics", async (c) => {
  const { metrics, settings } = c.get("deps");
  const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (settings.metricsToken && !(token && same(token, settings.metricsToken)))
    return c.text("unauthorized\n", 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
  if (!settings.metricsToken && !fromThisMachine(c)) return c.text("metrics are served on loopback only; set METRICS_TOKEN\n", 403);
  return c.body(await metrics.registry.metrics(), 200, { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" });
});
