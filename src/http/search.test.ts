import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface Group {
  kind: string;
  items: { kind: string; id: string; title: string; detail: string | null; date: string | null; networkName: string }[];
}
const kindsOf = (groups: Group[]) => groups.map((g) => g.kind);
const titles = (groups: Group[], kind: string) => groups.find((g) => g.kind === kind)?.items.map((i) => i.title) ?? [];

describe.each(databases)("global search on %s", (kind) => {
  const t = apiWorld(kind);
  const find = async (who: "coordinator" | "member" | "observer" | "outsider" | "admin", q: string) => {
    const r = await t.w.as[who].get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    return r.body.groups as Group[];
  };

  beforeAll(async () => {
    const { as } = t.w;
    const org = await as.coordinator.post(`${t.base}/organisations`, {
      name: "Kirjastopalvelut Kuopio",
      kind: "municipality",
      description: "Kaupungin kirjastot",
    });
    const me = (await as.member.get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id);
    const person = await as.member.get(`${t.base}/people/${me.personId}`);
    await as.member.patch(`${t.base}/people/${me.personId}`, {
      version: person.body.version,
      organisationId: org.body.id,
      competences: ["Kirjastopedagogiikka"],
    });
    await as.member.post(`${t.base}/decisions`, {
      decidedOn: "2026-05-12",
      title: "Lukupiirit kouluille",
      body: "Sovittiin, että kirjasto kokoaa lukupiirien aineiston.",
      participants: "Aino, Bertil",
      rule: "consensus",
    });
    await as.member.post(`${t.base}/goals`, { goalType: "client_service", title: "Kirjasto jokaisen perheen olohuoneeksi" });
    await as.member.post(`${t.base}/practices`, { title: "Kirjastokortti kaikille", whatWorked: "Kortti kouluun." });
    await as.member.post(`${t.base}/promises`, { text: "Tuon kirjaston kävijätilastot", dueOn: day(20) });
    await as.member.post(`${t.base}/events`, {
      title: "Kirjastopäivä",
      kind: "workshop",
      start: `${day(30)}T10:00`,
      end: `${day(30)}T12:00`,
      place: "Pääkirjasto",
    });
    await as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Kirjastoverkoston tapaaminen", kind: "network_meeting", start: `${day(9)}T13:00`, end: `${day(9)}T15:00` },
      purpose: "Sovimme syksyn lukupiireistä",
      expectedOutcome: "Aikataulu",
      participantIds: [],
      facilitatorIds: [],
    });
    const agreement = (await as.member.get(`${t.base}/agreement`)).body;
    const q5 = agreement.sections.find((s: { question: number }) => s.question === 5);
    await as.member.put(`${t.base}/agreement/sections/${q5.id}`, { version: q5.version, body: "Kokoonnumme vuorotellen kirjastoissa." });
    // The same word in a network the member does not belong to.
    await as.outsider.post(`/api/networks/${t.w.other.id}/decisions`, {
      decidedOn: "2026-05-12",
      title: "Kirjaston salainen päätös",
      body: "Vain toisen verkoston asia.",
      participants: "Outi",
      rule: "consensus",
    });
  });

  it("finds every kind a member may see, grouped in a fixed order, best match first", async () => {
    const groups = await find("member", "kirjasto");
    expect(kindsOf(groups)).toEqual([
      "person",
      "organisation",
      "meeting",
      "event",
      "promise",
      "decision",
      "goal",
      "agreementSection",
      "practice",
    ]);
    expect(titles(groups, "organisation")).toEqual(["Kirjastopalvelut Kuopio"]);
    expect(titles(groups, "person")).toEqual(["Member"]);
    expect(titles(groups, "goal")).toEqual(["Kirjasto jokaisen perheen olohuoneeksi"]);
    // A meeting is found as a meeting, not a second time as the event it stands on.
    expect(titles(groups, "meeting")).toEqual(["Kirjastoverkoston tapaaminen"]);
    expect(titles(groups, "event")).toEqual(["Kirjastopäivä"]);
    const decision = groups.find((g) => g.kind === "decision")?.items[0];
    expect(decision).toMatchObject({ title: "Lukupiirit kouluille", date: "2026-05-12", networkName: t.w.network.name });
    // Found in its text, not its title: the passage shows why.
    expect(decision?.detail).toContain("kirjasto kokoaa");
    const section = groups.find((g) => g.kind === "agreementSection")?.items[0];
    expect(section?.title).toMatch(/^5\. /);
    expect(section?.detail).toContain("kirjastoissa");
  });

  it("never shows another network's things, even to its instance admin who searches as a member", async () => {
    const member = await find("member", "salainen");
    expect(member).toEqual([]);
    const outsider = await find("outsider", "kirjasto");
    expect(titles(outsider, "decision")).toEqual(["Kirjaston salainen päätös"]);
    expect(kindsOf(outsider)).toEqual(["decision"]);
  });

  it("shows an observer no drafts and no tags: not the agreement draft, not unpublished practices, not who knows what", async () => {
    const groups = await find("observer", "kirjasto");
    expect(kindsOf(groups)).not.toContain("agreementSection");
    expect(kindsOf(groups)).not.toContain("practice");
    expect(await find("observer", "pedagogiikka")).toEqual([]);
    expect(titles(await find("coordinator", "pedagogiikka"), "person")).toEqual(["Member"]);
  });

  it("refuses a query too short to mean anything, in the user's language, and strangers", async () => {
    const short = await t.w.as.member.get("/api/search?q=%20k%20");
    expect(short.status).toBe(400);
    expect(short.body.error.fields.q).toBe("Vähintään 2 merkkiä.");
    expect((await t.w.anonymous().get("/api/search?q=kirjasto")).status).toBe(401);
  });
});
