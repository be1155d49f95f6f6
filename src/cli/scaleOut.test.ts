import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases } from "../../tests/support/databases.ts";
import { startServer } from "../../tests/support/server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/solmu.js");
const PASSWORD = "solmu-demo-2026";

/** One instance as an operator runs it behind the proxy, on a database the test prepared (no demo seeding at start). */
const instance = (env: Record<string, string>) => startServer({ SEED_DEMO: "false", ...env });

/** A browser-like client of one instance with a session cookie it can hand to another. */
function client(base: string, cookie = "") {
  const call = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { "content-type": "application/json", origin: base, cookie },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { call, cookie: () => cookie };
}

/** Waits for a server-sent event of the given name on an open stream. */
async function nextEvent(res: Response, name: string, timeoutMs: number) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    if (buffer.includes(`event: ${name}`)) {
      await reader.cancel();
      return true;
    }
  }
  await reader.cancel();
  return false;
}

describe.each(databases)("app instances on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (kind === "postgres") {
      // A database of its own: instances use the public schema, as in production.
      const name = `solmu_scale_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${name}`;
      env = { DATABASE_URL: url.toString() };
      cleanup = async () => {
        const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-scale-"));
      env = { SOLMU_DATA_DIR: dir, DATABASE_URL: "" };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    const seeded = spawnSync(process.execPath, [bin, "seed-demo"], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      encoding: "utf8",
    });
    if (seeded.status !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  }, 120_000);
  afterAll(() => cleanup?.());

  if (kind === "sqlite") {
    it("keeps sessions in the database, so a restarted instance still knows who is signed in", async () => {
      const first = await instance(env);
      const a = client(first.url);
      expect((await a.call("POST", "/api/auth/login", { email: "koordinaattori@demo.solmu.fi", password: PASSWORD })).status).toBe(200);
      await first.stop();
      const second = await instance(env);
      try {
        const b = client(second.url, a.cookie());
        expect((await b.call("GET", "/api/me")).body.name).toBe("Aino Laaksonen");
      } finally {
        await second.stop();
      }
    }, 120_000);
    return;
  }

  it("shares sessions, live board changes and scheduled jobs between two instances on one PostgreSQL", async () => {
    const [one, two] = await Promise.all([instance(env), instance(env)]);
    try {
      expect(one.url).not.toBe(two.url);
      // A session made on one instance works on the other.
      const a = client(one.url);
      expect((await a.call("POST", "/api/auth/login", { email: "koordinaattori@demo.solmu.fi", password: PASSWORD })).status).toBe(200);
      const b = client(two.url, a.cookie());
      const me = await b.call("GET", "/api/me");
      expect(me.body.name).toBe("Aino Laaksonen");
      const savo = me.body.networks.find((n: { role: string }) => n.role === "coordinator");
      const meetings = (await b.call("GET", `/api/networks/${savo.id}/meetings`)).body.items as { id: string; title: string }[];
      const workshop = meetings.find((m) => m.title.includes("avoin tila")) as { id: string };

      // A change made through one instance reaches a live-board client of the other.
      const stream = await fetch(`${two.url}/api/networks/${savo.id}/meetings/${workshop.id}/board/live`, {
        headers: { cookie: a.cookie(), accept: "text/event-stream" },
      });
      expect(stream.status).toBe(200);
      const changed = nextEvent(stream, "changed", 10_000);
      await new Promise((r) => setTimeout(r, 300));
      const proposed = await a.call("POST", `/api/networks/${savo.id}/meetings/${workshop.id}/board/sessions`, {
        topic: "Kahden instanssin testi",
      });
      expect(proposed.status).toBe(200);
      expect(await changed).toBe(true);

      // A page the second instance has cached shows a change made through the first at once.
      const home = `/api/networks/${savo.id}`;
      const before = (await b.call("GET", home)).body.network;
      expect((await b.call("GET", home)).body.network.purpose).toBe(before.purpose);
      const edited = await a.call("PATCH", home, { ...before, purpose: "Muutettu toisen instanssin kautta", version: before.version });
      expect(edited.status).toBe(200);
      expect((await b.call("GET", home)).body.network.purpose).toBe("Muutettu toisen instanssin kautta");

      // Both instances ran the reminder job at start; each reminder exists once.
      const db = new pg.Client({ connectionString: env.DATABASE_URL });
      await db.connect();
      try {
        const r = await db.query(
          "select count(*)::int as total, count(distinct dedupe_key)::int as distinct_keys from notifications where dedupe_key is not null",
        );
        expect(r.rows[0].total).toBeGreaterThan(0);
        expect(r.rows[0].total).toBe(r.rows[0].distinct_keys);
      } finally {
        await db.end();
      }
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 180_000);
});
