import { byDayOptions, type Frequency } from "../../../../../src/domain/recurrence.ts";
import type { Body } from "../../../api/client.ts";
import { addDays, type CalendarEvent, type EventKind, lastDayOf } from "../AnnualClock.tsx";
import { DEFAULT_ZONE, wall } from "./format.ts";

export type RecurrenceEnd = "never" | "count" | "until";

/** Which day a monthly event repeats on: the start's day of the month, its weekday of the month ("second Tuesday") or the last such weekday. */
export type MonthlyBy = "monthDay" | "weekday" | "lastWeekday";

/** The RFC 5545 BYDAY of a monthly rule as the start date gives it; null for the day of the month (or a start not yet valid). */
export function byDayOf(start: string, by: MonthlyBy): string | null {
  const options = by === "monthDay" ? null : byDayOptions(start);
  if (!options) return null;
  return by === "lastWeekday" ? (options.last ?? options.nth) : options.nth;
}

/** The event form's input: all strings as typed, until it is sent. */
export interface Draft {
  title: string;
  description: string;
  kind: EventKind;
  allDay: boolean;
  start: string;
  /** Timed: the end; all-day: the last day (the API's exclusive end is the day after). */
  end: string;
  timeZone: string;
  /** Empty for an event that does not repeat. */
  frequency: Frequency | "";
  interval: string;
  /** Monthly events: which day of the month, following the start date. */
  monthlyBy: MonthlyBy;
  recurrenceEnd: RecurrenceEnd;
  count: string;
  until: string;
  place: string;
  onlineUrl: string;
  organiserOrganisationId: string;
}

export const emptyDraft = (): Draft => ({
  title: "",
  description: "",
  kind: "network_meeting",
  allDay: false,
  start: "",
  end: "",
  timeZone: DEFAULT_ZONE,
  frequency: "",
  interval: "1",
  monthlyBy: "monthDay",
  recurrenceEnd: "never",
  count: "",
  until: "",
  place: "",
  onlineUrl: "",
  organiserOrganisationId: "",
});

export const draftOf = (e: CalendarEvent): Draft => ({
  title: e.title,
  description: e.description,
  kind: e.kind,
  allDay: e.allDay,
  start: e.start,
  end: e.allDay ? lastDayOf(e) : e.end,
  timeZone: e.timeZone,
  frequency: e.recurrence?.frequency ?? "",
  interval: String(e.recurrence?.interval ?? 1),
  monthlyBy: !e.recurrence?.byDay ? "monthDay" : e.recurrence.byDay.startsWith("-") ? "lastWeekday" : "weekday",
  recurrenceEnd: e.recurrence?.count ? "count" : e.recurrence?.until ? "until" : "never",
  count: e.recurrence?.count ? String(e.recurrence.count) : "",
  until: e.recurrence?.until ?? "",
  place: e.place ?? "",
  onlineUrl: e.onlineUrl ?? "",
  organiserOrganisationId: e.organiser?.id ?? "",
});

/** What the form sends: the server checks the time and the recurrence and names each field at fault. */
export function bodyOf(draft: Draft): Body<"/api/networks/{networkId}/events", "post"> {
  const byDay = draft.frequency === "monthly" ? byDayOf(draft.start, draft.monthlyBy) : null;
  return {
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    allDay: draft.allDay,
    start: draft.start,
    end: draft.allDay && /^\d{4}-\d{2}-\d{2}$/.test(draft.end) ? addDays(draft.end, 1) : draft.end,
    timeZone: draft.timeZone,
    recurrence: draft.frequency
      ? {
          frequency: draft.frequency,
          interval: Number(draft.interval) || draft.interval,
          ...(byDay ? { byDay } : {}),
          ...(draft.recurrenceEnd === "count" ? { count: Number(draft.count) || draft.count } : {}),
          ...(draft.recurrenceEnd === "until" ? { until: draft.until } : {}),
        }
      : null,
    place: draft.place.trim() || null,
    onlineUrl: draft.onlineUrl.trim() || null,
    organiserOrganisationId: draft.organiserOrganisationId || null,
  };
}

/** One hour later, as a datetime-local value. */
export const hourLater = (local: string) => {
  const d = wall(local);
  d.setUTCHours(d.getUTCHours() + 1);
  return d.toISOString().slice(0, 16);
};

export const zoneOptions = (current: string) => {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set([DEFAULT_ZONE, current, ...zones]);
  return [...all].sort().map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
};
