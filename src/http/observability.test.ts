import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { measuredJob } from "../services/metrics.ts";
import { createApp } from "./app.ts";

const loopback = { incoming: { socket: { remoteAddress: "127.0.0.1" } } };

describe.each(databases)("observability on %s", (kind) => {
  const t = apiWorld(kind);

  it("answers liveness without the database and readiness only when it can serve", async () => {
    expect((await t.w.anonymous().get("/api/health/live")).body).toEqual({ status: "alive" });
    const ready = await t.w.anonymous().get("/api/health/ready");
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: "ready" });
    t.deps.lifecycle.draining = true;
    try {
      const draining = await t.w.anonymous().get("/api/health/ready");
      expect(draining.status).toBe(503);
      expect(draining.body).toEqual({ status: "not_ready" });
      expect((await t.w.anonymous().get("/api/health/live")).status).toBe(200);
    } finally {
      t.deps.lifecycle.draining = false;
    }
  });

  it("serves Prometheus metrics by route pattern, never with ids or addresses", async () => {
    await t.w.as.member.get(`/api/networks/${t.w.network.id}/goals`);
    await t.w.as.outsider.get(`/api/networks/${t.w.network.id}/goals`);
    await measuredJob(t.deps.metrics, "cleanup", async () => undefined);
    await measuredJob(t.deps.metrics, "reminders", async () => {
      throw new Error("broken");
    }).catch(() => undefined);
    const res = await t.w.app.request("/metrics", {}, loopback);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/solmu_http_requests_total\{method="GET",route="\/api\/networks\/:networkId\/goals",status="200"\} 1/);
    expect(text).toMatch(/solmu_http_requests_total\{method="GET",route="\/api\/networks\/:networkId[^"]*",status="404"\} 1/);
    expect(text).toMatch(
      /solmu_http_request_duration_seconds_bucket\{le="0\.05",method="GET",route="\/api\/networks\/:networkId\/goals"\}/,
    );
    expect(text).toMatch(/solmu_job_runs_total\{job="cleanup",outcome="ok"\} 1/);
    expect(text).toMatch(/solmu_job_runs_total\{job="reminders",outcome="failed"\} 1/);
    expect(text).toMatch(/solmu_mail_queue_pending \d+/);
    expect(text).toContain("solmu_process_cpu_seconds_total");
    if (kind === "postgres") expect(text).toMatch(/solmu_db_pool_connections\{state="total"\} \d+/);
    else expect(text).not.toContain("solmu_db_pool_connections{");
    expect(text).not.toContain(t.w.network.id);
    expect(text).not.toContain("@example.fi");
  });

  // Issue #16, point 9: without METRICS_TOKEN the figures were open to anyone who could reach the server.
  it("answers without a token only a scraper on this machine, not one behind a proxy or from elsewhere", async () => {
    expect((await t.w.app.request("/metrics")).status).toBe(403);
    expect((await t.w.app.request("/metrics", {}, { incoming: { socket: { remoteAddress: "192.0.2.7" } } })).status).toBe(403);
    expect((await t.w.app.request("/metrics", { headers: { "x-forwarded-for": "198.51.100.9" } }, loopback)).status).toBe(403);
    expect((await t.w.app.request("/metrics", {}, { incoming: { socket: { remoteAddress: "::1" } } })).status).toBe(200);
  });

  it("asks for the token when one is set", async () => {
    const app = createApp({ ...t.deps, settings: { ...t.deps.settings, metricsToken: "a-long-enough-metrics-token" } });
    expect((await app.request("/metrics")).status).toBe(401);
    expect((await app.request("/metrics", { headers: { authorization: "Bearer wrong-token-of-some-length" } })).status).toBe(401);
    const ok = await app.request("/metrics", { headers: { authorization: "Bearer a-long-enough-metrics-token" } });
    expect(ok.status).toBe(200);
  });

  it("sends HSTS only over HTTPS, also when a trusted proxy ended TLS", async () => {
    const direct = createApp(t.deps);
    const viaHttps = { headers: { "x-forwarded-proto": "https" } };
    expect((await direct.request("/api/health/live")).headers.get("strict-transport-security")).toBeNull();
    expect((await direct.request("/api/health/live", viaHttps)).headers.get("strict-transport-security")).toBeNull();
    const proxied = createApp({ ...t.deps, settings: { ...t.deps.settings, trustProxy: true } });
    expect((await proxied.request("/api/health/live", viaHttps)).headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect((await proxied.request("/api/health/live")).headers.get("strict-transport-security")).toBeNull();
  });
});
