import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { OutgoingMail } from "../services/mail.ts";
import { runReminders } from "../services/notifications.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("a meeting's answer deadline on %s", (kind) => {
  const t = apiWorld(kind);

  /** A meeting in two weeks whose answers close `deadlineIn` days from today, with everyone in the world invited. */
  async function meetingWithDeadline(deadlineIn: number) {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string }[];
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Kevään verkostotapaaminen", kind: "network_meeting", start: `${day(14)}T13:00`, end: `${day(14)}T16:00` },
      purpose: "Yhteinen kuva perheiden palveluista",
      rsvpDeadline: day(deadlineIn),
      participantIds: people.map((p) => p.id),
    });
    expect(made.status).toBe(201);
    return made.body as { id: string; rsvpOpen: boolean; rsvpDeadline: string };
  }

  it("takes answers up to the deadline day and then shows the answers as closed", async () => {
    const open = await meetingWithDeadline(0);
    expect(open.rsvpOpen).toBe(true);
    expect((await t.w.as.member.put(`${t.base}/meetings/${open.id}/rsvp`, { rsvp: "yes" })).status).toBe(200);
    const list = await t.w.as.member.get(`${t.base}/meetings`);
    expect(list.body.items.find((m: { id: string }) => m.id === open.id)).toMatchObject({ rsvpDeadline: day(0), rsvpOpen: true });

    const closed = await meetingWithDeadline(-1);
    expect(closed.rsvpOpen).toBe(false);
    const late = await t.w.as.member.put(`${t.base}/meetings/${closed.id}/rsvp`, { rsvp: "yes" });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("rsvp_closed");
    expect((await t.w.as.member.get(`${t.base}/meetings/${closed.id}`)).body).toMatchObject({ rsvpOpen: false, myRsvp: null });
  });

  it("without a deadline takes answers up to the meeting's own day and refuses them after it", async () => {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string }[];
    /** A meeting `startsIn` days from today without an answer deadline, with everyone in the world invited. */
    const meetingOn = async (startsIn: number) => {
      const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
        event: { title: "Verkostotapaaminen", kind: "network_meeting", start: `${day(startsIn)}T09:00`, end: `${day(startsIn)}T11:00` },
        purpose: "Kuulumiset",
        participantIds: people.map((p) => p.id),
      });
      expect(made.status).toBe(201);
      return made.body as { id: string; rsvpOpen: boolean; rsvpDeadline: string | null };
    };

    const current = await meetingOn(0);
    expect(current).toMatchObject({ rsvpDeadline: null, rsvpOpen: true });
    expect((await t.w.as.member.put(`${t.base}/meetings/${current.id}/rsvp`, { rsvp: "yes" })).status).toBe(200);

    const past = await meetingOn(-1);
    expect(past).toMatchObject({ rsvpDeadline: null, rsvpOpen: false });
    const list = await t.w.as.member.get(`${t.base}/meetings`);
    expect(list.body.items.find((m: { id: string }) => m.id === past.id)).toMatchObject({ rsvpOpen: false });
    const late = await t.w.as.member.put(`${t.base}/meetings/${past.id}/rsvp`, { rsvp: "yes" });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("rsvp_closed");
    expect((await t.w.as.member.get(`${t.base}/meetings/${past.id}`)).body).toMatchObject({ rsvpOpen: false, myRsvp: null });
  });

  it("reminds those who have not answered once, the day before the deadline, in the app and by e-mail", async () => {
    const meeting = await meetingWithDeadline(1);
    expect((await t.w.as.coordinator.put(`${t.base}/meetings/${meeting.id}/rsvp`, { rsvp: "yes" })).status).toBe(200);
    const sent: OutgoingMail[] = [];
    const saved = t.deps.mailer;
    // Reminders go by e-mail only when SMTP is set up: a mailer that says so and keeps what it is given.
    t.deps.mailer = { smtp: true, send: async (_db, mail) => Boolean(sent.push(mail)) };
    try {
      await runReminders(t.deps, new Date(Date.now() - 86_400_000));
      expect(sent.filter((m) => m.link?.endsWith(meeting.id))).toEqual([]);
      await runReminders(t.deps);
      await runReminders(t.deps);
    } finally {
      t.deps.mailer = saved;
    }
    // The meeting of the test before, whose deadline is today, is reminded of too; these are this meeting's.
    const reminders = sent.filter((m) => m.kind === "rsvp_reminder" && m.link?.endsWith(meeting.id));
    expect(reminders.map((m) => m.to).sort()).toEqual([t.w.people.admin.email, t.w.people.member.email, t.w.people.observer.email].sort());
    const mail = reminders.find((m) => m.to === t.w.people.member.email);
    const finnishDay = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;
    expect(mail?.subject).toBe(`Muistutus: vastaa kutsuun ${finnishDay(day(1))} mennessä – Kevään verkostotapaaminen`);
    expect(mail?.body).toContain(`${t.deps.links.base}/networks/${t.w.network.id}/meetings/${meeting.id}`);

    const inApp = (await t.w.as.member.get("/api/me/notifications")).body.items.filter(
      (n: { kind: string; link: string }) => n.kind === "rsvp_reminder" && n.link.endsWith(meeting.id),
    );
    expect(inApp).toHaveLength(1);
    expect(inApp[0]).toMatchObject({
      params: { title: "Kevään verkostotapaaminen", dueOn: day(1) },
      link: `/networks/${t.w.network.id}/meetings/${meeting.id}`,
    });
    const coordinator = (await t.w.as.coordinator.get("/api/me/notifications")).body.items;
    expect(coordinator.filter((n: { link: string }) => n.link.endsWith(meeting.id))).toEqual([]);
  });
});
