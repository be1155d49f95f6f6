import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";

// Issue #16, point 2: every rating figure needs the minimum group size of distinct raters, and live rounds show none.

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const self = { autonomy: 4, meaningfulness: 4, connectedness: 4 };
const low = (targetId: string) => ({
  targetId,
  knowing: 2,
  goodwill: 1,
  competence: 2,
  vulnerability: 1,
  consistency: 2,
  commitment: 1,
  frequency: 2,
});
const answer = (ratings: unknown[]) => ({
  version: null,
  submit: true,
  ratings,
  selfCommitment: self,
  barriers: [],
  barriersText: "",
  enablers: [],
  enablersText: "",
  networkType: null,
});

describe.each(databases)("survey figures count raters, not respondents, on %s", (kind) => {
  const t = apiWorld(kind);
  type Client = Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;
  const people: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const round = async (over: Record<string, unknown> = {}) =>
    (
      await t.w.as.coordinator.post(`${t.base}/surveys`, {
        title: "Kevät",
        level: "person",
        opensOn: inDays(0),
        closesOn: inDays(14),
        audience: "all",
        ...over,
      })
    ).body.id as string;
  const close = async (id: string) => {
    const r = (await t.w.as.coordinator.get(`${t.base}/surveys/${id}`)).body;
    expect((await t.w.as.coordinator.post(`${t.base}/surveys/${id}/close`, { version: r.version })).status).toBe(200);
  };

  beforeAll(async () => {
    for (const key of ["aino", "bertil"]) {
      const { id } = await upsertUser(t.deps, { email: `${key}@example.fi`, name: key, password: "correct horse battery", isAdmin: false });
      await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
      people[key] = await t.w.signedIn(`${key}@example.fi`);
    }
    const list = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of list) ids[p.name.toLowerCase()] = p.id;
    // Three respondents, of whom only the coordinator rates anyone.
    ids.lone = await round({ title: "Yksi arvioija" });
    const url = `${t.base}/surveys/${ids.lone}/response`;
    await t.w.as.coordinator.put(url, answer([low(ids.member as string), low(ids.admin as string)]));
    await t.w.as.member.put(url, answer([]));
    await (people.aino as Client).put(url, answer([]));
    await close(ids.lone);
  });

  it("hides in /results every rating figure that fewer raters than the minimum group size gave", async () => {
    const r = (await t.w.as.member.get(`${t.base}/surveys/${ids.lone}/results`)).body;
    expect(r).toMatchObject({ respondents: 3, hidden: false });
    for (const d of ["goodwill", "competence", "vulnerability", "consistency"]) {
      expect(r.elements.trust[d]).toEqual({ mean: null, n: 2, counts: [], raters: 1, hidden: true });
    }
    expect(r.elements.commitment).toMatchObject({ mean: null, raters: 1, hidden: true });
    expect(r.elements.knowing).toMatchObject({ mean: null, raters: 1, hidden: true });
    // Everyone answered about themselves: three raters, shown.
    expect(r.elements.self.autonomy).toEqual({ mean: 4, n: 3, counts: [0, 0, 0, 3, 0], raters: 3, hidden: false });
    expect(r.observations.map((o: { key: string }) => o.key)).not.toContain("lowestTrust");
  });

  it("hides the lone rater's trust in /surveys/trends", async () => {
    const item = (await t.w.as.member.get(`${t.base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === ids.lone);
    expect(item.trust).toEqual({ goodwill: null, competence: null, vulnerability: null, consistency: null });
    expect(item.commitment).toBeNull();
    expect(item.self.autonomy).toBe(4);
  });

  it("hides it in the cycle report and in the computed indicators", async () => {
    const report = (await t.w.as.member.get(`${t.base}/report`)).body;
    expect(report.survey.roundId).toBe(ids.lone);
    expect(report.survey.trust).toEqual({ goodwill: null, competence: null, vulnerability: null, consistency: null });
    expect(report.survey.averageTrust).toBeNull();
    expect(report.figures.find((f: { key: string }) => f.key === "average_trust").value).toBeNull();
    const overview = (await t.w.as.member.get(`${t.base}/evaluation`)).body;
    expect(overview.figures.find((f: { key: string }) => f.key === "average_trust").value).toBeNull();
  });

  it("keeps it off the public page", async () => {
    const settings = {
      slug: "luottamus-testi",
      enabled: true,
      intro: "",
      showGoals: false,
      showResults: true,
      showPractices: false,
      showAgreement: false,
      showMap: false,
      version: 0,
    };
    expect((await t.w.as.coordinator.put(`${t.base}/publishing`, settings)).status).toBeLessThan(300);
    const page = String((await t.w.anonymous().get("/p/luottamus-testi")).body);
    expect(page).not.toContain("Keskimääräinen luottamus");
    expect(page).not.toContain("1,5");
  });

  it("shows no figure of a live round, so one more answer reveals nothing", async () => {
    const live = await round({ title: "Käynnissä" });
    const url = `${t.base}/surveys/${live}`;
    for (const [c, target] of [
      [t.w.as.coordinator, ids.member],
      [t.w.as.member, ids.coordinator],
      [people.aino as Client, ids.member],
    ] as const) {
      await c.put(`${url}/response`, answer([low(target as string), low(ids.bertil as string)]));
    }
    const before = (await t.w.as.member.get(`${url}/results`)).body;
    expect(before).toMatchObject({ respondents: 3, hidden: true, elements: null, barriers: [], observations: [] });
    expect((await t.w.as.coordinator.get(`${url}/analysis`)).body).toMatchObject({ hidden: true, nodes: [], edges: [], graph: null });
    await (people.bertil as Client).put(`${url}/response`, answer([{ ...low(ids.aino as string), goodwill: 5 }]));
    const after = (await t.w.as.member.get(`${url}/results`)).body;
    expect({ ...after, respondents: 3, round: null }).toEqual({ ...before, round: null });
    const trend = (await t.w.as.member.get(`${t.base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === live);
    expect(trend.trust.goodwill).toBeNull();
    expect((await t.w.as.member.get(`${t.base}/report`)).body.survey.roundId).toBe(ids.lone);
    await close(live);
    const closed = (await t.w.as.member.get(`${url}/results`)).body;
    // Bertil was rated by three people: their goodwill is released now, with the four raters behind it.
    expect(closed.elements.trust.goodwill).toMatchObject({ raters: 4, hidden: false });
    expect((await t.w.as.member.get(`${t.base}/report`)).body.survey.roundId).toBe(live);
  });

  it("keeps a closed round's figures when someone who answered leaves", async () => {
    const url = `${t.base}/surveys/${ids.lone}/results`;
    const live = (await t.w.as.coordinator.get(`${t.base}/surveys`)).body.items.find((r: { title: string }) => r.title === "Käynnissä");
    const before = (await t.w.as.member.get(`${t.base}/surveys/${live.id}/results`)).body.elements;
    // With the policy "delete" the leaver's raw answers go; the released figures must not move, or they would reveal them.
    await t.deps.storage.db.updateTable("networks").set({ survey_answers_on_leave: "delete" }).where("id", "=", t.w.network.id).execute();
    expect((await t.w.as.coordinator.delete(`${t.base}/members/${ids.bertil}`)).status).toBe(204);
    expect((await t.w.as.member.get(`${t.base}/surveys/${live.id}/results`)).body.elements).toEqual(before);
    expect((await t.w.as.member.get(url)).body.respondents).toBe(3);
  });

  it("does not let a selected round with few invitees replace the network's figures", async () => {
    const selected = await round({ title: "Valitut", audience: "selected", inviteeIds: [ids.coordinator, ids.member, ids.aino] });
    const url = `${t.base}/surveys/${selected}/response`;
    for (const c of [t.w.as.coordinator, t.w.as.member, people.aino as Client]) await c.put(url, answer([low(ids.admin as string)]));
    await close(selected);
    const own = (await t.w.as.member.get(`${t.base}/surveys/${selected}/results`)).body;
    expect(own.elements.trust.goodwill).toMatchObject({ mean: 1, raters: 3, hidden: false });
    const report = (await t.w.as.member.get(`${t.base}/report`)).body;
    expect(report.survey.roundId).not.toBe(selected);
    const trends = (await t.w.as.member.get(`${t.base}/surveys/trends`)).body.items.map((i: { roundId: string }) => i.roundId);
    expect(trends).not.toContain(selected);
  });

  it("over random rounds: one more live answer changes nothing shown, and closed figures have enough raters", async () => {
    const value = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const oneRating = fc.record({ goodwill: value, competence: value, vulnerability: value, consistency: value, commitment: value });
    const answerers = () => [t.w.as.coordinator, t.w.as.member, people.aino as Client, t.w.as.admin];
    const names = ["coordinator", "member", "aino", "admin"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(oneRating, { maxLength: 3 }), { minLength: 4, maxLength: 4 }), async (plan) => {
        const id = await round({ title: "Satunnainen" });
        const url = `${t.base}/surveys/${id}`;
        const seen = async () => {
          const r = (await t.w.as.member.get(`${url}/results`)).body;
          const a = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
          const trend = (await t.w.as.member.get(`${t.base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === id);
          const report = (await t.w.as.member.get(`${t.base}/report`)).body;
          return {
            r: { ...r, round: null, respondents: null },
            a: { ...a, round: null, respondents: null },
            t: { ...trend, respondents: null },
            report: report.survey,
          };
        };
        const answerOf = (i: number) => {
          const others = names.filter((_, j) => j !== i).map((n) => ids[n] as string);
          return answer((plan[i] ?? []).map((x, k) => ({ ...low(others[k] as string), ...x })));
        };
        const clients = answerers();
        for (let i = 0; i < 3; i++) await (clients[i] as Client).put(`${url}/response`, answerOf(i));
        const before = await seen();
        await (clients[3] as Client).put(`${url}/response`, answerOf(3));
        expect(await seen()).toEqual(before);
        await close(id);
        const min = (await t.w.as.member.get(`${url}/results`)).body.minGroupSize as number;
        const r = (await t.w.as.member.get(`${url}/results`)).body;
        const all = [
          r.elements.knowing,
          r.elements.commitment,
          r.elements.frequency,
          ...Object.values(r.elements.trust),
          ...Object.values(r.elements.self),
        ];
        for (const d of all as { raters: number; hidden: boolean; mean: number | null }[]) {
          expect(d.hidden).toBe(d.raters < min);
          if (d.hidden) expect(d.mean).toBeNull();
        }
        const a = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
        for (const x of [...a.nodes.map((n: { received: unknown }) => n.received), ...a.edges] as {
          raters: number;
          goodwill: number | null;
        }[]) {
          if (x.goodwill !== null) expect(x.raters).toBeGreaterThanOrEqual(min);
        }
      }),
      { numRuns: 3 },
    );
  });

  it("hides the rating figures of rounds frozen before raters were counted", async () => {
    const d = (mean: number | null, n: number, counts: number[]) => ({ mean, n, counts });
    const five = d(1, 2, [2, 0, 0, 0, 0]);
    const legacy = {
      respondents: 3,
      invited: 5,
      elements: {
        knowing: d(2, 2, [0, 0, 2, 0]),
        trust: { goodwill: five, competence: five, vulnerability: five, consistency: five },
        commitment: five,
        frequency: d(2, 2, [0, 0, 2, 0, 0]),
        self: { autonomy: d(4, 3, [0, 0, 0, 3, 0]), meaningfulness: d(4, 3, [0, 0, 0, 3, 0]), connectedness: d(4, 2, [0, 0, 0, 2, 0]) },
      },
      barriers: [],
      enablers: [],
      votes: [],
      averageTrust: 1,
    };
    await t.deps.storage.db
      .updateTable("survey_rounds")
      .set({ frozen_results: JSON.stringify(legacy) })
      .where("id", "=", ids.lone as string)
      .execute();
    const r = (await t.w.as.member.get(`${t.base}/surveys/${ids.lone}/results`)).body;
    expect(r.elements.trust.goodwill).toEqual({ mean: null, n: 2, counts: [], raters: 0, hidden: true });
    expect(r.elements.self.autonomy).toMatchObject({ mean: 4, raters: 3, hidden: false });
    expect(r.elements.self.connectedness).toMatchObject({ mean: null, raters: 2, hidden: true });
  });
});
