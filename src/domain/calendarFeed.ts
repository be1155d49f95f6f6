import ical, { type ICalEventData, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { intlLocale } from "./format.ts";
import { type EventTime, isValidTimeZone, occurrences, type Recurrence, toRRule } from "./recurrence.ts";

/** One event of the annual clock as it goes into a calendar feed. */
export interface FeedEvent {
  /** Stable across edits, e.g. "<event id>@solmu": calendar apps match updates by it. */
  uid: string;
  /** Raised on every significant change so calendar apps take the new version (RFC 5545 3.8.7.4). */
  sequence: number;
  status: "confirmed" | "cancelled";
  title: string;
  description: string;
  location: string | null;
  /** Link back to the event in Solmu. */
  url: string;
  time: EventTime;
  recurrence: Recurrence | null;
  /** ISO instant of the last change: written as DTSTAMP and LAST-MODIFIED. */
  updatedAt: string;
  /** "Name <email>" or a bare e-mail address; anything else is left out, as ORGANIZER must be an address. */
  organiser?: string | null;
}

/** What a meeting adds to its event in a calendar: why it is held, what should come of it, and its programme. */
export interface FeedMeeting {
  purpose: string;
  expectedOutcome: string;
  /** Blocks in order, minutes counted from the meeting's start. */
  agenda: { title: string; startMinute: number; durationMinutes: number }[];
  onlineUrl: string | null;
  /** The meeting's page in Solmu. */
  pageUrl: string;
}

/** The headings of a meeting's description, in the reader's language. */
export interface MeetingLabels {
  purpose: string;
  expectedOutcome: string;
  agenda: string;
  online: string;
  page: string;
}

/**
 * The DESCRIPTION of a meeting's event, in plain text: the event's own
 * description (left out when it only repeats the purpose), the purpose and
 * the expected outcome, the agenda with clock times counted from the start
 * (as the locale writes them: 14.20 in Finnish, 14:20 in English), the online
 * link and the meeting's page. Empty parts are left out.
 */
export function meetingDescription(
  description: string,
  start: string,
  meeting: FeedMeeting,
  labels: MeetingLabels,
  locale: string,
): string {
  const [hour = 0, minute = 0] = (start.slice(11, 16) || "00:00").split(":").map(Number);
  const clock = new Intl.DateTimeFormat(intlLocale(locale), { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  const at = (minutes: number) => clock.format(Date.UTC(2000, 0, 1, hour, minute + minutes));
  const own = description.trim() === meeting.purpose.trim() ? "" : description.trim();
  const sections = [
    own,
    [
      meeting.purpose.trim() && `${labels.purpose}: ${meeting.purpose.trim()}`,
      meeting.expectedOutcome.trim() && `${labels.expectedOutcome}: ${meeting.expectedOutcome.trim()}`,
    ]
      .filter(Boolean)
      .join("\n"),
    meeting.agenda.length
      ? [
          `${labels.agenda}:`,
          ...meeting.agenda.map((b) => `${at(b.startMinute)}–${at(b.startMinute + b.durationMinutes)} ${b.title}`),
        ].join("\n")
      : "",
    [meeting.onlineUrl && `${labels.online}: ${meeting.onlineUrl}`, `${labels.page}: ${meeting.pageUrl}`].filter(Boolean).join("\n"),
  ];
  return sections.filter(Boolean).join("\n\n");
}

export const DEFAULT_PRODUCT_ID = "-//Solmu//Solmu annual clock//EN";

// Wide enough for any event validateEventTime accepts (years 1000–9999).
const ALL_TIME_FROM = "0999-01-01T00:00:00Z";
const ALL_TIME_TO = "9999-12-31T23:59:59Z";

/** Control characters other than tab and line breaks are not allowed in TEXT (RFC 5545 3.3.11); line breaks get escaped. */
const text = (value: string) => value.replace(/[^\P{Cc}\t\r\n]/gu, "");

/** Values the generator writes unescaped must stay on one line, or they could start a property of their own. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").replace(/\p{Cc}/gu, "");

/**
 * ical-generator backslash-escapes commas and semicolons in URL, which is a
 * URI value and takes no escapes (RFC 5545 3.3.13), so parsers would keep the
 * backslashes. Percent-encoding them instead keeps the link working.
 */
const uri = (value: string) => oneLine(value).replace(/,/g, "%2C").replace(/;/g, "%3B");

/** ORGANIZER must be an address, so a bare name gives none; quotes go, as a parameter value cannot hold them (RFC 5545 3.2). */
function organiser(value: string | null | undefined): { name: string; email: string } | null {
  if (!value) return null;
  const clean = oneLine(value).replace(/"/g, "").trim();
  const named = /^(.*?)\s*<([^\s<>@]+@[^\s<>@]+)>$/.exec(clean);
  if (named?.[2]) return { name: named[1] || named[2], email: named[2] };
  return /^[^\s<>@]+@[^\s<>@]+$/.test(clean) ? { name: clean, email: clean } : null;
}

/** The zone's VTIMEZONE and the TZID it declares, which for aliases is the canonical name (UTC → Etc/UTC). */
function vtimezone(timeZone: string): { tzid: string; block: string } | null {
  if (!isValidTimeZone(timeZone)) return null;
  const canonical = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  const found = tzlib_get_ical_block(canonical);
  if (!Array.isArray(found) || !found[0] || !found[1]?.startsWith("TZID=")) return null;
  return { tzid: found[1].slice("TZID=".length), block: found[0] };
}

function instant(iso: string, what: string): DateTime {
  const value = DateTime.fromISO(iso, { zone: "utc" });
  if (!value.isValid) throw new RangeError(`${what} is not an ISO instant: ${iso}`);
  return value;
}

/**
 * An iCalendar document with the events, a VTIMEZONE for every zone used, and the calendar's name.
 *
 * Timed events carry DTSTART/DTEND with the zone's TZID, so calendar apps keep
 * the wall-clock time across DST as occurrences() does; all-day events are
 * DATE values. A zero-length timed event has no DTEND (it then ends as it
 * starts, RFC 5545 3.6.1). DTSTAMP is the event's updatedAt: in a feed with no
 * METHOD it is the time the event was last revised (RFC 5545 3.8.7.2), and it
 * keeps the output the same for the same input. In the unlikely case that the
 * VTIMEZONE library lacks a zone Intl knows, that event's times are written in
 * UTC instead. Throws a RangeError for an event that does not hold together
 * (bad time, timestamp or sequence); validate events before they are stored.
 */
export function calendarFeed(input: { name: string; productId?: string; events: FeedEvent[] }): string {
  const zones = new Map<string, { tzid: string; block: string } | null>();
  const blocks = new Map<string, string>();
  const zoneFor = (timeZone: string) => {
    if (!zones.has(timeZone)) {
      const found = vtimezone(timeZone);
      zones.set(timeZone, found);
      if (found) blocks.set(found.tzid, found.block);
    }
    return zones.get(timeZone) ?? null;
  };

  const productId = oneLine(input.productId ?? DEFAULT_PRODUCT_ID);
  const calendar = ical({
    // ical-generator writes "PRODID:-" and then this, so the leading "-" of the usual form is ours to drop.
    prodId: productId.startsWith("-") ? productId.slice(1) : productId,
    name: oneLine(input.name),
    timezone: { name: null, generator: (tzid) => blocks.get(tzid) ?? null },
  });

  for (const event of input.events) {
    if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new RangeError(`${event.uid}: sequence must be a whole number ≥ 0`);
    const updated = instant(event.updatedAt, `${event.uid}: updatedAt`);
    const [first] = occurrences(event.time, null, ALL_TIME_FROM, ALL_TIME_TO, 1);
    if (!first) throw new RangeError(`${event.uid}: not a valid event time`);

    let when: Pick<ICalEventData, "allDay" | "start" | "end" | "timezone">;
    if (event.time.allDay) {
      // Dates are floating: the same calendar day wherever the reader is, as an all-day event should be.
      when = { allDay: true, start: DateTime.fromISO(first.start, { zone: "utc" }), end: DateTime.fromISO(first.end, { zone: "utc" }) };
    } else {
      const zone = zoneFor(event.time.timeZone);
      const tzid = zone?.tzid ?? "utc";
      when = {
        timezone: zone?.tzid ?? null,
        start: instant(first.startUtc, event.uid).setZone(tzid),
        end: first.endUtc === first.startUtc ? null : instant(first.endUtc, event.uid).setZone(tzid),
      };
    }

    calendar.createEvent({
      ...when,
      id: oneLine(event.uid),
      sequence: event.sequence,
      status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: text(event.title),
      description: text(event.description),
      location: event.location ? text(event.location) : null,
      url: uri(event.url),
      stamp: updated,
      lastModified: updated,
      repeating: event.recurrence ? toRRule(event.recurrence, event.time) : null,
      organizer: organiser(event.organiser),
    });
  }

  // Every content line ends in CRLF (RFC 5545 3.1), the last one too; ical-generator leaves that one bare.
  const output = calendar.toString();
  return output.endsWith("\r\n") ? output : `${output}\r\n`;
}
