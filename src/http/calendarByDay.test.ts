import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

// 2030 is far enough ahead for every occurrence to be upcoming; its second Tuesdays, from a wall calendar.
const SECOND_TUESDAYS_2030 = ["2030-01-08", "2030-02-12", "2030-03-12", "2030-04-09", "2030-05-14", "2030-06-11"];

const meeting = (recurrence: unknown, start = "2030-01-08T14:00") => ({
  title: "Verkostotapaaminen",
  kind: "network_meeting",
  start,
  end: `${start.slice(0, 10)}T16:00`,
  recurrence,
});

describe.each(databases)("monthly recurrence on a weekday of the month on %s", (kind) => {
  const t = apiWorld(kind);

  it("names byDay when it is malformed, not monthly or not the start's day, in the user's language", async () => {
    const post = (recurrence: unknown) => t.w.as.member.post(`${t.base}/events`, meeting(recurrence));
    const malformed = await post({ frequency: "monthly", byDay: "toinen tiistai" });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.fields)).toEqual(["byDay"]);
    expect(malformed.body.error.fields.byDay).toContain("2TU");
    expect(Object.keys((await post({ frequency: "weekly", byDay: "2TU" })).body.error.fields)).toEqual(["byDay"]);
    const other = await post({ frequency: "monthly", byDay: "3TU" });
    expect(other.body.error.fields.byDay).toBe(
      "Ensimmäisen kerran on osuttava valitulle viikonpäivälle: vaihda alkupäivä tai viikonpäivä.",
    );
  });

  it("stores the second Tuesday, lists its occurrences and next dates, and exports BYDAY that ical.js reads the same", async () => {
    const created = await t.w.as.member.post(`${t.base}/events`, meeting({ frequency: "monthly", interval: 1, byDay: "2TU", count: 6 }));
    expect(created.status).toBe(201);
    expect(created.body.recurrence).toMatchObject({ frequency: "monthly", byDay: "2TU", count: 6 });
    expect(created.body.upcoming.map((o: { start: string }) => o.start)).toEqual(SECOND_TUESDAYS_2030.slice(0, 5).map((d) => `${d}T14:00`));

    const list = await t.w.as.observer.get(`${t.base}/events?from=2030-01-01T00:00:00Z&to=2031-01-01T00:00:00Z`);
    const mine = (list.body.items as { start: string; event: { id: string } }[]).filter((o) => o.event.id === created.body.id);
    expect(mine.map((o) => o.start)).toEqual(SECOND_TUESDAYS_2030.map((d) => `${d}T14:00`));

    const file = await t.w.app.request(`http://localhost${t.base}/events/${created.body.id}/ics`, {
      headers: { cookie: t.w.as.member.cookie ?? "" },
    });
    const text = await file.text();
    expect(text.replace(/\r\n[ \t]/g, "")).toContain("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6");
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const iterator = new ICAL.Event(vevent).iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString().slice(0, 10));
    expect(days).toEqual(SECOND_TUESDAYS_2030);
  });

  it("keeps the rule when the event is edited, and the last Friday through PATCH", async () => {
    const created = await t.w.as.member.post(`${t.base}/events`, meeting({ frequency: "monthly", byDay: "-1FR" }, "2030-01-25T09:00"));
    expect(created.status).toBe(201);
    const e = created.body;
    const moved = await t.w.as.member.patch(`${t.base}/events/${e.id}`, {
      ...e,
      title: "Kuukauden viimeinen perjantai",
      organiserOrganisationId: null,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.recurrence.byDay).toBe("-1FR");
    expect(moved.body.upcoming.slice(0, 4).map((o: { start: string }) => o.start.slice(0, 10))).toEqual([
      "2030-01-25",
      "2030-02-22",
      "2030-03-29",
      "2030-04-26",
    ]);
  });
});
