import { afterEach, describe, expect, it } from "vitest";
import { client } from "../../tests/support/client.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { createApp } from "../http/app.ts";
import { purgeExpiredSurveyAnswers } from "../services/surveys.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./index.ts";

describe.each(databases)("the demo on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>> | undefined;
  afterEach(async () => {
    await deps?.cleanup();
    deps = undefined;
  });

  const count = async (table: "users" | "organisations" | "networks" | "memberships") => {
    if (!deps) throw new Error("no database");
    const r = await deps.storage.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  it("seeds a Finnish and a Swedish network with three cycles each, once", async () => {
    deps = await freshDeps(kind);
    expect((await seedDemo(deps, "small")).seeded).toBe(true);
    expect((await seedDemo(deps, "small")).seeded).toBe(false);
    expect(await count("networks")).toBe(2);
    const cycles = await deps.storage.db.selectFrom("cycles").select(["network_id", "closed_at"]).execute();
    expect(cycles).toHaveLength(6);
    expect(cycles.filter((c) => c.closed_at === null)).toHaveLength(2);

    const app = createApp(deps);
    const c = client(app);
    expect((await c.post("/api/auth/login", { email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD })).status).toBe(200);
    const me = await c.get("/api/me");
    expect(me.body.networks.map((n: { name: string }) => n.name).sort()).toEqual([
      "Pohjois-Savon lapsi- ja perhepalveluverkosto",
      "Österbottens nätverk för ungas välbefinnande",
    ]);
    const savo = me.body.networks.find((n: { role: string }) => n.role === "coordinator");
    const home = await c.get(`/api/networks/${savo.id}`);
    expect(home.body.currentCycle.phase).toBe("doing");
    expect(home.body.organisationCount).toBe(12);
    expect(home.body.memberCount).toBe(40);

    // Phase 2 is under way in the Finnish network: an approved agreement, a newer proposal, goals and decisions.
    const agreement = await c.get(`/api/networks/${savo.id}/agreement`);
    expect(agreement.body.versions.map((v: { status: string }) => v.status)).toEqual(["proposed", "approved"]);
    expect(agreement.body.latest.organisations.some((o: { decision: string | null }) => o.decision === "changes_requested")).toBe(true);
    expect((await c.get(`/api/networks/${savo.id}/goals`)).body.items).toHaveLength(3);
    // Four decisions recorded by hand, three from polls decided in Solmu (consent, ranked choice, a blocked proposal).
    const decisions = (await c.get(`/api/networks/${savo.id}/decisions`)).body.items;
    expect(decisions).toHaveLength(7);
    expect(decisions.filter((d: { pollId: string | null }) => d.pollId !== null)).toHaveLength(3);
    // Polls: three open ones wait for the coordinator's vote; three are closed.
    const polls = (await c.get(`/api/networks/${savo.id}/polls`)).body.items;
    expect(polls.filter((p: { open: boolean }) => p.open).map((p: { kind: string }) => p.kind)).toEqual([
      "proposal",
      "time_poll",
      "dot_vote",
    ]);
    const closed = polls.filter((p: { open: boolean }) => !p.open).map((p: { kind: string }) => p.kind);
    expect(closed.sort()).toEqual(["consent", "proposal", "ranked_choice"]);
    expect(home.body.polls.needingMe.map((p: { kind: string }) => p.kind)).toEqual(["proposal", "time_poll", "dot_vote"]);
    const overview = await c.get(`/api/networks/${savo.id}/cycles`);
    expect(overview.body.current.phases.map((p: { status: string }) => p.status)).toEqual(["done", "done", "current", "upcoming"]);
    expect(overview.body.current.phases[0].evaluation.averageAchieved).toEqual(expect.any(Number));
    // Coordination: the annual clock has events (a monthly meeting expanded), and promises in every state.
    const y = new Date().getUTCFullYear();
    const events = await c.get(`/api/networks/${savo.id}/events?from=${y}-01-01T00:00:00Z&to=${y + 1}-01-01T00:00:00Z`);
    const monthly = events.body.items.filter((o: { event: { title: string } }) => o.event.title === "Verkostotapaaminen");
    expect(monthly).toHaveLength(11);
    // The second Tuesday of each month: a Tuesday between the 8th and the 14th, never a weekend.
    for (const o of monthly as { start: string }[]) {
      expect(new Date(`${o.start.slice(0, 10)}T12:00:00Z`).getUTCDay(), o.start).toBe(2);
      expect(Number(o.start.slice(8, 10)), o.start).toSatisfy((d: number) => d >= 8 && d <= 14);
    }
    const rates = await c.get(`/api/networks/${savo.id}/promises/keeping-rates`);
    expect(rates.body.network.total).toBe(9);
    expect(rates.body.network.rate).toBeGreaterThan(0);
    const types = await c.get(`/api/networks/${savo.id}/assessments/network-type`);
    expect(types.body.cycles.every((x: { summary: unknown }) => x.summary !== null)).toBe(true);
    // Network health: this cycle's open round and the two closed rounds before it.
    const rounds = (await c.get(`/api/networks/${savo.id}/surveys`)).body.items;
    expect(rounds.map((r: { status: string }) => r.status)).toEqual(["open", "closed", "closed"]);
    // The open round shows no figures until it closes (decision 013); the closed one does.
    expect((await c.get(`/api/networks/${savo.id}/surveys/${rounds[0].id}/analysis`)).body).toMatchObject({ hidden: true, graph: null });
    const analysis = (await c.get(`/api/networks/${savo.id}/surveys/${rounds[1].id}/analysis`)).body;
    expect(analysis.hidden).toBe(false);
    expect(analysis.graph.communityCount).toBeGreaterThan(1);
    expect(analysis.graph.edgeCount).toBeGreaterThan(50);
    const trends = (await c.get(`/api/networks/${savo.id}/surveys/trends`)).body.items;
    expect(trends[1].trust.goodwill).toBeGreaterThan(trends[0].trust.goodwill);
    expect(trends[2].trust.goodwill).toBeNull();
    // Between the two closed rounds the network grew: ties came and went, and more came than went.
    const change = (await c.get(`/api/networks/${savo.id}/surveys/${rounds[1].id}/change?compare=${rounds[2].id}`)).body;
    expect(change.counts.lost).toBeGreaterThan(0);
    expect(change.counts.new).toBeGreaterThan(change.counts.lost);
    expect(change.nodes.length).toBeGreaterThan(0);
    // Facilitation: last month's learning café with feedback, next week's open space with a board; the member has not answered.
    const meetings = (await c.get(`/api/networks/${savo.id}/meetings`)).body.items;
    expect(meetings).toHaveLength(2);
    const past = (await c.get(`/api/networks/${savo.id}/meetings/${meetings[1].id}`)).body;
    expect(past.seating.people.every((p: { name: string }) => p.name !== "")).toBe(true);
    expect(past.feedback.summary.hidden).toBe(false);
    expect(past.warnings).toEqual([]);
    const minutes = (await c.get(`/api/networks/${savo.id}/meetings/${meetings[1].id}/minutes`)).body;
    expect(minutes).toMatchObject({ status: "sent", canEdit: false });
    expect(minutes.text).toContain("## Läsnä");
    expect(minutes.text).toContain("Sovittiin kolmesta kokeilusta");
    const board = (await c.get(`/api/networks/${savo.id}/meetings/${meetings[0].id}/board`)).body;
    expect(board.sessions.filter((x: { slotId: string | null }) => x.slotId !== null)).toHaveLength(3);
    const balance = (await c.get(`/api/networks/${savo.id}/activities`)).body.balance;
    expect(balance).toEqual({ sideBySide: 4, together: 4 });
    // Evaluation: indicators carried from last year form trends; last year's joint evaluation shows; the public page is on.
    const evaluation = (await c.get(`/api/networks/${savo.id}/evaluation`)).body;
    const first = evaluation.goals[0].indicators.find((i: { name: string }) => i.name.startsWith("Perheet, jotka saivat avun"));
    expect(first.trend.map((p: { value: number | null }) => p.value)).toEqual([53, 61]);
    expect(evaluation.figures.find((f: { key: string }) => f.key === "promise_keeping").value).toBeGreaterThan(0);
    const lastYear = overview.body.cycles.find((x: { name: string }) => x.name === String(y - 1));
    const report = (await c.get(`/api/networks/${savo.id}/report?cycle=${lastYear.id}`)).body;
    expect(report.evaluation).toMatchObject({ respondents: 9, shown: true });
    expect(report.goals[0].evaluation.distribution.n).toBeGreaterThan(0);
    const page = await client(app).get("/p/pohjois-savon-perheverkosto");
    expect(page.status).toBe(200);
    expect(page.body).toContain("Perhekeskuksen palvelukartta julkaistu");
    expect(page.body).not.toContain("Luonnos: kevään verkostopäivä");
    const practices = (await c.get(`/api/networks/${savo.id}/practices`)).body;
    expect(practices.shared.map((p: { title: string }) => p.title)).toEqual(["Skolkuratorernas nätverkskaffe"]);
    // The youth network keeps raw answers six months: the first cleanup deletes last year's, and its figures stay.
    const swedish = me.body.networks.find((n: { name: string }) => n.name.startsWith("Österbottens"));
    const [current, previous] = (await c.get(`/api/networks/${swedish.id}/surveys`)).body.items;
    const before = (await c.get(`/api/networks/${swedish.id}/surveys/${previous.id}/results`)).body;
    expect(await purgeExpiredSurveyAnswers(deps)).toBe(1);
    const after = (await c.get(`/api/networks/${swedish.id}/surveys/${previous.id}/results`)).body;
    expect(after.round).toMatchObject({ frozen: true, respondedCount: before.round.respondedCount });
    expect(after.round.answersPurgedAt).not.toBeNull();
    expect(after.elements).toEqual(before.elements);
    expect((await c.get(`/api/networks/${swedish.id}/surveys/${current.id}`)).body.answersPurgedAt).toBeNull();
    const m = client(app);
    await m.post("/api/auth/login", { email: DEMO_ACCOUNTS.member, password: DEMO_PASSWORD });
    expect((await m.get(`/api/networks/${savo.id}/surveys`)).body.items[0]).toMatchObject({ myState: "not_started", canAnswer: true });
    expect((await m.get(`/api/networks/${savo.id}`)).body.meetings.next).toMatchObject({ invited: true, myRsvp: null });
    // The newcomer lands on the welcome; the demo network itself is set up, so its coordinator sees no checklist.
    const n = client(app);
    await n.post("/api/auth/login", { email: DEMO_ACCOUNTS.newcomer, password: DEMO_PASSWORD });
    expect((await n.get(`/api/networks/${savo.id}`)).body.welcome).toMatchObject({ photo: false, competences: false, languages: true });
    expect((await c.get(`/api/networks/${savo.id}`)).body.setup).toBeNull();
    // Last year's round asked what organisations bring: the directory shows it and the gaps view names what nobody brings.
    const resources = (await c.get(`/api/networks/${savo.id}/resources`)).body;
    const kuopio = resources.organisations.find((o: { name: string }) => o.name === "Kuopion kaupunki");
    expect(kuopio.resources).toEqual(expect.arrayContaining(["staff_time", "premises"]));
    expect(resources.gaps.nobody).toContain("it");
  });

  it("seeds the large demo: at least 300 organisations and 2,000 people in one network", async () => {
    deps = await freshDeps(kind);
    await seedDemo(deps, "large");
    const biggest = await deps.storage.db
      .selectFrom("memberships")
      .select((eb) => ["network_id", eb.fn.countAll<number>().as("n")])
      .groupBy("network_id")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    expect(Number(biggest.n)).toBeGreaterThanOrEqual(2000);
    const orgs = await deps.storage.db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("network_id", "=", biggest.network_id)
      .executeTakeFirstOrThrow();
    expect(Number(orgs.n)).toBeGreaterThanOrEqual(300);
    const emails = await deps.storage.db.selectFrom("users").select("email").execute();
    expect(new Set(emails.map((e) => e.email)).size).toBe(emails.length);
  });
});
