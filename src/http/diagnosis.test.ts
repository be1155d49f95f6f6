import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";

describe.each(databases)("diagnosis tools on %s", (kind) => {
  const t = apiWorld(kind);

  it("saves the governance-form check with the goal and recommends a network for new, flexible work", async () => {
    const goal = (await t.w.as.member.post(`${t.base}/goals`, { goalType: "phenomenon", title: "Nuorten yksinäisyys" })).body;
    const answers = { novelty: "new", complexity: "complex", information: "deep", division: "flexible", commitments: "flexible" };
    const missing = await t.w.as.member.put(`${t.base}/goals/${goal.id}/governance-check`, { novelty: "new" });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(["commitments", "complexity", "division", "information"]);
    const r = await t.w.as.member.put(`${t.base}/goals/${goal.id}/governance-check`, answers);
    expect(r.status).toBe(200);
    expect(r.body.result.recommendation).toBe("network");
    const saved = (await t.w.as.observer.get(`${t.base}/goals`)).body.items[0];
    expect(saved.governanceCheck).toMatchObject({ answers, result: { recommendation: "network" } });
    const routine = await t.w.as.member.put(`${t.base}/goals/${goal.id}/governance-check`, {
      novelty: "routine",
      complexity: "simple",
      information: "light",
      division: "clear",
      commitments: "contracts",
    });
    expect(routine.body.result.recommendation).toBe("market");
  });

  it("places the network by members' answers and hides the summary below the minimum group size", async () => {
    const jointly = { g1: 5, g2: 1, g3: 5, r1: 1, r2: 5, r3: 1 };
    const r = await t.w.as.member.put(`${t.base}/assessments/network-type`, jointly);
    expect(r.body.mine.placement.type).toBe("joint_strategic");
    expect(r.body.cycles[0]).toMatchObject({ respondents: 1, summary: null });
    await t.w.as.coordinator.put(`${t.base}/assessments/network-type`, jointly);
    await t.w.as.admin.put(`${t.base}/assessments/network-type`, { g1: 5, g2: 1, g3: 4, r1: 5, r2: 1, r3: 1 });
    const all = await t.w.as.observer.get(`${t.base}/assessments/network-type`);
    expect(all.body.mine).toBeNull();
    expect(all.body.cycles[0].summary).toMatchObject({
      respondents: 3,
      perceived: "joint_strategic",
      matchesDeclared: true,
      counts: { joint_strategic: 2, hierarchical_strategic: 1 },
    });
    expect(all.body.cycles[0].summary.agreement).toBeCloseTo(2 / 3);
    expect((await t.w.as.member.put(`${t.base}/assessments/network-type`, { ...jointly, g1: 9 })).status).toBe(400);
    expect((await t.w.as.observer.put(`${t.base}/assessments/network-type`, jointly)).status).toBe(403);
  });

  it("changes the summary only in steps of the minimum group size, so one more or one changed answer cannot be read off", async () => {
    const people = [];
    for (const key of ["aino", "bertil", "cecilia"]) {
      const { id } = await upsertUser(t.deps, { email: `${key}@example.fi`, name: key, password: "correct horse battery", isAdmin: false });
      await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
      people.push(await t.w.signedIn(`${key}@example.fi`));
    }
    const [aino, bertil, cecilia] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    const hierarchical = { g1: 5, g2: 1, g3: 4, r1: 5, r2: 1, r3: 1 };
    const summary = async () => (await t.w.as.observer.get(`${t.base}/assessments/network-type`)).body.cycles[0];
    const before = await summary();
    expect(before.summary).toMatchObject({ respondents: 3, counts: { joint_strategic: 2, hierarchical_strategic: 1 } });

    await aino.put(`${t.base}/assessments/network-type`, hierarchical);
    await t.w.as.member.put(`${t.base}/assessments/network-type`, hierarchical);
    expect(await summary()).toEqual({ ...before, respondents: 4 });

    await bertil.put(`${t.base}/assessments/network-type`, hierarchical);
    await cecilia.put(`${t.base}/assessments/network-type`, hierarchical);
    const after = await summary();
    expect(after.respondents).toBe(6);
    expect(after.summary).toMatchObject({ respondents: 6, counts: { joint_strategic: 1, hierarchical_strategic: 5 } });
  });

  it("lets coordinators run the on-behalf self-check and keeps their history", async () => {
    const onBehalf = {
      prepareAlone: 5,
      doMore: 5,
      agreedTogether: 1,
      commentReady: 5,
      promises: 1,
      ownTopics: 1,
      askedNeeds: 1,
      fewVoices: 5,
    };
    expect((await t.w.as.member.post(`${t.base}/assessments/on-behalf`, onBehalf)).status).toBe(403);
    const r = await t.w.as.coordinator.post(`${t.base}/assessments/on-behalf`, onBehalf);
    expect(r.status).toBe(201);
    expect(r.body.result).toMatchObject({ score: 100, level: "on_behalf" });
    expect(r.body.result.suggestions.length).toBeGreaterThan(0);
    expect(r.body.result.suggestions.length).toBeLessThanOrEqual(4);
    expect((await t.w.as.coordinator.get(`${t.base}/assessments/on-behalf`)).body.history).toHaveLength(1);
  });
});
