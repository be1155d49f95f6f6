import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  calendarFeed,
  DEFAULT_PRODUCT_ID,
  type FeedEvent,
  type FeedMeeting,
  type MeetingLabels,
  meetingDescription,
} from "./calendarFeed.ts";
import { type EventTime, occurrences, type Recurrence } from "./recurrence.ts";

// ical.js is an independent parser: the feed is written by ical-generator, and read back here only with ical.js.

const HKI = "Europe/Helsinki";

const base: FeedEvent = {
  uid: "0b7e6f5c-3f1e-4c2a-9d8e-1a2b3c4d5e6f@solmu",
  sequence: 3,
  status: "confirmed",
  title: "Ohjausryhmä",
  description: "Kokoontuminen",
  location: "Kaupungintalo",
  url: "https://solmu.example/n/verkosto/clock/0b7e6f5c",
  time: { start: "2026-03-16T10:00", end: "2026-03-16T11:30", allDay: false, timeZone: HKI },
  recurrence: null,
  updatedAt: "2026-02-01T12:34:56.789Z",
};

const event = (extra: Partial<FeedEvent>): FeedEvent => ({ ...base, ...extra });
const feed = (...events: FeedEvent[]) => calendarFeed({ name: "Verkoston vuosikello", events });

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const vevents = (text: string) => parse(text).getAllSubcomponents("vevent");
const only = (text: string) => {
  const [first, ...rest] = vevents(text);
  if (!first || rest.length > 0) throw new Error("expected exactly one VEVENT");
  return first;
};

/** A property's value as ical.js reads it, as a string. */
const value = (component: ICAL.Component, name: string) => {
  const v = component.getFirstPropertyValue(name);
  return v === null ? null : String(v);
};

/** UTC start and end instants of the first `max` occurrences, as ical.js expands the event. */
function icalOccurrences(component: ICAL.Component, max = 200): { startUtc: string; endUtc: string }[] {
  const e = new ICAL.Event(component);
  const iterator = e.iterator();
  const out: { startUtc: string; endUtc: string }[] = [];
  for (let next = iterator.next(); next && out.length < max; next = iterator.next()) {
    const details = e.getOccurrenceDetails(next);
    out.push({ startUtc: details.startDate.toJSDate().toISOString(), endUtc: details.endDate.toJSDate().toISOString() });
  }
  return out;
}

const ours = (time: EventTime, recurrence: Recurrence | null, limit = 200) =>
  occurrences(time, recurrence, "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z", limit).map(({ startUtc, endUtc }) => ({
    startUtc,
    endUtc,
  }));

/** The logical lines of the document, unfolded. */
const lines = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n");

describe("calendarFeed: the calendar", () => {
  it("has VERSION, PRODID and the calendar's name", () => {
    const cal = parse(feed(base));
    expect(cal.name).toBe("vcalendar");
    expect(value(cal, "version")).toBe("2.0");
    expect(value(cal, "prodid")).toBe(DEFAULT_PRODUCT_ID);
    expect(value(cal, "x-wr-calname")).toBe("Verkoston vuosikello");
  });

  it("takes a product id of the caller's", () => {
    const text = calendarFeed({ name: "X", productId: "-//Esimerkin kunta//Solmu//FI", events: [] });
    expect(value(parse(text), "prodid")).toBe("-//Esimerkin kunta//Solmu//FI");
  });

  it("is a valid document with no events", () => {
    const cal = parse(calendarFeed({ name: "Tyhjä", events: [] }));
    expect(cal.getAllSubcomponents("vevent")).toEqual([]);
    expect(cal.getAllSubcomponents("vtimezone")).toEqual([]);
  });

  it("ends lines with CRLF and folds them at 75 octets", () => {
    const text = feed(event({ description: "Äänestys ja päätöksenteko, öljyä ja ääniä. ".repeat(20) }));
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("gives the same text for the same input", () => {
    expect(feed(base)).toBe(feed(base));
  });

  it("keeps a line break in the calendar's name from starting a property", () => {
    const text = calendarFeed({ name: "Nimi\r\nBEGIN:VEVENT", events: [] });
    expect(vevents(text)).toEqual([]);
    expect(value(parse(text), "x-wr-calname")).toBe("Nimi BEGIN:VEVENT");
  });
});

describe("calendarFeed: events", () => {
  it("writes UID, SEQUENCE, STATUS, SUMMARY, DESCRIPTION, LOCATION, URL, DTSTAMP and LAST-MODIFIED", () => {
    const vevent = only(feed(base));
    const e = new ICAL.Event(vevent);
    expect(e.uid).toBe(base.uid);
    expect(e.sequence).toBe(3);
    expect(e.summary).toBe("Ohjausryhmä");
    expect(e.description).toBe("Kokoontuminen");
    expect(e.location).toBe("Kaupungintalo");
    expect(value(vevent, "status")).toBe("CONFIRMED");
    expect(value(vevent, "url")).toBe(base.url);
    // Timestamps are whole seconds in UTC.
    expect(value(vevent, "dtstamp")).toBe("2026-02-01T12:34:56Z");
    expect(value(vevent, "last-modified")).toBe("2026-02-01T12:34:56Z");
    expect(vevent.hasProperty("rrule")).toBe(false);
  });

  it("a cancelled event has STATUS:CANCELLED and keeps its UID and a raised SEQUENCE", () => {
    const vevent = only(feed(event({ status: "cancelled", sequence: 4 })));
    expect(value(vevent, "status")).toBe("CANCELLED");
    expect(value(vevent, "uid")).toBe(base.uid);
    expect(value(vevent, "sequence")).toBe("4");
  });

  it("leaves LOCATION out when there is none, but always writes DESCRIPTION", () => {
    const vevent = only(feed(event({ location: null, description: "" })));
    expect(vevent.hasProperty("location")).toBe(false);
    expect(value(vevent, "description")).toBe("");
  });

  it("round-trips commas, semicolons, backslashes, line breaks and ä/ö", () => {
    const title = "Kevään työpaja; ideointi, priorisointi";
    const description = "Rivi 1: älä unohda.\nRivi 2, öljy; \\polku\\\r\nRivi 3 – Åbo\tsarkain";
    const location = "Kaupungintalo, Sali 2; 3. krs";
    const e = new ICAL.Event(only(feed(event({ title, description, location }))));
    expect(e.summary).toBe(title);
    // A CRLF inside text is written as \n, so it comes back as a bare line feed.
    expect(e.description).toBe("Rivi 1: älä unohda.\nRivi 2, öljy; \\polku\\\nRivi 3 – Åbo\tsarkain");
    expect(e.location).toBe(location);
  });

  it("keeps a long text with ä/ö whole across folded lines", () => {
    const description = "Yhteistyö, luottamus ja sitoutuminen — äöå ÄÖÅ € 🎉. ".repeat(12);
    expect(new ICAL.Event(only(feed(event({ description })))).description).toBe(description);
  });

  it("does not let a line break in a value start a new property or event", () => {
    const text = feed(
      event({ title: "Otsikko\r\nEND:VEVENT\r\nBEGIN:VEVENT", uid: "a\r\nb@solmu", url: "https://solmu.example/x\r\nSTATUS:CANCELLED" }),
    );
    const vevent = only(text);
    expect(value(vevent, "summary")).toBe("Otsikko\nEND:VEVENT\nBEGIN:VEVENT");
    expect(value(vevent, "uid")).toBe("a b@solmu");
    expect(value(vevent, "status")).toBe("CONFIRMED");
    expect(lines(text).filter((l) => l.startsWith("STATUS"))).toEqual(["STATUS:CONFIRMED"]);
  });

  it("drops control characters that iCalendar text may not hold", () => {
    expect(new ICAL.Event(only(feed(event({ title: "Kello\u0007 soi\u0000" })))).summary).toBe("Kello soi");
  });

  it("percent-encodes commas and semicolons in the URL, which takes no backslash escapes", () => {
    expect(value(only(feed(event({ url: "https://solmu.example/a?b=1,2;c" }))), "url")).toBe("https://solmu.example/a?b=1%2C2%3Bc");
  });

  it("writes the organiser when it is an address", () => {
    const named = only(feed(event({ organiser: "Aino Virtanen <aino.virtanen@kunta.fi>" }))).getFirstProperty("organizer");
    expect(named?.getFirstValue()).toBe("mailto:aino.virtanen@kunta.fi");
    expect(named?.getParameter("cn")).toBe("Aino Virtanen");
    expect(
      only(feed(event({ organiser: "aino@kunta.fi" })))
        .getFirstProperty("organizer")
        ?.getFirstValue(),
    ).toBe("mailto:aino@kunta.fi");
    expect(
      only(feed(event({ organiser: '"Virtanen, Aino" <aino@kunta.fi>' })))
        .getFirstProperty("organizer")
        ?.getParameter("cn"),
    ).toBe("Virtanen, Aino");
    expect(only(feed(event({ organiser: "Aino Virtanen" }))).hasProperty("organizer")).toBe(false);
    expect(only(feed(event({ organiser: null }))).hasProperty("organizer")).toBe(false);
  });

  it("refuses an event that does not hold together", () => {
    expect(() => feed(event({ sequence: -1 }))).toThrow(RangeError);
    expect(() => feed(event({ sequence: 1.5 }))).toThrow(RangeError);
    expect(() => feed(event({ updatedAt: "eilen" }))).toThrow(RangeError);
    expect(() => feed(event({ time: { ...base.time, timeZone: "Mars/Olympus" } }))).toThrow(RangeError);
    expect(() => feed(event({ recurrence: { frequency: "weekly", interval: 1, count: 2, until: "2026-12-31" } }))).toThrow(RangeError);
  });
});

describe("calendarFeed: times and time zones", () => {
  it("writes timed events with the zone's TZID and a VTIMEZONE for Europe/Helsinki", () => {
    const text = feed(base);
    const cal = parse(text);
    const zones = cal.getAllSubcomponents("vtimezone");
    expect(zones.map((z) => value(z, "tzid"))).toEqual([HKI]);
    // Both the summer and the winter offsets are described.
    const [zone] = zones;
    expect(zone?.getAllSubcomponents("daylight").map((c) => value(c, "tzoffsetto"))).toEqual(["+03:00"]);
    expect(zone?.getAllSubcomponents("standard").map((c) => value(c, "tzoffsetto"))).toEqual(["+02:00"]);

    expect(lines(text)).toContain("DTSTART;TZID=Europe/Helsinki:20260316T100000");
    expect(lines(text)).toContain("DTEND;TZID=Europe/Helsinki:20260316T113000");
    const e = new ICAL.Event(only(text));
    expect(e.startDate.zone?.tzid).toBe(HKI);
    expect(e.startDate.toJSDate().toISOString()).toBe("2026-03-16T08:00:00.000Z");
    expect(e.endDate.toJSDate().toISOString()).toBe("2026-03-16T09:30:00.000Z");
  });

  it("the zone comes from the document's VTIMEZONE: without it ical.js cannot place the time", () => {
    const text = feed(base);
    const stripped = text.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, "");
    expect(new ICAL.Event(only(text)).startDate.zone?.tzid).toBe(HKI);
    expect(new ICAL.Event(only(stripped)).startDate.zone?.tzid).not.toBe(HKI);
  });

  it("a weekly Helsinki event expands in ical.js to the same UTC instants as occurrences(), across both DST changes", () => {
    const time: EventTime = { start: "2026-01-05T10:00", end: "2026-01-05T11:30", allDay: false, timeZone: HKI };
    const recurrence: Recurrence = { frequency: "weekly", interval: 1, count: 60 };
    const theirs = icalOccurrences(only(feed(event({ time, recurrence }))));
    expect(theirs).toHaveLength(60);
    expect(theirs).toEqual(ours(time, recurrence));
    // The hand-computed instants on either side of each change.
    const starts = theirs.map((o) => o.startUtc);
    expect(starts).toContain("2026-03-23T08:00:00.000Z");
    expect(starts).toContain("2026-03-30T07:00:00.000Z");
    expect(starts).toContain("2026-10-19T07:00:00.000Z");
    expect(starts).toContain("2026-10-26T08:00:00.000Z");
  });

  it("agrees with occurrences() on an until date, given in the zone", () => {
    const time: EventTime = { start: "2026-09-07T18:00", end: "2026-09-07T20:00", allDay: false, timeZone: HKI };
    const recurrence: Recurrence = { frequency: "weekly", interval: 2, until: "2026-12-14" };
    const theirs = icalOccurrences(only(feed(event({ time, recurrence }))));
    expect(theirs).toEqual(ours(time, recurrence));
    // 2026-12-14 is the until day itself, and included.
    expect(theirs.at(-1)).toEqual({ startUtc: "2026-12-14T16:00:00.000Z", endUtc: "2026-12-14T18:00:00.000Z" });
  });

  it("agrees with occurrences() on monthly on the 31st and yearly on 29 February", () => {
    const monthly: EventTime = { start: "2026-01-31T09:00", end: "2026-01-31T10:00", allDay: false, timeZone: HKI };
    const byMonth: Recurrence = { frequency: "monthly", interval: 1, count: 14 };
    expect(icalOccurrences(only(feed(event({ time: monthly, recurrence: byMonth }))))).toEqual(ours(monthly, byMonth));

    const leap: EventTime = { start: "2024-02-29T12:00", end: "2024-02-29T13:00", allDay: false, timeZone: HKI };
    const byYear: Recurrence = { frequency: "yearly", interval: 1, count: 3 };
    const theirs = icalOccurrences(only(feed(event({ time: leap, recurrence: byYear }))));
    expect(theirs).toEqual(ours(leap, byYear));
    expect(theirs.map((o) => o.startUtc)).toEqual(["2024-02-29T10:00:00.000Z", "2028-02-29T10:00:00.000Z", "2032-02-29T10:00:00.000Z"]);
  });

  it("agrees with occurrences() in America/New_York, and gives each zone one VTIMEZONE", () => {
    const ny: EventTime = { start: "2026-02-26T09:00", end: "2026-02-26T10:00", allDay: false, timeZone: "America/New_York" };
    const recurrence: Recurrence = { frequency: "weekly", interval: 1, count: 40 };
    const text = feed(event({ uid: "a@solmu", time: ny, recurrence }), event({ uid: "b@solmu" }), event({ uid: "c@solmu" }));
    expect(
      parse(text)
        .getAllSubcomponents("vtimezone")
        .map((z) => value(z, "tzid"))
        .sort(),
    ).toEqual(["America/New_York", HKI]);
    const [first] = vevents(text);
    if (!first) throw new Error("no event");
    expect(icalOccurrences(first)).toEqual(ours(ny, recurrence));
  });

  it("writes the RRULE of a recurring event", () => {
    const text = feed(event({ recurrence: { frequency: "monthly", interval: 1, count: 6 } }));
    expect(lines(text)).toContain("RRULE:FREQ=MONTHLY;COUNT=6");
    const rule = only(text).getFirstPropertyValue("rrule");
    expect(rule).toBeInstanceOf(ICAL.Recur);
    expect((rule as ICAL.Recur).freq).toBe("MONTHLY");
    expect((rule as ICAL.Recur).count).toBe(6);
  });

  it("writes a weekday of the month as BYDAY, which ical.js expands to the same days across DST", () => {
    const time: EventTime = { start: "2027-01-12T14:00", end: "2027-01-12T16:00", allDay: false, timeZone: HKI };
    const second: Recurrence = { frequency: "monthly", interval: 1, byDay: "2TU", count: 24 };
    const text = feed(event({ time, recurrence: second }));
    expect(lines(text)).toContain("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=24");
    expect(icalOccurrences(only(text))).toEqual(ours(time, second));

    const last: EventTime = { start: "2027-01-29T15:00", end: "2027-01-29T16:00", allDay: false, timeZone: HKI };
    const lastFriday: Recurrence = { frequency: "monthly", interval: 1, byDay: "-1FR", until: "2028-12-31" };
    const lastText = feed(event({ time: last, recurrence: lastFriday }));
    expect(lines(lastText)).toContain("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20281231T215959Z");
    expect(icalOccurrences(only(lastText))).toEqual(ours(last, lastFriday));

    const fifth: Recurrence = { frequency: "monthly", interval: 2, byDay: "5FR", count: 6 };
    expect(icalOccurrences(only(feed(event({ time: last, recurrence: fifth }))))).toEqual(ours(last, fifth));
  });

  it("writes all-day events as DATE values with no zone", () => {
    const time: EventTime = { start: "2026-06-19", end: "2026-06-20", allDay: true, timeZone: HKI };
    const text = feed(event({ time, recurrence: { frequency: "yearly", interval: 1, until: "2028-06-19" } }));
    expect(lines(text)).toContain("DTSTART;VALUE=DATE:20260619");
    expect(lines(text)).toContain("DTEND;VALUE=DATE:20260620");
    expect(lines(text)).toContain("RRULE:FREQ=YEARLY;UNTIL=20280619");
    expect(parse(text).getAllSubcomponents("vtimezone")).toEqual([]);
    const e = new ICAL.Event(only(text));
    expect(e.startDate.isDate).toBe(true);
    expect(e.endDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe("2026-06-19");
    expect(e.endDate.toString()).toBe("2026-06-20");
    const iterator = e.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString());
    expect(days).toEqual(["2026-06-19", "2027-06-19", "2028-06-19"]);
  });

  it("a several-day all-day event keeps its exclusive end", () => {
    const e = new ICAL.Event(only(feed(event({ time: { start: "2026-12-24", end: "2026-12-27", allDay: true, timeZone: HKI } }))));
    expect(e.startDate.toString()).toBe("2026-12-24");
    expect(e.endDate.toString()).toBe("2026-12-27");
  });

  it("a zero-length event has no DTEND", () => {
    const vevent = only(feed(event({ time: { start: "2026-04-30T16:00", end: "2026-04-30T16:00", allDay: false, timeZone: HKI } })));
    expect(vevent.hasProperty("dtend")).toBe(false);
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe("2026-04-30T13:00:00.000Z");
  });

  it("spells zones as their VTIMEZONE does, so TZID and VTIMEZONE match", () => {
    for (const [given, tzid] of [
      ["europe/helsinki", HKI],
      ["UTC", "Etc/UTC"],
    ]) {
      const text = feed(event({ time: { ...base.time, timeZone: given as string } }));
      expect(
        parse(text)
          .getAllSubcomponents("vtimezone")
          .map((z) => value(z, "tzid")),
      ).toEqual([tzid]);
      const e = new ICAL.Event(only(text));
      expect(e.startDate.zone?.tzid).toBe(tzid);
      const expected = ours({ ...base.time, timeZone: given as string }, null)[0];
      expect(e.startDate.toJSDate().toISOString()).toBe(expected?.startUtc);
    }
  });
});

describe("meetingDescription", () => {
  const labels: MeetingLabels = {
    purpose: "Tarkoitus",
    expectedOutcome: "Odotettu tulos",
    agenda: "Ohjelma",
    online: "Etäyhteys",
    page: "Tapaaminen Solmussa",
  };
  const meeting: FeedMeeting = {
    purpose: "Yhteinen kuva perheiden palveluista",
    expectedOutcome: "Kolme kokeiltavaa muutosta",
    agenda: [
      { title: "Tervetuloa", startMinute: 0, durationMinutes: 20 },
      { title: "Oppimiskahvila", startMinute: 20, durationMinutes: 90 },
      { title: "Yhteenveto", startMinute: 110, durationMinutes: 10 },
    ],
    onlineUrl: "https://meet.example.fi/verkosto",
    pageUrl: "https://solmu.example/networks/n1/meetings/m1",
  };

  it("writes the purpose, the expected outcome, the agenda with Finnish clock times and both links", () => {
    expect(meetingDescription("Tuokaa mukaan omat kysymykset.", "2027-01-12T13:00", meeting, labels, "fi")).toBe(
      [
        "Tuokaa mukaan omat kysymykset.",
        "",
        "Tarkoitus: Yhteinen kuva perheiden palveluista",
        "Odotettu tulos: Kolme kokeiltavaa muutosta",
        "",
        "Ohjelma:",
        "13.00–13.20 Tervetuloa",
        "13.20–14.50 Oppimiskahvila",
        "14.50–15.00 Yhteenveto",
        "",
        "Etäyhteys: https://meet.example.fi/verkosto",
        "Tapaaminen Solmussa: https://solmu.example/networks/n1/meetings/m1",
      ].join("\n"),
    );
  });

  it("writes English clock times with a colon, and leaves out a description that repeats the purpose and empty parts", () => {
    const bare: FeedMeeting = {
      ...meeting,
      expectedOutcome: " ",
      agenda: [meeting.agenda[0] as FeedMeeting["agenda"][number]],
      onlineUrl: null,
    };
    expect(meetingDescription(meeting.purpose, "2027-01-12T09:30", bare, labels, "en")).toBe(
      [
        "Tarkoitus: Yhteinen kuva perheiden palveluista",
        "",
        "Ohjelma:",
        "9:30–9:50 Tervetuloa",
        "",
        "Tapaaminen Solmussa: https://solmu.example/networks/n1/meetings/m1",
      ].join("\n"),
    );
  });

  it("reads back from the feed through ical.js line by line, with the online link as URL", () => {
    const description = meetingDescription("", "2027-01-12T13:00", meeting, labels, "fi");
    const vevent = only(feed(event({ description, url: meeting.onlineUrl as string })));
    expect(value(vevent, "description")).toBe(description);
    expect(value(vevent, "url")).toBe("https://meet.example.fi/verkosto");
  });
});
