import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { surveyAnswer as answer, surveyRating as rating } from "../../tests/support/surveys.ts";
import { readWorkbook } from "../../tests/support/workbook.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
describe.each(databases)("change between two survey rounds on %s", (kind) => {
  const t = apiWorld(kind);
  const ids: Record<string, string> = {};
  type Client = Awaited<ReturnType<typeof t.w.signedIn>>;
  const as: Record<string, Client> = {};

  /** Opens a round, lets each named person give their ratings, and closes it unless asked not to. */
  const round = async (title: string, answers: [string, unknown[]][], over: Record<string, unknown> = {}, close = true) => {
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title,
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(14),
      audience: "all",
      ...over,
    });
    expect(made.status).toBe(201);
    for (const [who, ratings] of answers)
      expect((await (as[who] as Client).put(`${t.base}/surveys/${made.body.id}/response`, answer(ratings))).status).toBe(200);
    if (close) await t.w.as.coordinator.post(`${t.base}/surveys/${made.body.id}/close`, { version: made.body.version });
    return made.body.id as string;
  };

  beforeAll(async () => {
    for (const key of ["aino", "bertil"]) {
      as[key] = await t.w.newMember(key);
    }
    as.coordinator = t.w.as.coordinator;
    as.member = t.w.as.member;
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of people) ids[p.name.toLowerCase()] = p.id;
    const id = (name: string) => ids[name] as string;
    // Three people of the social services, and the parish's one: too few for its figures under group structure.
    const organisation = async (name: string, kind: string, people: string[]) => {
      const org = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name, kind })).body.id as string;
      for (const p of people)
        await t.deps.storage.db.updateTable("memberships").set({ organisation_id: org }).where("id", "=", id(p)).execute();
    };
    await organisation("Sosiaalitoimi", "municipality", ["coordinator", "member", "aino"]);
    await organisation("Seurakunta", "parish", ["bertil"]);
    // Spring: member→aino (knowing 2, frequency 3), coordinator→aino (2, 3), aino→member (1, 3); goodwill 4 from three raters.
    ids.spring = await round("Kevät", [
      ["member", [rating(id("aino"))]],
      ["coordinator", [rating(id("aino"))]],
      ["aino", [rating(id("member"), { knowing: 1 })]],
    ]);
    // Autumn: member→aino (3, 3) stronger; coordinator→aino lost, coordinator→bertil new; aino→member (1, 1) less often;
    // bertil→aino new. Goodwill 5 from four raters; vulnerability from only two raters.
    ids.autumn = await round("Syksy", [
      ["member", [rating(id("aino"), { knowing: 3, goodwill: 5 })]],
      ["coordinator", [rating(id("bertil"), { goodwill: 5, vulnerability: null })]],
      ["aino", [rating(id("member"), { knowing: 1, frequency: 1, goodwill: 5, vulnerability: null })]],
      ["bertil", [rating(id("aino"), { goodwill: 5 })]],
    ]);
  });

  it("names the ties new, lost, stronger and weaker, from the earlier round to the later whichever is asked", async () => {
    const r = await t.w.as.coordinator.get(`${t.base}/surveys/${ids.spring}/change?compare=${ids.autumn}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ from: { title: "Kevät", respondents: 3 }, to: { title: "Syksy", respondents: 4 }, level: "person" });
    expect(r.body).toMatchObject({ tiesVisibility: "individual", tiesComparable: true });
    expect(r.body.counts).toEqual({
      new: 2,
      lost: 1,
      kept: 2,
      knowing: { strengthened: 1, weakened: 0, unchanged: 1 },
      frequency: { strengthened: 0, weakened: 1, unchanged: 1 },
    });
    const tie = (source: string, target: string) =>
      r.body.ties.find((e: { source: string; target: string }) => e.source === ids[source] && e.target === ids[target]);
    expect(tie("member", "aino")).toMatchObject({
      presence: "kept",
      knowing: { before: 2, after: 3, change: 1 },
      knowingDirection: "strengthened",
    });
    expect(tie("coordinator", "aino")).toMatchObject({ presence: "lost", sourceLabel: "Coordinator", targetLabel: "aino" });
    expect(tie("bertil", "aino")).toMatchObject({ presence: "new" });
    expect(tie("aino", "member")).toMatchObject({ frequency: { before: 3, after: 1, change: -2 }, frequencyDirection: "weakened" });
    const reversed = await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change?compare=${ids.spring}`);
    expect(reversed.body.counts).toEqual(r.body.counts);
  });

  it("compares trust only where both rounds have it from the minimum group size of raters, and each person's position", async () => {
    const r = await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change?compare=${ids.spring}`);
    expect(r.body.trust.goodwill).toEqual({ before: 4, after: 5, change: 1 });
    expect(r.body.trust.vulnerability).toEqual({ before: 3, after: null, change: null });
    expect(r.body.network.edgeCount).toEqual({ before: 3, after: 4, change: 1 });
    const node = (name: string) => r.body.nodes.find((n: { id: string }) => n.id === ids[name]);
    // Aino is named by two in each round and names one: her degree stays; bertil goes from no tie to one each way.
    expect(node("aino")).toMatchObject({ presence: "both", inDegree: { before: 2, after: 2, change: 0 }, outDegree: { change: 0 } });
    expect(node("bertil")).toMatchObject({ inDegree: { before: 0, after: 1, change: 1 }, outDegree: { before: 0, after: 1, change: 1 } });
    expect(r.body.nodes[0].id).toBe(ids.bertil);
  });

  it("refuses a round that is open, below the minimum group size, of another level or the same, naming compare", async () => {
    const open = await round("Auki", [], {}, false);
    const few = await round("Pieni", [["member", [rating(ids.aino as string)]]]);
    const organisations = await round("Organisaatiot", [], { level: "organisation" }, false);
    const url = (other: string) => `${t.base}/surveys/${ids.autumn}/change?compare=${other}`;
    const refused = await t.w.as.coordinator.get(url(open));
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.compare).toBe(
      "Kierros Auki on vielä auki. Muutos näytetään vasta, kun molemmat kierrokset on suljettu.",
    );
    expect((await t.w.as.coordinator.get(url(few))).body.error.fields.compare).toContain("alle 3");
    expect((await t.w.as.coordinator.get(url(organisations))).body.error.fields.compare).toContain("eri tasoilla");
    expect((await t.w.as.coordinator.get(url(ids.autumn as string))).status).toBe(400);
    expect((await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change`)).body.error.fields).toHaveProperty("compare");
  });

  it("is for coordinators of the network only: 403 for a member, 404 for an outsider and another network's round", async () => {
    const url = `${t.base}/surveys/${ids.autumn}/change?compare=${ids.spring}`;
    expect((await t.w.as.member.get(url)).status).toBe(403);
    expect((await t.w.as.observer.get(url)).status).toBe(403);
    expect((await t.w.as.outsider.get(url)).status).toBe(404);
    const theirs = await t.w.as.outsider.post(`/api/networks/${t.w.other.id}/surveys`, {
      title: "Toisen verkoston kierros",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(14),
      audience: "all",
    });
    expect((await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change?compare=${theirs.body.id}`)).status).toBe(404);
    expect((await t.w.as.member.get(`${t.base}/surveys/${ids.autumn}/change/export?compare=${ids.spring}`)).status).toBe(403);
  });

  it("names no tie and no person when either round shows only group structure, and keeps the network's change", async () => {
    const groups = await round(
      "Talvi",
      [
        ["member", [rating(ids.aino as string)]],
        ["coordinator", [rating(ids.aino as string)]],
        ["aino", [rating(ids.member as string)]],
      ],
      { tiesVisibility: "groups" },
    );
    const r = await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change?compare=${groups}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ tiesVisibility: "groups", ties: [], nodes: [] });
    // Only an organisation of at least the minimum group size of nodes in both rounds is compared.
    expect(r.body.organisations.map((o: { name: string }) => o.name)).toEqual(["Sosiaalitoimi"]);
    expect(r.body.organisations[0]).toMatchObject({ presence: "both", nodes: { before: 3, after: 3, change: 0 } });
    expect(r.body.counts).toMatchObject({ new: 1, lost: 2, kept: 2 });
    expect(r.body.network.edgeCount).toEqual({ before: 4, after: 3, change: -1 });
    const csv = await t.w.as.coordinator.call("GET", `${t.base}/surveys/${ids.autumn}/change/export?compare=${groups}&format=csv`);
    expect(csv.body).not.toContain("aino");
    expect(csv.body).not.toContain("Seurakunta");
    expect(csv.body).toContain("Sosiaalitoimi");
    // Under individual ties both organisations are there, the parish's one person too.
    const individual = await t.w.as.coordinator.get(`${t.base}/surveys/${ids.autumn}/change?compare=${ids.spring}`);
    expect(individual.body.organisations.map((o: { name: string }) => o.name)).toEqual(["Seurakunta", "Sosiaalitoimi"]);
  });

  it("downloads the change as CSV with a BOM and a header row per table, and as a workbook of one sheet per table", async () => {
    const base = `${t.base}/surveys/${ids.autumn}/change/export?compare=${ids.spring}`;
    const csv = await t.w.as.coordinator.call("GET", `${base}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tables = (csv.body as string).split("\r\n\r\n");
    expect(tables.map((table) => table.split("\r\n")[0])).toEqual([
      "Luku;Kevät;Syksy;Muutos",
      "Mikä;Määrä",
      expect.stringMatching(/^Kuka nimesi;Kenet nimettiin;Mukana;Tunteminen, Kevät;Tunteminen, Syksy;Tunteminen, muutos;/),
      expect.stringMatching(/^Nimi;Organisaatio;Mukana;Saapuvat yhteydet, Kevät;/),
      expect.stringMatching(/^Nimi;Tyyppi;Mukana;Solmuja, Kevät;Solmuja, Syksy;Solmuja, muutos;/),
    ]);
    expect(csv.body).toContain("Luottamus: hyväntahtoisuus;4;5;1");
    expect(csv.body).toContain("Uusia yhteyksiä;2");
    const xlsx = await t.w.as.coordinator.call("GET", `${base}&format=xlsx`);
    const book = await readWorkbook(xlsx.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Verkosto", "Yhteyksien muutos", "Yhteydet", "Henkilöt", "Organisaatiot"]);
    expect(book.worksheets[1]?.getRow(2).values).toEqual([undefined, "Uusia yhteyksiä", 2]);
  });
});
