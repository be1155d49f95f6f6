import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import type { AppEnv } from "../../env.ts";

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * `/metrics` in Prometheus text format for the operator's scraper. With
 * METRICS_TOKEN set it needs that token as a Bearer token; without, the
 * deployment guide has the proxy keep it inside (docs/deploy.md).
 */
export const metricsRoutes = new Hono<AppEnv>().get("/metrics", async (c) => {
  const { metrics, settings } = c.get("deps");
  const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (settings.metricsToken && !(token && same(token, settings.metricsToken)))
    return c.text("unauthorized\n", 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
  return c.body(await metrics.registry.metrics(), 200, { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" });
});
