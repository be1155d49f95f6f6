import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { sheetRows } from "../../tests/support/workbook.ts";

const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("evaluation on %s", (kind) => {
  const t = apiWorld(kind);
  let goalId: string;
  beforeAll(async () => {
    const goal = await t.w.as.coordinator.post(`${t.base}/goals`, { goalType: "client_service", title: "Perheet löytävät palvelut" });
    goalId = goal.body.id;
  });

  it("attaches quantitative and qualitative indicators to a goal and refuses bad ones with the field at fault", async () => {
    const bad = await t.w.as.member.post(`${t.base}/goals/${goalId}/indicators`, { kind: "quantitative", name: "", target: 60 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["name"]);
    const noDirection = await t.w.as.member.post(`${t.base}/goals/${goalId}/indicators`, {
      kind: "quantitative",
      name: "Asiakkaat",
      target: 60,
    });
    expect(noDirection.status).toBe(400);
    expect(Object.keys(noDirection.body.error.fields)).toEqual(["direction"]);
    const noQuestion = await t.w.as.member.post(`${t.base}/goals/${goalId}/indicators`, { kind: "qualitative", name: "Kokemus" });
    expect(Object.keys(noQuestion.body.error.fields)).toEqual(["question"]);
    expect(
      (await t.w.as.observer.post(`${t.base}/goals/${goalId}/indicators`, { kind: "qualitative", name: "x", question: "y" })).status,
    ).toBe(403);
    expect((await t.w.as.outsider.get(`${t.base}/evaluation`)).status).toBe(404);

    const q = await t.w.as.member.post(`${t.base}/goals/${goalId}/indicators`, {
      kind: "quantitative",
      name: "Perheitä ohjattu oikeaan palveluun",
      unit: "%",
      baseline: 40,
      target: 60,
      direction: "increase",
    });
    expect(q.status).toBe(201);
    expect(q.body).toMatchObject({ kind: "quantitative", source: "manual", unit: "%", progress: { status: "unknown" } });
    const m = await t.w.as.member.post(`${t.base}/indicators/${q.body.id}/measurements`, {
      value: 45,
      measuredOn: today,
      source: "Asiakaskysely",
    });
    expect(m.status).toBe(201);
    expect(m.body.latest).toEqual({ value: 45, text: "", measuredOn: today });
    expect(m.body.progress).toEqual({ share: 0.25, status: "progressing" });
    expect(
      (await t.w.as.member.post(`${t.base}/indicators/${q.body.id}/measurements`, { measuredOn: today })).body.error.fields,
    ).toHaveProperty("value");

    const stale = await t.w.as.coordinator.patch(`${t.base}/indicators/${q.body.id}`, { ...q.body, version: q.body.version, target: 70 });
    expect(stale.status).toBe(200);
    const again = await t.w.as.member.patch(`${t.base}/indicators/${q.body.id}`, { ...q.body, version: q.body.version, target: 65 });
    expect(again.status).toBe(409);
    expect(again.body.error.current.target).toBe(70);

    const ql = await t.w.as.coordinator.post(`${t.base}/goals/${goalId}/indicators`, {
      kind: "qualitative",
      name: "Perheiden kokemus",
      question: "Mitä perheet kertovat palvelupolusta?",
    });
    const said = await t.w.as.coordinator.post(`${t.base}/indicators/${ql.body.id}/measurements`, {
      text: "Neuvola ohjaa nyt suoraan perhekeskukseen.",
      measuredOn: today,
    });
    expect(said.body.latest.text).toBe("Neuvola ohjaa nyt suoraan perhekeskukseen.");
  });

  it("computes the promise-keeping rate from the ledger and stores it as a measurement", async () => {
    const p1 = await t.w.as.member.post(`${t.base}/promises`, { text: "Kokoan palvelukartan", dueOn: inDays(10) });
    const p2 = await t.w.as.member.post(`${t.base}/promises`, { text: "Kutsun seurakunnan mukaan", dueOn: inDays(10) });
    await t.w.as.member.post(`${t.base}/promises`, { text: "Vielä auki", dueOn: inDays(10) });
    expect((await t.w.as.member.post(`${t.base}/promises/${p1.body.id}/changes`, { to: "kept", version: p1.body.version })).status).toBe(
      200,
    );
    expect(
      (
        await t.w.as.member.post(`${t.base}/promises/${p2.body.id}/changes`, {
          to: "not_kept",
          note: "Aikataulu ei riittänyt",
          version: p2.body.version,
        })
      ).status,
    ).toBe(200);
    const ind = await t.w.as.coordinator.post(`${t.base}/goals/${goalId}/indicators`, {
      kind: "quantitative",
      name: "Lupausten pitäminen",
      source: "promise_keeping",
      unit: "kpl",
      baseline: 40,
      target: 80,
      direction: "increase",
    });
    // One kept, one not kept, one still open: 1 / 2 = 50 %; the unit is the figure's own.
    expect(ind.body).toMatchObject({ unit: "%", currentComputed: 50, progress: { share: 0.25, status: "progressing" } });
    const stored = await t.w.as.coordinator.post(`${t.base}/indicators/${ind.body.id}/measurements`, { value: 99, measuredOn: today });
    expect(stored.body.measurements).toEqual([expect.objectContaining({ value: 50, computed: true, source: "Solmu" })]);
    // Two of the network's profiles confirmed today, the rest never: the share is 2 / all profiles.
    const { db } = t.deps.storage;
    await db.updateTable("memberships").set({ confirmed_at: null }).where("network_id", "=", t.w.network.id).execute();
    await db
      .updateTable("memberships")
      .set({ confirmed_at: new Date().toISOString() })
      .where("network_id", "=", t.w.network.id)
      .where("user_id", "in", [t.w.people.member.id, t.w.people.observer.id])
      .execute();
    const total = (await db.selectFrom("memberships").select("id").where("network_id", "=", t.w.network.id).execute()).length;
    const overview = await t.w.as.observer.get(`${t.base}/evaluation`);
    expect(overview.status).toBe(200);
    expect(overview.body.figures).toContainEqual({ key: "promise_keeping", unit: "%", value: 50 });
    expect(overview.body.figures).toContainEqual({ key: "contacts_fresh", unit: "%", value: Math.round((1000 * 2) / total) / 10 });
    expect(overview.body.figures).toContainEqual({ key: "agreement_approval", unit: "%", value: null });
    expect(overview.body.goals[0].indicators).toHaveLength(3);
  });

  it("runs a joint evaluation in the evaluating phase and hides results below the minimum group size", async () => {
    const round = { intro: "Arvioidaan yhdessä", closesOn: inDays(7), questions: ["Mikä toimi parhaiten?"] };
    const early = await t.w.as.coordinator.post(`${t.base}/evaluation/round`, round);
    expect(early.status).toBe(400);
    expect(Object.keys(early.body.error.fields)).toEqual(["phase"]);
    for (const from of ["assembling", "agreeing", "doing"])
      expect((await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from })).status).toBe(200);
    expect((await t.w.as.member.post(`${t.base}/evaluation/round`, round)).status).toBe(403);
    const opened = await t.w.as.coordinator.post(`${t.base}/evaluation/round`, round);
    expect(opened.status).toBe(201);
    expect((await t.w.as.coordinator.post(`${t.base}/evaluation/round`, round)).status).toBe(409);
    const cycleId = opened.body.cycle.id;
    const questionId = opened.body.round.questions[0].id;

    const mine = (rating: number, text: string, version: number | null) => ({
      version,
      ratings: [{ goalId, rating, comment: "" }],
      answers: [{ questionId, text }],
    });
    expect((await t.w.as.member.get(t.base)).body.evaluation).toMatchObject({
      indicators: 3,
      withoutValue: 0,
      round: { status: "open", answered: false },
    });
    const a = await t.w.as.member.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, mine(4, "Yhteinen palvelukartta", null));
    expect((await t.w.as.member.get(t.base)).body.evaluation.round.answered).toBe(true);
    expect(a.status).toBe(200);
    expect(a.body.round).toMatchObject({ respondents: 1, shown: false, questions: [{ answers: [] }] });
    expect(a.body.goals[0].evaluation).toEqual({ respondents: 1, shown: false, distribution: null, comments: [] });
    const stale = await t.w.as.member.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, mine(5, "Toinen", null));
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.ratings[0].rating).toBe(4);
    expect((await t.w.as.observer.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, mine(3, "", null))).status).toBe(403);
    const foreign = await t.w.as.member.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, {
      version: 1,
      ratings: [{ goalId: "nope", rating: 3 }],
    });
    expect(foreign.status).toBe(400);

    await t.w.as.coordinator.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, mine(2, "Tapaamiset", null));
    const shown = await t.w.as.coordinator.get(`${t.base}/evaluation`);
    expect(shown.body.round.respondents).toBe(2);
    expect(shown.body.goals[0].evaluation.shown).toBe(false);

    const changeQuestions = await t.w.as.coordinator.patch(`${t.base}/cycles/${cycleId}/evaluation/round`, {
      ...round,
      questions: ["Uusi kysymys"],
      version: opened.body.round.version,
    });
    expect(Object.keys(changeQuestions.body.error.fields)).toEqual(["questions"]);
    const closed = await t.w.as.coordinator.patch(`${t.base}/cycles/${cycleId}/evaluation/round`, { ...round, version: 1, close: true });
    expect(closed.body.round.status).toBe("closed");
    expect((await t.w.as.member.put(`${t.base}/cycles/${cycleId}/evaluation/mine`, mine(5, "", 1))).status).toBe(409);

    // Results show once the round has closed.
    await t.deps.storage.db.updateTable("networks").set({ min_group_size: 2 }).where("id", "=", t.w.network.id).execute();
    const visible = await t.w.as.member.get(`${t.base}/evaluation`);
    expect(visible.body.goals[0].evaluation.distribution).toEqual({ mean: 3, n: 2, counts: [0, 1, 0, 1, 0] });
    expect(visible.body.round.questions[0].answers.sort()).toEqual(["Tapaamiset", "Yhteinen palvelukartta"]);
  });

  it("keeps computed values when the cycle closes and carries indicators into the next cycle as one trend", async () => {
    const before = await t.w.as.coordinator.get(`${t.base}/evaluation`);
    const oldCycle = before.body.cycle.id;
    const closed = await t.w.as.coordinator.post(`${t.base}/cycles/current/advance`, { from: "evaluating", carryGoals: true });
    expect(closed.status).toBe(200);
    const old = await t.w.as.coordinator.get(`${t.base}/evaluation?cycle=${oldCycle}`);
    const keeping = old.body.goals[0].indicators.find((i: { source: string }) => i.source === "promise_keeping");
    expect(keeping.measurements.filter((m: { computed: boolean }) => m.computed)).toHaveLength(2);

    const next = await t.w.as.coordinator.get(`${t.base}/evaluation`);
    expect(next.body.cycle.id).not.toBe(oldCycle);
    const carried = next.body.goals[0].indicators.find((i: { name: string }) => i.name === "Perheitä ohjattu oikeaan palveluun");
    expect(carried.measurements).toEqual([]);
    expect(carried.target).toBe(70);
    await t.w.as.coordinator.post(`${t.base}/indicators/${carried.id}/measurements`, { value: 58, measuredOn: today });
    const trend = (await t.w.as.coordinator.get(`${t.base}/evaluation`)).body.goals[0].indicators.find(
      (i: { id: string }) => i.id === carried.id,
    ).trend;
    expect(trend.map((p: { value: number | null }) => p.value)).toEqual([45, 58]);
  });

  it("reports a cycle compared with an earlier one, as JSON, CSV and a self-contained HTML file", async () => {
    const cycles = (await t.w.as.member.get(`${t.base}/cycles`)).body.cycles as { id: string; name: string; closedAt: string | null }[];
    const earlier = cycles.find((c) => c.closedAt !== null) as { id: string; name: string };
    const r = await t.w.as.member.get(`${t.base}/report?compare=${earlier.id}`);
    expect(r.status).toBe(200);
    expect(r.body.compare).toEqual({ id: earlier.id, name: earlier.name });
    const indicator = r.body.goals[0].indicators.find((i: { name: string }) => i.name === "Perheitä ohjattu oikeaan palveluun");
    expect(indicator).toMatchObject({ value: 58, compareValue: 45, change: 13 });
    const keeping = r.body.figures.find((f: { key: string }) => f.key === "promise_keeping");
    expect(keeping.compareValue).toBe(50);
    expect(keeping.trend.map((p: { cycleId: string }) => p.cycleId)).toContain(earlier.id);
    const old = await t.w.as.member.get(`${t.base}/report?cycle=${earlier.id}`);
    expect(old.body.promises.rate).toMatchObject({ total: 3, keptOnTime: 1, notKept: 1, open: 1 });
    expect(old.body.phases.find((p: { phase: string }) => p.phase === "evaluating").endedAt).not.toBeNull();
    expect(old.body.evaluation).toMatchObject({ respondents: 2, status: "closed" });

    expect((await t.w.as.member.get(`${t.base}/report?compare=${r.body.cycle.id}`)).status).toBe(400);
    expect((await t.w.as.outsider.get(`${t.base}/report`)).status).toBe(404);
    expect((await t.w.anonymous().get(`${t.base}/report.html`)).status).toBe(401);

    const csv = await t.w.as.member.get(`${t.base}/report.csv?compare=${earlier.id}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (csv.body as unknown as string).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("section;cycle;item;measure;value;unit;compare_cycle;compare_value;note");
    expect(lines).toContain(
      `indicator;${r.body.cycle.name};Perheet löytävät palvelut / Perheitä ohjattu oikeaan palveluun;value;58;%;${earlier.name};45;manual`,
    );
    const xlsx = await t.w.as.member.get(`${t.base}/report.xlsx?compare=${earlier.id}`);
    expect(xlsx.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.xlsx"/);
    const figure = (await sheetRows(xlsx.bytes)).find(
      (row) =>
        row.getCell(3).value === "Perheet löytävät palvelut / Perheitä ohjattu oikeaan palveluun" && row.getCell(4).value === "value",
    );
    expect(figure?.getCell(5).value).toBe(58);
    expect(figure?.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(figure?.getCell(8).value).toBe(45);

    const html = await t.w.as.member.get(`${t.base}/report.html?cycle=${earlier.id}`);
    expect(html.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.html"/);
    const page = html.body as unknown as string;
    expect(page).toContain("<style>");
    expect(page).not.toMatch(/<script|<link /);
    expect(page).toContain("Perheiden kokemus");
    expect(page).toContain('role="img"');
  });
});
