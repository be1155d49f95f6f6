import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Issue #16: each figure of the joint evaluation stands on the minimum group size of its own raters, and is not shown live. */
describe.each(databases)("joint evaluation privacy on %s", (kind) => {
  const t = apiWorld(kind);
  let aino: Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;
  beforeAll(async () => {
    const { id } = await upsertUser(t.deps, { email: "aino@example.fi", name: "Aino", password: "correct horse battery", isAdmin: false });
    await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
    aino = await t.w.signedIn("aino@example.fi");
  });

  it("shows results only once the round has closed, per goal from the minimum group size of those who rated it", async () => {
    const rated = (await t.w.as.member.post(`${t.base}/goals`, { goalType: "phenomenon", title: "Perheet löytävät palvelut" })).body.id;
    const unsure = (await t.w.as.member.post(`${t.base}/goals`, { goalType: "phenomenon", title: "Yhteinen tieto" })).body.id;
    for (const from of ["assembling", "agreeing", "doing"])
      expect((await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from })).status).toBe(200);
    const round = { intro: "Arvioidaan", closesOn: inDays(7), questions: ["Mikä toimi?"] };
    const opened = await t.w.as.coordinator.post(`${t.base}/evaluation/round`, round);
    const cycleId = opened.body.cycle.id;
    const questionId = opened.body.round.questions[0].id;
    const answer = (a: number, b: number | null, text: string) => ({
      version: null,
      ratings: [
        { goalId: rated, rating: a, comment: "" },
        { goalId: unsure, rating: b, comment: "Vaikea sanoa" },
      ],
      answers: [{ questionId, text }],
    });
    expect((await t.w.as.member.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, answer(4, 5, "Kartta"))).status).toBe(200);
    expect((await t.w.as.coordinator.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, answer(2, 4, "Tapaamiset"))).status).toBe(200);
    expect((await aino.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, answer(3, null, "Kahvila"))).status).toBe(200);

    // Three have answered, but an open round shows nothing: each further answer would show in the change.
    const open = (await t.w.as.coordinator.get(`${t.base}/evaluation`)).body;
    expect(open.round).toMatchObject({ respondents: 3, shown: false, questions: [{ answers: [] }] });
    for (const g of open.goals) expect(g.evaluation).toMatchObject({ shown: false, distribution: null, comments: [] });

    const closed = await t.w.as.coordinator.patch(`${t.base}/cycles/${cycleId}/evaluation/round`, {
      ...round,
      version: opened.body.round.version,
      close: true,
    });
    expect(closed.status).toBe(200);
    const after = (await t.w.as.observer.get(`${t.base}/evaluation`)).body;
    const goal = (id: string) => after.goals.find((g: { id: string }) => g.id === id).evaluation;
    expect(goal(rated)).toMatchObject({ respondents: 3, shown: true, distribution: { mean: 3, n: 3 } });
    // Only two rated the second goal ("can't say" is no rating): below the minimum group size of three.
    expect(goal(unsure)).toEqual({ respondents: 2, shown: false, distribution: null, comments: [] });
    expect(after.round.shown).toBe(true);
    expect([...after.round.questions[0].answers].sort()).toEqual(["Kahvila", "Kartta", "Tapaamiset"]);

    // A closed round cannot be opened again: a fourth answer would then be the difference between two results.
    const reopen = await t.w.as.coordinator.patch(`${t.base}/cycles/${cycleId}/evaluation/round`, {
      ...round,
      closesOn: inDays(10),
      version: closed.body.round.version,
      close: false,
    });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe("round_closed");
    expect((await t.w.as.coordinator.get(`${t.base}/evaluation`)).body.round.status).toBe("closed");
  });
});
