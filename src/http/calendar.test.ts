import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const year = new Date().getUTCFullYear() + 1;

/** Parses an iCalendar text with ical.js, a parser independent of the library that wrote it. */
function vevents(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents("vevent").map((v) => ({
    uid: String(v.getFirstPropertyValue("uid")),
    sequence: Number(v.getFirstPropertyValue("sequence")),
    status: String(v.getFirstPropertyValue("status")),
    summary: String(v.getFirstPropertyValue("summary")),
    url: String(v.getFirstPropertyValue("url")),
  }));
}

describe.each(databases)("the annual clock and calendar feeds on %s", (kind) => {
  const t = apiWorld(kind);
  let eventId: string;

  it("refuses bad dates, unknown time zones and impossible recurrences with field errors", async () => {
    const r = await t.w.as.member.post(`${t.base}/events`, {
      title: "Verkostotapaaminen",
      kind: "network_meeting",
      start: `${year}-02-30T10:00`,
      end: `${year}-03-01T09:00`,
      timeZone: "Europe/Kuopio",
      recurrence: { frequency: "daily", interval: 1 },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields).sort()).toEqual(expect.arrayContaining(["timeZone"]));
    const order = await t.w.as.member.post(`${t.base}/events`, {
      title: "X",
      kind: "deadline",
      start: `${year}-03-02T10:00`,
      end: `${year}-03-02T09:00`,
    });
    expect(order.body.error.fields.end).toBe("Loppu ei voi olla ennen alkua.");
    const rec = await t.w.as.member.post(`${t.base}/events`, {
      title: "X",
      kind: "workshop",
      start: `${year}-03-02T10:00`,
      end: `${year}-03-02T11:00`,
      recurrence: { frequency: "hourly", interval: 1 },
    });
    expect(Object.keys(rec.body.error.fields)).toEqual(["frequency"]);
  });

  it("expands a weekly meeting at 10:00 Helsinki time across the spring DST change", async () => {
    const created = await t.w.as.member.post(`${t.base}/events`, {
      title: "Verkostotapaaminen",
      kind: "network_meeting",
      start: `${year}-03-16T10:00`,
      end: `${year}-03-16T12:00`,
      recurrence: { frequency: "weekly", interval: 1, count: 4 },
      place: "Kuopion kaupungintalo",
    });
    expect(created.status).toBe(201);
    eventId = created.body.id;
    const list = await t.w.as.observer.get(`${t.base}/events?from=${year}-03-01T00:00:00Z&to=${year}-05-01T00:00:00Z`);
    const items = list.body.items as { start: string; startUtc: string }[];
    expect(items.map((o) => o.start.slice(11))).toEqual(["10:00", "10:00", "10:00", "10:00"]);
    // Winter time is UTC+2, summer time UTC+3: the UTC hour moves while the local time stays.
    expect(new Set(items.map((o) => o.startUtc.slice(11, 16)))).toEqual(new Set(["08:00", "07:00"]));
  });

  it("serves a subscription feed that carries updates and cancellations, and a revoked URL answers 404", async () => {
    const feed = await t.w.as.member.post(`${t.base}/feeds`);
    expect(feed.status).toBe(201);
    const path = new URL(feed.body.url).pathname;
    const fetchFeed = async () => t.w.app.request(`http://localhost${path}`);
    const first = vevents(await (await fetchFeed()).text());
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ uid: `${eventId}@solmu`, sequence: 0, status: "CONFIRMED", summary: "Verkostotapaaminen" });
    expect(first[0]?.url).toContain(`/networks/${t.w.network.id}/calendar?event=${eventId}`);

    const e = (await t.w.as.member.get(`${t.base}/events/${eventId}`)).body;
    const moved = await t.w.as.member.patch(`${t.base}/events/${eventId}`, {
      ...e,
      title: "Verkostotapaaminen (siirretty)",
      version: e.version,
      organiserOrganisationId: null,
    });
    expect(moved.status).toBe(200);
    expect(vevents(await (await fetchFeed()).text())[0]).toMatchObject({ sequence: 1, summary: "Verkostotapaaminen (siirretty)" });
    expect((await t.w.as.observer.post(`${t.base}/events/${eventId}/cancel`)).status).toBe(403);
    await t.w.as.member.post(`${t.base}/events/${eventId}/cancel`);
    expect(vevents(await (await fetchFeed()).text())[0]).toMatchObject({ sequence: 2, status: "CANCELLED" });

    const single = await t.w.app.request(`http://localhost${t.base}/events/${eventId}/ics`, {
      headers: { cookie: t.w.as.coordinator.cookie ?? "" },
    });
    expect(single.headers.get("content-type")).toContain("text/calendar");
    const feeds = await t.w.as.member.get("/api/me/feeds");
    expect((await t.w.as.member.delete(`/api/me/feeds/${feeds.body.items[0].id}`)).status).toBe(204);
    expect((await fetchFeed()).status).toBe(404);
    expect((await t.w.app.request("http://localhost/api/feeds/arvattu.ics")).status).toBe(404);
  });

  it("shows the next 90 days of events and promises falling due", async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000);
    const day = soon.toISOString().slice(0, 10);
    await t.w.as.coordinator.post(`${t.base}/events`, {
      title: "Talousarvion valmistelu",
      kind: "member_org_event",
      start: day,
      end: new Date(soon.getTime() + 86_400_000).toISOString().slice(0, 10),
      allDay: true,
    });
    await t.w.as.member.post(`${t.base}/promises`, { text: "Lähetän muistion", dueOn: day });
    const a = await t.w.as.member.get(`${t.base}/anticipation`);
    expect(a.body.events.map((o: { event: { title: string } }) => o.event.title)).toContain("Talousarvion valmistelu");
    expect(a.body.promises).toEqual([expect.objectContaining({ text: "Lähetän muistion", mine: true, overdue: false })]);
  });
});
