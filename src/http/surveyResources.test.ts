import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { surveyAnswer } from "../../tests/support/surveys.ts";
import type { world } from "../../tests/support/world.ts";

// Issue #20 point 6: what each organisation brings and how valuable partners are.

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const rating = (targetId: string, values: Record<string, number | null> = {}, knowing = 2) => ({
  targetId,
  knowing,
  goodwill: null,
  competence: null,
  vulnerability: null,
  consistency: null,
  commitment: null,
  frequency: 2,
  ...values,
});
const answer = (ratings: unknown[], resources: string[] = [], over: Record<string, unknown> = {}) =>
  surveyAnswer(ratings, { resources, resourcesText: "", ...over });

describe.each(databases)("resources and partner value in the survey, on %s", (kind) => {
  const t = apiWorld(kind);
  type Client = Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;
  const as: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const orgs: Record<string, string> = {};
  const round = async (over: Record<string, unknown> = {}) =>
    (
      await t.w.as.coordinator.post(`${t.base}/surveys`, {
        title: "Resurssikysely",
        level: "person",
        opensOn: inDays(0),
        closesOn: inDays(14),
        audience: "all",
        asksResources: true,
        ...over,
      })
    ).body;
  const close = async (id: string) => {
    const r = (await t.w.as.coordinator.get(`${t.base}/surveys/${id}`)).body;
    expect((await t.w.as.coordinator.post(`${t.base}/surveys/${id}/close`, { version: r.version })).status).toBe(200);
  };

  beforeAll(async () => {
    as.coordinator = t.w.as.coordinator;
    as.member = t.w.as.member;
    for (const key of ["aino", "bertil", "cecilia"]) {
      as[key] = await t.w.newMember(key);
    }
    const list = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of list) ids[p.name.toLowerCase()] = p.id;
    const org = async (name: string, orgKind: string) =>
      (await t.w.as.coordinator.post(`${t.base}/organisations`, { name, kind: orgKind })).body.id as string;
    orgs.kunta = await org("Kuopion kaupunki", "municipality");
    orgs.mll = await org("MLL:n Pohjois-Savon piiri", "ngo");
    orgs.savonia = await org("Savonia-ammattikorkeakoulu", "research");
    const place = async (key: string, organisationId: string) => {
      const p = await (as[key] as Client).get(`${t.base}/people/${ids[key]}`);
      expect((await (as[key] as Client).patch(`${t.base}/people/${ids[key]}`, { version: p.body.version, organisationId })).status).toBe(
        200,
      );
    };
    for (const key of ["coordinator", "member", "aino"]) await place(key, orgs.kunta);
    await place("bertil", orgs.mll);
    await place("cecilia", orgs.savonia);
  });

  it("asks only when the round says so, tells respondents where their answer shows, and keeps value only for known partners", async () => {
    const made = await round();
    expect(made).toMatchObject({ asksResources: true });
    expect(made.seenBy.member).toContain("organisation_resources");
    const url = `${t.base}/surveys/${made.id}/response`;
    const saved = await t.w.as.member.put(
      url,
      answer(
        [
          rating(ids.bertil as string, { valuePower: 3, valueInvolvement: null, valueResources: 4 }),
          rating(ids.cecilia as string, { valuePower: 2 }, 0),
        ],
        ["staff_time", "premises", "staff_time"],
        { resourcesText: "Nuorisotilat iltaisin" },
      ),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.response).toMatchObject({ resources: ["staff_time", "premises"], resourcesText: "Nuorisotilat iltaisin" });
    const [known, unknown] = saved.body.response.ratings;
    expect(known).toMatchObject({ valuePower: 3, valueInvolvement: null, valueResources: 4 });
    // Value is asked only of partners one knows: with knowing 0 it is not kept.
    expect(unknown).toMatchObject({ knowing: 0, valuePower: null, valueInvolvement: null, valueResources: null });

    const plain = await round({ title: "Tavallinen kysely", asksResources: false });
    expect(plain.seenBy.member).not.toContain("organisation_resources");
    const ignored = await t.w.as.member.put(
      `${t.base}/surveys/${plain.id}/response`,
      answer([rating(ids.bertil as string, { valuePower: 3 })], ["funding"]),
    );
    expect(ignored.body.response).toMatchObject({ resources: [] });
    expect(ignored.body.response.ratings[0].valuePower).toBeNull();
    // An answer from before the questions existed (no resource fields at all) still saves.
    const old = answer([rating(ids.bertil as string)]) as Record<string, unknown>;
    delete old.resources;
    delete old.resourcesText;
    expect((await (as.aino as Client).put(url, old)).status).toBe(200);
  });

  it("refuses a value off the scale or an unknown resource, naming the field", async () => {
    const made = await round({ title: "Validointi" });
    const url = `${t.base}/surveys/${made.id}/response`;
    const offScale = await t.w.as.member.put(url, answer([rating(ids.bertil as string, { valuePower: 5 })]));
    expect(offScale.status).toBe(400);
    expect(Object.keys(offScale.body.error.fields)).toContain("ratings.0.valuePower");
    const unknown = await t.w.as.member.put(url, answer([], ["gold"]));
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toContain("resources.0");
  });

  it("lets a coordinator switch the questions on while the round is open, not after it closed", async () => {
    const made = await round({ title: "Vaihdettava", asksResources: false });
    const on = await t.w.as.coordinator.patch(`${t.base}/surveys/${made.id}`, { version: made.version, asksResources: true });
    expect(on.status).toBe(200);
    expect(on.body.asksResources).toBe(true);
    await close(made.id);
    const after = (await t.w.as.coordinator.get(`${t.base}/surveys/${made.id}`)).body;
    const off = await t.w.as.coordinator.patch(`${t.base}/surveys/${made.id}`, { version: after.version, asksResources: false });
    expect(off.status).toBe(409);
  });

  it("shows value and what organisations bring only once the round has closed, each value from enough raters", async () => {
    const made = await round({ title: "Kevät 2028" });
    const url = `${t.base}/surveys/${made.id}`;
    const bertil = ids.bertil as string;
    const cecilia = ids.cecilia as string;
    const plan: [string, unknown[], string[]][] = [
      [
        "coordinator",
        [rating(bertil, { valuePower: 4, valueInvolvement: 3 }), rating(cecilia, { valuePower: 4 })],
        ["staff_time", "premises"],
      ],
      ["member", [rating(bertil, { valuePower: 3, valueInvolvement: 2 })], ["staff_time"]],
      ["aino", [rating(bertil, { valuePower: 2, valueInvolvement: null })], ["funding", "staff_time"]],
      ["bertil", [], ["volunteers", "community_connections"]],
      ["cecilia", [rating(bertil, { valueResources: 1 })], ["expertise", "data"]],
    ];
    for (const [key, ratings, resources] of plan) {
      expect((await (as[key] as Client).put(`${url}/response`, answer(ratings, resources))).status).toBe(200);
    }
    // While the round is open nothing shows, not even in the directory.
    expect((await t.w.as.member.get(`${url}/results`)).body).toMatchObject({ hidden: true, resources: null });
    expect((await t.w.as.member.get(`${t.base}/resources`)).body.round).toBeNull();
    await close(made.id);

    const analysis = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    const node = analysis.nodes.find((n: { id: string }) => n.id === bertil);
    // Power from 3 raters: (4 + 3 + 2) / 3; involvement from only 2 raters with a number; resources from 1.
    expect(node.value).toEqual({ valuePower: 3, valueInvolvement: null, valueResources: null, raters: 4 });
    expect(analysis.nodes.find((n: { id: string }) => n.id === cecilia).value).toEqual({
      valuePower: null,
      valueInvolvement: null,
      valueResources: null,
      raters: 1,
    });
    expect(analysis.organisations.find((o: { id: string }) => o.id === orgs.mll).value).toMatchObject({ valuePower: 3, raters: 4 });
    const kunta = analysis.resources.organisations.find((o: { organisationId: string }) => o.organisationId === orgs.kunta);
    // Three of its people answered: how many named each resource may show.
    expect(kunta).toMatchObject({
      name: "Kuopion kaupunki",
      respondents: 3,
      resources: [
        { resource: "funding", count: 1 },
        { resource: "staff_time", count: 3 },
        { resource: "premises", count: 1 },
      ],
    });
    // One person answered for MLL: its list shows, not a count that is one person's answer.
    const mll = analysis.resources.organisations.find((o: { organisationId: string }) => o.organisationId === orgs.mll);
    expect(mll.resources).toEqual([
      { resource: "volunteers", count: null },
      { resource: "community_connections", count: null },
    ]);

    const results = (await t.w.as.member.get(`${url}/results`)).body;
    expect(results.resources.values.valuePower).toMatchObject({ raters: 3, n: 4, hidden: false, mean: 13 / 4 });
    expect(results.resources.values.valueResources).toMatchObject({ raters: 1, hidden: true, mean: null, counts: [] });
    expect(results.resources.coverage.find((c: { resource: string }) => c.resource === "staff_time").organisations).toBe(1);

    const directory = await t.w.as.observer.get(`${t.base}/resources`);
    expect(directory.status).toBe(200);
    expect(directory.body.round).toMatchObject({ id: made.id, title: "Kevät 2028", level: "person" });
    expect(directory.body.organisations).toEqual([
      { organisationId: orgs.kunta, name: "Kuopion kaupunki", resources: ["funding", "staff_time", "premises"] },
      { organisationId: orgs.mll, name: "MLL:n Pohjois-Savon piiri", resources: ["volunteers", "community_connections"] },
      { organisationId: orgs.savonia, name: "Savonia-ammattikorkeakoulu", resources: ["data", "expertise"] },
    ]);
    expect(directory.body.gaps.nobody).toEqual(["in_kind", "facilitation", "advocacy", "it"]);
    expect(directory.body.gaps.onlyOne.map((g: { resource: string; name: string }) => `${g.resource}:${g.name}`)).toEqual([
      "funding:Kuopion kaupunki",
      "staff_time:Kuopion kaupunki",
      "volunteers:MLL:n Pohjois-Savon piiri",
      "data:Savonia-ammattikorkeakoulu",
      "expertise:Savonia-ammattikorkeakoulu",
      "community_connections:MLL:n Pohjois-Savon piiri",
      "premises:Kuopion kaupunki",
    ]);
    expect((await t.w.as.outsider.get(`${t.base}/resources`)).status).toBe(404);
  });

  it("shows nothing from a round that fewer than the minimum group size answered", async () => {
    const { id: networkId } = t.w.network;
    const made = await round({ title: "Liian pieni" });
    const url = `${t.base}/surveys/${made.id}`;
    await t.w.as.member.put(`${url}/response`, answer([rating(ids.bertil as string, { valuePower: 4 })], ["it"]));
    await (as.bertil as Client).put(`${url}/response`, answer([], ["advocacy"]));
    await close(made.id);
    expect((await t.w.as.member.get(`${url}/results`)).body).toMatchObject({ hidden: true, resources: null });
    expect((await t.w.as.coordinator.get(`${url}/analysis`)).body).toMatchObject({ hidden: true, resources: null });
    // The directory keeps showing the latest round whose figures were released.
    const directory = (await t.w.as.member.get(`/api/networks/${networkId}/resources`)).body;
    expect(directory.round.title).toBe("Kevät 2028");
    expect(directory.gaps.nobody).toContain("it");
  });
});
