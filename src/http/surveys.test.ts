import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { surveyAnswer, surveyRating } from "../../tests/support/surveys.ts";
import { readWorkbook, sheetRows } from "../../tests/support/workbook.ts";
import type { world } from "../../tests/support/world.ts";
import { runReminders } from "../services/notifications.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const self = { autonomy: 4, meaningfulness: 5, connectedness: 3 };
const rating = (targetId: string, over: Record<string, number | null> = {}) => surveyRating(targetId, { competence: 5, ...over });
const answer = (ratings: unknown[], over: Record<string, unknown> = {}) =>
  surveyAnswer(ratings, { selfCommitment: self, barriers: ["time"], networkType: "joint_strategic", ...over });

describe.each(databases)("the network-health survey on %s", (kind) => {
  const t = apiWorld(kind);
  let extra: Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>[];
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    extra = [];
    for (const key of ["aino", "bertil"]) {
      extra.push(await t.w.newMember(key));
    }
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of people) ids[p.name.toLowerCase()] = p.id;
  });

  it("opens a round for coordinators only and refuses bad input", async () => {
    const bad = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Kevät",
      level: "person",
      opensOn: inDays(5),
      closesOn: inDays(1),
      audience: "all",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["closesOn"]);
    const noOne = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Kevät",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(9),
      audience: "selected",
      inviteeIds: ["nobody"],
    });
    expect(noOne.body.error.fields.inviteeIds).toBeTruthy();
    const round = { title: "Kevät 2027", level: "person", opensOn: inDays(0), closesOn: inDays(14), audience: "all" };
    expect((await t.w.as.member.post(`${t.base}/surveys`, round)).status).toBe(403);
    expect((await t.w.as.outsider.post(`${t.base}/surveys`, round)).status).toBe(404);
    expect((await t.w.as.outsider.get(`${t.base}/surveys`)).status).toBe(404);
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, round);
    expect(made.status).toBe(201);
    // Everyone but the observer is asked: the admin who made the network, coordinator, member, aino and bertil.
    expect(made.body).toMatchObject({ status: "open", invitedCount: 5, respondedCount: 0, myState: "not_started", canAnswer: true });
    ids.round = made.body.id;
    expect((await t.w.as.member.get(t.base)).body.survey).toEqual({
      roundId: made.body.id,
      title: "Kevät 2027",
      status: "open",
      closesOn: inDays(14),
      respondedCount: 0,
      invitedCount: 5,
      myState: "not_started",
    });
    const seen = await t.w.as.observer.get(`${t.base}/surveys`);
    expect(seen.body.items[0]).toMatchObject({ myState: "not_invited", canAnswer: false });
    expect(seen.body.minGroupSize).toBe(3);
  });

  it("offers everyone else to rate, and keeps a draft out of every figure", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    const targets = (await t.w.as.member.get(`${url}/targets`)).body.items.map((t: { name: string }) => t.name).sort();
    expect(targets).toEqual(["Admin", "Coordinator", "aino", "bertil"]);
    const draft = await t.w.as.member.put(
      `${url}/response`,
      answer([rating(ids.aino as string)], { submit: false, selfCommitment: { ...self, autonomy: null } }),
    );
    expect(draft.status).toBe(200);
    expect(draft.body.response).toMatchObject({ status: "draft", version: 1, selfCommitment: { autonomy: null } });
    expect((await t.w.as.member.get(`${t.base}/surveys/${ids.round}`)).body).toMatchObject({ myState: "draft", respondedCount: 0 });
    const incomplete = await t.w.as.member.put(`${url}/response`, answer([], { version: 1, selfCommitment: { ...self, autonomy: null } }));
    expect(incomplete.status).toBe(400);
    expect(Object.keys(incomplete.body.error.fields)).toEqual(["selfCommitment.autonomy"]);
    const stale = await t.w.as.member.put(`${url}/response`, answer([], { version: 7 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.status).toBe("draft");
    const selfRating = await t.w.as.member.put(`${url}/response`, answer([rating(ids.member as string)], { version: 1 }));
    expect(selfRating.body.error.fields["ratings.0.targetId"]).toBeTruthy();
    const twice = await t.w.as.member.put(
      `${url}/response`,
      answer([rating(ids.aino as string), rating(ids.aino as string)], { version: 1 }),
    );
    expect(twice.status).toBe(400);
    const outOfScale = await t.w.as.member.put(`${url}/response`, answer([rating(ids.aino as string, { goodwill: 6 })], { version: 1 }));
    expect(outOfScale.status).toBe(400);
    expect((await t.w.as.observer.put(`${url}/response`, answer([]))).status).toBe(403);
  });

  it("hides every figure while the round is open, even once the minimum group size has answered", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    const mine = (await t.w.as.member.get(`${url}/response`)).body.response;
    await t.w.as.member.put(
      `${url}/response`,
      answer([rating(ids.aino as string), rating(ids.coordinator as string, { knowing: 3, goodwill: 5, vulnerability: 2 })], {
        version: mine.version,
        barriersText: "Aikaa ei ole",
      }),
    );
    await t.w.as.coordinator.put(
      `${url}/response`,
      answer([rating(ids.aino as string, { vulnerability: 1 }), rating(ids.member as string)]),
    );
    const early = await t.w.as.member.get(`${url}/results`);
    expect(early.body).toMatchObject({ respondents: 2, hidden: true, elements: null });
    expect((await t.w.as.coordinator.get(`${url}/analysis`)).body).toMatchObject({ hidden: true, nodes: [], edges: [] });

    await (extra[0] as (typeof extra)[number]).put(
      `${url}/response`,
      answer([rating(ids.member as string, { vulnerability: null }), rating(ids.coordinator as string, { knowing: 0 })], {
        barriers: ["time", "mandate"],
        networkType: "chaotic",
      }),
    );
    // Three have answered, but the round is open: each later answer would show as a difference.
    expect((await t.w.as.member.get(`${url}/results`)).body).toMatchObject({ respondents: 3, hidden: true, elements: null, barriers: [] });
    expect((await t.w.as.coordinator.get(`${url}/analysis`)).body).toMatchObject({ hidden: true, graph: null, nodes: [], edges: [] });
    expect((await t.w.as.coordinator.call("GET", `${url}/export?format=gexf`)).status).toBe(409);
  });

  it("reminds those who have not answered, in the app, once a day", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    const r = await t.w.as.coordinator.post(`${url}/reminders`);
    expect(r.body).toEqual({ reminded: 2 });
    await t.w.as.coordinator.post(`${url}/reminders`);
    const bertil = await (extra[1] as (typeof extra)[number]).get("/api/me/notifications");
    const reminders = bertil.body.items.filter((n: { kind: string }) => n.kind === "survey_reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0].link).toBe(`/networks/${t.w.network.id}/surveys/${ids.round}/answer`);
  });

  it("lets a person delete their own answer while open, and freezes the round when it closes", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    const bertil = extra[1] as (typeof extra)[number];
    await bertil.put(`${url}/response`, answer([rating(ids.aino as string)]));
    expect((await bertil.delete(`${url}/response`)).status).toBe(204);
    expect((await bertil.get(`${url}/response`)).body.response).toBeNull();
    expect((await bertil.delete(`${url}/response`)).status).toBe(404);
    const round = (await t.w.as.coordinator.get(url)).body;
    expect((await t.w.as.coordinator.post(`${url}/close`, { version: round.version + 1 })).status).toBe(409);
    const closed = await t.w.as.coordinator.post(`${url}/close`, { version: round.version });
    expect(closed.body).toMatchObject({ status: "closed", canAnswer: false });
    expect((await bertil.put(`${url}/response`, answer([]))).status).toBe(409);
    expect((await t.w.as.member.delete(`${url}/response`)).status).toBe(409);
    expect((await t.w.as.coordinator.post(`${url}/close`, { version: closed.body.version })).status).toBe(409);
  });

  it("shows aggregates only once the round has closed", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    const results = await t.w.as.member.get(`${url}/results`);
    expect(results.body).toMatchObject({ respondents: 3, invited: 5, hidden: false, texts: null });
    // Six ratings: knowing 2,3,2,2,2,0; vulnerability 3,2,1,3,(can't say),3 → mean 12/5.
    expect(results.body.elements.knowing).toEqual({ mean: 11 / 6, n: 6, counts: [1, 0, 4, 1], raters: 3, hidden: false });
    expect(results.body.elements.trust.vulnerability).toEqual({ mean: 12 / 5, n: 5, counts: [1, 1, 3, 0, 0], raters: 3, hidden: false });
    expect(results.body.elements.self.autonomy.mean).toBe(4);
    expect(results.body.barriers).toEqual([
      { factor: "time", count: 3 },
      { factor: "mandate", count: 1 },
    ]);
    expect(results.body.observations.map((o: { key: string }) => o.key)).toContain("lowestTrust");
    const forCoordinator = await t.w.as.coordinator.get(`${url}/results`);
    expect(forCoordinator.body.texts.barriers).toEqual(["Aikaa ei ole"]);
    expect(JSON.stringify(forCoordinator.body)).not.toContain(ids.member);
  });

  it("gives coordinators the network figures with trust only where enough people rated", async () => {
    const url = `${t.base}/surveys/${ids.round}`;
    expect((await t.w.as.member.get(`${url}/analysis`)).status).toBe(403);
    const a = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    expect(a.hidden).toBe(false);
    // Ties (knowing ≥ 1): member→aino, member→coordinator, coordinator→aino, coordinator→member, aino→member.
    expect(a.graph).toMatchObject({ nodeCount: 5, edgeCount: 5, isolateCount: 2, directed: true });
    expect(a.graph.density).toBeCloseTo(5 / 20, 10);
    expect(a.graph.reciprocity).toBeCloseTo(4 / 5, 10);
    const byName = Object.fromEntries(a.nodes.map((n: { label: string }) => [n.label, n]));
    expect(byName.bertil).toMatchObject({ isolate: true, responded: false, inDegree: 0 });
    expect(byName.aino).toMatchObject({ inDegree: 2, outDegree: 1, responded: true });
    // Two raters are below the minimum group size of three: the count shows, the values do not.
    expect(byName.aino.received).toEqual({
      goodwill: null,
      competence: null,
      vulnerability: null,
      consistency: null,
      commitment: null,
      raters: 2,
    });
    expect(a.edges.every((e: { goodwill: number | null; raters: number }) => e.goodwill === null && e.raters === 1)).toBe(true);
    const tie = a.edges.find((e: { source: string; target: string }) => e.source === ids.member && e.target === ids.coordinator);
    expect(tie).toMatchObject({ knowing: 3, frequency: 3 });
  });

  it("exports the privacy-filtered network for Gephi, NetworkX, Kumu and spreadsheets", async () => {
    const url = `${t.base}/surveys/${ids.round}/export`;
    const gexf = await t.w.as.coordinator.call("GET", `${url}?format=gexf`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get("content-disposition")).toContain(".gexf");
    const xml = String(gexf.body);
    expect(xml).toContain('version="1.2"');
    expect(xml.match(/<node /g)?.length).toBe(5);
    expect(xml.match(/<edge /g)?.length).toBe(5);
    const graphml = String((await t.w.as.coordinator.call("GET", `${url}?format=graphml`)).body);
    expect(graphml.match(/<edge /g)?.length).toBe(5);
    const kumu = (await t.w.as.coordinator.call("GET", `${url}?format=kumu`)).body;
    const parsed = typeof kumu === "string" ? JSON.parse(kumu) : kumu;
    expect(parsed.elements).toHaveLength(5);
    expect(parsed.connections).toHaveLength(5);
    const edges = String((await t.w.as.coordinator.call("GET", `${url}?format=edges.csv`)).body);
    expect(edges.split("\n")[0]).toMatch(/^source,target,weight/);
    const nodes = await t.w.as.coordinator.call("GET", `${url}?format=nodes.xlsx`);
    expect(nodes.headers.get("content-disposition")).toMatch(/-nodes\.xlsx"$/);
    const rows = await sheetRows(nodes.bytes);
    expect(rows).toHaveLength(5);
    // A workbook is for people: its sheet and headers are in the reader's language; the CSV keeps the tools' names.
    const sheet = (await readWorkbook(nodes.bytes)).worksheets[0];
    expect(sheet?.name).toBe("Toimijat");
    const header = sheet?.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(["Tunniste", "Nimi", "Rajoittuneisuus", "Luottamus: hyväntahtoisuus"]));
    expect(rows[0]?.getCell(header.indexOf("Muut nimesivät")).type).toBe(ExcelJS.ValueType.Number);
    // The language is the account's own (remembered for every device).
    await t.w.as.coordinator.patch("/api/me", { locale: "en" });
    const enHeader = (await readWorkbook((await t.w.as.coordinator.call("GET", `${url}?format=edges.xlsx`)).bytes)).worksheets[0]?.getRow(
      1,
    ).values;
    await t.w.as.coordinator.patch("/api/me", { locale: "fi" });
    expect(enHeader).toEqual(expect.arrayContaining(["From", "To", "Weight (knowing)"]));
    expect(String((await t.w.as.coordinator.call("GET", `${url}?format=nodes.csv`)).body).split("\n")[0]).toMatch(
      /^id,label,betweenness,broker/,
    );
    expect(await sheetRows((await t.w.as.coordinator.call("GET", `${url}?format=edges.xlsx`)).bytes)).toHaveLength(5);
    expect((await t.w.as.coordinator.call("GET", `${url}?format=pdf`)).status).toBe(400);
    expect((await t.w.as.member.call("GET", `${url}?format=gexf`)).status).toBe(403);
  });

  it("reminds automatically three days before a round closes", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Pikakysely",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(2),
      audience: "selected",
      inviteeIds: [ids.bertil],
    });
    await runReminders(t.deps);
    await runReminders(t.deps);
    const items = (await (extra[1] as (typeof extra)[number]).get("/api/me/notifications")).body.items;
    expect(items.filter((n: { link: string }) => n.link.includes(made.body.id))).toHaveLength(1);
  });

  it("compares with the previous round and aggregates organisation-level ratings per organisation", async () => {
    const org = async (name: string) => (await t.w.as.coordinator.post(`${t.base}/organisations`, { name, kind: "ngo" })).body.id as string;
    const a = await org("Kuopion Setlementti");
    const b = await org("Pohjois-Savon sairaanhoitopiiri");
    const c = await org("Siilinjärven kunta");
    const place = async (client: (typeof extra)[number], personId: string, organisationId: string) => {
      const p = await client.get(`${t.base}/people/${personId}`);
      await client.patch(`${t.base}/people/${personId}`, { version: p.body.version, organisationId });
    };
    await place(t.w.as.coordinator, ids.coordinator as string, a);
    await place(t.w.as.member, ids.member as string, a);
    await place(extra[0] as (typeof extra)[number], ids.aino as string, a);
    await place(extra[1] as (typeof extra)[number], ids.bertil as string, c);
    // In an organisation-level round the organisations answer, through the people they named to speak for them.
    const name = (organisationId: string, people: unknown[]) =>
      t.w.as.coordinator.put(`${t.base}/organisations/${organisationId}/representatives`, { membershipIds: people });
    expect((await name(a, [ids.coordinator, ids.member, ids.aino])).status).toBe(200);
    expect((await name(c, [ids.bertil])).status).toBe(200);
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Syksy 2027",
      level: "organisation",
      opensOn: inDays(0),
      closesOn: inDays(10),
      audience: "all",
    });
    const url = `${t.base}/surveys/${made.body.id}`;
    const targets = (await t.w.as.member.get(`${url}/targets`)).body.items.map((t: { id: string }) => t.id);
    expect(targets).not.toContain(a);
    expect(targets).toEqual(expect.arrayContaining([b, c]));
    for (const [client, goodwill] of [
      [t.w.as.coordinator, 5],
      [t.w.as.member, 4],
      [extra[0], 3],
    ] as const) {
      await (client as (typeof extra)[number]).put(`${url}/response`, answer([rating(b, { goodwill })]));
    }
    await t.w.as.coordinator.post(`${url}/close`, { version: (await t.w.as.coordinator.get(url)).body.version });
    const analysis = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    expect(analysis.graph).toMatchObject({ nodeCount: 3, edgeCount: 1 });
    expect(analysis.edges).toEqual([expect.objectContaining({ source: a, target: b, raters: 3, goodwill: 4, knowing: 2 })]);
    expect(analysis.nodes.find((n: { id: string }) => n.id === b).received).toMatchObject({ goodwill: 4, raters: 3 });
    // The earlier rounds were about people, not organisations: their structure is not comparable.
    expect(analysis.previous).toBeNull();
    const results = (await t.w.as.member.get(`${url}/results`)).body;
    // Pikakysely was asked of one selected person: it does not stand for the network, so neither comparisons nor trends use it.
    expect(results.previous.roundId).toBe(ids.round);
    const trends = (await t.w.as.coordinator.get(`${t.base}/surveys/trends`)).body.items;
    expect(trends.map((t: { title: string }) => t.title)).toEqual(["Kevät 2027", "Syksy 2027"]);
    expect(trends[0].density).toBeCloseTo(5 / 20, 10);
    expect((await t.w.as.member.get(`${t.base}/surveys/trends`)).body.items[0].density).toBeNull();
  });
});
