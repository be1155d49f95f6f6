import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "../../tests/support/client.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { PASSWORD, world } from "../../tests/support/world.ts";
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS, MAX_RESET_MAILS_PER_ACCOUNT } from "../services/auth.ts";
import { upsertUser } from "../services/users.ts";

/* Issue #16, points 5, 7 and 8: sign-in throttling that cannot be raced or turned against the owner, credentials that
 * end with a reset, and reset links that only their recipient ever sees. */

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
const ATTACKER = "203.0.113.7";
const HOME = "198.51.100.2";

describe.each(databases)("sign-in throttling and credentials on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps(kind, { TRUST_PROXY: "true" });
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  const person = async (key: string) => {
    const email = `${key}@example.fi`;
    await upsertUser(deps, { email, name: "Ulla Uusi", password: PASSWORD, isAdmin: false });
    return email;
  };
  const login = (email: string, password: string, ip: string) =>
    client(w.app, { language: "en" }).post("/api/auth/login", { email, password }, from(ip));
  const resetLink = (email: string) => {
    const mail = deps.sentMails.filter((m) => m.kind === "password_reset" && m.to === email).at(-1);
    if (!mail?.link) throw new Error(`no reset mail for ${email}`);
    return mail.link;
  };
  const tokenOf = (link: string) => new URL(link).hash.replace("#token=", "");
  const askReset = (email: string, ip = HOME) => client(w.app).post("/api/auth/password-reset", { email }, from(ip));

  it("checks at most the limit of 20 concurrent wrong passwords; the rest are refused before the password is checked", async () => {
    const email = await person("raced");
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(email, "wrong wrong wrong", ATTACKER)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    const checked = await deps.storage.db.selectFrom("login_attempts").select("id").where("email", "=", email).execute();
    expect(checked.length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });

  it("locks the attacker's address out of the account, not the owner signing in from elsewhere", async () => {
    const email = await person("targeted");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++)
      expect((await login(email, "wrong wrong wrong", ATTACKER)).status).toBe(401);
    const attacker = await login(email, PASSWORD, ATTACKER);
    expect(attacker.status).toBe(429);
    expect(Number(attacker.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await login(email, PASSWORD, HOME)).status).toBe(200);
  });

  it("keeps an address that guessed at many accounts from locking out the owners who sign in there", async () => {
    const regular = await person("regular");
    const shared = "192.0.2.50";
    expect((await login(regular, PASSWORD, shared)).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      expect((await login(`nobody${i}@example.fi`, "wrong wrong wrong", shared)).status).toBe(401);
    expect((await login(regular, PASSWORD, shared)).status).toBe(200);
    expect((await login(await person("newcomer"), PASSWORD, shared)).status).toBe(429);
  });

  it("slows guessing at one account from many addresses without locking the owner out of their usual address", async () => {
    const email = await person("distributed");
    expect((await login(email, PASSWORD, HOME)).status).toBe(200);
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) answers.push((await login(email, "wrong wrong wrong", `203.0.113.${100 + i}`)).status);
    expect(answers.filter((s) => s === 401).length).toBeLessThan(30);
    expect(answers.at(-1)).toBe(429);
    expect((await login(email, PASSWORD, HOME)).status).toBe(200);
  });

  it("lets a password reset always through and clears the account's throttle", async () => {
    const email = await person("lockedout");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) await login(email, "wrong wrong wrong", HOME);
    expect((await login(email, PASSWORD, HOME)).status).toBe(429);
    expect((await askReset(email)).status).toBe(202);
    const done = await client(w.app).post(
      "/api/auth/password-reset/complete",
      { token: tokenOf(resetLink(email)), password: "a brand new passphrase" },
      from(HOME),
    );
    expect(done.status).toBe(200);
    expect((await login(email, "a brand new passphrase", HOME)).status).toBe(200);
  });

  it("ends the person's API tokens and calendar feeds on a completed reset, and tells them by mail", async () => {
    const email = await person("resetter");
    const c = await w.signedIn(email);
    const token = (await c.post("/api/me/tokens", { name: "script", scope: "read" })).body.token as string;
    const feed = new URL((await c.post("/api/me/feeds")).body.url as string).pathname;
    expect((await w.app.request(`http://localhost${feed}`)).status).toBe(200);
    await askReset(email);
    const before = deps.sentMails.length;
    expect(
      (
        await client(w.app).post("/api/auth/password-reset/complete", {
          token: tokenOf(resetLink(email)),
          password: "a brand new passphrase",
        })
      ).status,
    ).toBe(200);
    expect((await w.app.request("http://localhost/api/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await w.app.request(`http://localhost${feed}`)).status).toBe(404);
    const told = deps.sentMails.slice(before).find((m) => m.to === email);
    expect(told?.kind).toBe("credentials_ended");
    expect(told?.subject).toBe("Salasanasi vaihdettiin");
  });

  it("ends API tokens and calendar feeds when the person signs out everywhere", async () => {
    const email = await person("everywhere");
    const c = await w.signedIn(email);
    const token = (await c.post("/api/me/tokens", { name: "script", scope: "read" })).body.token as string;
    const feed = new URL((await c.post("/api/me/feeds")).body.url as string).pathname;
    expect((await c.post("/api/auth/logout-everywhere")).status).toBe(200);
    expect((await w.app.request("http://localhost/api/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await w.app.request(`http://localhost${feed}`)).status).toBe(404);
  });

  it("sends at most a few reset mails per account and per address, with the same answer every time", async () => {
    const email = await person("flooded");
    const answers = [];
    for (let i = 0; i < 15; i++) answers.push(await askReset(email, "192.0.2.77"));
    expect(new Set(answers.map((a) => `${a.status} ${JSON.stringify(a.body)}`))).toEqual(new Set(['202 {"ok":true}']));
    expect(deps.sentMails.filter((m) => m.to === email && m.kind === "password_reset")).toHaveLength(MAX_RESET_MAILS_PER_ACCOUNT);
    const other = await person("neighbour");
    const before = deps.sentMails.length;
    for (let i = 0; i < 15; i++) await askReset(`guess${i}@example.fi`, "192.0.2.88");
    expect((await askReset(other, "192.0.2.88")).status).toBe(202);
    expect(deps.sentMails.slice(before).filter((m) => m.to === other)).toHaveLength(0);
    expect((await askReset(other, HOME)).status).toBe(202);
    expect(deps.sentMails.slice(before).filter((m) => m.to === other)).toHaveLength(1);
  });

  it("shows the instance admin that a reset mail was sent, never its link", async () => {
    const email = await person("private");
    await askReset(email);
    const link = resetLink(email);
    expect(deps.sentMails.at(-1)?.body).toContain(link);
    const outbox = await w.as.admin.get("/api/admin/outbox");
    const shown = outbox.body.items.filter((m: { to: string }) => m.to === email);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: "password_reset", link: null });
    expect(JSON.stringify(outbox.body)).not.toContain(tokenOf(link));
    expect(shown[0].body).toContain("Ulla Uusi");
  });
});
