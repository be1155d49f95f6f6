import { useDraft } from "../../../components/Form.tsx";
import type { CalendarEvent } from "../AnnualClock.tsx";
import { type Draft, draftOf, emptyDraft, hourLater } from "./draft.ts";

/** The event form's input: a new event's, or a copy of the event edited; start and all-day keep the end sensible. */
export function useEventDraft(event: CalendarEvent | null, error: unknown) {
  const { draft, setDraft, set, field } = useDraft<Draft>(() => (event ? draftOf(event) : emptyDraft()), { error });

  const setStart = (v: string) =>
    setDraft((d) => {
      const next = { ...d, start: v };
      if (v && (!d.end || d.end < v)) next.end = d.allDay ? v : hourLater(v);
      return next;
    });
  const setAllDay = (allDay: boolean) =>
    setDraft((d) => {
      if (allDay === d.allDay) return d;
      if (allDay) return { ...d, allDay, start: d.start.slice(0, 10), end: d.end.slice(0, 10) };
      const start = d.start ? `${d.start}T09:00` : "";
      const end = d.end ? `${d.end}T10:00` : start ? hourLater(start) : "";
      return { ...d, allDay, start, end };
    });

  return { draft, setDraft, set, field, setStart, setAllDay };
}
