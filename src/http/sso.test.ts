import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "../../tests/support/client.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { startOidcProvider, type TestAccounts } from "../../tests/support/oidcProvider.ts";
import { PASSWORD, world } from "../../tests/support/world.ts";
import { issueInvitation } from "../services/members.ts";

type Deps = Awaited<ReturnType<typeof freshDeps>>;
type World = Awaited<ReturnType<typeof world>>;

const CALLBACK = "http://localhost/api/auth/oidc/callback";
let codeSeconds = 60;
// The provider reads these at every sign-in, so a test may change a person's claims there.
const accounts: TestAccounts = {
  "aino-sub": { email: "aino.partanen@kuopio.fi", email_verified: true, name: "Aino Partanen" },
  "member-sub": { email: "member@example.fi", email_verified: true, name: "Someone else's name" },
  "coordinator-sub": { email: "coordinator@example.fi", email_verified: true },
  "unverified-sub": { email: "eero@kuopio.fi", email_verified: false },
  "gmail-sub": { email: "pekka.virtanen@gmail.com", email_verified: true, name: "Pekka Virtanen" },
  "invited-sub": { email: "liisa.niskanen@gmail.com", email_verified: true, name: "Liisa Niskanen" },
};

describe.each(databases)("signing in with an organisation's OpenID Connect provider on %s", (kind) => {
  let op: Awaited<ReturnType<typeof startOidcProvider>>;
  let deps: Deps;
  let w: World;
  beforeAll(async () => {
    op = await startOidcProvider({ redirectUri: CALLBACK, codeSeconds: () => codeSeconds, accounts });
    deps = await freshDeps(kind, op.env({ PUBLIC_URL: "http://localhost", OIDC_ALLOWED_DOMAINS: "kuopio.fi, @savonia.fi" }));
    w = await world(deps);
  });
  afterAll(async () => {
    await deps?.cleanup();
    await op?.close();
  });

  /** The browser's round trip: Solmu → provider (log in, consent) → Solmu's callback with the cookie Solmu set. */
  async function viaProvider(subject: string, options: { decline?: boolean; returnTo?: string; tamper?: (u: URL) => void } = {}) {
    const browser = client(w.app);
    const start = await browser.get(`/api/auth/oidc/start?returnTo=${encodeURIComponent(options.returnTo ?? "/networks")}`);
    expect(start.status).toBe(302);
    const ssoCookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(ssoCookie).toMatch(/^solmu_sso=./);
    const authorize = new URL(start.headers.get("location") ?? "");
    expect(authorize.origin).toBe(op.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    const back = new URL(await op.signIn(authorize.href, subject, options));
    options.tamper?.(back);
    const callbackPath = `${back.pathname}${back.search}`;
    const done = await browser.get(callbackPath, { headers: { cookie: ssoCookie } });
    return { browser, done, callbackPath, ssoCookie };
  }

  const problem = (r: { status: number; headers: Headers }) => {
    expect(r.status).toBe(302);
    const to = new URL(r.headers.get("location") ?? "", "http://localhost");
    return to.pathname === "/login/problem" ? to.searchParams.get("reason") : `not a problem page: ${to.pathname}`;
  };

  it("offers the configured provider on the sign-in page", async () => {
    const r = await w.anonymous().get("/api/auth/providers");
    expect(r.body).toEqual({
      items: [{ id: "default", label: "Kirjaudu Testiorganisaation tunnuksella", start: "/api/auth/oidc/start?provider=default" }],
    });
  });

  it("creates an account at the first sign-in from an allowed domain, and finds the same one the next time", async () => {
    const first = await viaProvider("aino-sub");
    expect(first.done.status).toBe(302);
    expect(first.done.headers.get("location")).toBe("/networks");
    const me = await first.browser.get("/api/me");
    expect(me.body).toMatchObject({ email: "aino.partanen@kuopio.fi", name: "Aino Partanen" });
    const again = await viaProvider("aino-sub");
    expect((await again.browser.get("/api/me")).body.id).toBe(me.body.id);
    const log = await w.as.admin.get("/api/admin/audit");
    const actions = log.body.items.map((e: { action: string; subject: string }) => `${e.action} ${e.subject}`);
    expect(actions).toContain("sso.account_created aino.partanen@kuopio.fi");
    expect(actions.filter((a: string) => a === "sso.signed_in aino.partanen@kuopio.fi")).toHaveLength(2);
  });

  it("links an existing account with the same verified e-mail instead of making a second one, and its password still works", async () => {
    const { browser } = await viaProvider("member-sub");
    const me = await browser.get("/api/me");
    expect(me.body.id).toBe(w.people.member.id);
    // The provider's name does not overwrite the one the person chose.
    expect(me.body.name).toBe("Member");
    expect((await w.anonymous().post("/api/auth/login", { email: "member@example.fi", password: PASSWORD })).status).toBe(200);
    const rows = await deps.storage.db.selectFrom("user_identities").selectAll().where("user_id", "=", w.people.member.id).execute();
    expect(rows.map((r) => [r.provider, r.subject])).toEqual([["default", "member-sub"]]);
  });

  it("follows the person by subject when their e-mail changes at the provider", async () => {
    const before = await viaProvider("aino-sub");
    const id = (await before.browser.get("/api/me")).body.id;
    const original = { ...accounts["aino-sub"] };
    accounts["aino-sub"] = { ...original, email: "aino.partanen@savonia.fi" };
    try {
      const after = await viaProvider("aino-sub");
      expect((await after.browser.get("/api/me")).body.id).toBe(id);
      const users = await deps.storage.db.selectFrom("users").select("id").where("email", "like", "aino.partanen@%").execute();
      expect(users.map((u) => u.id)).toEqual([id]);
    } finally {
      accounts["aino-sub"] = original;
    }
  });

  it("refuses an e-mail the provider does not vouch for", async () => {
    const { browser, done } = await viaProvider("unverified-sub");
    expect(problem(done)).toBe("unverified");
    expect((await browser.get("/api/me")).status).toBe(401);
    expect(await deps.storage.db.selectFrom("users").select("id").where("email", "=", "eero@kuopio.fi").executeTakeFirst()).toBeUndefined();
  });

  it("refuses a new person from a domain that is not allowed, unless an invitation waits for the address", async () => {
    expect(problem((await viaProvider("gmail-sub")).done)).toBe("domain");
    const invitedBy = w.people.coordinator.id;
    await issueInvitation(deps.storage.db, { networkId: w.network.id, email: "liisa.niskanen@gmail.com", role: "member", invitedBy });
    const { browser, done } = await viaProvider("invited-sub", { returnTo: `/networks/${w.network.id}` });
    expect(done.headers.get("location")).toBe(`/networks/${w.network.id}`);
    expect((await browser.get(`/api/networks/${w.network.id}`)).status).toBe(200);
    const me = (await browser.get("/api/me")).body;
    const rows = await deps.storage.db.selectFrom("memberships").select(["network_id", "role"]).where("user_id", "=", me.id).execute();
    expect(rows).toEqual([{ network_id: w.network.id, role: "member" }]);
  });

  it("accepts the provider's answer once, only in the browser that started, and not after the person declined", async () => {
    const used = await viaProvider("aino-sub");
    expect(used.done.status).toBe(302);
    const replay = await client(w.app).get(used.callbackPath, { headers: { cookie: used.ssoCookie } });
    expect(problem(replay)).toBe("state");

    const browser = client(w.app);
    const start = await browser.get("/api/auth/oidc/start");
    const back = new URL(await op.signIn(start.headers.get("location") ?? "", "aino-sub"));
    const otherBrowser = await client(w.app).get(`${back.pathname}${back.search}`, { headers: { cookie: "solmu_sso=somebody-else" } });
    expect(problem(otherBrowser)).toBe("state");
    expect(problem(await client(w.app).get("/api/auth/oidc/callback?code=x"))).toBe("state");

    expect(problem((await viaProvider("aino-sub", { decline: true })).done)).toBe("denied");
  });

  it("refuses an ID token whose nonce is not the one sent, and a code exchanged without the PKCE verifier it was made for", async () => {
    for (const column of ["nonce", "code_verifier"] as const) {
      const browser = client(w.app);
      const start = await browser.get("/api/auth/oidc/start");
      const ssoCookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const back = new URL(await op.signIn(start.headers.get("location") ?? "", "aino-sub"));
      // What an attacker who injects another sign-in's answer would face: the pending sign-in holds other values.
      await deps.storage.db
        .updateTable("sso_logins")
        .set({ [column]: "x".repeat(43) })
        .where("provider", "=", "default")
        .execute();
      const r = await browser.get(`${back.pathname}${back.search}`, { headers: { cookie: ssoCookie } });
      expect(problem(r)).toBe(column === "nonce" ? "provider" : "expired");
      expect((await browser.get("/api/me")).status).toBe(401);
    }
  });

  it("refuses a code the provider no longer accepts", async () => {
    expect(problem((await viaProvider("aino-sub", { tamper: (u) => u.searchParams.set("code", "forged") })).done)).toBe("expired");
    codeSeconds = 1;
    try {
      const browser = client(w.app);
      const start = await browser.get("/api/auth/oidc/start");
      const ssoCookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const back = new URL(await op.signIn(start.headers.get("location") ?? "", "aino-sub"));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(problem(await browser.get(`${back.pathname}${back.search}`, { headers: { cookie: ssoCookie } }))).toBe("expired");
    } finally {
      codeSeconds = 60;
    }
  });

  it("lets a network admit its members only from sessions opened through the provider", async () => {
    const base = `/api/networks/${w.network.id}`;
    const network = (await w.as.coordinator.get(base)).body.network;
    const turnOn = { ...network, requireSso: true };
    const fromPassword = await w.as.coordinator.patch(base, turnOn);
    expect(fromPassword.status).toBe(400);
    expect(Object.keys(fromPassword.body.error.fields)).toEqual(["requireSso"]);

    const coordinator = (await viaProvider("coordinator-sub")).browser;
    const saved = await coordinator.patch(base, turnOn);
    expect(saved.status).toBe(200);
    expect(saved.body.requireSso).toBe(true);
    try {
      const byPassword = await w.as.member.get(base);
      expect(byPassword.status).toBe(403);
      expect(byPassword.body.error.code).toBe("sso_required");
      const token = (await w.as.member.post("/api/me/tokens", { name: "skripti", scope: "read" })).body.token as string;
      expect((await w.anonymous().get(base, { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);
      expect((await (await viaProvider("member-sub")).browser.get(base)).status).toBe(200);
      // The instance admin keeps reaching every network, to help when the provider fails.
      expect((await w.as.admin.get(base)).status).toBe(200);
    } finally {
      const off = await coordinator.patch(base, { ...saved.body, requireSso: false });
      expect(off.status).toBe(200);
    }
    expect((await w.as.member.get(base)).status).toBe(200);
  });

  it("answers an unknown provider with 404", async () => {
    expect((await w.anonymous().get("/api/auth/oidc/start?provider=nobody")).status).toBe(404);
  });

  it("lets a person without a password delete their account by confirming their e-mail in a session from the provider", async () => {
    const { browser } = await viaProvider("aino-sub");
    expect((await browser.get("/api/me")).body.signedInWith).toBe("sso:default");
    const refused = await browser.call("DELETE", "/api/me", { email: "someone@kuopio.fi" });
    expect(Object.keys(refused.body.error.fields)).toEqual(["email"]);
    expect((await browser.call("DELETE", "/api/me", { password: "guess" })).status).toBe(400);
    expect((await browser.call("DELETE", "/api/me", { email: "Aino.Partanen@kuopio.fi" })).status).toBe(204);
    expect(
      await deps.storage.db.selectFrom("users").select("id").where("email", "=", "aino.partanen@kuopio.fi").executeTakeFirst(),
    ).toBeUndefined();
  });
});
