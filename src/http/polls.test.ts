import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { closeDuePolls, pollReminders } from "../services/pollClosing.ts";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe.each(databases)("polls on %s", (kind) => {
  const t = apiWorld(kind);
  const open = (as: "coordinator" | "member" | "observer", body: Record<string, unknown>) =>
    t.w.as[as].post(`${t.base}/polls`, { closesAt: inDays(3), ...body });
  const vote = (as: "coordinator" | "member" | "observer", pollId: string, body: Record<string, unknown>) =>
    t.w.as[as].put(`${t.base}/polls/${pollId}/vote`, body);

  it("runs a proposal from opening to the decision log, with reasons, and keeps observers from voting", async () => {
    const created = await open("member", { kind: "proposal", title: "Kevään tapaamiset verkossa", details: "Säästetään matkoissa." });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.rule).toEqual({ method: "consensus", share: null });
    expect(created.body.eligible).toBe(3);
    expect((await t.w.as.observer.get(`${t.base}/polls/${id}`)).body.title).toBe("Kevään tapaamiset verkossa");
    expect((await vote("observer", id, { choice: "agree" })).status).toBe(403);
    expect((await t.w.as.outsider.get(`${t.base}/polls/${id}`)).status).toBe(404);

    const block = await vote("coordinator", id, { choice: "block" });
    expect(block.status).toBe(400);
    expect(Object.keys(block.body.error.fields)).toEqual(["reason"]);
    const unknown = await vote("coordinator", id, { choice: "maybe" });
    expect(Object.keys(unknown.body.error.fields)).toEqual(["choice"]);

    expect((await vote("member", id, { choice: "agree" })).status).toBe(200);
    const voted = await vote("coordinator", id, { choice: "abstain", reason: "En ehdi mukaan keväällä" });
    expect(voted.body.myVote).toEqual({ kind: "proposal", choice: "abstain", reason: "En ehdi mukaan keväällä" });
    expect(voted.body.results.votes.map((v: { name: string; vote: { choice: string } }) => [v.name, v.vote.choice])).toEqual([
      ["Coordinator", "abstain"],
      ["Member", "agree"],
    ]);
    expect(voted.body.results.reasons).toEqual([{ choice: "abstain", reason: "En ehdi mukaan keväällä", name: "Coordinator" }]);

    const notified = (await t.w.as.coordinator.get("/api/me/notifications")).body.items;
    expect(notified.some((n: { kind: string; link: string }) => n.kind === "poll_opened" && n.link.endsWith(id))).toBe(true);

    expect((await t.w.as.observer.post(`${t.base}/polls/${id}/close`, {})).status).toBe(403);
    const closed = await t.w.as.member.post(`${t.base}/polls/${id}/close`, {});
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    expect(closed.body.results.outcome).toEqual({ status: "passed", optionIds: [] });
    // The list shows a closed poll's outcome as it was frozen, so the polls page needs no call per poll.
    const listed = (await t.w.as.observer.get(`${t.base}/polls`)).body.items.find((p: { id: string }) => p.id === id);
    expect(listed.outcome).toEqual({ status: "passed", optionIds: [] });
    expect((await vote("member", id, { choice: "disagree" })).status).toBe(409);
    expect((await t.w.as.member.post(`${t.base}/polls/${id}/close`, {})).status).toBe(409);

    const log = (await t.w.as.observer.get(`${t.base}/decisions`)).body.items;
    const decision = log.find((d: { pollId: string | null }) => d.pollId === id);
    expect(decision).toMatchObject({
      title: "Kevään tapaamiset verkossa",
      rule: "consensus",
      participants: "2/3 äänioikeutetusta äänesti Solmussa",
    });
    expect(decision.body).toBe("Hyväksytty. Puolesta 1, tyhjää 1, vastaan 0, estoja 0.");
    expect(closed.body.decisionId).toBe(decision.id);
  });

  it("decides proposals by the rule the agreement states, which only coordinators set", async () => {
    const rules = { items: [{ decisionKind: "ordinary", method: "qualified_majority", share: "two_thirds", quorumPercent: null }] };
    expect((await t.w.as.member.put(`${t.base}/agreement/decision-rules`, rules)).status).toBe(403);
    const missing = await t.w.as.coordinator.put(`${t.base}/agreement/decision-rules`, {
      items: [{ decisionKind: "major", method: "qualified_majority" }],
    });
    expect(Object.keys(missing.body.error.fields)).toEqual(["items.0.share"]);
    const saved = await t.w.as.coordinator.put(`${t.base}/agreement/decision-rules`, rules);
    expect(saved.body.items).toEqual([
      { decisionKind: "ordinary", rule: { method: "qualified_majority", share: "two_thirds" }, quorumPercent: null, stated: true },
      { decisionKind: "major", rule: { method: "consensus", share: null }, quorumPercent: null, stated: false },
    ]);
    const third = await t.w.newMember("polls-third", "Kolmas Jäsen");
    const p = (await open("coordinator", { kind: "proposal", title: "Yhteinen viestintäkanava" })).body;
    expect(p.rule).toEqual({ method: "qualified_majority", share: "two_thirds" });
    await vote("member", p.id, { choice: "agree" });
    await vote("coordinator", p.id, { choice: "agree" });
    await third.put(`${t.base}/polls/${p.id}/vote`, { choice: "disagree" });
    const closed = await t.w.as.coordinator.post(`${t.base}/polls/${p.id}/close`, {});
    expect(closed.body.results.outcome.status).toBe("passed");
    const major = (await open("coordinator", { kind: "proposal", title: "Pelisääntöjen muutos", decisionKind: "major" })).body;
    expect(major.rule).toEqual({ method: "consensus", share: null });
  });

  it("checks each kind's vote: a choose limit, dots to spend, scores 0–5, rankings, time answers", async () => {
    const choose = (
      await open("coordinator", {
        kind: "choose",
        title: "Teema",
        options: [{ label: "A" }, { label: "B" }, { label: "C" }],
        maxChoices: 2,
      })
    ).body;
    const [a, b, c] = choose.options.map((o: { id: string }) => o.id);
    expect(Object.keys((await vote("member", choose.id, { optionIds: [a, b, c] })).body.error.fields)).toEqual(["optionIds"]);
    expect((await vote("member", choose.id, { optionIds: [a, c] })).status).toBe(200);

    const dots = (
      await open("coordinator", { kind: "dot_vote", title: "Painopisteet", options: [{ label: "A" }, { label: "B" }], dots: 3 })
    ).body;
    const [d1, d2] = dots.options.map((o: { id: string }) => o.id);
    expect(Object.keys((await vote("member", dots.id, { dots: { [d1]: 2, [d2]: 2 } })).body.error.fields)).toEqual(["dots"]);
    expect((await vote("member", dots.id, { dots: { [d1]: 3 } })).body.results.tally.totals).toEqual({ [d1]: 3, [d2]: 0 });

    const score = (await open("coordinator", { kind: "score", title: "Arvio", options: [{ label: "A" }, { label: "B" }] })).body;
    const [s1, s2] = score.options.map((o: { id: string }) => o.id);
    expect(Object.keys((await vote("member", score.id, { scores: { [s1]: 6, [s2]: 1 } })).body.error.fields)).toEqual([`scores.${s1}`]);

    const ranked = (
      await open("coordinator", { kind: "ranked_choice", title: "Järjestys", options: [{ label: "A" }, { label: "B" }, { label: "C" }] })
    ).body;
    const [r1, r2, r3] = ranked.options.map((o: { id: string }) => o.id);
    await vote("member", ranked.id, { ranking: [r3, r2] });
    const after = await vote("coordinator", ranked.id, { ranking: [r1, r2] });
    expect(after.body.results.tally.rounds[0]).toEqual({ counts: { [r1]: 1, [r2]: 0, [r3]: 1 }, exhausted: 0, eliminated: [r2] });
    expect(after.body.results.outcome.status).toBe("tie");

    const noOptions = await open("coordinator", { kind: "choose", title: "Yksi vaihtoehto", options: [{ label: "A" }] });
    expect(Object.keys(noOptions.body.error.fields)).toEqual(["options"]);
    const past = await open("coordinator", { kind: "proposal", title: "Menneisyys", closesAt: inDays(-1) });
    expect(Object.keys(past.body.error.fields)).toEqual(["closesAt"]);
  });

  it("settles a tie at closing and plans the time poll's meeting with those who can come", async () => {
    const poll = (
      await open("member", {
        kind: "time_poll",
        title: "Syystapaaminen",
        options: [
          { start: "2027-09-14T13:00", end: "2027-09-14T15:00" },
          { start: "2027-09-16T09:00", end: "2027-09-16T11:00" },
        ],
      })
    ).body;
    const [tue, thu] = poll.options.map((o: { id: string }) => o.id);
    expect(poll.options[0]).toMatchObject({ start: "2027-09-14T13:00", end: "2027-09-14T15:00" });
    const bad = await vote("member", poll.id, { answers: { [tue]: "yes" } });
    expect(Object.keys(bad.body.error.fields)).toEqual([`answers.${thu}`]);
    await vote("member", poll.id, { answers: { [tue]: "maybe", [thu]: "no" } });
    await vote("coordinator", poll.id, { answers: { [tue]: "yes", [thu]: "yes" } });
    expect((await t.w.as.member.post(`${t.base}/polls/${poll.id}/close`, { chosenOptionId: tue, createEvent: true })).status).toBe(403);
    const closed = await t.w.as.coordinator.post(`${t.base}/polls/${poll.id}/close`, { chosenOptionId: tue, createEvent: true });
    expect(closed.status).toBe(200);
    expect(closed.body.chosenOptionId).toBe(tue);
    expect(closed.body.eventId).not.toBeNull();
    const meetings = (await t.w.as.coordinator.get(`${t.base}/meetings`)).body.items;
    const meeting = meetings.find((m: { title: string }) => m.title === "Syystapaaminen");
    const detail = (await t.w.as.coordinator.get(`${t.base}/meetings/${meeting.id}`)).body;
    expect(detail.participants.map((p: { name: string }) => p.name).sort()).toEqual(["Coordinator", "Member"]);
    const event = (await t.w.as.member.get(`${t.base}/events/${closed.body.eventId}`)).body;
    expect(event).toMatchObject({ start: "2027-09-14T13:00", end: "2027-09-14T15:00", timeZone: "Europe/Helsinki" });
    expect((await t.w.as.coordinator.post(`${t.base}/polls/${poll.id}/close`, { createEvent: true })).status).toBe(409);
  });

  it("gives organisations one vote each, cast by a representative, and keeps others out of a chosen group's poll", async () => {
    const org = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Siilinjärven kunta", kind: "municipality" })).body.id;
    const ids: Record<string, string> = {};
    for (const who of ["coordinator", "member"] as const) {
      ids[who] = (await t.w.as[who].get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id).personId;
      const p = await t.w.as.coordinator.get(`${t.base}/people/${ids[who]}`);
      await t.w.as.coordinator.patch(`${t.base}/people/${ids[who]}`, { version: p.body.version, organisationId: org });
    }
    await t.w.as.coordinator.put(`${t.base}/organisations/${org}/representatives`, { membershipIds: [ids.member] });
    const p = (await open("coordinator", { kind: "proposal", title: "Yhteinen hanke", audience: "organisations" })).body;
    expect(p.eligible).toBe(1);
    expect((await vote("coordinator", p.id, { choice: "agree" })).status).toBe(403);
    const cast = await vote("member", p.id, { choice: "agree" });
    expect(cast.body.votesForOrganisation).toBe(true);
    expect(cast.body.voters).toEqual([{ name: "Member", organisationName: "Siilinjärven kunta" }]);

    const group = (
      await open("coordinator", { kind: "consent", title: "Työryhmän esitys", audience: "group", audienceIds: [ids.coordinator] })
    ).body;
    expect((await vote("member", group.id, { choice: "consent" })).status).toBe(403);
    expect((await vote("coordinator", group.id, { choice: "consent" })).status).toBe(200);
    const unknown = await open("coordinator", { kind: "consent", title: "Tuntematon", audience: "group", audienceIds: ["nobody"] });
    expect(Object.keys(unknown.body.error.fields)).toEqual(["audienceIds"]);
  });

  it("hides results until closing when asked, and refuses a changed vote when changes are not allowed", async () => {
    const p = (await open("member", { kind: "proposal", title: "Piilotettu tulos", hideResultsUntilClosed: true, allowChange: false }))
      .body;
    await vote("member", p.id, { choice: "agree" });
    for (const who of ["coordinator", "member", "observer"] as const) {
      const seen = (await t.w.as[who].get(`${t.base}/polls/${p.id}`)).body;
      expect(seen.results).toBeNull();
      expect(seen.voters.map((v: { name: string }) => v.name)).toEqual(["Member"]);
    }
    expect((await vote("member", p.id, { choice: "disagree" })).status).toBe(409);
    expect((await t.w.as.member.delete(`${t.base}/polls/${p.id}`)).status).toBe(409);
    const empty = (await open("member", { kind: "proposal", title: "Vahinko" })).body;
    expect((await t.w.as.observer.delete(`${t.base}/polls/${empty.id}`)).status).toBe(403);
    expect((await t.w.as.member.delete(`${t.base}/polls/${empty.id}`)).status).toBe(204);
  });

  it("closes polls whose time has come once, decides nothing without quorum, and reminds only those who have not voted", async () => {
    const quorum = (await open("coordinator", { kind: "proposal", title: "Päätösvaltaisuus", quorum: 100 })).body;
    const due = (await open("coordinator", { kind: "proposal", title: "Aikaraja", closesAt: inDays(0.5) })).body;
    await vote("member", quorum.id, { choice: "agree" });
    await vote("member", due.id, { choice: "agree" });
    const before = (await t.w.as.coordinator.get("/api/me/notifications")).body.items.filter(
      (n: { kind: string }) => n.kind === "poll_closing",
    );
    expect(await pollReminders(t.deps)).toBeGreaterThan(0);
    await pollReminders(t.deps);
    const reminders = (await t.w.as.coordinator.get("/api/me/notifications")).body.items.filter(
      (n: { kind: string }) => n.kind === "poll_closing",
    );
    expect(reminders.length - before.length).toBe(1);
    expect(
      (await t.w.as.member.get("/api/me/notifications")).body.items.some(
        (n: { kind: string; link: string }) => n.kind === "poll_closing" && n.link.endsWith(due.id),
      ),
    ).toBe(false);

    const later = new Date(Date.now() + 4 * 86_400_000);
    const [first, second] = await Promise.all([closeDuePolls(t.deps, later), closeDuePolls(t.deps, later)]);
    expect(first + second).toBeGreaterThanOrEqual(2);
    const q = (await t.w.as.member.get(`${t.base}/polls/${quorum.id}`)).body;
    expect(q.results.outcome.status).toBe("no_quorum");
    expect(q.decisionId).toBeNull();
    const d = (await t.w.as.member.get(`${t.base}/polls/${due.id}`)).body;
    expect(d.open).toBe(false);
    const log = (await t.w.as.member.get(`${t.base}/decisions`)).body.items.filter((x: { pollId: string }) => x.pollId === due.id);
    expect(log).toHaveLength(1);
    expect(await closeDuePolls(t.deps, later)).toBe(0);
  });
});

describe.each(databases)("an anonymous poll on %s", (kind) => {
  const t = apiWorld(kind);
  let pollId: string;
  const SECRET = "Rahoitus ei riitä tähän vuonna 2027";

  beforeAll(async () => {
    pollId = (
      await t.w.as.coordinator.post(`${t.base}/polls`, { kind: "proposal", title: "Salainen", anonymous: true, closesAt: inDays(2) })
    ).body.id;
  });

  it("shows who voted but never how, to anyone, before or after closing, in no answer or export", async () => {
    await t.w.as.member.put(`${t.base}/polls/${pollId}/vote`, { choice: "block", reason: SECRET });
    await t.w.as.coordinator.put(`${t.base}/polls/${pollId}/vote`, { choice: "agree" });
    const own = (await t.w.as.member.get(`${t.base}/polls/${pollId}`)).body;
    expect(own.myVote).toEqual({ kind: "proposal", choice: "block", reason: SECRET });
    expect(own.results).toBeNull();
    const admin = (await t.w.as.admin.get(`${t.base}/polls/${pollId}`)).body;
    expect(admin.myVote).toBeNull();
    expect(admin.results).toBeNull();
    expect(admin.voters.map((v: { name: string }) => v.name)).toEqual(["Coordinator", "Member"]);

    const stored = await t.deps.storage.db.selectFrom("polls").select(["sealed_votes"]).where("id", "=", pollId).executeTakeFirstOrThrow();
    const entries = JSON.parse(stored.sealed_votes ?? "[]") as Array<{ key: string }>;
    expect(entries.map((e) => e.key)).toEqual(entries.map((e) => e.key).sort());
    expect(await t.deps.storage.db.selectFrom("poll_votes").selectAll().where("poll_id", "=", pollId).execute()).toEqual([]);

    await t.w.as.coordinator.post(`${t.base}/polls/${pollId}/close`, {});
    const answers = [
      await t.w.as.admin.get(`${t.base}/polls/${pollId}`),
      await t.w.as.member.get(`${t.base}/polls/${pollId}`),
      await t.w.as.observer.get(`${t.base}/polls/${pollId}`),
      await t.w.as.coordinator.get(`${t.base}/polls`),
      await t.w.as.coordinator.get(`${t.base}/decisions`),
      await t.w.as.coordinator.get(`${t.base}/decisions/export?format=csv`),
      await t.w.as.coordinator.get(`${t.base}/audit`),
      await t.w.as.member.get("/api/me/data"),
    ];
    const closed = answers[1]?.body;
    expect(closed.myVote).toBeNull();
    expect(closed.results.votes).toEqual([]);
    expect(closed.results.reasons).toEqual([{ choice: "block", reason: SECRET, name: null }]);
    expect(closed.results.outcome.status).toBe("rejected");
    for (const a of answers) {
      const text = typeof a.body === "string" ? a.body : JSON.stringify(a.body);
      // The reason is shown, but nowhere beside the name of who gave it.
      for (const fragment of text.split(/[{}]/)) expect(fragment.includes(SECRET) && /Member/.test(fragment)).toBe(false);
    }
    const sealed = await t.deps.storage.db
      .selectFrom("polls")
      .select(["sealed_votes", "seal_secret"])
      .where("id", "=", pollId)
      .executeTakeFirstOrThrow();
    expect(sealed.seal_secret).toBeNull();
    expect(sealed.sealed_votes).not.toMatch(/"key"/);
  });
});
