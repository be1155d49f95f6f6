import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";
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
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  let base: string;
  type Client = Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;
  const people: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const round = async (over: Record<string, unknown> = {}) =>
    (
      await w.as.coordinator.post(`${base}/surveys`, {
        title: "Kevät",
        level: "person",
        opensOn: inDays(0),
        closesOn: inDays(14),
        audience: "all",
        ...over,
      })
    ).body.id as string;
  const close = async (id: string) => {
    const r = (await w.as.coordinator.get(`${base}/surveys/${id}`)).body;
    expect((await w.as.coordinator.post(`${base}/surveys/${id}/close`, { version: r.version })).status).toBe(200);
  };

  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
    base = `/api/networks/${w.network.id}`;
    for (const key of ["aino", "bertil"]) {
      const { id } = await upsertUser(deps, { email: `${key}@example.fi`, name: key, password: "correct horse battery", isAdmin: false });
      await addMembership(deps.storage.db, { networkId: w.network.id, userId: id, role: "member" });
      people[key] = await w.signedIn(`${key}@example.fi`);
    }
    const list = (await w.as.coordinator.get(`${base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of list) ids[p.name.toLowerCase()] = p.id;
    // Three respondents, of whom only the coordinator rates anyone.
    ids.lone = await round({ title: "Yksi arvioija" });
    const url = `${base}/surveys/${ids.lone}/response`;
    await w.as.coordinator.put(url, answer([low(ids.member as string), low(ids.admin as string)]));
    await w.as.member.put(url, answer([]));
    await (people.aino as Client).put(url, answer([]));
    await close(ids.lone);
  });
  afterAll(() => deps.cleanup());

  it("hides in /results every rating figure that fewer raters than the minimum group size gave", async () => {
    const r = (await w.as.member.get(`${base}/surveys/${ids.lone}/results`)).body;
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
    const item = (await w.as.member.get(`${base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === ids.lone);
    expect(item.trust).toEqual({ goodwill: null, competence: null, vulnerability: null, consistency: null });
    expect(item.commitment).toBeNull();
    expect(item.self.autonomy).toBe(4);
  });

  it("hides it in the cycle report and in the computed indicators", async () => {
    const report = (await w.as.member.get(`${base}/report`)).body;
    expect(report.survey.roundId).toBe(ids.lone);
    expect(report.survey.trust).toEqual({ goodwill: null, competence: null, vulnerability: null, consistency: null });
    expect(report.survey.averageTrust).toBeNull();
    expect(report.figures.find((f: { key: string }) => f.key === "average_trust").value).toBeNull();
    const overview = (await w.as.member.get(`${base}/evaluation`)).body;
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
    expect((await w.as.coordinator.put(`${base}/publishing`, settings)).status).toBeLessThan(300);
    const page = String((await w.anonymous().get("/p/luottamus-testi")).body);
    expect(page).not.toContain("Keskimääräinen luottamus");
    expect(page).not.toContain("1,5");
  });

  it("shows no figure of a live round, so one more answer reveals nothing", async () => {
    const live = await round({ title: "Käynnissä" });
    const url = `${base}/surveys/${live}`;
    for (const [c, target] of [
      [w.as.coordinator, ids.member],
      [w.as.member, ids.coordinator],
      [people.aino as Client, ids.member],
    ] as const) {
      await c.put(`${url}/response`, answer([low(target as string), low(ids.bertil as string)]));
    }
    const before = (await w.as.member.get(`${url}/results`)).body;
    expect(before).toMatchObject({ respondents: 3, hidden: true, elements: null, barriers: [], observations: [] });
    expect((await w.as.coordinator.get(`${url}/analysis`)).body).toMatchObject({ hidden: true, nodes: [], edges: [], graph: null });
    await (people.bertil as Client).put(`${url}/response`, answer([{ ...low(ids.aino as string), goodwill: 5 }]));
    const after = (await w.as.member.get(`${url}/results`)).body;
    expect({ ...after, respondents: 3, round: null }).toEqual({ ...before, round: null });
    const trend = (await w.as.member.get(`${base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === live);
    expect(trend.trust.goodwill).toBeNull();
    expect((await w.as.member.get(`${base}/report`)).body.survey.roundId).toBe(ids.lone);
    await close(live);
    const closed = (await w.as.member.get(`${url}/results`)).body;
    // Bertil was rated by three people: their goodwill is released now, with the four raters behind it.
    expect(closed.elements.trust.goodwill).toMatchObject({ raters: 4, hidden: false });
    expect((await w.as.member.get(`${base}/report`)).body.survey.roundId).toBe(live);
  });

  it("keeps a closed round's figures when someone who answered leaves", async () => {
    const url = `${base}/surveys/${ids.lone}/results`;
    const live = (await w.as.coordinator.get(`${base}/surveys`)).body.items.find((r: { title: string }) => r.title === "Käynnissä");
    const before = (await w.as.member.get(`${base}/surveys/${live.id}/results`)).body.elements;
    // With the policy "delete" the leaver's raw answers go; the released figures must not move, or they would reveal them.
    await deps.storage.db.updateTable("networks").set({ survey_answers_on_leave: "delete" }).where("id", "=", w.network.id).execute();
    expect((await w.as.coordinator.delete(`${base}/members/${ids.bertil}`)).status).toBe(204);
    expect((await w.as.member.get(`${base}/surveys/${live.id}/results`)).body.elements).toEqual(before);
    expect((await w.as.member.get(url)).body.respondents).toBe(3);
  });

  it("does not let a selected round with few invitees replace the network's figures", async () => {
    const selected = await round({ title: "Valitut", audience: "selected", inviteeIds: [ids.coordinator, ids.member, ids.aino] });
    const url = `${base}/surveys/${selected}/response`;
    for (const c of [w.as.coordinator, w.as.member, people.aino as Client]) await c.put(url, answer([low(ids.admin as string)]));
    await close(selected);
    const own = (await w.as.member.get(`${base}/surveys/${selected}/results`)).body;
    expect(own.elements.trust.goodwill).toMatchObject({ mean: 1, raters: 3, hidden: false });
    const report = (await w.as.member.get(`${base}/report`)).body;
    expect(report.survey.roundId).not.toBe(selected);
    const trends = (await w.as.member.get(`${base}/surveys/trends`)).body.items.map((i: { roundId: string }) => i.roundId);
    expect(trends).not.toContain(selected);
  });

  it("over random rounds: one more live answer changes nothing shown, and closed figures have enough raters", async () => {
    const value = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const oneRating = fc.record({ goodwill: value, competence: value, vulnerability: value, consistency: value, commitment: value });
    const answerers = () => [w.as.coordinator, w.as.member, people.aino as Client, w.as.admin];
    const names = ["coordinator", "member", "aino", "admin"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(oneRating, { maxLength: 3 }), { minLength: 4, maxLength: 4 }), async (plan) => {
        const id = await round({ title: "Satunnainen" });
        const url = `${base}/surveys/${id}`;
        const seen = async () => {
          const r = (await w.as.member.get(`${url}/results`)).body;
          const a = (await w.as.coordinator.get(`${url}/analysis`)).body;
          const t = (await w.as.member.get(`${base}/surveys/trends`)).body.items.find((i: { roundId: string }) => i.roundId === id);
          const report = (await w.as.member.get(`${base}/report`)).body;
          return {
            r: { ...r, round: null, respondents: null },
            a: { ...a, round: null, respondents: null },
            t: { ...t, respondents: null },
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
        const min = (await w.as.member.get(`${url}/results`)).body.minGroupSize as number;
        const r = (await w.as.member.get(`${url}/results`)).body;
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
        const a = (await w.as.coordinator.get(`${url}/analysis`)).body;
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
    await deps.storage.db
      .updateTable("survey_rounds")
      .set({ frozen_results: JSON.stringify(legacy) })
      .where("id", "=", ids.lone as string)
      .execute();
    const r = (await w.as.member.get(`${base}/surveys/${ids.lone}/results`)).body;
    expect(r.elements.trust.goodwill).toEqual({ mean: null, n: 2, counts: [], raters: 0, hidden: true });
    expect(r.elements.self.autonomy).toMatchObject({ mean: 4, raters: 3, hidden: false });
    expect(r.elements.self.connectedness).toMatchObject({ mean: null, raters: 2, hidden: true });
  });
});
