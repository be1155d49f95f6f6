import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  byDayOptions,
  dayOfByDay,
  type EventTime,
  FREQUENCIES,
  isValidTimeZone,
  type Occurrence,
  occurrences,
  parseByDay,
  type Recurrence,
  toRRule,
  validateEventTime,
} from "./recurrence.ts";

const HKI = "Europe/Helsinki";
const NY = "America/New_York";
const FROM = "2000-01-01T00:00:00Z";
const TO = "2100-01-01T00:00:00Z";

const timed = (start: string, end: string, timeZone = HKI): EventTime => ({ start, end, allDay: false, timeZone });
const allDay = (start: string, end: string, timeZone = HKI): EventTime => ({ start, end, allDay: true, timeZone });
const weekly = (extra: Partial<Recurrence> = {}): Recurrence => ({ frequency: "weekly", interval: 1, ...extra });

const starts = (list: Occurrence[]) => list.map((o) => o.start);
const startsUtc = (list: Occurrence[]) => list.map((o) => o.startUtc);

/** The wall-clock reading of an instant in a zone, by Intl alone: an independent check of the luxon-based code. */
function intlWall(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe("isValidTimeZone", () => {
  it("knows IANA zones and rejects made-up ones", () => {
    expect(isValidTimeZone("Europe/Helsinki")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("   ")).toBe(false);
  });
});

describe("occurrences: a single event", () => {
  it("gives the event itself with its UTC instants", () => {
    expect(occurrences(timed("2026-01-15T13:00", "2026-01-15T14:30"), null, FROM, TO)).toEqual([
      {
        start: "2026-01-15T13:00",
        end: "2026-01-15T14:30",
        startUtc: "2026-01-15T11:00:00.000Z",
        endUtc: "2026-01-15T12:30:00.000Z",
        index: 0,
      },
    ]);
  });

  it("uses the summer offset in summer", () => {
    const [o] = occurrences(timed("2026-07-01T09:00", "2026-07-01T10:00"), null, FROM, TO);
    expect(o?.startUtc).toBe("2026-07-01T06:00:00.000Z");
  });

  it("gives nothing outside the window", () => {
    expect(occurrences(timed("2026-01-15T13:00", "2026-01-15T14:30"), null, "2026-02-01T00:00:00Z", TO)).toEqual([]);
  });
});

describe("occurrences: weekly across DST in Europe/Helsinki", () => {
  it("keeps 10:00 local time when summer time starts on 2026-03-29 (08:00Z → 07:00Z)", () => {
    const list = occurrences(timed("2026-03-16T10:00", "2026-03-16T11:30"), weekly({ count: 4 }), FROM, TO);
    expect(list).toEqual([
      {
        start: "2026-03-16T10:00",
        end: "2026-03-16T11:30",
        startUtc: "2026-03-16T08:00:00.000Z",
        endUtc: "2026-03-16T09:30:00.000Z",
        index: 0,
      },
      {
        start: "2026-03-23T10:00",
        end: "2026-03-23T11:30",
        startUtc: "2026-03-23T08:00:00.000Z",
        endUtc: "2026-03-23T09:30:00.000Z",
        index: 1,
      },
      {
        start: "2026-03-30T10:00",
        end: "2026-03-30T11:30",
        startUtc: "2026-03-30T07:00:00.000Z",
        endUtc: "2026-03-30T08:30:00.000Z",
        index: 2,
      },
      {
        start: "2026-04-06T10:00",
        end: "2026-04-06T11:30",
        startUtc: "2026-04-06T07:00:00.000Z",
        endUtc: "2026-04-06T08:30:00.000Z",
        index: 3,
      },
    ]);
  });

  it("keeps 10:00 local time when summer time ends on 2026-10-25 (07:00Z → 08:00Z)", () => {
    const list = occurrences(timed("2026-10-12T10:00", "2026-10-12T11:00"), weekly({ count: 4 }), FROM, TO);
    expect(startsUtc(list)).toEqual([
      "2026-10-12T07:00:00.000Z",
      "2026-10-19T07:00:00.000Z",
      "2026-10-26T08:00:00.000Z",
      "2026-11-02T08:00:00.000Z",
    ]);
    expect(list.map((o) => o.endUtc)).toEqual([
      "2026-10-12T08:00:00.000Z",
      "2026-10-19T08:00:00.000Z",
      "2026-10-26T09:00:00.000Z",
      "2026-11-02T09:00:00.000Z",
    ]);
  });

  it("on the Sundays of the changes themselves", () => {
    const spring = occurrences(timed("2026-03-22T10:00", "2026-03-22T11:00"), weekly({ count: 2 }), FROM, TO);
    expect(startsUtc(spring)).toEqual(["2026-03-22T08:00:00.000Z", "2026-03-29T07:00:00.000Z"]);
    const autumn = occurrences(timed("2026-10-18T10:00", "2026-10-18T11:00"), weekly({ count: 2 }), FROM, TO);
    expect(startsUtc(autumn)).toEqual(["2026-10-18T07:00:00.000Z", "2026-10-25T08:00:00.000Z"]);
  });

  it("every other week for a year, through both changes", () => {
    const list = occurrences(timed("2026-01-05T10:00", "2026-01-05T11:00"), weekly({ interval: 2 }), FROM, "2027-01-01T00:00:00Z");
    expect(list).toHaveLength(26);
    expect(list[0]?.start).toBe("2026-01-05T10:00");
    expect(list[25]?.start).toBe("2026-12-21T10:00");
    // 2026-03-16 is the last one in winter time, 2026-03-30 the first in summer time.
    expect(list.find((o) => o.start === "2026-03-16T10:00")?.startUtc).toBe("2026-03-16T08:00:00.000Z");
    expect(list.find((o) => o.start === "2026-03-30T10:00")?.startUtc).toBe("2026-03-30T07:00:00.000Z");
    // 2026-10-12 is the last one in summer time, 2026-10-26 the first in winter time.
    expect(list.find((o) => o.start === "2026-10-12T10:00")?.startUtc).toBe("2026-10-12T07:00:00.000Z");
    expect(list.find((o) => o.start === "2026-10-26T10:00")?.startUtc).toBe("2026-10-26T08:00:00.000Z");
    for (const o of list) expect(o.start.slice(11)).toBe("10:00");
  });

  it("moves an occurrence in the spring-forward gap forward by the gap (03:30 → 04:30 EEST)", () => {
    const list = occurrences(timed("2026-03-15T03:30", "2026-03-15T04:30"), weekly({ count: 4 }), FROM, TO);
    expect(list).toEqual([
      {
        start: "2026-03-15T03:30",
        end: "2026-03-15T04:30",
        startUtc: "2026-03-15T01:30:00.000Z",
        endUtc: "2026-03-15T02:30:00.000Z",
        index: 0,
      },
      {
        start: "2026-03-22T03:30",
        end: "2026-03-22T04:30",
        startUtc: "2026-03-22T01:30:00.000Z",
        endUtc: "2026-03-22T02:30:00.000Z",
        index: 1,
      },
      // 03:30 does not exist on 2026-03-29: read with the winter offset it is 01:30Z, i.e. 04:30 EEST, and lasts its hour.
      {
        start: "2026-03-29T04:30",
        end: "2026-03-29T05:30",
        startUtc: "2026-03-29T01:30:00.000Z",
        endUtc: "2026-03-29T02:30:00.000Z",
        index: 2,
      },
      {
        start: "2026-04-05T03:30",
        end: "2026-04-05T04:30",
        startUtc: "2026-04-05T00:30:00.000Z",
        endUtc: "2026-04-05T01:30:00.000Z",
        index: 3,
      },
    ]);
  });

  it("takes the first of a repeated autumn hour (03:30 EEST, not EET), as RFC 5545 does", () => {
    const list = occurrences(timed("2026-10-18T03:30", "2026-10-18T03:45"), weekly({ count: 3 }), FROM, TO);
    expect(startsUtc(list)).toEqual(["2026-10-18T00:30:00.000Z", "2026-10-25T00:30:00.000Z", "2026-11-01T01:30:00.000Z"]);
    expect(list[1]?.endUtc).toBe("2026-10-25T00:45:00.000Z");
  });

  it("keeps the duration in wall-clock terms: 22:00–06:00 is 8 hours on the clock even across the change", () => {
    const list = occurrences(timed("2026-03-28T22:00", "2026-03-29T06:00"), weekly({ count: 2 }), FROM, TO);
    expect(list).toEqual([
      // Only 7 real hours: the clock skips 03:00–04:00.
      {
        start: "2026-03-28T22:00",
        end: "2026-03-29T06:00",
        startUtc: "2026-03-28T20:00:00.000Z",
        endUtc: "2026-03-29T03:00:00.000Z",
        index: 0,
      },
      {
        start: "2026-04-04T22:00",
        end: "2026-04-05T06:00",
        startUtc: "2026-04-04T19:00:00.000Z",
        endUtc: "2026-04-05T03:00:00.000Z",
        index: 1,
      },
    ]);
  });

  it("agrees with Intl's reading of each instant", () => {
    const list = occurrences(timed("2025-01-07T09:15", "2025-01-07T10:00"), weekly(), FROM, "2030-01-01T00:00:00Z");
    // 2025-01-07 and 2030-01-01 are both Tuesdays, 1820 days (260 weeks) apart; the window closes before the latter.
    expect(list).toHaveLength(260);
    for (const o of list) {
      expect(intlWall(o.startUtc, HKI)).toBe(o.start);
      expect(intlWall(o.endUtc, HKI)).toBe(o.end);
    }
  });
});

describe("occurrences: monthly and yearly", () => {
  it("monthly on the 31st skips months without one", () => {
    const list = occurrences(timed("2026-01-31T09:00", "2026-01-31T10:00"), { frequency: "monthly", interval: 1, count: 7 }, FROM, TO);
    expect(list.map((o) => [o.start, o.startUtc, o.index])).toEqual([
      ["2026-01-31T09:00", "2026-01-31T07:00:00.000Z", 0],
      ["2026-03-31T09:00", "2026-03-31T06:00:00.000Z", 1],
      ["2026-05-31T09:00", "2026-05-31T06:00:00.000Z", 2],
      ["2026-07-31T09:00", "2026-07-31T06:00:00.000Z", 3],
      ["2026-08-31T09:00", "2026-08-31T06:00:00.000Z", 4],
      ["2026-10-31T09:00", "2026-10-31T07:00:00.000Z", 5],
      ["2026-12-31T09:00", "2026-12-31T07:00:00.000Z", 6],
    ]);
  });

  it("every second month on the 31st from August", () => {
    const list = occurrences(
      timed("2026-08-31T09:00", "2026-08-31T10:00"),
      { frequency: "monthly", interval: 2 },
      FROM,
      "2027-12-31T00:00:00Z",
    );
    // February, April and June have no 31st.
    expect(starts(list)).toEqual(["2026-08-31T09:00", "2026-10-31T09:00", "2026-12-31T09:00", "2027-08-31T09:00", "2027-10-31T09:00"]);
  });

  it("monthly on the 15th crosses year ends", () => {
    const list = occurrences(timed("2026-11-15T12:00", "2026-11-15T13:00"), { frequency: "monthly", interval: 1, count: 4 }, FROM, TO);
    expect(starts(list)).toEqual(["2026-11-15T12:00", "2026-12-15T12:00", "2027-01-15T12:00", "2027-02-15T12:00"]);
  });

  it("monthly on the 30th skips only February", () => {
    const list = occurrences(allDay("2027-01-30", "2027-01-31"), { frequency: "monthly", interval: 1, count: 3 }, FROM, TO);
    expect(starts(list)).toEqual(["2027-01-30", "2027-03-30", "2027-04-30"]);
  });

  it("yearly on 29 February occurs only in leap years, 2024–2032", () => {
    const list = occurrences(allDay("2024-02-29", "2024-03-01"), { frequency: "yearly", interval: 1 }, FROM, "2033-01-01T00:00:00Z");
    expect(list).toEqual([
      { start: "2024-02-29", end: "2024-03-01", startUtc: "2024-02-28T22:00:00.000Z", endUtc: "2024-02-29T22:00:00.000Z", index: 0 },
      { start: "2028-02-29", end: "2028-03-01", startUtc: "2028-02-28T22:00:00.000Z", endUtc: "2028-02-29T22:00:00.000Z", index: 1 },
      { start: "2032-02-29", end: "2032-03-01", startUtc: "2032-02-28T22:00:00.000Z", endUtc: "2032-02-29T22:00:00.000Z", index: 2 },
    ]);
  });

  it("yearly on 29 February counts only the real ones", () => {
    const list = occurrences(timed("2024-02-29T18:00", "2024-02-29T20:00"), { frequency: "yearly", interval: 1, count: 2 }, FROM, TO);
    expect(starts(list)).toEqual(["2024-02-29T18:00", "2028-02-29T18:00"]);
  });

  it("skips 2100, which is not a leap year", () => {
    const list = occurrences(
      allDay("2096-02-29", "2096-03-01"),
      { frequency: "yearly", interval: 1, count: 2 },
      FROM,
      "2200-01-01T00:00:00Z",
    );
    expect(starts(list)).toEqual(["2096-02-29", "2104-02-29"]);
  });

  it("every second year", () => {
    const list = occurrences(timed("2026-05-04T09:00", "2026-05-04T16:00"), { frequency: "yearly", interval: 2, count: 3 }, FROM, TO);
    expect(starts(list)).toEqual(["2026-05-04T09:00", "2028-05-04T09:00", "2030-05-04T09:00"]);
  });
});

describe("occurrences: monthly on a weekday of the month (byDay)", () => {
  const monthly = (byDay: string, extra: Partial<Recurrence> = {}): Recurrence => ({ frequency: "monthly", interval: 1, byDay, ...extra });

  it("the second Tuesdays of 2027, by a 2027 wall calendar", () => {
    const list = occurrences(timed("2027-01-12T14:00", "2027-01-12T16:00"), monthly("2TU", { count: 12 }), FROM, TO);
    expect(starts(list)).toEqual([
      "2027-01-12T14:00",
      "2027-02-09T14:00",
      "2027-03-09T14:00",
      "2027-04-13T14:00",
      "2027-05-11T14:00",
      "2027-06-08T14:00",
      "2027-07-13T14:00",
      "2027-08-10T14:00",
      "2027-09-14T14:00",
      "2027-10-12T14:00",
      "2027-11-09T14:00",
      "2027-12-14T14:00",
    ]);
    expect(list.map((o) => o.end.slice(11))).toEqual(Array(12).fill("16:00"));
  });

  it("keeps 14:00 Helsinki time across both DST changes of 2027 (28 March, 31 October)", () => {
    const list = occurrences(timed("2027-01-12T14:00", "2027-01-12T16:00"), monthly("2TU", { count: 12 }), FROM, TO);
    // EET (UTC+2) until March, EEST (UTC+3) from April to October, EET again from November.
    expect(startsUtc(list)).toEqual([
      "2027-01-12T12:00:00.000Z",
      "2027-02-09T12:00:00.000Z",
      "2027-03-09T12:00:00.000Z",
      "2027-04-13T11:00:00.000Z",
      "2027-05-11T11:00:00.000Z",
      "2027-06-08T11:00:00.000Z",
      "2027-07-13T11:00:00.000Z",
      "2027-08-10T11:00:00.000Z",
      "2027-09-14T11:00:00.000Z",
      "2027-10-12T11:00:00.000Z",
      "2027-11-09T12:00:00.000Z",
      "2027-12-14T12:00:00.000Z",
    ]);
    for (const o of list) expect(intlWall(o.startUtc, HKI)).toBe(o.start);
  });

  it("the last Fridays of 2027, also in the months with five Fridays", () => {
    const list = occurrences(timed("2027-01-29T15:00", "2027-01-29T16:00"), monthly("-1FR", { count: 12 }), FROM, TO);
    // January, April, July, October and December 2027 have five Fridays: the fifth is the last.
    expect(starts(list).map((s) => s.slice(0, 10))).toEqual([
      "2027-01-29",
      "2027-02-26",
      "2027-03-26",
      "2027-04-30",
      "2027-05-28",
      "2027-06-25",
      "2027-07-30",
      "2027-08-27",
      "2027-09-24",
      "2027-10-29",
      "2027-11-26",
      "2027-12-31",
    ]);
  });

  it("a fifth Friday skips the months that have none, and count counts only real ones", () => {
    const list = occurrences(timed("2027-01-29T15:00", "2027-01-29T16:00"), monthly("5FR", { count: 5 }), FROM, TO);
    expect(starts(list).map((s) => s.slice(0, 10))).toEqual(["2027-01-29", "2027-04-30", "2027-07-30", "2027-10-29", "2027-12-31"]);
    expect(list.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("the first Monday every third month, and until stops the series", () => {
    const list = occurrences(allDay("2026-01-05", "2026-01-06"), monthly("1MO", { interval: 3, until: "2026-10-05" }), FROM, TO);
    expect(starts(list)).toEqual(["2026-01-05", "2026-04-06", "2026-07-06", "2026-10-05"]);
  });

  it("the last Sunday of March is the day summer time starts: 03:30 moves to 04:30 as on other days", () => {
    const list = occurrences(timed("2027-03-28T03:30", "2027-03-28T04:00"), monthly("-1SU", { count: 2 }), FROM, TO);
    expect(starts(list)).toEqual(["2027-03-28T04:30", "2027-04-25T03:30"]);
  });

  it("rejects a byDay on other frequencies or in another form", () => {
    const t = timed("2027-01-12T14:00", "2027-01-12T15:00");
    expect(() => occurrences(t, { frequency: "weekly", interval: 1, byDay: "2TU" }, FROM, TO)).toThrow(RangeError);
    expect(() => occurrences(t, monthly("TU"), FROM, TO)).toThrow(RangeError);
  });
});

describe("weekday-of-the-month helpers", () => {
  it("parseByDay reads the forms offered and nothing else", () => {
    expect(parseByDay("2TU")).toEqual({ ordinal: 2, weekday: "TU" });
    expect(parseByDay("-1FR")).toEqual({ ordinal: -1, weekday: "FR" });
    for (const bad of ["TU", "0TU", "6TU", "-2FR", "+2TU", "2tu", "2TUE", "2TU,3TU", ""]) expect(parseByDay(bad), bad).toBeNull();
  });

  it("dayOfByDay by a wall calendar of February 2027 (starts on a Monday, 28 days)", () => {
    expect(dayOfByDay(2027, 2, { ordinal: 1, weekday: "MO" })).toBe(1);
    expect(dayOfByDay(2027, 2, { ordinal: 2, weekday: "TU" })).toBe(9);
    expect(dayOfByDay(2027, 2, { ordinal: 4, weekday: "SU" })).toBe(28);
    expect(dayOfByDay(2027, 2, { ordinal: 5, weekday: "MO" })).toBeNull();
    expect(dayOfByDay(2027, 2, { ordinal: -1, weekday: "SU" })).toBe(28);
    expect(dayOfByDay(2027, 2, { ordinal: -1, weekday: "MO" })).toBe(22);
    // February 2028 has 29 days and five Tuesdays.
    expect(dayOfByDay(2028, 2, { ordinal: 5, weekday: "TU" })).toBe(29);
  });

  it("byDayOptions: the rules a start date offers", () => {
    expect(byDayOptions("2027-01-12")).toEqual({ nth: "2TU", last: null });
    expect(byDayOptions("2027-01-12T14:00")).toEqual({ nth: "2TU", last: null });
    expect(byDayOptions("2027-01-29")).toEqual({ nth: "5FR", last: "-1FR" });
    expect(byDayOptions("2027-02-26")).toEqual({ nth: "4FR", last: "-1FR" });
    expect(byDayOptions("2027-02-30")).toBeNull();
  });
});

describe("occurrences: until and count", () => {
  const monday = timed("2026-01-05T10:00", "2026-01-05T11:00");

  it("until is inclusive", () => {
    expect(starts(occurrences(monday, weekly({ until: "2026-01-26" }), FROM, TO))).toEqual([
      "2026-01-05T10:00",
      "2026-01-12T10:00",
      "2026-01-19T10:00",
      "2026-01-26T10:00",
    ]);
    expect(occurrences(monday, weekly({ until: "2026-01-25" }), FROM, TO)).toHaveLength(3);
  });

  it("until on the first day gives just the first", () => {
    expect(starts(occurrences(monday, weekly({ until: "2026-01-05" }), FROM, TO))).toEqual(["2026-01-05T10:00"]);
  });

  it("until is a day in the event's zone, not in UTC", () => {
    // 22:00 in New York is already the next day in UTC.
    const list = occurrences(timed("2026-01-05T22:00", "2026-01-05T23:00", NY), weekly({ until: "2026-01-19" }), FROM, TO);
    expect(list.map((o) => [o.start, o.startUtc])).toEqual([
      ["2026-01-05T22:00", "2026-01-06T03:00:00.000Z"],
      ["2026-01-12T22:00", "2026-01-13T03:00:00.000Z"],
      ["2026-01-19T22:00", "2026-01-20T03:00:00.000Z"],
    ]);
  });

  it("until on a month the 31st skips still stops there", () => {
    const list = occurrences(
      timed("2026-01-31T09:00", "2026-01-31T10:00"),
      { frequency: "monthly", interval: 1, until: "2026-06-30" },
      FROM,
      TO,
    );
    expect(starts(list)).toEqual(["2026-01-31T09:00", "2026-03-31T09:00", "2026-05-31T09:00"]);
  });

  it("count counts from the first occurrence, also when the window starts later", () => {
    expect(occurrences(monday, weekly({ count: 3 }), FROM, TO)).toHaveLength(3);
    const later = occurrences(monday, weekly({ count: 3 }), "2026-01-12T00:00:00Z", TO);
    expect(later.map((o) => [o.start, o.index])).toEqual([
      ["2026-01-12T10:00", 1],
      ["2026-01-19T10:00", 2],
    ]);
    expect(occurrences(monday, weekly({ count: 3 }), "2026-01-20T00:00:00Z", TO)).toEqual([]);
  });

  it("count 1 is the event alone", () => {
    expect(starts(occurrences(monday, weekly({ count: 1 }), FROM, TO))).toEqual(["2026-01-05T10:00"]);
  });

  it("an unending series stops at the window and at the limit", () => {
    expect(occurrences(monday, weekly(), FROM, "2026-02-01T00:00:00Z")).toHaveLength(4);
    expect(starts(occurrences(monday, weekly(), FROM, TO, 2))).toEqual(["2026-01-05T10:00", "2026-01-12T10:00"]);
    expect(occurrences(monday, weekly(), FROM, TO, 0)).toEqual([]);
    expect(occurrences(monday, weekly(), FROM, TO)).toHaveLength(1000);
  });
});

describe("occurrences: window filtering", () => {
  // 10:00–12:00 Helsinki is 08:00Z–10:00Z in winter.
  const meeting = timed("2026-01-05T10:00", "2026-01-05T12:00");

  it("includes an occurrence that started before the window but overlaps it", () => {
    expect(occurrences(meeting, null, "2026-01-05T09:00:00Z", "2026-01-06T00:00:00Z")).toHaveLength(1);
    expect(occurrences(meeting, null, "2026-01-05T09:59:59.999Z", "2026-01-06T00:00:00Z")).toHaveLength(1);
  });

  it("leaves out an occurrence that ends as the window opens (the window is half-open)", () => {
    expect(occurrences(meeting, null, "2026-01-05T10:00:00Z", "2026-01-06T00:00:00Z")).toEqual([]);
  });

  it("leaves out an occurrence that starts as the window closes", () => {
    expect(occurrences(meeting, null, "2026-01-01T00:00:00Z", "2026-01-05T08:00:00Z")).toEqual([]);
    expect(occurrences(meeting, null, "2026-01-01T00:00:00Z", "2026-01-05T08:00:00.001Z")).toHaveLength(1);
  });

  it("takes window bounds with any offset", () => {
    expect(occurrences(meeting, null, "2026-01-05T11:30:00+02:00", "2026-01-05T11:45:00+02:00")).toHaveLength(1);
  });

  it("picks the weeks inside a window from a long series, keeping their indexes", () => {
    const list = occurrences(meeting, weekly(), "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    expect(list.map((o) => [o.start, o.index])).toEqual([
      ["2026-03-02T10:00", 8],
      ["2026-03-09T10:00", 9],
      ["2026-03-16T10:00", 10],
      ["2026-03-23T10:00", 11],
      ["2026-03-30T10:00", 12],
    ]);
  });

  it("a zero-length event counts when it starts inside the window", () => {
    const deadline = timed("2026-01-05T16:00", "2026-01-05T16:00");
    expect(occurrences(deadline, null, "2026-01-05T14:00:00Z", "2026-01-05T15:00:00Z")).toHaveLength(1);
    expect(occurrences(deadline, null, "2026-01-05T14:00:01Z", "2026-01-05T15:00:00Z")).toEqual([]);
  });

  it("rejects malformed input", () => {
    expect(() => occurrences(meeting, null, "yesterday", TO)).toThrow(RangeError);
    expect(() => occurrences({ ...meeting, timeZone: "Nowhere/Land" }, null, FROM, TO)).toThrow(RangeError);
    expect(() => occurrences({ ...meeting, start: "2026-02-30T10:00" }, null, FROM, TO)).toThrow(RangeError);
  });
});

describe("occurrences: all-day events", () => {
  it("start and end are dates, the UTC instants the zone's midnights", () => {
    const list = occurrences(allDay("2026-06-19", "2026-06-20"), { frequency: "yearly", interval: 1, count: 3 }, FROM, TO);
    expect(list).toEqual([
      { start: "2026-06-19", end: "2026-06-20", startUtc: "2026-06-18T21:00:00.000Z", endUtc: "2026-06-19T21:00:00.000Z", index: 0 },
      { start: "2027-06-19", end: "2027-06-20", startUtc: "2027-06-18T21:00:00.000Z", endUtc: "2027-06-19T21:00:00.000Z", index: 1 },
      { start: "2028-06-19", end: "2028-06-20", startUtc: "2028-06-18T21:00:00.000Z", endUtc: "2028-06-19T21:00:00.000Z", index: 2 },
    ]);
  });

  it("a several-day event overlaps a window in its middle", () => {
    const christmas = allDay("2026-12-24", "2026-12-27");
    expect(occurrences(christmas, null, "2026-12-25T12:00:00Z", "2026-12-25T13:00:00Z")).toEqual([
      { start: "2026-12-24", end: "2026-12-27", startUtc: "2026-12-23T22:00:00.000Z", endUtc: "2026-12-26T22:00:00.000Z", index: 0 },
    ]);
    expect(occurrences(christmas, null, "2026-12-26T22:00:00Z", "2026-12-31T00:00:00Z")).toEqual([]);
  });

  it("an all-day day that spans the change to summer time is 23 hours long", () => {
    const [o] = occurrences(allDay("2026-03-29", "2026-03-30"), null, FROM, TO);
    expect(o).toEqual({
      start: "2026-03-29",
      end: "2026-03-30",
      startUtc: "2026-03-28T22:00:00.000Z",
      endUtc: "2026-03-29T21:00:00.000Z",
      index: 0,
    });
  });

  it("weekly all-day events", () => {
    const list = occurrences(allDay("2026-01-02", "2026-01-03"), weekly({ interval: 3, count: 3 }), FROM, TO);
    expect(starts(list)).toEqual(["2026-01-02", "2026-01-23", "2026-02-13"]);
    expect(list.map((o) => o.end)).toEqual(["2026-01-03", "2026-01-24", "2026-02-14"]);
  });
});

describe("occurrences: America/New_York", () => {
  it("keeps 09:00 local across the US change on 2026-03-08 (14:00Z → 13:00Z)", () => {
    const list = occurrences(timed("2026-02-26T09:00", "2026-02-26T10:00", NY), weekly({ count: 4 }), FROM, TO);
    expect(list.map((o) => [o.start, o.startUtc])).toEqual([
      ["2026-02-26T09:00", "2026-02-26T14:00:00.000Z"],
      ["2026-03-05T09:00", "2026-03-05T14:00:00.000Z"],
      ["2026-03-12T09:00", "2026-03-12T13:00:00.000Z"],
      ["2026-03-19T09:00", "2026-03-19T13:00:00.000Z"],
    ]);
  });

  it("and back on 2026-11-01 (13:00Z → 14:00Z)", () => {
    const list = occurrences(timed("2026-10-22T09:00", "2026-10-22T10:00", NY), weekly({ count: 3 }), FROM, TO);
    expect(startsUtc(list)).toEqual(["2026-10-22T13:00:00.000Z", "2026-10-29T13:00:00.000Z", "2026-11-05T14:00:00.000Z"]);
  });

  it("01:30 on 2026-11-01 happens twice; the first (EDT) is meant", () => {
    const [o] = occurrences(timed("2026-11-01T01:30", "2026-11-01T02:30", NY), null, FROM, TO);
    // 01:30 EDT is 05:30Z; 02:30 EST is 07:30Z: one wall-clock hour, two real ones.
    expect(o).toEqual({
      start: "2026-11-01T01:30",
      end: "2026-11-01T02:30",
      startUtc: "2026-11-01T05:30:00.000Z",
      endUtc: "2026-11-01T07:30:00.000Z",
      index: 0,
    });
  });

  it("all-day in New York starts at its midnight", () => {
    const [o] = occurrences(allDay("2026-07-04", "2026-07-05", NY), null, FROM, TO);
    expect(o?.startUtc).toBe("2026-07-04T04:00:00.000Z");
    expect(o?.endUtc).toBe("2026-07-05T04:00:00.000Z");
  });
});

describe("occurrences: properties", () => {
  it("weekly occurrences keep the wall-clock time and agree with Intl, in any zone and week", () => {
    const zones = [HKI, NY, "Australia/Sydney", "Asia/Tokyo", "Europe/London"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 1, max: 52 }),
        (zone, date, hour, interval) => {
          const day = date.toISOString().slice(0, 10);
          const start = `${day}T${String(hour).padStart(2, "0")}:15`;
          const list = occurrences(
            timed(start, `${day}T${String(hour + 1).padStart(2, "0")}:15`, zone),
            weekly({ interval, count: 30 }),
            FROM,
            TO,
          );
          expect(list).toHaveLength(30);
          list.forEach((o, i) => {
            expect(o.index).toBe(i);
            expect(o.start.slice(11)).toBe(start.slice(11));
            expect(intlWall(o.startUtc, zone)).toBe(o.start);
            expect(Date.parse(o.endUtc) - Date.parse(o.startUtc)).toBe(3_600_000);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("toRRule", () => {
  const t = timed("2026-01-05T10:00", "2026-01-05T11:00");

  it("writes FREQ, INTERVAL unless it is the default 1, then COUNT", () => {
    expect(toRRule({ frequency: "monthly", interval: 1, count: 6 }, t)).toBe("FREQ=MONTHLY;COUNT=6");
    expect(toRRule({ frequency: "weekly", interval: 2 }, t)).toBe("FREQ=WEEKLY;INTERVAL=2");
    expect(toRRule({ frequency: "yearly", interval: 1, count: null, until: null }, t)).toBe("FREQ=YEARLY");
  });

  it("UNTIL of a timed event is the last second of the until day in its zone, in UTC", () => {
    // Midnight after 30 June is 21:00Z in Helsinki summer time.
    expect(toRRule(weekly({ until: "2026-06-30" }), t)).toBe("FREQ=WEEKLY;UNTIL=20260630T205959Z");
    expect(toRRule(weekly({ until: "2026-12-31" }), t)).toBe("FREQ=WEEKLY;UNTIL=20261231T215959Z");
    expect(toRRule(weekly({ until: "2026-01-19" }), timed("2026-01-05T22:00", "2026-01-05T23:00", NY))).toBe(
      "FREQ=WEEKLY;UNTIL=20260120T045959Z",
    );
  });

  it("UNTIL of an all-day event is a DATE", () => {
    expect(toRRule({ frequency: "yearly", interval: 1, until: "2030-06-19" }, allDay("2026-06-19", "2026-06-20"))).toBe(
      "FREQ=YEARLY;UNTIL=20300619",
    );
  });

  it("names the day for monthly rules from the 29th–31st and yearly rules from 29 February", () => {
    const on = (start: string) => timed(`${start}T09:00`, `${start}T10:00`);
    expect(toRRule({ frequency: "monthly", interval: 1, count: 6 }, on("2026-01-28"))).toBe("FREQ=MONTHLY;COUNT=6");
    expect(toRRule({ frequency: "monthly", interval: 1, count: 6 }, on("2026-01-29"))).toBe("FREQ=MONTHLY;BYMONTHDAY=29;COUNT=6");
    expect(toRRule({ frequency: "monthly", interval: 2 }, on("2026-01-31"))).toBe("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31");
    expect(toRRule({ frequency: "yearly", interval: 1, count: 3 }, on("2024-02-29"))).toBe("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3");
    expect(toRRule({ frequency: "yearly", interval: 1, until: "2032-03-01" }, allDay("2024-02-29", "2024-03-01"))).toBe(
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20320301",
    );
    // A yearly rule on the 31st needs nothing: every year has that day in that month.
    expect(toRRule({ frequency: "yearly", interval: 1 }, on("2026-01-31"))).toBe("FREQ=YEARLY");
    expect(toRRule({ frequency: "weekly", interval: 1 }, on("2026-01-31"))).toBe("FREQ=WEEKLY");
  });

  it("refuses count and until together", () => {
    expect(() => toRRule(weekly({ count: 3, until: "2026-06-30" }), t)).toThrow(RangeError);
  });

  it("writes BYDAY for a weekday of the month, and no BYMONTHDAY beside it", () => {
    const second = timed("2027-01-12T14:00", "2027-01-12T16:00");
    expect(toRRule({ frequency: "monthly", interval: 1, byDay: "2TU" }, second)).toBe("FREQ=MONTHLY;BYDAY=2TU");
    expect(toRRule({ frequency: "monthly", interval: 2, byDay: "2TU", count: 4 }, second)).toBe(
      "FREQ=MONTHLY;BYDAY=2TU;INTERVAL=2;COUNT=4",
    );
    expect(toRRule({ frequency: "monthly", interval: 1, byDay: "-1FR" }, timed("2027-01-29T15:00", "2027-01-29T16:00"))).toBe(
      "FREQ=MONTHLY;BYDAY=-1FR",
    );
    expect(() => toRRule({ frequency: "weekly", interval: 1, byDay: "2TU" }, second)).toThrow(RangeError);
  });
});

describe("validateEventTime", () => {
  const ok = { start: "2026-01-05T10:00", end: "2026-01-05T11:00", allDay: false, timeZone: HKI };
  const fieldsOf = (time: unknown, recurrence: unknown = null) => {
    const result = validateEventTime(time, recurrence);
    return result.ok ? {} : result.fields;
  };

  it("accepts a valid event and recurrence", () => {
    expect(validateEventTime(ok, { frequency: "monthly", interval: 1, count: 6 })).toEqual({
      ok: true,
      time: ok,
      recurrence: { frequency: "monthly", interval: 1, count: 6, until: null, byDay: null },
    });
    expect(validateEventTime(ok, null)).toEqual({ ok: true, time: ok, recurrence: null });
    expect(validateEventTime(ok, undefined)).toEqual({ ok: true, time: ok, recurrence: null });
  });

  it("spells the zone canonically, defaults the interval to 1 and reads numeric strings", () => {
    expect(validateEventTime({ ...ok, timeZone: "europe/helsinki" }, { frequency: "weekly", count: "3" })).toEqual({
      ok: true,
      time: ok,
      recurrence: { frequency: "weekly", interval: 1, count: 3, until: null, byDay: null },
    });
  });

  it("validation.required", () => {
    const required = { key: "validation.required" };
    expect(fieldsOf({})).toEqual({ start: required, end: required, allDay: required, timeZone: required });
    expect(fieldsOf(null)).toEqual({ start: required, end: required, allDay: required, timeZone: required });
    expect(fieldsOf({ ...ok, start: "" })).toEqual({ start: required });
    expect(fieldsOf({ ...ok, timeZone: " " })).toEqual({ timeZone: required });
    expect(fieldsOf(ok, { interval: 1 })).toEqual({ frequency: required });
  });

  it("validation.invalid_date: not a real date or time, or the wrong form", () => {
    const invalid = { key: "validation.invalid_date" };
    for (const start of [
      "2026-02-30T10:00",
      "2026-13-01T10:00",
      "2026-01-05T24:00",
      "2026-01-05T10:60",
      "2026-01-05 10:00",
      "2026-01-05",
      "5.1.2026 10:00",
    ]) {
      expect(fieldsOf({ ...ok, start }), start).toEqual({ start: invalid });
    }
    expect(fieldsOf({ ...ok, end: 1_767_600_000_000 })).toEqual({ end: invalid });
    expect(fieldsOf({ ...ok, allDay: true, start: "2026-01-05T10:00", end: "2026-01-06" })).toEqual({ start: invalid });
    expect(fieldsOf({ ...ok, allDay: true, start: "2026-01-05", end: "2026-02-29" })).toEqual({ end: invalid });
    expect(fieldsOf({ ...ok, allDay: true, start: "2024-02-29", end: "2024-03-01" })).toEqual({});
  });

  it("validation.invalid_date: a start in the spring-forward gap does not exist", () => {
    const invalid = { key: "validation.invalid_date" };
    expect(fieldsOf({ ...ok, start: "2026-03-29T03:30", end: "2026-03-29T05:00" })).toEqual({ start: invalid });
    expect(fieldsOf({ ...ok, start: "2026-03-29T03:00", end: "2026-03-29T05:00" })).toEqual({ start: invalid });
    expect(fieldsOf({ ...ok, start: "2026-03-29T02:59", end: "2026-03-29T04:00" })).toEqual({});
    expect(fieldsOf({ ...ok, start: "2026-03-29T01:00", end: "2026-03-29T03:15" })).toEqual({ end: invalid });
    expect(fieldsOf({ ...ok, timeZone: NY, start: "2026-03-08T02:30", end: "2026-03-08T04:00" })).toEqual({ start: invalid });
    // The repeated hour in autumn exists (twice).
    expect(fieldsOf({ ...ok, start: "2026-10-25T03:30", end: "2026-10-25T04:30" })).toEqual({});
    // A date has no gap: an all-day event on the day of the change is fine.
    expect(fieldsOf({ ...ok, allDay: true, start: "2026-03-29", end: "2026-03-30" })).toEqual({});
  });

  it("validation.end_before_start", () => {
    const before = { key: "validation.end_before_start" };
    expect(fieldsOf({ ...ok, end: "2026-01-05T09:59" })).toEqual({ end: before });
    expect(fieldsOf({ ...ok, end: "2026-01-04T12:00" })).toEqual({ end: before });
    // A timed event may take no time (a deadline); an all-day one must last a day, its end being exclusive.
    expect(fieldsOf({ ...ok, end: ok.start })).toEqual({});
    expect(fieldsOf({ ...ok, allDay: true, start: "2026-01-05", end: "2026-01-05" })).toEqual({ end: before });
    expect(fieldsOf({ ...ok, allDay: true, start: "2026-01-05", end: "2026-01-04" })).toEqual({ end: before });
  });

  it("validation.unknown_timezone", () => {
    const unknown = { key: "validation.unknown_timezone" };
    expect(fieldsOf({ ...ok, timeZone: "Europe/Atlantis" })).toEqual({ timeZone: unknown });
    expect(fieldsOf({ ...ok, timeZone: 2 })).toEqual({ timeZone: unknown });
  });

  it("validation.invalid_recurrence: bad frequency, interval or count", () => {
    const bad = "validation.invalid_recurrence";
    expect(fieldsOf(ok, { frequency: "daily", interval: 1 })).toEqual({ frequency: { key: bad } });
    expect(fieldsOf(ok, { frequency: "WEEKLY", interval: 1 })).toEqual({ frequency: { key: bad } });
    expect(fieldsOf(ok, "weekly")).toEqual({ frequency: { key: bad } });
    for (const interval of [0, 53, 1.5, -1, "x", "2.5"]) {
      expect(fieldsOf(ok, { frequency: "weekly", interval }), String(interval)).toEqual({
        interval: { key: bad, params: { min: 1, max: 52 } },
      });
    }
    for (const count of [0, 501, 2.5, "many"]) {
      expect(fieldsOf(ok, { frequency: "weekly", interval: 1, count }), String(count)).toEqual({
        count: { key: bad, params: { min: 1, max: 500 } },
      });
    }
    expect(fieldsOf(ok, { frequency: "weekly", interval: 52, count: 500 })).toEqual({});
    expect(FREQUENCIES).toEqual(["weekly", "monthly", "yearly"]);
  });

  it("validation.until_before_start", () => {
    expect(fieldsOf(ok, { frequency: "weekly", interval: 1, until: "2026-01-04" })).toEqual({
      until: { key: "validation.until_before_start" },
    });
    expect(validateEventTime(ok, { frequency: "weekly", interval: 1, until: "2026-01-05" })).toMatchObject({
      ok: true,
      recurrence: { until: "2026-01-05", count: null },
    });
  });

  it("validation.invalid_date for an until that is not a date", () => {
    expect(fieldsOf(ok, { frequency: "weekly", interval: 1, until: "2026-06-31" })).toEqual({ until: { key: "validation.invalid_date" } });
  });

  it("validation.count_and_until", () => {
    expect(fieldsOf(ok, { frequency: "weekly", interval: 1, count: 5, until: "2026-06-30" })).toEqual({
      until: { key: "validation.count_and_until" },
    });
  });

  it("byDay: a weekday of the month for monthly rules, on which the start falls", () => {
    const tuesday = { ...ok, start: "2027-01-12T14:00", end: "2027-01-12T16:00" };
    expect(validateEventTime(tuesday, { frequency: "monthly", byDay: "2tu" })).toMatchObject({
      ok: true,
      recurrence: { frequency: "monthly", interval: 1, byDay: "2TU" },
    });
    expect(
      validateEventTime({ ...ok, start: "2027-01-26T14:00", end: "2027-01-26T16:00" }, { frequency: "monthly", byDay: "-1TU" }),
    ).toMatchObject({ ok: true, recurrence: { byDay: "-1TU" } });
    expect(fieldsOf(tuesday, { frequency: "monthly", byDay: "3TU" })).toEqual({ byDay: { key: "validation.by_day_not_start" } });
    expect(fieldsOf(tuesday, { frequency: "monthly", byDay: "-1TU" })).toEqual({ byDay: { key: "validation.by_day_not_start" } });
    expect(fieldsOf(tuesday, { frequency: "weekly", byDay: "2TU" })).toEqual({ byDay: { key: "validation.by_day_monthly_only" } });
    for (const byDay of ["TU", "second Tuesday", "9TU", 2, ["2TU"]]) {
      expect(fieldsOf(tuesday, { frequency: "monthly", byDay }), String(byDay)).toEqual({ byDay: { key: "validation.invalid_by_day" } });
    }
    expect(validateEventTime(tuesday, { frequency: "monthly", byDay: "" })).toMatchObject({ ok: true, recurrence: { byDay: null } });
  });

  it("reports every field at fault at once", () => {
    expect(fieldsOf({ ...ok, timeZone: "Mars/Olympus", end: "2026-01-05T09:00" }, { frequency: "daily", interval: 99 })).toEqual({
      timeZone: { key: "validation.unknown_timezone" },
      end: { key: "validation.end_before_start" },
      frequency: { key: "validation.invalid_recurrence" },
      interval: { key: "validation.invalid_recurrence", params: { min: 1, max: 52 } },
    });
  });
});
