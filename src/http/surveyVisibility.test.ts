import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("what each role sees of a survey answer, on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  let base: string;
  const open = (over: Record<string, unknown> = {}) =>
    w.as.coordinator.post(`${base}/surveys`, {
      title: "Kevään kysely",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(14),
      audience: "all",
      ...over,
    });

  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
    base = `/api/networks/${w.network.id}`;
  });
  afterAll(async () => deps.cleanup());

  it("fixes the network's choice into each round when it opens and tells respondents", async () => {
    const first = await open();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ tiesVisibility: "individual" });
    expect(first.body.seenBy.coordinator).toContain("individual_ties");

    const { network } = (await w.as.coordinator.get(`${base}`)).body;
    const changed = await w.as.coordinator.patch(`${base}`, {
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
    const earlier = await w.as.member.get(`${base}/surveys/${first.body.id}`);
    expect(earlier.body).toMatchObject({ tiesVisibility: "individual" });
    expect(earlier.body.seenBy.member).toEqual(["closed_figures"]);
  });

  it("lets a coordinator choose for one round, and refuses an unknown choice naming the field", async () => {
    const chosen = await open({ title: "Pieni kysely", tiesVisibility: "individual" });
    expect(chosen.body.tiesVisibility).toBe("individual");
    const bad = await open({ title: "Väärä", tiesVisibility: "everyone" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("tiesVisibility");
  });
});
