import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { sheetRows } from "../../tests/support/workbook.ts";

describe.each(databases)("cycles, goals, the agreement and decisions on %s", (kind) => {
  const t = apiWorld(kind);
  let orgA: string;
  let orgB: string;
  beforeAll(async () => {
    orgA = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion kaupunki", kind: "municipality" })).body.id;
    orgB = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "MLL Kuopio", kind: "ngo" })).body.id;
    // The member represents organisation A, the coordinator B; the observer represents nobody.
    for (const [who, org] of [
      ["member", orgA],
      ["coordinator", orgB],
    ] as const) {
      const me = (await t.w.as[who].get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id);
      const p = await t.w.as[who].get(`${t.base}/people/${me.personId}`);
      expect((await t.w.as[who].patch(`${t.base}/people/${me.personId}`, { version: p.body.version, organisationId: org })).status).toBe(
        200,
      );
      // Placing oneself in an organisation does not make one its voice: the organisation names its representatives.
      expect((await t.w.as[who].get(`${t.base}/agreement`)).body.representing).toBeNull();
      const named = await t.w.as.coordinator.put(`${t.base}/organisations/${org}/representatives`, { membershipIds: [me.personId] });
      expect(named.status).toBe(200);
    }
  });

  it("walks a cycle's phases with success evaluations hidden below the minimum group size", async () => {
    const start = await t.w.as.member.get(`${t.base}/cycles`);
    expect(start.body.current.phases.map((p: { status: string }) => p.status)).toEqual(["current", "upcoming", "upcoming", "upcoming"]);
    expect((await t.w.as.member.post(`${t.base}/cycles/current/advance`, { from: "assembling" })).status).toBe(403);
    expect((await t.w.as.member.put(`${t.base}/cycles/current/evaluations`, { phase: "agreeing", achieved: 4 })).status).toBe(400);
    await t.w.as.member.put(`${t.base}/cycles/current/evaluations`, {
      phase: "assembling",
      achieved: 4,
      carryForward: "Tutustutaan vielä",
    });
    await t.w.as.coordinator.put(`${t.base}/cycles/current/evaluations`, { phase: "assembling", achieved: 2 });
    let view = (await t.w.as.coordinator.get(`${t.base}/cycles`)).body;
    expect(view.current.phases[0].evaluation).toMatchObject({
      respondents: 2,
      averageAchieved: null,
      carryForward: [],
      mine: { achieved: 2 },
    });
    await t.w.as.admin.put(`${t.base}/cycles/current/evaluations`, { phase: "assembling", achieved: 3 });
    view = (await t.w.as.coordinator.get(`${t.base}/cycles`)).body;
    expect(view.current.phases[0].evaluation).toMatchObject({ respondents: 3, averageAchieved: 3, carryForward: ["Tutustutaan vielä"] });
    const moved = await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from: "assembling", summary: "Verkosto on koottu." });
    expect(moved.body.current.phase).toBe("agreeing");
    expect(moved.body.current.phases[0]).toMatchObject({ status: "done", summary: "Verkosto on koottu." });
    const twice = await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from: "assembling" });
    expect(twice.status).toBe(409);
  });

  it("keeps goals of four types with owner organisations, and refuses a stale edit", async () => {
    const bad = await t.w.as.member.post(`${t.base}/goals`, { goalType: "profit", title: "" });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["goalType", "title"]);
    const goal = await t.w.as.member.post(`${t.base}/goals`, {
      goalType: "client_service",
      title: "Yksi luukku perheille",
      description: "Perhe saa avun yhdestä paikasta.",
      ownerOrganisationIds: [orgA, orgB],
    });
    expect(goal.status).toBe(201);
    expect(goal.body.owners.map((o: { name: string }) => o.name)).toEqual(["Kuopion kaupunki", "MLL Kuopio"]);
    const edit = { goalType: "client_service", title: "Yksi luukku", ownerOrganisationIds: [orgA], version: goal.body.version };
    expect((await t.w.as.coordinator.patch(`${t.base}/goals/${goal.body.id}`, edit)).status).toBe(200);
    const stale = await t.w.as.member.patch(`${t.base}/goals/${goal.body.id}`, { ...edit, title: "Oma" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.title).toBe("Yksi luukku");
    expect((await t.w.as.observer.get(`${t.base}/goals`)).body.items).toHaveLength(1);
    expect((await t.w.as.observer.post(`${t.base}/goals`, { goalType: "vision", title: "X" })).status).toBe(403);
  });

  it("never loses a concurrent section edit: the second save gets 409 with the first one's text", async () => {
    const agreement = await t.w.as.member.get(`${t.base}/agreement`);
    expect(agreement.body.sections).toHaveLength(15);
    const q6 = agreement.body.sections.find((s: { question: number }) => s.question === 6);
    const empty = await t.w.as.member.put(`${t.base}/agreement/sections/${q6.id}`, { version: q6.version, body: "   " });
    expect(empty.body.error.fields.body).toBe("Kirjoita osioon jotain ennen tallentamista.");
    const first = await t.w.as.member.put(`${t.base}/agreement/sections/${q6.id}`, {
      version: q6.version,
      body: "Päätämme konsensuksella.",
    });
    expect(first.status).toBe(200);
    const second = await t.w.as.coordinator.put(`${t.base}/agreement/sections/${q6.id}`, {
      version: q6.version,
      body: "Koordinaattori päättää.",
    });
    expect(second.status).toBe(409);
    expect(second.body.error.current).toMatchObject({ body: "Päätämme konsensuksella.", version: q6.version + 1, updatedByName: "Member" });
    const merged = await t.w.as.coordinator.put(`${t.base}/agreement/sections/${q6.id}`, {
      version: second.body.error.current.version,
      body: "Päätämme konsensuksella; kiireelliset asiat koordinaattori päättää.",
    });
    expect(merged.status).toBe(200);
    const history = await t.w.as.member.get(`${t.base}/agreement/sections/${q6.id}/history`);
    expect(history.body.revisions.map((r: { authorName: string }) => r.authorName)).toEqual(["Coordinator", "Member"]);
    expect(
      history.body.revisions[0].diff
        .filter((d: { kind: string }) => d.kind === "added")
        .map((d: { text: string }) => d.text)
        .join(""),
    ).toContain("kiireelliset asiat koordinaattori päättää");
    await t.w.as.member.post(`${t.base}/agreement/sections/${q6.id}/comments`, { body: "Hyvä muotoilu." });
    expect((await t.w.as.member.get(`${t.base}/agreement/sections/${q6.id}/history`)).body.comments[0]).toMatchObject({
      body: "Hyvä muotoilu.",
      authorName: "Member",
    });
    expect((await t.w.as.observer.put(`${t.base}/agreement/sections/${q6.id}`, { version: 3, body: "x" })).status).toBe(403);
    expect((await t.w.as.observer.get(`${t.base}/agreement`)).body.sections).toEqual([]);
    expect((await t.w.as.coordinator.delete(`${t.base}/agreement/sections/${q6.id}`)).status).toBe(409);
  });

  it("is approved when every represented organisation accepts; asking for changes needs a comment", async () => {
    expect((await t.w.as.member.post(`${t.base}/agreement/versions`)).status).toBe(403);
    const proposed = await t.w.as.coordinator.post(`${t.base}/agreement/versions`);
    expect(proposed.status).toBe(201);
    const version = proposed.body.latest;
    expect(version).toMatchObject({ number: 1, status: "proposed", approved: false });
    expect(version.organisations.map((o: { name: string }) => o.name)).toEqual(["Kuopion kaupunki", "MLL Kuopio"]);
    const url = `${t.base}/agreement/versions/${version.id}/decision`;
    expect((await t.w.as.observer.put(url, { decision: "accepted" })).status).toBe(403);
    expect((await t.w.as.outsider.put(url, { decision: "accepted" })).status).toBe(404);
    const noComment = await t.w.as.member.put(url, { decision: "changes_requested" });
    expect(Object.keys(noComment.body.error.fields)).toEqual(["comment"]);
    await t.w.as.member.put(url, { decision: "changes_requested", comment: "Lisätkää rahoitus." });
    let state = (await t.w.as.member.get(`${t.base}/agreement`)).body.latest;
    expect(state.organisations.map((o: { decision: string | null }) => o.decision)).toEqual(["changes_requested", null]);
    await t.w.as.coordinator.put(url, { decision: "accepted" });
    await t.w.as.member.put(url, { decision: "accepted" });
    state = (await t.w.as.member.get(`${t.base}/agreement`)).body.latest;
    expect(state).toMatchObject({ status: "approved", approved: true });
    expect((await t.w.as.member.put(url, { decision: "accepted" })).status).toBe(409);
    const printable = await t.w.as.observer.get(`${t.base}/agreement/versions/${version.id}`);
    expect(printable.body).toMatchObject({ networkName: "Kuopion perheverkosto", number: 1, status: "approved" });
    const md = await t.w.app.request(`http://localhost${t.base}/agreement/versions/${version.id}/markdown`, {
      headers: { cookie: t.w.as.member.cookie ?? "" },
    });
    const text = await md.text();
    expect(text).toContain("# Pelisäännöt: Kuopion perheverkosto");
    expect(text).toContain("Hyväksyneet organisaatiot: Kuopion kaupunki, MLL Kuopio");
    expect(text).toContain("## 6. Miten verkosto tekee päätöksiä?");
  });

  it("says when the text has changed since the version being decided, shows a member their organisation's decision, and counts the version in force", async () => {
    const approved = (await t.w.as.member.get(`${t.base}/agreement`)).body;
    expect(approved.latest).toMatchObject({ number: 1, status: "approved", changedSinceProposal: false });
    // The admin works at Kuopion kaupunki without speaking for it: they see what their organisation decided.
    const me = (await t.w.as.admin.get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id);
    const p = await t.w.as.admin.get(`${t.base}/people/${me.personId}`);
    await t.w.as.admin.patch(`${t.base}/people/${me.personId}`, { version: p.body.version, organisationId: orgA });
    const seen = (await t.w.as.admin.get(`${t.base}/agreement`)).body;
    expect(seen.representing).toBeNull();
    expect(seen.myOrganisation).toMatchObject({ name: "Kuopion kaupunki", decision: "accepted", decidedByName: "Member" });
    expect((await t.w.as.observer.get(`${t.base}/agreement`)).body.myOrganisation).toBeNull();

    const q6 = approved.sections.find((s: { question: number }) => s.question === 6);
    const edited = await t.w.as.member.put(`${t.base}/agreement/sections/${q6.id}`, {
      version: q6.version,
      body: `${q6.body} Äänestämme vain harvoin.`,
    });
    expect(edited.status).toBe(200);
    expect((await t.w.as.member.get(`${t.base}/agreement`)).body.latest.changedSinceProposal).toBe(true);
    expect((await t.w.as.member.get(`${t.base}/agreement/versions/${approved.latest.id}`)).body.changedSinceProposal).toBe(true);
    // Observers read approved versions only, not the draft, so they are not told about it either.
    expect((await t.w.as.observer.get(`${t.base}/agreement/versions/${approved.latest.id}`)).body.changedSinceProposal).toBe(false);
    // Writing the same words back is no change.
    await t.w.as.member.put(`${t.base}/agreement/sections/${q6.id}`, { version: edited.body.version, body: q6.body });
    expect((await t.w.as.member.get(`${t.base}/agreement`)).body.latest.changedSinceProposal).toBe(false);

    await t.w.as.member.put(`${t.base}/agreement/sections/${q6.id}`, {
      version: edited.body.version + 1,
      body: `${q6.body} Äänestämme vain harvoin.`,
    });
    const second = await t.w.as.coordinator.post(`${t.base}/agreement/versions`);
    expect(second.body.latest).toMatchObject({ number: 2, status: "proposed", changedSinceProposal: false });
    // Version 1 is still in force while version 2 is being decided: the approval share counts version 1.
    const overview = await t.w.as.coordinator.get(`${t.base}/evaluation`);
    expect(overview.body.figures).toContainEqual({ key: "agreement_approval", unit: "%", value: 100 });
    // The home tells the coordinator when the text moves on while version 2 is being decided.
    const now = (await t.w.as.member.get(`${t.base}/agreement`)).body.sections.find((s: { question: number }) => s.question === 6);
    await t.w.as.member.put(`${t.base}/agreement/sections/${now.id}`, {
      version: now.version,
      body: `${now.body} Kiireessä sähköpostilla.`,
    });
    const home = (await t.w.as.coordinator.get(t.base)).body;
    expect(home.agreement).toEqual({ number: 2, status: "proposed", changedSinceProposal: true });
    expect((await t.w.as.observer.get(t.base)).body.agreement).toBeNull();
  });

  it("logs decisions with the rule used, finds them, and exports them as CSV", async () => {
    const d = await t.w.as.member.post(`${t.base}/decisions`, {
      decidedOn: "2026-05-12",
      title: "Perhekeskuksen pilotti",
      body: "Käynnistetään pilotti Siilinjärvellä syksyllä.",
      rule: "consensus",
      participants: "Kuopion kaupunki, MLL Kuopio",
    });
    expect(d.status).toBe(201);
    expect(
      (await t.w.as.member.post(`${t.base}/decisions`, { decidedOn: "2026-13-01", title: "x", body: "x", rule: "dice" })).body.error.fields,
    ).toMatchObject({
      decidedOn: expect.any(String),
      rule: expect.any(String),
    });
    expect((await t.w.as.observer.get(`${t.base}/decisions?q=SIILINJÄRVELLÄ`)).body.items.map((x: { title: string }) => x.title)).toEqual([
      "Perhekeskuksen pilotti",
    ]);
    expect((await t.w.as.observer.get(`${t.base}/decisions?q=budjetti`)).body.items).toEqual([]);
    const csv = await (
      await t.w.app.request(`http://localhost${t.base}/decisions/export`, { headers: { cookie: t.w.as.member.cookie ?? "" } })
    ).text();
    expect(csv).toContain("Päivämäärä;Päätös;Päätösteksti;Päätöksentekotapa;Osallistujat");
    expect(csv).toContain("2026-05-12;Perhekeskuksen pilotti;Käynnistetään pilotti Siilinjärvellä syksyllä.;Konsensus;");
    const xlsx = await t.w.as.member.get(`${t.base}/decisions/export?format=xlsx&q=pilotti`);
    expect(xlsx.headers.get("content-disposition")).toBe('attachment; filename="paatokset.xlsx"');
    const [decision] = await sheetRows(xlsx.bytes);
    expect(decision?.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(decision?.getCell(1).value).toEqual(new Date("2026-05-12T00:00:00Z"));
    expect(decision?.getCell(4).value).toBe("Konsensus");
    expect((await t.w.as.observer.delete(`${t.base}/decisions/${d.body.id}`)).status).toBe(403);
  });

  it("closes the last phase into a new cycle, a year on, carrying the goals and the promises still open", async () => {
    const goalsBefore = (await t.w.as.member.get(`${t.base}/goals`)).body.items;
    expect(goalsBefore.length).toBeGreaterThan(0);
    const dueOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const open = await t.w.as.member.post(`${t.base}/promises`, { text: "Jatkan kevään kokeilua", dueOn });
    for (const from of ["agreeing", "doing"]) {
      expect((await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from })).status).toBe(200);
    }
    expect(
      (await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from: "evaluating", carryGoals: true, carryPromises: true }))
        .status,
    ).toBe(200);
    const goalsAfter = (await t.w.as.member.get(`${t.base}/goals`)).body.items;
    expect(goalsAfter.map((g: { title: string }) => g.title).sort()).toEqual(goalsBefore.map((g: { title: string }) => g.title).sort());
    expect(goalsAfter.every((g: { id: string }) => !goalsBefore.some((b: { id: string }) => b.id === g.id))).toBe(true);
    expect((await t.w.as.member.get(`${t.base}/promises/${open.body.id}`)).body.cycleId).toBe(
      (await t.w.as.member.get(`${t.base}/cycles`)).body.current.id,
    );
    const view = (await t.w.as.member.get(`${t.base}/cycles`)).body;
    const year = new Date().getUTCFullYear();
    expect(view.cycles.map((c: { name: string; closedAt: string | null }) => [c.name, c.closedAt === null])).toEqual([
      [String(year), false],
      [String(year + 1), true],
    ]);
    expect(view.current).toMatchObject({ name: String(year + 1), phase: "assembling" });
  });
});
