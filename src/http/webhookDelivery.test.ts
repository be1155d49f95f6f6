import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { Deps } from "../services/context.ts";
import { deliverDue } from "../services/webhookDelivery.ts";
import { openStorage } from "../storage/db.ts";

const SECRET = "a-receivers-shared-secret-0042";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real webhook receiver on loopback: answers each request with the next status of `script` (200 once it runs out). */
function receiver() {
  const received: Received[] = [];
  const script: number[] = [];
  let delayMs = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      setTimeout(() => {
        res.statusCode = script.shift() ?? 200;
        res.end("ok");
      }, delayMs);
    });
  });
  return {
    received,
    script,
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The check docs/webhooks.md tells receivers to make: HMAC-SHA256 over "<timestamp>.<raw body>", compared in constant time. */
function signatureValid(r: Received, secret: string): boolean {
  const timestamp = String(r.headers["x-solmu-timestamp"]);
  const given = String(r.headers["x-solmu-signature"]).replace(/^sha256=/, "");
  const expected = createHmac("sha256", secret).update(`${timestamp}.${r.body}`).digest("hex");
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

describe.each(databases)("webhook delivery on %s", (kind) => {
  const t = apiWorld(kind, { WEBHOOK_ALLOW_PRIVATE: "true" });
  const hookServer = receiver();
  let hookId: string;
  let hookUrl: string;

  beforeAll(async () => {
    hookUrl = await hookServer.start();
    // Where PUBLIC_URL points in production: links are built from it, never from the request.
    t.deps.links.base = "https://solmu.example.fi";
    const made = await t.w.as.coordinator.post(`${t.base}/webhooks`, {
      name: "Vastaanotin",
      kind: "json",
      url: hookUrl,
      secret: SECRET,
      events: ["decision.recorded"],
    });
    expect(made.status).toBe(201);
    hookId = made.body.id;
  });
  afterAll(() => hookServer.stop());

  const log = async () => (await t.w.as.coordinator.get(`${t.base}/webhooks/${hookId}/deliveries`)).body.items;
  const decide = (title: string) =>
    t.w.as.member.post(`${t.base}/decisions`, { decidedOn: "2027-01-13", title, body: "Perustelut", rule: "consensus" });

  it("signs the message, retries after a 500 with backoff and then delivers the same delivery", async () => {
    hookServer.received.length = 0;
    hookServer.script.push(500);
    expect((await decide("Syksyn teema")).status).toBe(201);
    // Nothing is sent in the request itself: the job sends.
    expect(hookServer.received).toHaveLength(0);

    expect(await deliverDue(t.deps)).toBe(1);
    expect(hookServer.received).toHaveLength(1);
    const [pending] = await log();
    expect(pending).toMatchObject({ status: "pending", attempts: 1, httpStatus: 500, error: "HTTP 500", title: "Syksyn teema" });
    const retryAt = Date.parse(pending.nextAttemptAt);
    expect(retryAt - Date.now()).toBeGreaterThan(30_000);

    // Not due yet: a run now sends nothing.
    expect(await deliverDue(t.deps)).toBe(0);
    expect(await deliverDue(t.deps, { now: () => new Date(retryAt + 1000) })).toBe(1);
    expect(hookServer.received).toHaveLength(2);
    const [delivered] = await log();
    expect(delivered).toMatchObject({ status: "delivered", attempts: 2, httpStatus: 200, error: null, nextAttemptAt: null });

    const [first, second] = hookServer.received as [Received, Received];
    for (const r of [first, second]) {
      expect(signatureValid(r, SECRET)).toBe(true);
      expect(signatureValid(r, "another secret")).toBe(false);
      expect(r.headers["x-solmu-event"]).toBe("decision.recorded");
      expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    }
    expect(second.headers["x-solmu-delivery"]).toBe(first.headers["x-solmu-delivery"]);
    const body = JSON.parse(second.body);
    expect(body).toEqual({
      id: JSON.parse(first.body).id,
      kind: "decision.recorded",
      network: { id: t.w.network.id, name: "Kuopion perheverkosto" },
      title: "Syksyn teema",
      summary: null,
      url: `https://solmu.example.fi/networks/${t.w.network.id}/decisions`,
      occurredAt: expect.any(String),
    });
  });

  it("fails at once on a 4xx other than 408 and 429, and gives no receiver's body back", async () => {
    hookServer.script.push(410);
    await decide("Vanhentunut osoite");
    await deliverDue(t.deps);
    const [gone] = await log();
    expect(gone).toMatchObject({ status: "failed", attempts: 1, httpStatus: 410, error: "HTTP 410" });
  });

  it("delivers each event exactly once when two instances run the job at the same time", async () => {
    hookServer.received.length = 0;
    hookServer.setDelay(40);
    const titles = ["Yksi", "Kaksi", "Kolme", "Neljä", "Viisi", "Kuusi"];
    for (const title of titles) await decide(title);
    const storage = openStorage({
      databaseUrl: t.deps.settings.databaseUrl,
      dataDir: t.deps.settings.dataDir,
      ...(t.deps.storage.pgSchema ? { pgSchema: t.deps.storage.pgSchema } : {}),
    });
    const second: Deps = { ...t.deps, storage };
    try {
      const [a, b] = await Promise.all([deliverDue(t.deps), deliverDue(second)]);
      expect(a + b).toBe(titles.length);
    } finally {
      hookServer.setDelay(0);
      await storage.close();
    }
    const deliveries = hookServer.received.map((r) => String(r.headers["x-solmu-delivery"]));
    expect(new Set(deliveries).size).toBe(titles.length);
    expect(deliveries).toHaveLength(titles.length);
    expect(hookServer.received.map((r) => JSON.parse(r.body).title).sort()).toEqual([...titles].sort());
  });

  it("sends a test message from the button and records it in the log, whatever the receiver answers", async () => {
    hookServer.received.length = 0;
    const ok = await t.w.as.coordinator.post(`${t.base}/webhooks/${hookId}/test`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: "delivered", httpStatus: 200, error: null });
    expect(hookServer.received).toHaveLength(1);
    expect(JSON.parse((hookServer.received[0] as Received).body)).toMatchObject({ kind: "test", title: "Vastaanotin" });

    hookServer.script.push(503);
    const failed = await t.w.as.coordinator.post(`${t.base}/webhooks/${hookId}/test`);
    expect(failed.body).toEqual({ status: "failed", httpStatus: 503, error: "HTTP 503" });
    const [latest, earlier] = await log();
    expect(latest).toMatchObject({ kind: "test", status: "failed", attempts: 1, httpStatus: 503 });
    expect(earlier).toMatchObject({ kind: "test", status: "delivered", httpStatus: 200 });
    // A test is never retried by the job.
    expect(await deliverDue(t.deps, { now: () => new Date(Date.now() + 86_400_000) })).toBe(0);
  });

  it("tells a closed port from a refused address without sending anywhere", async () => {
    const closed = await t.w.as.coordinator.post(`${t.base}/webhooks`, {
      name: "Suljettu",
      kind: "slack",
      url: "http://127.0.0.1:9/nothing-listens",
      events: ["decision.recorded"],
    });
    const r = await t.w.as.coordinator.post(`${t.base}/webhooks/${closed.body.id}/test`);
    expect(r.body).toEqual({ status: "failed", httpStatus: null, error: "ECONNREFUSED" });
  });
});
