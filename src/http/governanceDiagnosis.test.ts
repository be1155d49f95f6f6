import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const answers = { competencies: { interdependence: 2, external: 2, coordinationWork: 1, skills: 2 }, current: "shared" };

describe.each(databases)("the governance diagnosis on %s", (kind) => {
  const t = apiWorld(kind);
  const url = () => `${t.base}/assessments/governance`;

  it("reads the network's conditions for everyone in it, and says what it cannot know", async () => {
    const r = await t.w.as.observer.get(url());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ canDiagnose: false, history: [] });
    // The small world has no survey with released figures, no approved agreement and no joint evaluation.
    expect(r.body.conditions).toMatchObject({ survey: null, approvalShare: null, evaluationSpread: null });
    expect((await t.w.as.coordinator.get(url())).body.canDiagnose).toBe(true);
    expect((await t.w.as.outsider.get(url())).status).toBe(404);
    // The network home asks coordinators, and only them, to diagnose once in the cycle.
    expect((await t.w.as.coordinator.get(t.base)).body.governanceDiagnosisDue).toBe(true);
    expect((await t.w.as.member.get(t.base)).body.governanceDiagnosisDue).toBeNull();
  });

  it("lets a coordinator diagnose, keeps it with its conditions, and refuses others and bad answers", async () => {
    const organisations = (await t.w.as.coordinator.get(url())).body.conditions.organisations;
    const made = await t.w.as.coordinator.post(url(), answers);
    expect(made.status).toBe(200);
    const [first] = made.body.history;
    expect(first.answers).toEqual(answers);
    expect(first.conditions.organisations).toBe(organisations);
    expect(first.result.levels).toMatchObject({ trust: null, consensus: null, competencies: "high" });
    expect(first.result.reasons.map((m: { key: string }) => m.key)).toContain("diagnosis.governanceModes.unknown.trust");
    expect(first.createdBy).toBeTruthy();
    expect((await t.w.as.coordinator.get(t.base)).body.governanceDiagnosisDue).toBe(false);

    expect((await t.w.as.member.post(url(), answers)).status).toBe(403);
    const bad = await t.w.as.coordinator.post(url(), { competencies: { ...answers.competencies, skills: 5 }, current: "king" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["competencies.skills", "current"]);
    // Nothing was kept of the refused ones; members read the one that was made.
    expect((await t.w.as.member.get(url())).body.history).toHaveLength(1);
  });
});
