import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { WEBHOOK_EVENT_KINDS } from "../domain/webhooks.ts";
import { runReminders } from "../services/notifications.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Each feature announces its news to the network's webhooks in the transaction that makes it true. */
describe.each(databases)("features announcing to webhooks on %s", (kind) => {
  const t = apiWorld(kind);
  /** The events stored for the network, oldest first, as kind and title. */
  const announced = async () =>
    (
      await t.deps.storage.db
        .selectFrom("webhook_events")
        .select(["kind", "title", "path"])
        .where("network_id", "=", t.w.network.id)
        .orderBy("occurred_at")
        .orderBy("id")
        .execute()
    ).filter((e) => e.kind !== "test");
  const since = async (count: number) => (await announced()).slice(count);

  beforeAll(async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/webhooks`, {
      name: "Kaikki uutiset",
      kind: "slack",
      url: "https://hooks.example.org/services/T/B/X",
      events: [...WEBHOOK_EVENT_KINDS],
    });
    expect(made.status).toBe(201);
  });

  it("tells of a meeting planned, moved and cancelled, but not of an edit that changes nothing people plan by", async () => {
    const before = (await announced()).length;
    const start = `${inDays(20)}T13:00`;
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Syystapaaminen", kind: "network_meeting", start, end: `${inDays(20)}T16:00`, place: "Kuopio" },
      participantIds: [],
      facilitatorIds: [],
    });
    expect(made.status).toBe(201);
    const meetingPath = `/networks/${t.w.network.id}/meetings/${made.body.id}`;
    expect(await since(before)).toEqual([{ kind: "meeting.created", title: "Syystapaaminen", path: meetingPath }]);

    const eventUrl = `${t.base}/events/${made.body.eventId}`;
    let e = (await t.w.as.coordinator.get(eventUrl)).body;
    expect((await t.w.as.coordinator.patch(eventUrl, { ...e, description: "Ohjelma tulossa", organiserOrganisationId: null })).status).toBe(
      200,
    );
    expect(await since(before + 1)).toEqual([]);
    e = (await t.w.as.coordinator.get(eventUrl)).body;
    const moved = await t.w.as.coordinator.patch(eventUrl, {
      ...e,
      start: `${inDays(21)}T13:00`,
      end: `${inDays(21)}T16:00`,
      organiserOrganisationId: null,
    });
    expect(moved.status).toBe(200);
    await t.w.as.coordinator.post(`${eventUrl}/cancel`);
    expect((await since(before + 1)).map((x) => x.kind)).toEqual(["meeting.changed", "meeting.changed"]);
  });

  it("tells of a decision recorded, and of an agreement version proposed and then approved", async () => {
    const before = (await announced()).length;
    await t.w.as.member.post(`${t.base}/decisions`, { decidedOn: inDays(0), title: "Syksyn teema", body: "Nuoret", rule: "consensus" });
    const org = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion kaupunki", kind: "municipality" })).body.id;
    const me = (await t.w.as.coordinator.get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id);
    const person = await t.w.as.coordinator.get(`${t.base}/people/${me.personId}`);
    await t.w.as.coordinator.patch(`${t.base}/people/${me.personId}`, { version: person.body.version, organisationId: org });
    await t.w.as.coordinator.put(`${t.base}/organisations/${org}/representatives`, { membershipIds: [me.personId] });
    const q1 = (await t.w.as.coordinator.get(`${t.base}/agreement`)).body.sections[0];
    await t.w.as.coordinator.put(`${t.base}/agreement/sections/${q1.id}`, { version: q1.version, body: "Yhteinen tarkoitus." });
    const proposed = await t.w.as.coordinator.post(`${t.base}/agreement/versions`);
    expect(proposed.status).toBe(201);
    const versionId = proposed.body.latest.id;
    await t.w.as.coordinator.put(`${t.base}/agreement/versions/${versionId}/decision`, { decision: "accepted" });
    const versionPath = `/networks/${t.w.network.id}/agreement/versions/${versionId}`;
    expect(await since(before)).toEqual([
      { kind: "decision.recorded", title: "Syksyn teema", path: `/networks/${t.w.network.id}/decisions` },
      { kind: "agreement.proposed", title: "v1", path: versionPath },
      { kind: "agreement.approved", title: "v1", path: versionPath },
    ]);
  });

  it("tells once that a survey round opened and is closing, and that a promise comes due, however often the reminders run", async () => {
    const before = (await announced()).length;
    const round = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Kevään kysely",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(2),
      audience: "all",
    });
    expect(round.status).toBe(201);
    await t.w.as.member.post(`${t.base}/promises`, { text: "Kokoan tilastot", dueOn: inDays(2) });
    await t.w.as.member.post(`${t.base}/promises`, { text: "Myöhemmin", dueOn: inDays(30) });
    await runReminders(t.deps);
    await runReminders(t.deps);
    const roundPath = `/networks/${t.w.network.id}/surveys/${round.body.id}/answer`;
    expect((await since(before)).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      {
        kind: "promise.due",
        title: "Kokoan tilastot",
        path: expect.stringMatching(new RegExp(`^/networks/${t.w.network.id}/promises#promise-`)),
      },
      { kind: "survey.closing", title: "Kevään kysely", path: roundPath },
      { kind: "survey.opened", title: "Kevään kysely", path: roundPath },
    ]);
    // Each piece of news waits to be sent, once to the one webhook.
    const pending = await t.deps.storage.db.selectFrom("webhook_deliveries").select("status").where("status", "=", "pending").execute();
    expect(pending.length).toBe((await announced()).length);
  });
});
