import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { PASSWORD } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";
import { USER_REFERENCES } from "../storage/repos/userReferences.ts";

describe.each(databases)("instance administration of accounts on %s", (kind) => {
  const t = apiWorld(kind);

  it("is the instance admin's alone", async () => {
    const id = t.w.people.member.id;
    for (const who of [t.w.as.coordinator, t.w.as.member, t.w.as.observer]) {
      expect((await who.get("/api/admin/users")).status).toBe(403);
      expect((await who.post(`/api/admin/users/${id}/disable`)).status).toBe(403);
      expect((await who.post(`/api/admin/users/${id}/enable`)).status).toBe(403);
      expect((await who.post(`/api/admin/users/${id}/password-reset`)).status).toBe(403);
      expect((await who.delete(`/api/admin/users/${id}`)).status).toBe(403);
    }
    expect((await t.w.anonymous().get("/api/admin/users")).status).toBe(401);
    expect((await t.w.anonymous().post(`/api/admin/users/${id}/disable`)).status).toBe(401);
  });

  it("lists accounts by e-mail with their networks, roles and how they sign in, a page at a time and by search", async () => {
    const first = await t.w.as.admin.get("/api/admin/users?limit=2");
    expect(first.body.items.map((u: { email: string }) => u.email)).toEqual(["admin@example.fi", "coordinator@example.fi"]);
    const rest = await t.w.as.admin.get(`/api/admin/users?limit=10&cursor=${first.body.nextCursor}`);
    expect(rest.body.items.map((u: { email: string }) => u.email)).toEqual([
      "member@example.fi",
      "observer@example.fi",
      "outsider@example.fi",
    ]);
    expect(rest.body.nextCursor).toBeNull();
    const found = await t.w.as.admin.get("/api/admin/users?q=MEMB");
    expect(found.body.items).toEqual([
      expect.objectContaining({
        email: "member@example.fi",
        name: "Member",
        isAdmin: false,
        disabledAt: null,
        signInMethods: ["password"],
        networks: [{ id: t.w.network.id, name: "Kuopion perheverkosto", role: "member" }],
      }),
    ]);
    expect(found.body.items[0].lastSignInAt).toMatch(/^\d{4}-/);
    expect((await t.w.as.admin.get("/api/admin/users?cursor=nonsense")).status).toBe(400);
  });

  it("disabling ends the person's open session, tokens and sign-in at once, and enabling lets them back", async () => {
    const member = await t.w.signedIn("member@example.fi");
    const token = (await member.post("/api/me/tokens", { name: "raportti", scope: "read" })).body.token as string;
    expect((await member.get("/api/me")).status).toBe(200);
    expect((await t.w.as.admin.post(`/api/admin/users/${t.w.people.member.id}/disable`)).status).toBe(200);

    expect((await member.get("/api/me")).status).toBe(401);
    expect((await t.w.anonymous().get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    const again = await t.w.anonymous("en").post("/api/auth/login", { email: "member@example.fi", password: PASSWORD });
    expect(again.status).toBe(403);
    expect(again.body.error).toMatchObject({ code: "account_disabled", message: expect.stringMatching(/disabled/) });
    const wrong = await t.w.anonymous().post("/api/auth/login", { email: "member@example.fi", password: "not the password" });
    expect(wrong.status).toBe(401);
    const mails = t.deps.sentMails.length;
    await t.w.anonymous().post("/api/auth/password-reset", { email: "member@example.fi" });
    expect(t.deps.sentMails.length).toBe(mails);
    const listed = await t.w.as.admin.get("/api/admin/users?q=member");
    expect(listed.body.items[0].disabledAt).toMatch(/^\d{4}-/);

    expect((await t.w.as.admin.post(`/api/admin/users/${t.w.people.member.id}/enable`)).status).toBe(200);
    expect((await t.w.anonymous().post("/api/auth/login", { email: "member@example.fi", password: PASSWORD })).status).toBe(200);
    const log = await t.w.as.admin.get("/api/admin/audit");
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.disabled", "account.enabled"]));
  });

  it("refuses to disable or delete one's own account, and an unknown one is not found", async () => {
    expect((await t.w.as.admin.post(`/api/admin/users/${t.w.people.admin.id}/disable`)).status).toBe(409);
    expect((await t.w.as.admin.delete(`/api/admin/users/${t.w.people.admin.id}`)).status).toBe(409);
    expect((await t.w.as.admin.post("/api/admin/users/no-such-user/disable")).status).toBe(404);
  });

  it("mails a reset link to the person and never shows it to the admin", async () => {
    const before = t.deps.sentMails.length;
    const r = await t.w.as.admin.post(`/api/admin/users/${t.w.people.observer.id}/password-reset`);
    expect(r.status).toBe(202);
    expect(JSON.stringify(r.body)).not.toMatch(/reset-password|token/);
    const mail = t.deps.sentMails.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: "observer@example.fi", kind: "password_reset" });
    expect(mail[0]?.link).toMatch(/\/reset-password#token=/);
  });

  it("deletes an account by the rules of deleting one's own", async () => {
    // The outsider's network was created by the admin, who steps down there: the outsider is its only coordinator.
    await t.deps.storage.db
      .updateTable("memberships")
      .set({ role: "member" })
      .where("network_id", "=", t.w.other.id)
      .where("user_id", "=", t.w.people.admin.id)
      .execute();
    const sole = await t.w.as.admin.delete(`/api/admin/users/${t.w.people.outsider.id}`);
    expect(sole.status).toBe(409);
    expect(sole.body.error.code).toBe("sole_coordinator");
    expect((await t.w.as.admin.delete(`/api/admin/users/${t.w.people.observer.id}`)).status).toBe(204);
    expect((await t.w.anonymous().post("/api/auth/login", { email: "observer@example.fi", password: PASSWORD })).status).toBe(401);
    const members = await t.w.as.coordinator.get(`${t.base}/members`);
    expect(members.body.items.map((m: { email: string }) => m.email)).not.toContain("observer@example.fi");
  });
});

describe.each(databases)("merging two accounts of one person on %s", (kind) => {
  const t = apiWorld(kind);

  it("knows every column that names an account, so that a merge moves all of them", async () => {
    if (kind !== "sqlite") return;
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(t.deps.storage.db);
    const references: string[] = [];
    for (const { name } of tables.rows) {
      const keys = await sql<{ table: string; from: string }>`select * from pragma_foreign_key_list(${name})`.execute(t.deps.storage.db);
      for (const k of keys.rows) if (k.table === "users") references.push(`${name}.${k.from}`);
    }
    expect(references.sort()).toEqual(USER_REFERENCES.map(([table, column]) => `${table}.${column}`).sort());
  });

  it("moves memberships, promises and links to the kept account, and refuses while both share a network", async () => {
    const second = await upsertUser(t.deps, {
      email: "member.kuopio@example.fi",
      name: "Member (work)",
      password: PASSWORD,
      isAdmin: false,
    });
    await addMembership(t.deps.storage.db, { networkId: t.w.other.id, userId: second.id, role: "member" });
    const work = await t.w.signedIn("member.kuopio@example.fi");
    const promise = await work.post(`/api/networks/${t.w.other.id}/promises`, { text: "Kokoan yhteystiedot", dueOn: "2030-01-01" });
    expect(promise.status).toBe(201);

    const conflict = await t.w.as.admin.post(`/api/admin/users/${t.w.people.coordinator.id}/merge`, { intoUserId: t.w.people.member.id });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("merge_conflict");
    expect((await t.w.as.member.post(`/api/admin/users/${second.id}/merge`, { intoUserId: t.w.people.member.id })).status).toBe(403);

    const merged = await t.w.as.admin.post(`/api/admin/users/${second.id}/merge`, { intoUserId: t.w.people.member.id });
    expect(merged.status).toBe(200);
    expect((await work.get("/api/me")).status).toBe(401);
    expect((await t.w.anonymous().post("/api/auth/login", { email: "member.kuopio@example.fi", password: PASSWORD })).status).toBe(401);
    const member = await t.w.signedIn("member@example.fi");
    expect((await member.get(`/api/networks/${t.w.other.id}`)).status).toBe(200);
    const promises = await member.get(`/api/networks/${t.w.other.id}/promises`);
    expect(promises.body.items.map((p: { text: string }) => p.text)).toContain("Kokoan yhteystiedot");
    const listed = await t.w.as.admin.get("/api/admin/users?q=member");
    expect(listed.body.items.map((u: { email: string }) => u.email)).toEqual(["member@example.fi"]);
    expect(listed.body.items[0].networks.map((n: { name: string }) => n.name).sort()).toEqual(["Kuopion perheverkosto", "Toinen verkosto"]);
    const log = await t.w.as.admin.get("/api/admin/audit");
    expect(log.body.items.map((e: { action: string; subject: string }) => `${e.action} ${e.subject}`)).toContain(
      "account.merged member.kuopio@example.fi → member@example.fi",
    );
  });
});

describe.each(databases)("sessions end when idle on %s", (kind) => {
  const t = apiWorld(kind, { SESSION_IDLE_MINUTES: "30" });

  const sessionsOf = (userId: string) =>
    t.deps.storage.db.selectFrom("sessions").select(["id", "last_seen_at"]).where("user_id", "=", userId).execute();
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

  it("writes the last use at most once a minute", async () => {
    const c = await t.w.signedIn("coordinator@example.fi");
    await t.deps.storage.db
      .updateTable("sessions")
      .set({ last_seen_at: minutesAgo(2) })
      .where("user_id", "=", t.w.people.coordinator.id)
      .execute();
    expect((await c.get("/api/me")).status).toBe(200);
    const touched = (await sessionsOf(t.w.people.coordinator.id)).map((s) => s.last_seen_at).sort();
    expect(Date.now() - Date.parse(touched.at(-1) ?? "")).toBeLessThan(10_000);
    expect((await c.get("/api/me")).status).toBe(200);
    expect((await sessionsOf(t.w.people.coordinator.id)).map((s) => s.last_seen_at).sort()).toEqual(touched);
  });

  it("ends a session unused for SESSION_IDLE_MINUTES, though it has not expired", async () => {
    const c = await t.w.signedIn("member@example.fi");
    expect((await c.get("/api/me")).status).toBe(200);
    await t.deps.storage.db
      .updateTable("sessions")
      .set({ last_seen_at: minutesAgo(31) })
      .where("user_id", "=", t.w.people.member.id)
      .execute();
    expect((await c.get("/api/me")).status).toBe(401);
  });
});
