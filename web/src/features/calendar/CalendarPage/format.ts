import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { type CalendarEvent, type EventKind, lastDayOf, type Occurrence } from "../AnnualClock.tsx";

export const DEFAULT_ZONE = "Europe/Helsinki";

/** The wall-clock strings of an event read as UTC, so that formatting them in UTC shows them unchanged. */
export const wall = (s: string) => new Date(s.length <= 10 ? `${s}T00:00:00Z` : `${s}:00Z`);

export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** When an occurrence happens, in the UI language and the event's own time zone. */
export function formatWhen(
  o: { start: string; end: string; startUtc?: string; endUtc?: string },
  ev: CalendarEvent,
  lang: string,
  zone?: string,
) {
  if (ev.allDay) {
    const fmt = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "full", timeZone: "UTC" });
    const last = lastDayOf(o);
    return last === o.start.slice(0, 10) ? fmt.format(wall(o.start)) : fmt.formatRange(wall(o.start), wall(last));
  }
  if (o.startUtc && o.endUtc) {
    const fmt = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "full", timeStyle: "short", timeZone: zone ?? ev.timeZone });
    return fmt.formatRange(new Date(o.startUtc), new Date(o.endUtc));
  }
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).formatRange(
    wall(o.start),
    wall(o.end),
  );
}

/** A short date (and time) for marks and the list. */
export function formatShort(o: Occurrence, lang: string) {
  const ev = o.event;
  if (ev.allDay) {
    const fmt = new Intl.DateTimeFormat(intlLocale(lang), { day: "numeric", month: "long", timeZone: "UTC" });
    const last = lastDayOf(o);
    return last === o.start.slice(0, 10) ? fmt.format(wall(o.start)) : fmt.formatRange(wall(o.start), wall(last));
  }
  const fmt = new Intl.DateTimeFormat(intlLocale(lang), {
    weekday: "short",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: ev.timeZone,
  });
  return fmt.formatRange(new Date(o.startUtc), new Date(o.endUtc));
}

export function useKindName() {
  const { t } = useTranslation();
  return (kind: EventKind) => t(`calendar.kind.${kind}`);
}

/** Which occurrence of which event is shown: the index is null when any of the event's occurrences is. */
export type Selected = { eventId: string; index: number | null } | null;
