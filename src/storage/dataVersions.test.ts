import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { GLOBAL_SCOPE, networkScope, SESSIONS_SCOPE, scopesOfStatement, withNetworkScope } from "./dataVersions.ts";

describe.each(databases)("data versions on %s", (kind) => {
  const t = apiWorld(kind);
  const versions = async () => {
    const { storage } = t.deps;
    const [a, b] = [await storage.cacheVersions(t.w.network.id), await storage.cacheVersions(t.w.other.id)];
    return { a: a.answers, b: b.answers, sessions: a.sessions };
  };
  const inA = <T>(fn: () => Promise<T>) => withNetworkScope(t.w.network.id, fn);

  it("counts a write to a network's table in that network's requests as that network's alone", async () => {
    const { db } = t.deps.storage;
    const before = await versions();
    await inA(() => db.updateTable("networks").set({ purpose: "Uusi tarkoitus" }).where("id", "=", t.w.network.id).execute());
    const after = await versions();
    expect(after.a).not.toBe(before.a);
    expect(after.b).toBe(before.b);
    expect(after.sessions).toBe(before.sessions);
  });

  it("counts as global whatever other networks' pages may show, and every write outside a network's requests", async () => {
    const { db } = t.deps.storage;
    const global = async (write: () => Promise<unknown>) => {
      const before = await versions();
      await write();
      const after = await versions();
      return after.a !== before.a && after.b !== before.b;
    };
    // Without a network's scope, even the network's own table.
    expect(
      await global(() => db.updateTable("networks").set({ purpose: "Ilman rajausta" }).where("id", "=", t.w.network.id).execute()),
    ).toBe(true);
    // Accounts are shown in every network the person belongs to.
    expect(
      await global(() => inA(() => db.updateTable("users").set({ name: "Member" }).where("id", "=", t.w.people.member.id).execute())),
    ).toBe(true);
    // Another network's directory tells whether a person also belongs elsewhere.
    expect(
      await global(() =>
        inA(() => db.updateTable("memberships").set({ network_id: t.w.network.id }).where("user_id", "=", t.w.people.member.id).execute()),
      ),
    ).toBe(true);
    // A raw statement that may write.
    expect(await global(() => inA(() => sql`update networks set purpose = purpose where id = ${t.w.network.id}`.execute(db)))).toBe(true);
  });

  it("gives requests that ask at once what each would read alone, and none that asks after a write misses it", async () => {
    const { storage } = t.deps;
    const { db } = storage;
    const alone = await versions();
    const [a, b] = await Promise.all([storage.cacheVersions(t.w.network.id), storage.cacheVersions(t.w.other.id)]);
    expect([a.answers, b.answers, a.sessions, b.sessions]).toEqual([alone.a, alone.b, alone.sessions, alone.sessions]);
    // On PostgreSQL requests share one read of the counters; one that asks after a write commits never gets a read
    // that started before it.
    const earlier = storage.cacheVersions(t.w.network.id);
    await inA(() => db.updateTable("networks").set({ purpose: "Kesken luettu" }).where("id", "=", t.w.network.id).execute());
    const after = await storage.cacheVersions(t.w.network.id);
    await earlier;
    expect(after.answers).not.toBe(alone.a);
  });

  it("counts sessions apart: a session's use ends no cached answer", async () => {
    const { db } = t.deps.storage;
    const before = await versions();
    await db.updateTable("sessions").set({ last_seen_at: new Date().toISOString() }).where("user_id", "=", t.w.people.member.id).execute();
    const after = await versions();
    expect(after.sessions).not.toBe(before.sessions);
    expect([after.a, after.b]).toEqual([before.a, before.b]);
  });

  it("commits the counters with the data: a rolled-back transaction and a write that matched nothing change no version", async () => {
    const { db } = t.deps.storage;
    const before = await versions();
    await expect(
      inA(() =>
        db.transaction().execute(async (tx) => {
          await tx.updateTable("networks").set({ purpose: "Ei jää" }).where("id", "=", t.w.network.id).execute();
          await tx.updateTable("users").set({ name: "Ei jää" }).where("id", "=", t.w.people.member.id).execute();
          throw new Error("peruttu");
        }),
      ),
    ).rejects.toThrow("peruttu");
    await inA(() => db.updateTable("networks").set({ purpose: "ei ketään" }).where("id", "=", "ei-ole").execute());
    expect(await versions()).toEqual(before);
    const saved = await db.selectFrom("networks").select("purpose").where("id", "=", t.w.network.id).executeTakeFirstOrThrow();
    expect(saved.purpose).not.toBe("Ei jää");
  });

  it("counts a transaction's writes once, at its commit, for every scope it touched", async () => {
    const { db } = t.deps.storage;
    const before = await versions();
    await inA(() =>
      db.transaction().execute(async (tx) => {
        await tx.updateTable("networks").set({ purpose: "Yhdessä" }).where("id", "=", t.w.network.id).execute();
        // Read inside the transaction, before the commit: the version others see has not moved yet.
        if (kind === "postgres") expect((await versions()).a).toBe(before.a);
        await tx
          .updateTable("sessions")
          .set({ last_seen_at: new Date().toISOString() })
          .where("user_id", "=", t.w.people.member.id)
          .execute();
      }),
    );
    const after = await versions();
    expect(after.a).not.toBe(before.a);
    expect(after.sessions).not.toBe(before.sessions);
    expect(after.b).toBe(before.b);
  });
});

describe("which scope a statement writes", () => {
  const t = apiWorld("sqlite");
  const scopes = (query: { compile(): Parameters<typeof scopesOfStatement>[0] }, network?: string) =>
    network
      ? withNetworkScope(network, async () => scopesOfStatement(query.compile()))
      : Promise.resolve(scopesOfStatement(query.compile()));

  it("tells reads, a network's writes, session writes and global writes apart", async () => {
    const { db } = t.deps.storage;
    const n = "n1";
    expect(await scopes(db.selectFrom("promises").selectAll(), n)).toEqual([]);
    expect(await scopes(db.deleteFrom("promises").where("id", "=", "x"), n)).toEqual([networkScope(n)]);
    expect(await scopes(db.updateTable("memberships").set({ title: "Johtaja" }), n)).toEqual([networkScope(n)]);
    expect(await scopes(db.updateTable("memberships").set({ user_id: "u2" }), n)).toEqual([GLOBAL_SCOPE]);
    expect(await scopes(db.deleteFrom("memberships").where("id", "=", "x"), n)).toEqual([GLOBAL_SCOPE]);
    expect(await scopes(db.deleteFrom("networks").where("id", "=", n), n)).toEqual([GLOBAL_SCOPE]);
    expect(await scopes(db.deleteFrom("promises").where("id", "=", "x"))).toEqual([GLOBAL_SCOPE]);
    expect(await scopes(db.updateTable("users").set({ name: "x" }), n)).toEqual([GLOBAL_SCOPE]);
    expect(await scopes(db.deleteFrom("sessions").where("id", "=", "x"), n)).toEqual([SESSIONS_SCOPE]);
    // A table this list does not know, such as one added later, is global until it is classified.
    expect(await scopes(db.deleteFrom("outbox").where("id", "=", "x"), n)).toEqual([GLOBAL_SCOPE]);
    // A write inside a read's common table expression is still a write.
    const hidden = db
      .with("gone", (q) => q.deleteFrom("users").where("id", "=", "x").returning("id"))
      .selectFrom("gone")
      .selectAll();
    expect(await scopes(hidden, n)).toEqual([GLOBAL_SCOPE]);
    expect(scopesOfStatement(sql`select 1`.compile(db))).toEqual([]);
    expect(scopesOfStatement(sql`select * from users for update`.compile(db))).toEqual([GLOBAL_SCOPE]);
    expect(scopesOfStatement(sql`vacuum`.compile(db))).toEqual([GLOBAL_SCOPE]);
  });
});
