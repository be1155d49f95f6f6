import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { client } from "../../tests/support/client.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { PASSWORD, world } from "../../tests/support/world.ts";
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS, purgeExpired } from "../services/auth.ts";
import { upsertUser } from "../services/users.ts";

describe.each(databases)("accounts and sessions on %s", (kind) => {
  const t = apiWorld(kind);

  it("reports health with the database kind", async () => {
    const r = await t.w.anonymous().get("/api/health");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ok", database: kind, version: expect.any(String) });
  });

  it("serves an OpenAPI 3.1 document that lists the routes and their error answers", async () => {
    const r = await t.w.anonymous().get("/api/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/networks/{networkId}", "/api/me"]));
    expect(Object.keys(r.body.paths["/api/networks/{networkId}"].patch.responses)).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "404", "409"]),
    );
  });

  it("signs in with a session cookie that is HttpOnly and SameSite=Lax, and signs out", async () => {
    const c = t.w.anonymous();
    const r = await c.post("/api/auth/login", { email: "MEMBER@example.fi", password: PASSWORD });
    expect(r.status).toBe(200);
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await c.get("/api/me")).body.email).toBe("member@example.fi");
    expect((await c.post("/api/auth/logout")).status).toBe(200);
    expect((await c.get("/api/me")).status).toBe(401);
  });

  it("stores sessions in the database so another app instance accepts them", async () => {
    const { createApp } = await import("./app.ts");
    const second = createApp(t.deps);
    const r = await second.request("http://localhost/api/me", { headers: { cookie: t.w.as.member.cookie ?? "" } });
    expect(r.status).toBe(200);
  });

  it("answers a wrong password with 401 in the user's language", async () => {
    const fi = await t.w.anonymous("fi").post("/api/auth/login", { email: "observer@example.fi", password: "wrong password" });
    expect(fi.status).toBe(401);
    expect(fi.body.error).toEqual({ code: "invalid_credentials", message: "Sähköposti tai salasana on väärin." });
    const sv = await t.w.anonymous("sv-FI").post("/api/auth/login", { email: "nobody@example.fi", password: "wrong password" });
    expect(sv.body.error.message).toBe("E-post eller lösenord är fel.");
  });

  it("limits failed sign-ins per account and address with 429 and Retry-After, even for the right password", async () => {
    await upsertUser(t.deps, { email: "throttled@example.fi", name: "Throttled", password: PASSWORD, isAdmin: false });
    const c = t.w.anonymous("en");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      expect((await c.post("/api/auth/login", { email: "throttled@example.fi", password: "nope nope nope" })).status).toBe(401);
    }
    const r = await c.post("/api/auth/login", { email: "throttled@example.fi", password: PASSWORD });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(r.body.error.code).toBe("too_many_attempts");
  });

  it("limits failed sign-ins per address across accounts", async () => {
    const deps2 = await freshDeps(kind, { TRUST_PROXY: "true" });
    try {
      const w2 = await world(deps2);
      const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
      const c = w2.anonymous("en");
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
        const r = await c.post("/api/auth/login", { email: `guess${i}@example.fi`, password: "nope nope nope" }, from("203.0.113.7"));
        expect(r.status).toBe(401);
      }
      const blocked = await c.post("/api/auth/login", { email: "member@example.fi", password: PASSWORD }, from("203.0.113.7"));
      expect(blocked.status).toBe(429);
      const elsewhere = await c.post("/api/auth/login", { email: "member@example.fi", password: PASSWORD }, from("198.51.100.2"));
      expect(elsewhere.status).toBe(200);
    } finally {
      await deps2.cleanup();
    }
  });

  it("rejects bad input with 400 naming each field, in the user's language", async () => {
    const r = await t.w.anonymous("en").post("/api/auth/login", { email: "", password: 5 });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("validation_failed");
    expect(r.body.error.fields).toEqual({ email: "Required.", password: "This value is not valid." });
  });

  it("answers malformed JSON with 400 and an oversized body with 413, never 500", async () => {
    const c = t.w.anonymous("en");
    const bad = await c.post("/api/auth/login", undefined, { raw: "{not json" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_json");
    const big = await c.post("/api/auth/login", undefined, { raw: JSON.stringify({ email: "a@b.fi", password: "x".repeat(2_000_000) }) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
  });

  it("refuses a cookie request without the app's Origin (CSRF) and accepts a Bearer token without one", async () => {
    const noOrigin = await t.w.as.member.patch("/api/me", { name: "Hacked" }, { headers: { "x-no-origin": "1" } });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.body.error.code).toBe("csrf_origin");
    const foreign = await t.w.as.member.patch("/api/me", { name: "Hacked" }, { headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect((await t.w.as.member.get("/api/me")).body.name).toBe("Member");

    const created = await t.w.as.member.post("/api/me/tokens", { name: "script", scope: "write" });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const viaToken = await t.w.app.request("http://localhost/api/me", {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Member" }),
    });
    expect(viaToken.status).toBe(200);
    const list = await t.w.as.member.get("/api/me/tokens");
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect((await t.w.as.member.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await t.w.app.request("http://localhost/api/me", { headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status).toBe(401);
  });

  it("remembers the chosen language on the account and answers in it", async () => {
    const c = await t.w.signedIn("observer@example.fi");
    expect((await c.patch("/api/me", { locale: "sv" })).body.locale).toBe("sv");
    const r = await c.patch("/api/me", { locale: "de" });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe("Kontrollera de markerade fälten.");
    await c.patch("/api/me", { locale: "fi" });
  });

  it("resets a password through a single-use link and ends old sessions", async () => {
    const before = await t.w.signedIn("observer@example.fi");
    const asked = await t.w.anonymous().post("/api/auth/password-reset", { email: "observer@example.fi" });
    expect(asked.status).toBe(202);
    const unknown = await t.w.anonymous().post("/api/auth/password-reset", { email: "nobody@example.fi" });
    expect(unknown.status).toBe(202);
    const message = t.deps.sentMails.find((m) => m.kind === "password_reset" && m.to === "observer@example.fi");
    const token = new URL(message?.link ?? "").hash.replace("#token=", "");
    const short = await t.w.anonymous("en").post("/api/auth/password-reset/complete", { token, password: "short" });
    expect(short.body.error.fields.password).toBe("At least 10 characters.");
    expect((await t.w.anonymous().post("/api/auth/password-reset/complete", { token, password: "a brand new passphrase" })).status).toBe(
      200,
    );
    expect((await before.get("/api/me")).status).toBe(401);
    const again = await t.w.anonymous().post("/api/auth/password-reset/complete", { token, password: "another new passphrase" });
    expect(again.status).toBe(400);
    const c = client(t.w.app);
    expect((await c.post("/api/auth/login", { email: "observer@example.fi", password: "a brand new passphrase" })).status).toBe(200);
    expect((await t.w.as.member.get("/api/admin/outbox")).status).toBe(403);
  });

  it("purges expired sessions and day-old sign-in attempts", async () => {
    const c = await t.w.signedIn("member@example.fi");
    const later = new Date(Date.now() + 400 * 86_400_000);
    await purgeExpired(t.deps, later);
    expect((await c.get("/api/me")).status).toBe(401);
    const attempts = await t.deps.storage.db.selectFrom("login_attempts").select("id").execute();
    expect(attempts).toEqual([]);
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const r = await t.w.anonymous("en").get("/api/nothing-here");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("not_found");
  });

  it("signs out everywhere: every session of the person ends, others' stay", async () => {
    for (const email of ["everywhere@example.fi", "elsewhere@example.fi"])
      await upsertUser(t.deps, { email, name: "Ulla Uusi", password: PASSWORD, isAdmin: false });
    const laptop = await t.w.signedIn("everywhere@example.fi");
    const phone = await t.w.signedIn("everywhere@example.fi");
    const someoneElse = await t.w.signedIn("elsewhere@example.fi");
    expect((await phone.get("/api/me")).status).toBe(200);
    expect((await laptop.post("/api/auth/logout-everywhere", undefined, { headers: { "x-no-origin": "1" } })).status).toBe(403);
    expect((await laptop.post("/api/auth/logout-everywhere")).status).toBe(200);
    expect((await laptop.get("/api/me")).status).toBe(401);
    expect((await phone.get("/api/me")).status).toBe(401);
    expect((await someoneElse.get("/api/me")).status).toBe(200);
    expect((await t.w.anonymous().post("/api/auth/logout-everywhere")).status).toBe(401);
  });
});
