import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../demo/index.ts";
import { createApiToken } from "../services/auth.ts";
import type { OutgoingMail } from "../services/mail.ts";
import { createApp } from "./app.ts";

/*
 * The OWASP top-ten classes that apply to Solmu, tried on every route the
 * OpenAPI document lists: broken access control (objects of another network
 * reached through one's own), CSRF (cookie without the app's Origin),
 * malformed and oversized bodies, injection and XSS payloads in every text
 * field, and path traversal. None may succeed and none may give a 500.
 */

const ORIGIN = "http://localhost";
const SAVO_SLUG = "pohjois-savon-perheverkosto";
const XSS = `<img src=x onerror=alert(1)><script>alert("solmu")</script>`;
const SQLI = `x'); DROP TABLE users;-- " OR 1=1 --`;
const NO_ID = "00000000-0000-4000-8000-000000000000";

import { type Doc, type Json, type Route, sample, wrongTypes } from "../../tests/support/openapiSamples.ts";

describe.each(databases)("OWASP checks on every route on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  let doc: Doc;
  let routes: Route[];
  let savo: string;
  let swedish: string;
  const cookies: Record<string, string> = {};
  const victim: Record<string, string> = {};
  let webDir: string;

  const request = (method: string, url: string, init: { cookie?: string; origin?: string | null; body?: string; type?: string } = {}) => {
    const headers: Record<string, string> = { "accept-language": "fi" };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.origin !== null && method !== "GET") headers.origin = init.origin ?? ORIGIN;
    if (init.body !== undefined) headers["content-type"] = init.type ?? "application/json";
    return app.request(`${ORIGIN}${url}`, { method, headers, body: init.body ?? null });
  };
  const fill = (p: string, networkId: string, values: Record<string, string> = victim) =>
    p.replace("{networkId}", networkId).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? NO_ID);

  /** Every row of every table but sessions and sign-in attempts (touched by any request), as one comparable value. */
  async function snapshot() {
    const { db } = deps.storage;
    const tables = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !["sessions", "login_attempts"].includes(n));
    const out: Record<string, string[]> = {};
    for (const t of tables.sort()) {
      const rows = (await sql<Json>`select * from ${sql.table(t)}`.execute(db)).rows;
      out[t] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  }

  beforeAll(async () => {
    deps = await freshDeps(kind);
    await seedDemo(deps, "small");
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-web-"));
    fs.mkdirSync(path.join(webDir, "site/assets"), { recursive: true });
    fs.writeFileSync(path.join(webDir, "site/index.html"), "<!doctype html><title>Solmu</title>");
    fs.writeFileSync(path.join(webDir, "site/assets/app.js"), "console.log('solmu')");
    fs.writeFileSync(path.join(webDir, "secret.txt"), "SALAISUUS-EI-SAA-NAKYA");
    app = createApp(deps, { webDir: path.join(webDir, "site") });
    doc = (await (await app.request(`${ORIGIN}/api/openapi.json`)).json()) as Doc;
    routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));
    for (const [who, email] of Object.entries({ coordinator: DEMO_ACCOUNTS.coordinator, swedish: DEMO_ACCOUNTS.swedish })) {
      const r = await request("POST", "/api/auth/login", { body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
      cookies[who] = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    }
    const mine = async (who: string) =>
      ((await (await request("GET", "/api/me", { cookie: cookies[who] })).json()) as { networks: { id: string; role: string }[] }).networks;
    savo = (await mine("coordinator")).find((n) => n.role === "coordinator")?.id as string;
    const theirs = await mine("swedish");
    swedish = theirs.find((n) => n.role === "coordinator")?.id as string;
    // The attacker coordinates a network of their own and has no place in the victim's.
    expect(theirs.map((n) => n.id)).not.toContain(savo);

    // A real object of the victim network for every kind of id a route takes.
    const { db } = deps.storage;
    const first = async (q: ReturnType<typeof sql<{ id: string }>>) => (await q.execute(db)).rows[0]?.id;
    const inSavo = (table: string) => first(sql<{ id: string }>`select id from ${sql.table(table)} where network_id = ${savo} order by id`);
    const ids: Record<string, string | undefined> = {
      memberId: await inSavo("memberships"),
      personId: await inSavo("memberships"),
      invitationId: await inSavo("invitations"),
      organisationId: await inSavo("organisations"),
      entryId: await inSavo("history_entries"),
      gapId: await inSavo("gaps"),
      goalId: await inSavo("goals"),
      sectionId: await inSavo("agreement_sections"),
      versionId: await inSavo("agreement_versions"),
      decisionId: await inSavo("decisions"),
      promiseId: await inSavo("promises"),
      roundId: await inSavo("survey_rounds"),
      activityId: await inSavo("activities"),
      indicatorId: await inSavo("indicators"),
      cycleId: await inSavo("cycles"),
      newsId: await inSavo("news_items"),
      practiceId: await inSavo("good_practices"),
      eventId: await inSavo("events"),
      webhookId: await inSavo("webhooks"),
      meetingId: await first(
        sql<{
          id: string;
        }>`select m.id from meetings m where m.network_id = ${savo} and exists (select 1 from agenda_blocks b where b.meeting_id = m.id) order by m.id`,
      ),
    };
    ids.blockId = await first(sql<{ id: string }>`select id from agenda_blocks where meeting_id = ${ids.meetingId ?? ""} order by id`);
    ids.sessionId = await first(
      sql<{ id: string }>`select s.id from open_space_sessions s join meetings m on m.id = s.meeting_id where m.network_id = ${savo}`,
    );
    ids.measurementId = await first(
      sql<{ id: string }>`select id from indicator_measurements where indicator_id = ${ids.indicatorId ?? ""}`,
    );
    const coordinatorId = await first(sql<{ id: string }>`select id from users where email = ${DEMO_ACCOUNTS.coordinator}`);
    ids.tokenId = (await createApiToken(deps, coordinatorId as string, "Integraatio", "write")).id;
    ids.feedId = await first(sql<{ id: string }>`select id from feed_tokens where user_id = ${coordinatorId ?? ""}`);
    for (const [k, v] of Object.entries(ids)) if (v) victim[k] = v;
    // Most kinds exist in the demo; a missing one is tried with an id that exists nowhere.
    expect(Object.keys(victim).length).toBeGreaterThanOrEqual(20);
  });
  afterAll(async () => {
    fs.rmSync(webDir, { recursive: true, force: true });
    await deps.cleanup();
  });

  it("lets no one reach another network's objects through a network of their own (IDOR)", async () => {
    const before = await snapshot();
    const withObject = routes.filter((r) => /\{(?!networkId\})\w+\}/.test(r.path) && r.path !== "/api/feeds/{file}");
    expect(withObject.length).toBeGreaterThan(40);
    const bad: string[] = [];
    for (const { method, path: p } of withObject) {
      const url = fill(p, swedish);
      for (const body of [undefined, "{}", JSON.stringify({ version: 1, title: "x", name: "x", text: "x", body: "x", published: true })]) {
        const r = await request(method, url, { cookie: cookies.swedish, body: method === "GET" ? undefined : body });
        if (![400, 403, 404].includes(r.status)) bad.push(`${method} ${p} → ${r.status}`);
      }
    }
    expect(bad).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every state change that carries the cookie without the app's Origin (CSRF)", async () => {
    const before = await snapshot();
    const changing = routes.filter((r) => r.method !== "GET");
    expect(changing.length).toBeGreaterThan(80);
    const bad: string[] = [];
    for (const { method, path: p } of changing) {
      const url = fill(p, savo);
      for (const origin of [null, "https://evil.example", "null"]) {
        const r = await request(method, url, { cookie: cookies.coordinator, origin, body: "{}" });
        // The identity provider's page posts to the SAML assertion consumer from its own origin: a signed, single-use
        // assertion is that route's proof (src/http/saml.test.ts), so it takes no Origin. Here it must still change nothing.
        if (p === "/api/auth/saml/acs") {
          if (r.status < 400) bad.push(`${method} ${p} from ${origin} → ${r.status}`);
          continue;
        }
        const code = r.status === 403 ? ((await r.json()) as { error: { code: string } }).error.code : "";
        if (code !== "csrf_origin") bad.push(`${method} ${p} from ${origin} → ${r.status} ${code}`);
      }
    }
    expect(bad).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers malformed and oversized bodies with a 4xx, never a 500, and changes nothing", async () => {
    const before = await snapshot();
    const big = JSON.stringify({ title: "a".repeat(deps.settings.bodyLimitBytes + 1) });
    const bad: string[] = [];
    let tried = 0;
    for (const { method, path: p } of routes) {
      const content = doc.paths[p]?.[method.toLowerCase()]?.requestBody?.content;
      if (!content) continue;
      const url = fill(p, savo);
      const send = async (body: string, type: string, ok: (status: number) => boolean) => {
        tried++;
        const r = await request(method, url, { cookie: cookies.coordinator, body, type });
        if (!ok(r.status)) bad.push(`${method} ${p} with ${body.slice(0, 24)} (${type}) → ${r.status}`);
      };
      const refused = (status: number) => status >= 400 && status < 500;
      const json = content["application/json"]?.schema;
      if (json) {
        for (const body of ["{not json", "[]", "null", '"x"', JSON.stringify(wrongTypes(doc, json)), big])
          await send(body, "application/json", refused);
      }
      if (content["text/csv"]) {
        // An import answers a file it cannot use with a report of what is wrong; it must not fail or store anything.
        for (const body of ["\u0000\u0001\u00ff;;;\n\r\n", '"unterminated;\n"x', big])
          await send(body, "text/csv", (status) => status < 500);
        // A file sent as bytes, or a damaged workbook (a ZIP header and nothing of a workbook), is reported, never a 500.
        for (const type of Object.keys(content).filter((t) => t === "application/octet-stream" || t.includes("spreadsheetml"))) {
          for (const body of ["PK\u0003\u0004\u0014\u0000\u0000\u0000broken", "\u00ff\u00fe\u0000\u0000;", big])
            await send(body, type, (status) => status < 500);
        }
      }
      for (const type of Object.keys(content).filter((t) => t.startsWith("image/"))) {
        for (const body of ["GIF89a\u0000<script>", big]) await send(body, type, refused);
      }
    }
    expect(tried).toBeGreaterThan(300);
    expect(bad).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("treats injection strings in paths and query strings as plain values", async () => {
    const nasty = [SQLI, "' OR '1'='1", "../../../../etc/passwd", "%00", XSS, "1 UNION SELECT password_hash FROM users"];
    const bad: string[] = [];
    for (const { path: p } of routes.filter((r) => r.method === "GET")) {
      const queryNames = (doc.paths[p]?.get?.parameters ?? []).filter((x) => x.in === "query").map((x) => x.name);
      for (const value of nasty) {
        const all = Object.fromEntries(Object.keys(victim).map((k) => [k, encodeURIComponent(value)]));
        const inPath = fill(p, savo, all);
        const query = new URLSearchParams(queryNames.map((n): [string, string] => [n, value])).toString();
        for (const url of [inPath, `${fill(p, savo)}${query ? `?${query}` : ""}`]) {
          const r = await request("GET", url, { cookie: cookies.coordinator });
          if (r.status >= 500) bad.push(`GET ${url} → ${r.status}`);
          // A live stream never ends; its answer to the bad path is what counts.
          if (r.headers.get("content-type")?.includes("event-stream")) {
            await r.body?.cancel();
            continue;
          }
          const text = await r.text();
          if (text.includes("$argon2")) bad.push(`GET ${url} leaked a password hash`);
          // A search for an injection string finds nobody: it is a value, not SQL.
          if (r.status === 200 && queryNames.includes("q") && url.includes("?") && r.headers.get("content-type")?.includes("json")) {
            const items = (JSON.parse(text) as { items?: unknown[] }).items;
            if (items && items.length > 0) bad.push(`GET ${url} found ${items.length}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps uploads and files inside their folders (path traversal)", async () => {
    const tries = [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/assets/../../secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/..%5csecret.txt",
      "/api/feeds/..%2f..%2fsecret.txt",
      "/api/feeds/../../package.json",
      "/p/..%2f..%2fsecret.txt",
      `/api/networks/${savo}/people/..%2f..%2f..%2fsecret.txt/photo`,
    ];
    for (const t of tries) {
      const r = await app.request(`${ORIGIN}${t}`, { headers: { cookie: cookies.coordinator ?? "" } });
      const text = await r.text();
      expect(r.status, t).toBeLessThan(500);
      expect(text, t).not.toContain("SALAISUUS");
      expect(text, t).not.toContain('"name": "solmu"');
    }
    expect(await (await app.request(`${ORIGIN}/assets/app.js`)).text()).toBe("console.log('solmu')");
    // An upload is read by its content, whatever its name or claimed type says.
    const person = victim.personId as string;
    const fake = await request("PUT", `/api/networks/${savo}/people/${person}/photo`, {
      cookie: cookies.coordinator,
      body: "<svg onload=alert(1)>",
      type: "image/png",
    });
    expect(fake.status).toBe(400);
  });

  it("stores injection and XSS payloads in every text field verbatim and never runs them", async () => {
    const writes = routes.filter(
      (r) =>
        ["POST", "PUT", "PATCH"].includes(r.method) &&
        !r.path.startsWith("/api/auth/") &&
        !r.path.startsWith("/api/admin/") &&
        doc.paths[r.path]?.[r.method.toLowerCase()]?.requestBody?.content["application/json"],
    );
    expect(writes.length).toBeGreaterThan(60);
    const failures: string[] = [];
    let stored = 0;
    for (const payload of [XSS, SQLI]) {
      for (const { method, path: p } of writes) {
        const schema = doc.paths[p]?.[method.toLowerCase()]?.requestBody?.content["application/json"]?.schema;
        const r = await request(method, fill(p, savo), { cookie: cookies.coordinator, body: JSON.stringify(sample(doc, schema, payload)) });
        if (r.status >= 500) failures.push(`${method} ${p} → ${r.status}: ${await r.text()}`);
        if (r.status < 300) stored++;
      }
    }
    expect(failures).toEqual([]);
    // Enough writes went through for the payloads to be everywhere a person types text.
    expect(stored).toBeGreaterThan(40);

    const { db } = deps.storage;
    expect(Number((await sql<{ n: number }>`select count(*) as n from users`.execute(db)).rows[0]?.n)).toBeGreaterThan(5);
    let verbatim = 0;
    for (const t of (await db.introspection.getTables()).map((x) => x.name)) {
      for (const row of (await sql<Json>`select * from ${sql.table(t)}`.execute(db)).rows) {
        if (Object.values(row).some((v) => v === XSS || v === SQLI)) verbatim++;
      }
    }
    expect(verbatim).toBeGreaterThan(20);

    // A calendar file is plain text (RFC 5545): what people wrote stands in it as they wrote it, never as a page a browser runs.
    const ics = await request("GET", `/api/networks/${savo}/events/${victim.eventId}/ics`, { cookie: cookies.coordinator });
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(ics.headers.get("x-content-type-options")).toBe("nosniff");

    // Pages and files the server writes itself escape what people wrote.
    const outputs = [
      `/p/${SAVO_SLUG}`,
      `/p/${SAVO_SLUG}/feed.atom`,
      "/good-practices",
      `/api/networks/${savo}/report.html`,
      `/api/networks/${savo}/agreement/versions/${victim.versionId}/markdown`,
    ];
    let escapedSeen = 0;
    for (const url of outputs) {
      const r = await request("GET", url, { cookie: cookies.coordinator });
      expect(r.status, url).toBe(200);
      const text = await r.text();
      expect(text, url).not.toContain("<script>alert");
      expect(text, url).not.toContain("<img src=x");
      if (text.includes("&lt;script&gt;alert")) escapedSeen++;
    }
    // The public page, its feed, the practices page and the report show the payload, escaped.
    expect(escapedSeen).toBeGreaterThanOrEqual(3);
  });

  it("never lets an invitation set the password of an account of another network (account takeover)", async () => {
    const { db } = deps.storage;
    const imported = (
      await sql<{ email: string; id: string }>`select u.email, u.id from users u join memberships m on m.user_id = u.id
        where m.network_id = ${savo} and u.password_hash is null order by u.email limit 1`.execute(db)
    ).rows[0];
    if (!imported) throw new Error("the demo has no imported person without a password");
    // The attacker coordinates only the Swedish network; the invitation link is theirs to read.
    const inv = await request("POST", `/api/networks/${swedish}/invitations`, {
      cookie: cookies.swedish,
      body: JSON.stringify({ email: imported.email, role: "member" }),
    });
    expect(inv.status).toBe(201);
    const { link } = (await inv.json()) as { link: string };
    const token = link.split("#token=")[1] as string;
    const lookup = (await (await request("POST", "/api/invitations/lookup", { body: JSON.stringify({ token }) })).json()) as Json;
    expect(lookup).toMatchObject({ accountExists: true, activationNeeded: true });
    const accept = await request("POST", "/api/invitations/accept", {
      body: JSON.stringify({ token, name: "Hyökkääjä", password: "attacker chose this 123" }),
    });
    expect(accept.status).toBe(401);
    expect(accept.headers.get("set-cookie")).toBeNull();
    const login = await request("POST", "/api/auth/login", {
      body: JSON.stringify({ email: imported.email, password: "attacker chose this 123" }),
    });
    expect(login.status).toBe(401);
    const after = await sql<{
      password_hash: string | null;
      name: string;
    }>`select password_hash, name from users where id = ${imported.id}`.execute(db);
    expect(after.rows[0]?.password_hash).toBeNull();
    expect(after.rows[0]?.name).not.toBe("Hyökkääjä");
    const memberships = await sql<{ network_id: string }>`select network_id from memberships where user_id = ${imported.id}`.execute(db);
    expect(memberships.rows.map((r) => r.network_id)).toEqual([savo]);
    // The person proves the address through a link mailed only to it: never into a network's outbox.
    const asked = await request("POST", "/api/auth/password-reset", { body: JSON.stringify({ email: imported.email }) });
    expect(asked.status).toBe(202);
    const inOutboxes = await sql<{
      network_id: string | null;
    }>`select network_id from outbox where to_email = ${imported.email} and kind = 'password_reset'`.execute(db);
    expect(inOutboxes.rows.length).toBeGreaterThan(0);
    expect(inOutboxes.rows.every((r) => r.network_id === null)).toBe(true);
  });

  it("never takes the address of a link in an e-mail from the request's Host header", async () => {
    const sent: OutgoingMail[] = [];
    const mailer = deps.mailer;
    deps.mailer = {
      smtp: mailer.smtp,
      send: (db, mail) => {
        sent.push(mail);
        return mailer.send(db, mail);
      },
    };
    try {
      const forged = (url: string, body: Json, cookie?: string) =>
        app.request(`${ORIGIN}${url}`, {
          method: "POST",
          headers: {
            host: "evil.example",
            "x-forwarded-host": "evil.example",
            origin: "http://evil.example",
            "content-type": "application/json",
            ...(cookie ? { cookie } : {}),
          },
          body: JSON.stringify(body),
        });
      expect((await forged("/api/auth/password-reset", { email: DEMO_ACCOUNTS.member })).status).toBe(202);
      // Host and Origin agree, as behind a proxy that passes any Host on: the invitation is made, its link points home.
      const invited = await forged(`/api/networks/${savo}/invitations`, { email: "uusi.henkilo@example.fi" }, cookies.coordinator);
      expect(invited.status).toBe(201);
      expect(((await invited.json()) as { link: string }).link.startsWith(`${deps.links.base}/invite#token=`)).toBe(true);
      expect(sent.map((m) => m.kind).sort()).toEqual(["invitation", "password_reset"]);
      expect(sent.length).toBeGreaterThan(0);
      for (const mail of sent) {
        expect(mail.body).not.toContain("evil.example");
        expect(mail.body).toContain(deps.links.base);
      }
      expect(deps.links.base).toBe("http://127.0.0.1:3000");
    } finally {
      deps.mailer = mailer;
    }
  });
});

// Issue #16, points 7 and 9e: only the newest reset link of an account works, and a personal API token can do no more than its scope.
describe.each(databases)("reset-link generations and token scopes on %s", (kind) => {
  const t = apiWorld(kind);

  const resetTokens = (email: string) =>
    t.deps.sentMails
      .filter((m) => m.kind === "password_reset" && m.to === email)
      .map((m) => new URL(m.link ?? "").hash.replace("#token=", ""));
  const complete = (token: string, password: string) => t.w.anonymous("en").post("/api/auth/password-reset/complete", { token, password });
  const bearer = (token: string, method: string, url: string, body?: unknown) =>
    t.w.app.request(`${ORIGIN}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("lets an older reset link die when a newer one is sent, and ends the rest when one is used", async () => {
    await t.w.anonymous().post("/api/auth/password-reset", { email: "observer@example.fi" });
    await t.w.anonymous().post("/api/auth/password-reset", { email: "observer@example.fi" });
    const [older, newer] = resetTokens("observer@example.fi");
    const refused = await complete(older as string, "an older link's passphrase");
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.token).toBeDefined();
    expect((await complete(newer as string, "the newest link's passphrase")).status).toBe(200);
    expect((await complete(older as string, "an older link's passphrase")).status).toBe(400);
    expect(
      (await t.w.anonymous().post("/api/auth/login", { email: "observer@example.fi", password: "the newest link's passphrase" })).status,
    ).toBe(200);
  });

  it("lets a read token only read and a write token write, and no token create, list or revoke tokens", async () => {
    const read = await t.w.as.member.post("/api/me/tokens", { name: "reader" });
    expect(read.status).toBe(201);
    expect(read.body.scope).toBe("read");
    const write = await t.w.as.member.post("/api/me/tokens", { name: "writer", scope: "write" });
    expect(write.body.scope).toBe("write");
    expect((await bearer(read.body.token, "GET", "/api/me")).status).toBe(200);
    const readOnly = await bearer(read.body.token, "PATCH", "/api/me", { name: "Member" });
    expect(readOnly.status).toBe(403);
    expect(((await readOnly.json()) as Json).error).toMatchObject({ code: "token_read_only" });
    expect((await bearer(write.body.token, "PATCH", "/api/me", { name: "Member" })).status).toBe(200);
    for (const token of [read.body.token, write.body.token]) {
      expect((await bearer(token, "POST", "/api/me/tokens", { name: "minted", scope: "write" })).status).toBe(403);
      expect((await bearer(token, "GET", "/api/me/tokens")).status).toBe(403);
      expect((await bearer(token, "DELETE", `/api/me/tokens/${read.body.id}`)).status).toBe(403);
    }
    const list = await t.w.as.member.get("/api/me/tokens");
    expect(list.body.items.map((t: { name: string; scope: string }) => `${t.name}:${t.scope}`).sort()).toEqual([
      "reader:read",
      "writer:write",
    ]);
    expect((await t.w.as.member.post("/api/me/tokens", { name: "bad", scope: "admin" })).status).toBe(400);
  });

  it("refuses a cookie request whose Origin differs only in scheme or port", async () => {
    for (const origin of ["https://localhost", "http://localhost:8080"]) {
      const r = await t.w.as.coordinator.post("/api/auth/logout", undefined, { headers: { origin } });
      expect(r.status, origin).toBe(403);
    }
    expect((await t.w.as.coordinator.get("/api/me")).status).toBe(200);
  });
});
