import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("what each role sees of a survey answer, on %s", (kind) => {
  const t = apiWorld(kind);
  const open = (over: Record<string, unknown> = {}) =>
    t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Kevään kysely",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(14),
      audience: "all",
      ...over,
    });

  it("fixes the network's choice into each round when it opens and tells respondents", async () => {
    const first = await open();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ tiesVisibility: "individual" });
    expect(first.body.seenBy.coordinator).toContain("individual_ties");

    const { network } = (await t.w.as.coordinator.get(`${t.base}`)).body;
    const changed = await t.w.as.coordinator.patch(`${t.base}`, {
      name: network.name,
      purpose: "",
      networkType: "joint_strategic",
      governance: "",
      staleAfterDays: 180,
      surveyRetentionMonths: null,
      surveyAnswersOnLeave: "aggregate",
      surveyTiesVisibility: "groups",
      version: network.version,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.surveyTiesVisibility).toBe("groups");

    const second = await open({ title: "Syksyn kysely" });
    expect(second.body).toMatchObject({ tiesVisibility: "groups" });
    expect(second.body.seenBy.coordinator).toEqual(["closed_figures", "free_texts", "group_structure"]);
    // The round opened earlier keeps what its respondents were told.
    const earlier = await t.w.as.member.get(`${t.base}/surveys/${first.body.id}`);
    expect(earlier.body).toMatchObject({ tiesVisibility: "individual" });
    expect(earlier.body.seenBy.member).toEqual(["closed_figures", "ego_ties"]);
  });

  it("lets a coordinator choose for one round, and refuses an unknown choice naming the field", async () => {
    const chosen = await open({ title: "Pieni kysely", tiesVisibility: "individual" });
    expect(chosen.body.tiesVisibility).toBe("individual");
    const bad = await open({ title: "Väärä", tiesVisibility: "everyone" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("tiesVisibility");
  });
});
