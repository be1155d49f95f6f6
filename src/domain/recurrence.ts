import { IANAZone } from "luxon";

/** How often an event of the annual clock repeats: a small subset of RFC 5545 RRULE. */
export const FREQUENCIES = ["weekly", "monthly", "yearly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 52;
export const MIN_COUNT = 1;
export const MAX_COUNT = 500;
/** How many occurrences `occurrences()` returns when the caller gives no limit. */
export const DEFAULT_OCCURRENCE_LIMIT = 1000;

/** Weekdays as RFC 5545 spells them, Monday first. */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of the month a monthly rule names: the first to the fifth, or the last (-1). */
export interface ByDay {
  ordinal: 1 | 2 | 3 | 4 | 5 | -1;
  weekday: Weekday;
}

// Only the forms people use ("second Tuesday", "last Friday"); RFC 5545 allows more, which no form here offers.
const BY_DAY_RE = /^(-1|[1-5])(MO|TU|WE|TH|FR|SA|SU)$/;

export interface Recurrence {
  frequency: Frequency;
  /** Every n-th week, month or year, 1–52. */
  interval: number;
  /** How many occurrences in all, counted from the first (1–500); null for no limit. */
  count?: number | null;
  /** Last day (YYYY-MM-DD, inclusive, in the event's zone) on which an occurrence may start. */
  until?: string | null;
  /**
   * Monthly rules only: the weekday of the month in RFC 5545 form, "2TU" (the
   * second Tuesday) or "-1FR" (the last Friday); null or absent repeats on the
   * start's day of the month. The start must itself be that day.
   */
  byDay?: string | null;
}

/**
 * When an event happens. Timed events: start and end are local wall-clock
 * "YYYY-MM-DDTHH:mm" in timeZone. All-day events: "YYYY-MM-DD", with the end
 * exclusive as in iCalendar (a one-day event on 1 June ends on 2 June).
 */
export interface EventTime {
  start: string;
  end: string;
  allDay: boolean;
  timeZone: string;
}

/**
 * One occurrence. start and end are in the same local form as the event's;
 * startUtc and endUtc are ISO instants ("2026-03-23T08:00:00.000Z"), for
 * all-day events the start of the day in the event's zone. index is the
 * occurrence's 0-based position in the whole series (the event's own start is 0).
 */
export interface Occurrence {
  start: string;
  end: string;
  startUtc: string;
  endUtc: string;
  index: number;
}

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A local calendar date and wall-clock time with no zone attached. */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 0 for Monday … 6 for Sunday, as WEEKDAYS counts. */
const weekdayIndex = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/** Reads "2TU" or "-1FR"; null for anything else. */
export function parseByDay(value: string): ByDay | null {
  const m = BY_DAY_RE.exec(value);
  if (!m) return null;
  return { ordinal: Number(m[1]) as ByDay["ordinal"], weekday: m[2] as Weekday };
}

/** The day of the month on which a month has the rule's weekday, or null when it has none (no fifth Tuesday). */
export function dayOfByDay(year: number, month: number, rule: ByDay): number | null {
  const wanted = WEEKDAYS.indexOf(rule.weekday);
  const last = daysInMonth(year, month);
  if (rule.ordinal === -1) return last - ((weekdayIndex(year, month, last) - wanted + 7) % 7);
  const day = 1 + ((wanted - weekdayIndex(year, month, 1) + 7) % 7) + 7 * (rule.ordinal - 1);
  return day <= last ? day : null;
}

/**
 * The weekday rules a date ("YYYY-MM-DD") is the day of: its place counted
 * from the month's start ("2TU" for 12 January 2027), and "-1TU" as well when
 * it is the month's last such weekday. Null for a date that is not a real one.
 */
export function byDayOptions(date: string): { nth: string; last: string | null } | null {
  const w = parseWall(date.slice(0, 10), true);
  if (!w) return null;
  const weekday = WEEKDAYS[weekdayIndex(w.year, w.month, w.day)] as Weekday;
  const nth = `${Math.ceil(w.day / 7)}${weekday}`;
  return { nth, last: w.day + 7 > daysInMonth(w.year, w.month) ? `-1${weekday}` : null };
}

/** The wall-clock reading as if it were UTC: lets plain arithmetic on local times ignore DST. */
const naiveMillis = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

function fromNaiveMillis(ms: number): Wall {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const formatDate = (w: Wall) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
const formatDateTime = (w: Wall) => `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;

/** Reads "YYYY-MM-DD" (allDay) or "YYYY-MM-DDTHH:mm"; null when the form is wrong or the date is not a real one. */
function parseWall(value: string, allDay: boolean): Wall | null {
  const m = (allDay ? DATE_RE : DATE_TIME_RE).exec(value);
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0] = m.slice(1).map(Number) as [number, number, number, number?, number?];
  // Date.UTC reads years 0–99 as 1900–1999, and no network plans events that far back anyway.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

/** The IANA zone, or null when Intl does not know it. */
function zoneOf(timeZone: string): IANAZone | null {
  if (typeof timeZone !== "string" || timeZone.trim() === "" || !IANAZone.isValidZone(timeZone)) return null;
  return IANAZone.create(timeZone);
}

/** Whether Intl (and so luxon) knows the IANA time zone, e.g. "Europe/Helsinki". */
export const isValidTimeZone = (tz: string): boolean => zoneOf(tz) !== null;

/** The zone's canonical spelling ("europe/helsinki" → "Europe/Helsinki"), so stored names match VTIMEZONE ids. */
function canonicalZoneName(timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

interface Resolved {
  /** Epoch milliseconds. */
  instant: number;
  /** False when the wall-clock time fell into a DST gap and was moved forward. */
  exists: boolean;
}

/**
 * The instant a wall-clock time denotes in a zone, following RFC 5545 3.3.5:
 * a time that occurs twice (the repeated hour in autumn) is the first of the
 * two, and a time in a spring-forward gap is read with the offset from before
 * the gap, which moves it forward by the gap's length (03:30 → 04:30 in
 * Helsinki), as luxon also does. Luxon alone would pick the second of two
 * repeated times, hence this resolution of our own.
 */
function resolve(zone: IANAZone, w: Wall): Resolved {
  const naive = naiveMillis(w);
  // Transitions are far more than a day apart, so the offsets a day either side cover every reading.
  const offsets = [...new Set([zone.offset(naive - DAY), zone.offset(naive), zone.offset(naive + DAY)])];
  const matches = offsets.map((o) => naive - o * MINUTE).filter((t) => zone.offset(t) * MINUTE === naive - t);
  if (matches.length > 0) return { instant: Math.min(...matches), exists: true };
  // In a gap the offset grew, so the smaller one is the offset before the gap.
  return { instant: naive - Math.min(...offsets) * MINUTE, exists: false };
}

/** The wall-clock reading of an instant in a zone. */
const wallAt = (zone: IANAZone, instant: number) => fromNaiveMillis(instant + zone.offset(instant) * MINUTE);

const isoInstant = (ms: number) => new Date(ms).toISOString();

function parseInstant(value: string, name: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not an ISO instant: ${value}`);
  return ms;
}

/**
 * The date of the k-th step of the rule from the first date; exists is false
 * when that month has no such day (RFC 5545 skips it), and the date is then
 * the month's first, which still stops a series at its until.
 */
function stepDate(first: Wall, rule: Recurrence, byDay: ByDay | null, k: number): { date: Wall; exists: boolean } {
  if (rule.frequency === "weekly") {
    return { date: fromNaiveMillis(Date.UTC(first.year, first.month - 1, first.day + 7 * rule.interval * k)), exists: true };
  }
  const months = rule.frequency === "monthly" ? rule.interval * k : 12 * rule.interval * k;
  const index = first.year * 12 + (first.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // A missing day (the 31st of April, 29 February in a common year, a fifth Tuesday) is skipped, not clamped.
  const day = byDay ? dayOfByDay(year, month, byDay) : first.day <= daysInMonth(year, month) ? first.day : null;
  return { date: { year, month, day: day ?? 1, hour: 0, minute: 0 }, exists: day !== null };
}

const compareDates = (a: Wall, b: Wall) => a.year - b.year || a.month - b.month || a.day - b.day;

/**
 * Every occurrence of an event that overlaps [fromUtc, toUtc), at most `limit`.
 *
 * Wall-clock time is kept across DST: a weekly 10:00 Helsinki meeting stays
 * at 10:00 local time, so its UTC instant moves. A timed event's duration is
 * kept in wall-clock terms, measured from the occurrence's actual start. An
 * occurrence whose start falls into a spring-forward gap is moved forward by
 * the gap (a 03:30 start becomes 04:30), as luxon does; RFC 5545 3.3.10 would
 * drop such an instance, so calendar apps reading the feed may differ there.
 * An occurrence that began before the window but is still going on inside it
 * is included; a zero-length event is included when it starts inside it.
 * A monthly rule with byDay falls on that weekday of each month, at the
 * start's wall-clock time; a month without it (no fifth Tuesday) is skipped.
 * Expects a time and recurrence that passed validateEventTime; throws a
 * RangeError for malformed ones.
 */
export function occurrences(
  time: EventTime,
  recurrence: Recurrence | null,
  fromUtc: string,
  toUtc: string,
  limit: number = DEFAULT_OCCURRENCE_LIMIT,
): Occurrence[] {
  const zone = zoneOf(time.timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${time.timeZone}`);
  const first = parseWall(time.start, time.allDay);
  const last = parseWall(time.end, time.allDay);
  if (!first || !last) throw new RangeError(`Not a valid event time: ${time.start} – ${time.end}`);
  const from = parseInstant(fromUtc, "fromUtc");
  const to = parseInstant(toUtc, "toUtc");
  const wallDuration = naiveMillis(last) - naiveMillis(first);
  if (wallDuration < 0) throw new RangeError("The event ends before it starts");
  if (recurrence && (!Number.isInteger(recurrence.interval) || recurrence.interval < 1)) {
    throw new RangeError(`Not a valid interval: ${recurrence.interval}`);
  }
  const until = recurrence?.until ? parseWall(recurrence.until, true) : null;
  if (recurrence?.until && !until) throw new RangeError(`Not a valid until date: ${recurrence.until}`);
  const byDay = recurrence?.byDay ? parseByDay(recurrence.byDay) : null;
  if (recurrence?.byDay && (!byDay || recurrence.frequency !== "monthly")) throw new RangeError(`Not a valid byDay: ${recurrence.byDay}`);
  const count = recurrence?.count ?? null;

  const result: Occurrence[] = [];
  let index = 0;
  for (let k = 0; result.length < limit; k++) {
    if (k > 0 && !recurrence) break;
    if (count !== null && index >= count) break;
    const step = recurrence ? stepDate(first, recurrence, byDay, k) : { date: first, exists: true };
    if (step.date.year > 9999) break;
    if (until && compareDates(step.date, until) > 0) break;
    if (!step.exists) continue;

    const nominal: Wall = { ...step.date, hour: first.hour, minute: first.minute };
    const start = resolve(zone, nominal);
    if (start.instant >= to) break;
    let occurrence: Occurrence;
    if (time.allDay) {
      const endDate = fromNaiveMillis(naiveMillis(nominal) + wallDuration);
      const end = resolve(zone, endDate).instant;
      occurrence = {
        start: formatDate(nominal),
        end: formatDate(endDate),
        startUtc: isoInstant(start.instant),
        endUtc: isoInstant(end),
        index,
      };
    } else {
      const actual = wallAt(zone, start.instant);
      const endWall = fromNaiveMillis(naiveMillis(actual) + wallDuration);
      const end = resolve(zone, endWall).instant;
      occurrence = {
        start: formatDateTime(actual),
        end: formatDateTime(wallAt(zone, end)),
        startUtc: isoInstant(start.instant),
        endUtc: isoInstant(end),
        index,
      };
    }
    index++;
    const endInstant = Date.parse(occurrence.endUtc);
    const overlaps = endInstant > from || (endInstant === start.instant && start.instant >= from);
    if (overlaps) result.push(occurrence);
  }
  return result;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An integer within bounds, given as a number or a numeric string (form posts send strings). */
function boundedInteger(value: unknown, min: number, max: number): number | null {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * Checks an event's time and recurrence; returns the fields at fault as message keys.
 *
 * Fields: start, end, allDay, timeZone, frequency, interval, count, until, byDay.
 * A start or end that does not exist in the zone (in a spring-forward gap) is
 * "validation.invalid_date". The end must not be before the start; an
 * all-day event must last at least one day (its end is exclusive). A missing
 * interval means 1, as in RFC 5545. "validation.count_and_until" is reported
 * on the until field. A byDay ("2TU", "-1FR", any case) is for monthly
 * rules only, and the start must fall on it (RFC 5545 leaves a series whose
 * DTSTART is not one of its days undefined). On success the zone name comes
 * back in its canonical spelling, byDay in capitals, and count, until and
 * byDay as null when not given.
 */
export function validateEventTime(
  time: unknown,
  recurrence: unknown,
): { ok: true; time: EventTime; recurrence: Recurrence | null } | { ok: false; fields: Record<string, FieldError> } {
  const fields: Record<string, FieldError> = {};
  const t = isRecord(time) ? time : {};

  const allDay = t.allDay;
  if (typeof allDay !== "boolean") fields.allDay = { key: "validation.required" };

  const zone = typeof t.timeZone === "string" ? zoneOf(t.timeZone) : null;
  if (isBlank(t.timeZone)) fields.timeZone = { key: "validation.required" };
  else if (!zone) fields.timeZone = { key: "validation.unknown_timezone" };

  const readWall = (name: "start" | "end"): Wall | null => {
    const value = t[name];
    if (isBlank(value)) {
      fields[name] = { key: "validation.required" };
      return null;
    }
    if (typeof allDay !== "boolean") return null;
    const wall = typeof value === "string" ? parseWall(value, allDay) : null;
    if (!wall || (zone && !allDay && !resolve(zone, wall).exists)) {
      fields[name] = { key: "validation.invalid_date" };
      return null;
    }
    return wall;
  };
  const start = readWall("start");
  const end = readWall("end");
  if (start && end) {
    const diff = naiveMillis(end) - naiveMillis(start);
    if (diff < 0 || (allDay === true && diff === 0)) fields.end = { key: "validation.end_before_start" };
  }

  let rule: Recurrence | null = null;
  if (!isBlank(recurrence)) {
    const r = isRecord(recurrence) ? recurrence : {};
    const frequency = r.frequency;
    if (!isRecord(recurrence)) fields.frequency = { key: "validation.invalid_recurrence" };
    else if (isBlank(frequency)) fields.frequency = { key: "validation.required" };
    else if (!FREQUENCIES.includes(frequency as Frequency)) fields.frequency = { key: "validation.invalid_recurrence" };

    const interval = isBlank(r.interval) ? 1 : boundedInteger(r.interval, MIN_INTERVAL, MAX_INTERVAL);
    if (interval === null) fields.interval = { key: "validation.invalid_recurrence", params: { min: MIN_INTERVAL, max: MAX_INTERVAL } };

    const count = isBlank(r.count) ? null : boundedInteger(r.count, MIN_COUNT, MAX_COUNT);
    if (!isBlank(r.count) && count === null)
      fields.count = { key: "validation.invalid_recurrence", params: { min: MIN_COUNT, max: MAX_COUNT } };

    let until: string | null = null;
    if (!isBlank(r.until)) {
      const u = typeof r.until === "string" ? parseWall(r.until, true) : null;
      if (!u) fields.until = { key: "validation.invalid_date" };
      else if (!isBlank(r.count)) fields.until = { key: "validation.count_and_until" };
      else if (start && compareDates(u, start) < 0) fields.until = { key: "validation.until_before_start" };
      else until = formatDate(u);
    }

    let byDay: string | null = null;
    if (!isBlank(r.byDay)) {
      const parsed = typeof r.byDay === "string" ? parseByDay(r.byDay.trim().toUpperCase()) : null;
      if (!parsed) fields.byDay = { key: "validation.invalid_by_day" };
      else if (frequency !== "monthly") fields.byDay = { key: "validation.by_day_monthly_only" };
      else if (start && dayOfByDay(start.year, start.month, parsed) !== start.day) fields.byDay = { key: "validation.by_day_not_start" };
      else byDay = `${parsed.ordinal}${parsed.weekday}`;
    }
    // Only returned when no field is at fault, so the casts are checked above.
    rule = { frequency: frequency as Frequency, interval: interval ?? 1, count, until, byDay };
  }

  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    time: { start: t.start as string, end: t.end as string, allDay: allDay as boolean, timeZone: canonicalZoneName(t.timeZone as string) },
    recurrence: rule,
  };
}

/** "2026-06-30" → "20260630". */
const basicDate = (date: string) => date.replace(/-/g, "");

/** "2026-06-30T20:59:59.000Z" → "20260630T205959Z". */
const basicInstant = (iso: string) => iso.replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");

/**
 * The RRULE value (RFC 5545) of a recurrence, e.g. "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
 * or "FREQ=WEEKLY;INTERVAL=2".
 *
 * Monthly rules from the 29th–31st and yearly rules from 29 February also
 * name the day (BYMONTHDAY, BYMONTH), which changes nothing under RFC 5545
 * but keeps readers such as ical.js from moving 29 February to 1 March.
 * UNTIL takes DTSTART's value type: a DATE for all-day events, and for timed
 * events the last second of the until day in the event's zone, in UTC, as
 * RFC 5545 requires when DTSTART has a TZID. Throws a RangeError when both
 * count and until are given, which RFC 5545 forbids.
 */
export function toRRule(r: Recurrence, time: EventTime): string {
  const parts = [`FREQ=${r.frequency.toUpperCase()}`];
  if (r.byDay) {
    if (r.frequency !== "monthly" || !parseByDay(r.byDay)) throw new RangeError(`Not a valid byDay: ${r.byDay}`);
    parts.push(`BYDAY=${r.byDay}`);
  }
  // 1 is the default of RFC 5545, so it goes unsaid.
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
  const first = parseWall(time.start.slice(0, 10), true);
  if (!first) throw new RangeError(`Not a valid start: ${time.start}`);
  // RFC 5545 takes these from DTSTART anyway; spelt out, readers that would roll 29 February over to 1 March skip it instead.
  if (r.frequency === "yearly" && first.month === 2 && first.day === 29) parts.push("BYMONTH=2", "BYMONTHDAY=29");
  if (r.frequency === "monthly" && !r.byDay && first.day > 28) parts.push(`BYMONTHDAY=${first.day}`);
  const hasCount = r.count !== undefined && r.count !== null;
  const hasUntil = r.until !== undefined && r.until !== null && r.until !== "";
  if (hasCount && hasUntil) throw new RangeError("A recurrence cannot have both count and until");
  if (hasCount) parts.push(`COUNT=${r.count}`);
  if (hasUntil) {
    const until = parseWall(r.until as string, true);
    if (!until) throw new RangeError(`Not a valid until date: ${r.until}`);
    if (time.allDay) parts.push(`UNTIL=${basicDate(formatDate(until))}`);
    else {
      const zone = zoneOf(time.timeZone);
      if (!zone) throw new RangeError(`Unknown time zone: ${time.timeZone}`);
      const nextDay = fromNaiveMillis(naiveMillis(until) + DAY);
      parts.push(`UNTIL=${basicInstant(isoInstant(resolve(zone, nextDay).instant - 1000))}`);
    }
  }
  return parts.join(";");
}
