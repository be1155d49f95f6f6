import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { seedDemo } from "../demo/index.ts";
import { checkDatabase } from "./check.ts";
import { migrations } from "./migrations/index.ts";

describe.each(databases)("the consistency check on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    await seedDemo(deps, "small");
  }, 60_000);
  afterAll(() => deps?.cleanup());

  const failing = async () => {
    const report = await checkDatabase(deps.storage);
    return { report, names: report.findings.filter((f) => !f.ok).map((f) => f.name) };
  };
  const problemsOf = async (name: string) => (await checkDatabase(deps.storage)).findings.find((f) => f.name === name)?.problems;

  it("passes on a healthy database, the demo with every feature's data", async () => {
    const { report, names } = await failing();
    expect(names).toEqual([]);
    expect(report.ok).toBe(true);
    const expected = ["migrations_applied", "network_coordinator", "survey_response_state", "promise_history"];
    if (kind === "sqlite") expected.push("sqlite_integrity", "sqlite_foreign_keys");
    expect(report.findings.map((f) => f.name)).toEqual(expect.arrayContaining(expected));
  });

  // Each step leaves the database as a write cut in half would; the check must name exactly the rule it breaks.
  it("names each broken rule, and only that one", async () => {
    const { db } = deps.storage;
    const network = await db.selectFrom("networks").select("id").orderBy("name").executeTakeFirstOrThrow();

    const last = Object.keys(migrations).at(-1) as string;
    await sql`delete from kysely_migration where name = ${last}`.execute(db);
    expect((await failing()).names).toEqual(["migrations_applied"]);
    expect(await problemsOf("migrations_applied")).toEqual([`not applied: ${last}`]);

    // A new cycle was never started after the old one closed.
    await db.updateTable("cycles").set({ closed_at: new Date().toISOString() }).where("network_id", "=", network.id).execute();
    expect((await failing()).names).toEqual(["migrations_applied", "network_open_cycle"]);
    expect(await problemsOf("network_open_cycle")).toEqual([network.id]);

    await db.deleteFrom("memberships").where("network_id", "=", network.id).where("role", "=", "coordinator").execute();
    expect((await failing()).names).toEqual(["migrations_applied", "network_coordinator", "network_open_cycle"]);
    expect(await problemsOf("network_coordinator")).toEqual([network.id]);

    // Submitted without the answers a submission requires.
    const response = await db.selectFrom("survey_responses").select("id").where("status", "=", "submitted").executeTakeFirstOrThrow();
    await db.updateTable("survey_responses").set({ self_autonomy: null }).where("id", "=", response.id).execute();
    expect((await failing()).names).toContain("survey_response_state");
    expect(await problemsOf("survey_response_state")).toEqual([response.id]);

    // A round marked purged while its answers are still there (the deletion cut short).
    const round = await db.selectFrom("survey_responses").select("round_id").executeTakeFirstOrThrow();
    await db.updateTable("survey_rounds").set({ answers_purged_at: new Date().toISOString() }).where("id", "=", round.round_id).execute();
    expect((await failing()).names).toContain("survey_purge_complete");
    expect(await problemsOf("survey_purge_complete")).toEqual([round.round_id]);

    // The promise row written, its first history row not.
    const promise = await db.selectFrom("promises").select("id").executeTakeFirstOrThrow();
    await db.deleteFrom("promise_factors").where("promise_id", "=", promise.id).execute();
    await db.deleteFrom("promise_changes").where("promise_id", "=", promise.id).execute();
    expect((await failing()).names).toEqual([
      "migrations_applied",
      "network_coordinator",
      "network_open_cycle",
      "survey_response_state",
      "survey_purge_complete",
      "promise_history",
    ]);
    expect(await problemsOf("promise_history")).toEqual([promise.id]);
    expect((await checkDatabase(deps.storage)).ok).toBe(false);
  });

  if (kind === "sqlite") {
    it("reports a reference to a missing row, which SQLite lets through when foreign keys are off", async () => {
      const { db } = deps.storage;
      const membership = await db.selectFrom("memberships").select("id").executeTakeFirstOrThrow();
      await sql`pragma foreign_keys = off`.execute(db);
      await db.updateTable("memberships").set({ network_id: "no-such-network" }).where("id", "=", membership.id).execute();
      await sql`pragma foreign_keys = on`.execute(db);
      expect((await failing()).names).toContain("sqlite_foreign_keys");
      expect(await problemsOf("sqlite_foreign_keys")).toEqual([
        expect.stringMatching(/^memberships row \d+ points to a missing networks row$/),
      ]);
    });
  }
});
