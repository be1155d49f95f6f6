import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

describe.each(databases)("opening a phase closed by mistake on %s", (kind) => {
  const t = apiWorld(kind);

  it("lets a coordinator open the phase closed last again for 14 days, keeping its summary", async () => {
    const cycles = `${t.base}/cycles`;
    const moved = await t.w.as.coordinator.post(`${cycles}/current/advance`, {
      from: "assembling",
      summary: "Koottu: kunta ja järjestöt.",
    });
    expect(moved.body.current.phase).toBe("agreeing");
    const until = Date.parse(moved.body.reopen.until);
    expect(moved.body.reopen.phase).toBe("assembling");
    expect(Math.round((until - Date.now()) / 86_400_000)).toBe(14);
    expect((await t.w.as.member.get(cycles)).body.reopen).toBeNull();
    expect((await t.w.as.member.post(`${cycles}/current/reopen`, { phase: "assembling" })).status).toBe(403);
    expect((await t.w.as.coordinator.post(`${cycles}/current/reopen`, { phase: "agreeing" })).status).toBe(409);

    const reopened = await t.w.as.coordinator.post(`${cycles}/current/reopen`, { phase: "assembling" });
    expect(reopened.status).toBe(200);
    expect(reopened.body.current.phase).toBe("assembling");
    const [assembling, agreeing] = reopened.body.current.phases;
    expect(assembling).toMatchObject({ status: "current", endedAt: null, summary: "Koottu: kunta ja järjestöt." });
    expect(agreeing).toMatchObject({ status: "upcoming", startedAt: null });
    expect(reopened.body.reopen).toBeNull();
    const log = (await t.w.as.coordinator.get(`${t.base}/audit`)).body.items;
    expect(log[0]).toMatchObject({ action: "cycle.phase_reopened", details: { phase: "assembling" } });
  });

  it("refuses after 14 days", async () => {
    const cycles = `${t.base}/cycles`;
    await t.w.as.coordinator.post(`${cycles}/current/advance`, { from: "assembling", summary: "" });
    const longAgo = new Date(Date.now() - 15 * 86_400_000).toISOString();
    await t.deps.storage.db.updateTable("cycle_phases").set({ ended_at: longAgo }).where("phase", "=", "assembling").execute();
    expect((await t.w.as.coordinator.get(cycles)).body.reopen).toBeNull();
    const late = await t.w.as.coordinator.post(`${cycles}/current/reopen`, { phase: "assembling" });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("reopen_too_late");
  });
});
