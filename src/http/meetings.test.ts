import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("meetings on %s", (kind) => {
  const t = apiWorld(kind);
  const ids: Record<string, string> = {};
  let aino: Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;
  let bertil: typeof aino;
  beforeAll(async () => {
    for (const key of ["aino", "bertil", "cecilia", "daniel"]) {
      const { id } = await upsertUser(t.deps, { email: `${key}@example.fi`, name: key, password: "correct horse battery", isAdmin: false });
      await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
    }
    aino = await t.w.signedIn("aino@example.fi");
    bertil = await t.w.signedIn("bertil@example.fi");
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of people) ids[p.name.toLowerCase()] = p.id;
  });

  // Early today in Helsinki: begun (so feedback is taken) and still on its own day (so invitees may answer).
  const meeting = (over: Record<string, unknown> = {}) => ({
    event: { title: "Verkostotapaaminen", kind: "network_meeting", start: `${day(0)}T00:00`, end: `${day(0)}T03:00` },
    purpose: "Oppia toisiltamme",
    expectedOutcome: "Yhteinen kuva kevään työstä",
    participantIds: [ids.member, ids.aino, ids.bertil, ids.cecilia, ids.daniel],
    facilitatorIds: [ids.aino],
    ...over,
  });

  it("plans a meeting on the annual clock with the people invited", async () => {
    expect((await t.w.as.member.post(`${t.base}/meetings`, meeting())).status).toBe(403);
    const bad = await t.w.as.coordinator.post(`${t.base}/meetings`, meeting({ participantIds: ["nobody"] }));
    expect(Object.keys(bad.body.error.fields)).toEqual(["participantIds"]);
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, meeting());
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ title: "Verkostotapaaminen", minutes: 180, canPlan: true, isParticipant: false });
    expect(made.body.participants).toHaveLength(5);
    ids.meeting = made.body.id;
    const event = await t.w.as.member.get(`${t.base}/events/${made.body.eventId}`);
    expect(event.body.kind).toBe("network_meeting");
    expect((await t.w.as.outsider.get(`${t.base}/meetings/${ids.meeting}`)).status).toBe(404);
    const invited = (await t.w.as.member.get("/api/me/notifications")).body.items.filter(
      (n: { kind: string }) => n.kind === "meeting_invitation",
    );
    expect(invited).toHaveLength(1);
    expect(invited[0].link).toBe(`/networks/${t.w.network.id}/meetings/${ids.meeting}`);
  });

  it("saves an agenda of method blocks, warns about it, refuses a block outside the meeting and a stale save", async () => {
    const url = `${t.base}/meetings/${ids.meeting}`;
    const m = (await t.w.as.coordinator.get(url)).body;
    const outside = await t.w.as.coordinator.put(`${url}/agenda`, {
      version: m.version,
      blocks: [{ title: "Luento", method: "expert_lecture", startMinute: 150, durationMinutes: 60 }],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields["blocks.0.startMinute"]).toContain("180");
    const lecture = await t.w.as.coordinator.put(`${url}/agenda`, {
      version: m.version,
      blocks: [
        { title: "Tervetuloa", method: "introductions", startMinute: 0, durationMinutes: 15 },
        { title: "Asiantuntija-alustus", method: "expert_lecture", startMinute: 15, durationMinutes: 45 },
        { title: "Oppimiskahvila", method: "learning_cafe", startMinute: 60, durationMinutes: 90 },
        { title: "Päätökset", method: "decision_making", startMinute: 150, durationMinutes: 30 },
      ],
    });
    expect(lecture.status).toBe(200);
    expect(lecture.body.warnings).toEqual([{ key: "noBreak", minutes: 180 }]);
    expect(lecture.body.minutesByMode).toMatchObject({ teaching: 45, facilitation: 90 });
    ids.cafe = lecture.body.agenda[2].id;
    const stale = await aino.put(`${url}/agenda`, { version: m.version, blocks: [] });
    expect(stale.status).toBe(409);
    expect((await t.w.as.member.put(`${url}/agenda`, { version: lecture.body.version, blocks: [] })).status).toBe(403);
  });

  it("takes answers to the invitation and seats the learning café so nobody sits twice in a round", async () => {
    const url = `${t.base}/meetings/${ids.meeting}`;
    const yes = await t.w.as.member.put(`${url}/rsvp`, { rsvp: "yes" });
    expect(yes.body.myRsvp).toBe("yes");
    expect((await t.w.as.observer.put(`${url}/rsvp`, { rsvp: "yes" })).status).toBe(403);
    const tooMany = await aino.post(`${url}/seating`, { tables: 9, rounds: 2 });
    expect(tooMany.status).toBe(400);
    const plan = await aino.post(`${url}/seating`, { tables: 2, rounds: 3, hostIds: [ids.aino], blockId: ids.cafe });
    expect(plan.status).toBe(200);
    const s = plan.body.seating;
    expect(s.people).toHaveLength(5);
    expect(s.assignment).toHaveLength(3);
    const host = s.people.findIndex((p: { id: string }) => p.id === ids.aino);
    for (const round of s.assignment) {
      expect(round).toHaveLength(5);
      expect(round[host]).toBe(0);
    }
    expect(s.newPairs).toBeGreaterThan(0);
    expect(s.newPairs).toBeLessThanOrEqual(s.upperBound);
    const bySize = await aino.post(`${url}/seating`, { tableSize: 3, rounds: 2 });
    expect(bySize.body.seating.tables).toBe(2);
    // People who sat together at this café are not new to each other at the next one.
    const next = await t.w.as.coordinator.post(
      `${t.base}/meetings`,
      meeting({ event: { title: "Seuraava", kind: "workshop", start: `${day(30)}T09:00`, end: `${day(30)}T12:00` } }),
    );
    const again = await t.w.as.coordinator.post(`${t.base}/meetings/${next.body.id}/seating`, { tables: 2, rounds: 3 });
    expect(again.body.seating.upperBound).toBeLessThan(s.upperBound);
    const neither = await aino.post(`${url}/seating`, { rounds: 2 });
    expect(neither.body.error.fields.tables).toBe("Pakollinen tieto.");
  });

  it("records notes, attendance into shared history, and a decision and a promise from the meeting", async () => {
    const url = `${t.base}/meetings/${ids.meeting}`;
    const notes = await t.w.as.member.put(`${url}/blocks/${ids.cafe}/notes`, { version: 1, notes: "Pöytä 1: tiedonkulku" });
    expect(notes.body.agenda[2]).toMatchObject({ notes: "Pöytä 1: tiedonkulku", notesVersion: 2 });
    const stale = await aino.put(`${url}/blocks/${ids.cafe}/notes`, { version: 1, notes: "toinen" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.notes).toBe("Pöytä 1: tiedonkulku");
    expect((await t.w.as.observer.put(`${url}/blocks/${ids.cafe}/notes`, { version: 2, notes: "x" })).status).toBe(403);

    const present = [ids.member, ids.aino, ids.bertil];
    expect((await aino.put(`${url}/attendance`, { presentIds: [ids.coordinator] })).status).toBe(400);
    const att = await aino.put(`${url}/attendance`, { presentIds: present });
    expect(att.body.participants.filter((p: { attended: boolean }) => p.attended).length).toBe(3);
    await aino.put(`${url}/attendance`, { presentIds: present });
    const history = await t.w.as.member.get(`${t.base}/history?person=${ids.bertil}`);
    const entries = history.body.items.filter((e: { title: string }) => e.title === "Verkostotapaaminen");
    expect(entries).toHaveLength(1);

    const decision = await t.w.as.member.post(`${t.base}/decisions`, {
      decidedOn: day(-1),
      title: "Kevään teema on tiedonkulku",
      body: "Kevään verkostotyö keskittyy organisaatioiden väliseen tiedonkulkuun.",
      rule: "consensus",
      meetingId: ids.meeting,
    });
    expect(decision.body).toMatchObject({ meetingId: ids.meeting });
    expect(
      (await t.w.as.member.post(`${t.base}/decisions`, { decidedOn: day(-1), title: "x", body: "y", rule: "consensus", meetingId: "nope" }))
        .status,
    ).toBe(400);
    const promise = await t.w.as.member.post(`${t.base}/promises`, {
      text: "Kokoan tiedonkulun ongelmat",
      dueOn: day(20),
      meetingId: ids.meeting,
    });
    expect(promise.status).toBe(201);
  });

  it("gathers feedback and shows it to planners only from the minimum group size", async () => {
    const url = `${t.base}/meetings/${ids.meeting}`;
    const answer = { timeWellUsed: 4, realDialogue: 5, concreteProgress: 3 };
    await t.w.as.member.put(`${url}/feedback`, answer);
    await aino.put(`${url}/feedback`, { ...answer, realDialogue: 3 });
    expect((await aino.get(url)).body.feedback.summary).toMatchObject({ respondents: 2, hidden: true, realDialogue: null });
    await bertil.put(`${url}/feedback`, { ...answer, comment: "Hyvä kahvila" });
    const summary = (await aino.get(url)).body.feedback.summary;
    expect(summary.realDialogue.mean).toBeCloseTo(13 / 3, 10);
    expect(summary.comments).toEqual(["Hyvä kahvila"]);
    expect((await t.w.as.member.get(url)).body.feedback).toMatchObject({ mine: { ...answer, comment: "" }, summary: null });
    const trend = await t.w.as.coordinator.get(`${t.base}/meetings/feedback`);
    expect(trend.body.items[0]).toMatchObject({ respondents: 3, timeWellUsed: 4 });
    expect((await t.w.as.member.get(`${t.base}/meetings/feedback`)).status).toBe(403);
    const future = await t.w.as.coordinator.post(
      `${t.base}/meetings`,
      meeting({ event: { title: "Tuleva", kind: "workshop", start: `${day(5)}T09:00`, end: `${day(5)}T11:00` } }),
    );
    expect((await t.w.as.member.put(`${t.base}/meetings/${future.body.id}/feedback`, answer)).status).toBe(409);
  });

  it("keeps the method library with the network's own methods", async () => {
    const own = await t.w.as.coordinator.post(`${t.base}/methods`, {
      name: "Kävelykokous",
      mode: "facilitation",
      dialogue: true,
      typicalMinutes: 30,
    });
    expect(own.status).toBe(201);
    const mine = own.body.items.find((m: { name: string | null }) => m.name === "Kävelykokous");
    expect(own.body.items.filter((m: { builtIn: boolean }) => m.builtIn).length).toBeGreaterThanOrEqual(9);
    expect((await t.w.as.member.post(`${t.base}/methods`, { name: "x", mode: "none", typicalMinutes: 10 })).status).toBe(403);
    const m = (await t.w.as.coordinator.get(`${t.base}/meetings/${ids.meeting}`)).body;
    const saved = await t.w.as.coordinator.put(`${t.base}/meetings/${ids.meeting}/agenda`, {
      version: m.version,
      blocks: [{ title: "Kävely", method: mine.key, startMinute: 0, durationMinutes: 30 }],
    });
    expect(saved.body.agenda[0]).toMatchObject({ method: mine.key, mode: "facilitation" });
  });
});
