import { type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { type CalendarEvent, type EventKind, LANE_ORDER, type Occurrence, overlapsYear } from "../AnnualClock.tsx";
import type { EventDetail } from "./EventDetails.tsx";

export type View = "wheel" | "list";

/** Picks the occurrence of an event to show: the one chosen, else the next one to come, else the first of the year. */
function pickOccurrence(items: Occurrence[], eventId: string, index: number | null) {
  const mine = items.filter((o) => o.event.id === eventId);
  if (index !== null) {
    const exact = mine.find((o) => o.index === index);
    if (exact) return exact;
  }
  const now = new Date().toISOString();
  return mine.find((o) => o.endUtc >= now) ?? mine[0] ?? null;
}

/**
 * The annual clock's state: the year, view and kinds shown, the year's occurrences, the event opened
 * (?event=… in the address) and the form; focus follows what the person opens or closes. What a save or a
 * cancellation did is said in the event's details, where the person lands once the form or button is gone.
 */
export function useCalendar(networkId: string) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const eventId = params.get("event");
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [view, setView] = useState<View>("wheel");
  const [kinds, setKinds] = useState<EventKind[]>(() => [...LANE_ORDER]);
  const [occurrenceIndex, setOccurrenceIndex] = useState<number | null>(null);
  const [form, setForm] = useState<{ event: CalendarEvent | null } | null>(null);
  const [message, setMessage] = useState("");
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const focusNext = useRef<"details" | "form" | "back" | null>(null);
  const linkedEvent = useRef(eventId);

  const allKinds = kinds.length === LANE_ORDER.length;
  const span = { from: `${year - 1}-12-31T00:00:00Z`, to: `${year + 1}-01-02T00:00:00Z` };
  const events = useLoad(
    () =>
      ok(
        client.GET("/api/networks/{networkId}/events", {
          params: { path: { networkId }, query: { ...span, ...(allKinds ? {} : { kinds: kinds.join(",") }) } },
        }),
      ),
    kinds.length ? `events:${networkId}:${year}:${kinds.join(",")}` : null,
  );
  const items = useMemo(
    () =>
      (events.data?.items ?? [])
        .filter((o) => kinds.includes(o.event.kind) && overlapsYear(o, year))
        .sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.event.title.localeCompare(b.event.title)),
    [events.data, kinds, year],
  );

  const detail = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/events/{eventId}", { params: { path: { networkId, eventId: eventId ?? "" } } })),
    eventId ? `event:${networkId}:${eventId}` : null,
  );
  const occurrence = eventId ? pickOccurrence(items, eventId, occurrenceIndex) : null;
  const detailEvent = detail.data?.id === eventId ? detail.data : (occurrence?.event ?? null);
  const selected = eventId ? { eventId, index: occurrence?.index ?? occurrenceIndex } : null;

  // A link from a calendar (…/calendar?event=…) to a one-off event in another year shows that year.
  useEffect(() => {
    if (!detail.data || detail.data.id !== linkedEvent.current) return;
    linkedEvent.current = null;
    if (!detail.data.recurrence) setYear(Number(detail.data.start.slice(0, 4)));
  }, [detail.data]);

  // Focus follows what the person opened or closed, so that keyboard and screen reader users land on it.
  useEffect(() => {
    if (focusNext.current === "details" && detailEvent) {
      detailsHeading.current?.focus();
      focusNext.current = null;
    } else if (focusNext.current === "form" && form) {
      formHeading.current?.focus();
      focusNext.current = null;
    } else if (focusNext.current === "back") {
      if (opener.current?.isConnected) opener.current.focus();
      else viewRef.current?.focus();
      focusNext.current = null;
    }
  });

  const hrefOf = (o: Occurrence) => `?event=${encodeURIComponent(o.event.id)}`;
  const showEvent = (id: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set("event", id);
      return next;
    });
  const open = (o: Occurrence, e: MouseEvent<Element>) => {
    opener.current = e.currentTarget as HTMLElement | SVGElement;
    setOccurrenceIndex(o.index);
    setMessage("");
    focusNext.current = "details";
    showEvent(o.event.id);
  };
  const close = () => {
    setOccurrenceIndex(null);
    setMessage("");
    focusNext.current = "back";
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete("event");
      return next;
    });
  };
  const openForm = (event: CalendarEvent | null) => {
    setMessage("");
    focusNext.current = "form";
    setForm({ event });
  };
  const closeForm = () => {
    setForm(null);
    focusNext.current = "back";
  };
  const saved = (ev: CalendarEvent) => {
    const adding = form?.event === null;
    setForm(null);
    setMessage(adding ? t("calendar.added") : t("calendar.saved"));
    if (adding) setYear(Number(ev.start.slice(0, 4)));
    setOccurrenceIndex(null);
    void events.reload();
    if (ev.id === eventId) void detail.reload();
    // The message in the details takes focus, so the details heading does not.
    focusNext.current = null;
    showEvent(ev.id);
  };
  // The details stay open with the event as cancelled, and the message there takes the focus of the button that is gone.
  const cancelled = (ev: EventDetail) => {
    detail.setData(ev);
    setMessage(t("calendar.cancelledNow"));
    void events.reload();
  };
  const toggleKind = (kind: EventKind, on: boolean) => setKinds((ks) => LANE_ORDER.filter((k) => (k === kind ? on : ks.includes(k))));

  return {
    year,
    setYear,
    view,
    setView,
    kinds,
    allKinds,
    toggleKind,
    events,
    items,
    eventId,
    detail,
    detailEvent,
    occurrence,
    selected,
    form,
    message,
    refs: { detailsHeading, formHeading, viewRef },
    hrefOf,
    open,
    close,
    openForm,
    closeForm,
    saved,
    cancelled,
  };
}
