import { type FormEvent, type MouseEvent, type RefObject, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import {
  AnnualClock,
  addDays,
  type CalendarEvent,
  EVENT_KINDS,
  type EventKind,
  KindSymbol,
  LANE_ORDER,
  lastDayOf,
  monthNames,
  type Occurrence,
  overlapsYear,
} from "./AnnualClock.tsx";
import "./calendar.css";

type View = "wheel" | "list";
type Frequency = "" | "weekly" | "monthly" | "yearly";
type RecurrenceEnd = "never" | "count" | "until";

const DEFAULT_ZONE = "Europe/Helsinki";

/** The wall-clock strings of an event read as UTC, so that formatting them in UTC shows them unchanged. */
const wall = (s: string) => new Date(s.length <= 10 ? `${s}T00:00:00Z` : `${s}:00Z`);

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** When an occurrence happens, in the UI language and the event's own time zone. */
function formatWhen(o: { start: string; end: string; startUtc?: string; endUtc?: string }, ev: CalendarEvent, lang: string, zone?: string) {
  if (ev.allDay) {
    const fmt = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" });
    const last = lastDayOf(o);
    return last === o.start.slice(0, 10) ? fmt.format(wall(o.start)) : fmt.formatRange(wall(o.start), wall(last));
  }
  if (o.startUtc && o.endUtc) {
    const fmt = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: zone ?? ev.timeZone });
    return fmt.formatRange(new Date(o.startUtc), new Date(o.endUtc));
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).formatRange(wall(o.start), wall(o.end));
}

/** A short date (and time) for marks and the list. */
function formatShort(o: Occurrence, lang: string) {
  const ev = o.event;
  if (ev.allDay) {
    const fmt = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", timeZone: "UTC" });
    const last = lastDayOf(o);
    return last === o.start.slice(0, 10) ? fmt.format(wall(o.start)) : fmt.formatRange(wall(o.start), wall(last));
  }
  const fmt = new Intl.DateTimeFormat(lang, {
    weekday: "short",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: ev.timeZone,
  });
  return fmt.formatRange(new Date(o.startUtc), new Date(o.endUtc));
}

const isKind = (v: string): v is EventKind => (EVENT_KINDS as readonly string[]).includes(v);

function useKindName() {
  const { t } = useTranslation();
  return (kind: EventKind) => t(`calendarUi.kind.${kind}`);
}

function RecurrenceText({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation();
  const r = event.recurrence;
  if (!r) return <>{t("calendarUi.recurrence.none")}</>;
  const parts = [t(`calendarUi.recurrence.${r.frequency}`, { count: r.interval })];
  if (r.count) parts.push(t("calendarUi.recurrence.times", { count: r.count }));
  if (r.until) parts.push(t("calendarUi.recurrence.untilDate", { date: formatDate(r.until) }));
  return <>{parts.join(", ")}</>;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Event details                                                                                                        */

function EventDetails({
  event,
  occurrence,
  headingRef,
  onClose,
  onEdit,
  onCancelled,
}: {
  event: CalendarEvent;
  occurrence: Occurrence | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onEdit: (e: CalendarEvent) => void;
  onCancelled: () => void;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const when = occurrence ?? { start: event.start, end: event.end };
  const zone = browserZone();
  const cancel = async () => {
    setError(null);
    try {
      await api("POST", `/api/networks/${networkId}/events/${event.id}/cancel`);
      setConfirming(false);
      onCancelled();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="panel calendar-details" aria-labelledby="event-details-heading">
      <h2 id="event-details-heading" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p>
        <span className="badge quiet calendar-kind-badge">
          <KindSymbol kind={event.kind} /> {kindName(event.kind)}
        </span>{" "}
        {event.status === "cancelled" ? <span className="badge warn">{t("calendarUi.cancelledBadge")}</span> : null}
      </p>
      <FormError error={error} />
      <dl className="facts">
        <dt>{t("calendarUi.details.when")}</dt>
        <dd>
          {formatWhen(when, event, i18n.language)}
          {event.allDay ? null : (
            <span className="meta calendar-zone">
              {" "}
              ({event.timeZone})
              {occurrence && zone && zone !== event.timeZone ? (
                <>
                  <br />
                  {t("calendarUi.details.yourTime", { time: formatWhen(occurrence, event, i18n.language, zone), zone })}
                </>
              ) : null}
            </span>
          )}
        </dd>
        <dt>{t("calendarUi.details.repeats")}</dt>
        <dd>
          <RecurrenceText event={event} />
        </dd>
        <dt>{t("calendarUi.details.place")}</dt>
        <dd>{event.place || t("common.notSet")}</dd>
        <dt>{t("calendarUi.details.online")}</dt>
        <dd>
          {event.onlineUrl ? (
            <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank" className="calendar-url">
              {event.onlineUrl}
              <span className="visually-hidden"> {t("calendarUi.details.newWindow")}</span>
            </a>
          ) : (
            t("common.notSet")
          )}
        </dd>
        <dt>{t("calendarUi.details.organiser")}</dt>
        <dd>{event.organiser?.name ?? t("calendarUi.details.noOrganiser")}</dd>
      </dl>
      {event.description ? <p className="prose">{event.description}</p> : null}
      <div className="calendar-actions">
        {event.status === "cancelled" ? null : (
          <a className="button" href={`/api/networks/${networkId}/events/${event.id}/ics`} download="tapahtuma.ics">
            {t("calendarUi.details.addToCalendar")}
            <span className="visually-hidden"> {event.title}</span>
          </a>
        )}
        {event.canEdit && event.status !== "cancelled" ? (
          <>
            <button type="button" onClick={() => onEdit(event)}>
              {t("calendarUi.details.edit")}
            </button>
            <button type="button" className="danger" aria-expanded={confirming} onClick={() => setConfirming((c) => !c)}>
              {t("calendarUi.details.cancelEvent")}
            </button>
          </>
        ) : null}
        <button type="button" onClick={onClose}>
          {t("calendarUi.details.close")}
        </button>
      </div>
      {confirming ? (
        <div className="notice calendar-confirm">
          <p>{event.recurrence ? t("calendarUi.details.cancelSeriesQuestion") : t("calendarUi.details.cancelQuestion")}</p>
          <div className="calendar-actions">
            <button type="button" className="danger" onClick={() => void cancel()}>
              {t("calendarUi.details.cancelConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("calendarUi.details.keep")}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Add and edit                                                                                                         */

interface Draft {
  title: string;
  description: string;
  kind: EventKind;
  allDay: boolean;
  start: string;
  /** Timed: the end; all-day: the last day (the API's exclusive end is the day after). */
  end: string;
  timeZone: string;
  frequency: Frequency;
  interval: string;
  recurrenceEnd: RecurrenceEnd;
  count: string;
  until: string;
  place: string;
  onlineUrl: string;
  organiserOrganisationId: string;
}

const emptyDraft = (): Draft => ({
  title: "",
  description: "",
  kind: "network_meeting",
  allDay: false,
  start: "",
  end: "",
  timeZone: DEFAULT_ZONE,
  frequency: "",
  interval: "1",
  recurrenceEnd: "never",
  count: "",
  until: "",
  place: "",
  onlineUrl: "",
  organiserOrganisationId: "",
});

const draftOf = (e: CalendarEvent): Draft => ({
  title: e.title,
  description: e.description,
  kind: e.kind,
  allDay: e.allDay,
  start: e.start,
  end: e.allDay ? lastDayOf(e) : e.end,
  timeZone: e.timeZone,
  frequency: e.recurrence?.frequency ?? "",
  interval: String(e.recurrence?.interval ?? 1),
  recurrenceEnd: e.recurrence?.count ? "count" : e.recurrence?.until ? "until" : "never",
  count: e.recurrence?.count ? String(e.recurrence.count) : "",
  until: e.recurrence?.until ?? "",
  place: e.place ?? "",
  onlineUrl: e.onlineUrl ?? "",
  organiserOrganisationId: e.organiser?.id ?? "",
});

/** One hour later, as a datetime-local value. */
const hourLater = (local: string) => {
  const d = wall(local);
  d.setUTCHours(d.getUTCHours() + 1);
  return d.toISOString().slice(0, 16);
};

const zoneOptions = (current: string) => {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set([DEFAULT_ZONE, current, ...zones]);
  return [...all].sort().map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
};

function EventForm({
  event,
  headingRef,
  onSaved,
  onClose,
}: {
  event: CalendarEvent | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (e: CalendarEvent) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const organisations = useApi<{ items: { id: string; name: string }[] }>(`/api/networks/${networkId}/organisations`);
  const [draft, setDraft] = useState<Draft>(() => (event ? draftOf(event) : emptyDraft()));
  const [version, setVersion] = useState(event?.version ?? 1);
  const [conflict, setConflict] = useState<CalendarEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => zoneOptions(draft.timeZone), [draft.timeZone]);
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const body = {
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
            ...(draft.recurrenceEnd === "count" ? { count: Number(draft.count) || draft.count } : {}),
            ...(draft.recurrenceEnd === "until" ? { until: draft.until } : {}),
          }
        : null,
      place: draft.place.trim() || null,
      onlineUrl: draft.onlineUrl.trim() || null,
      organiserOrganisationId: draft.organiserOrganisationId || null,
    };
    try {
      const saved = event
        ? await api<CalendarEvent>("PATCH", `/api/networks/${networkId}/events/${event.id}`, { ...body, version })
        : await api<CalendarEvent>("POST", `/api/networks/${networkId}/events`, body);
      setConflict(null);
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) {
        const current = err.current as CalendarEvent;
        setConflict(current);
        setVersion(current.version);
      }
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const headingText = event ? t("calendarUi.form.editHeading", { title: event.title }) : t("calendarUi.form.addHeading");
  return (
    <section className="panel calendar-form" aria-labelledby="event-form-heading">
      <h2 id="event-form-heading" ref={headingRef} tabIndex={-1}>
        {headingText}
      </h2>
      {conflict ? (
        <div className="conflict">
          <h3>{t("calendarUi.form.conflictTitle")}</h3>
          <p>{t("calendarUi.form.conflictHelp")}</p>
          <dl className="facts">
            <dt>{t("calendarUi.form.title")}</dt>
            <dd>{conflict.title}</dd>
            <dt>{t("calendarUi.details.when")}</dt>
            <dd>{formatWhen(conflict, conflict, i18n.language)}</dd>
            <dt>{t("calendarUi.details.place")}</dt>
            <dd>{conflict.place || t("common.notSet")}</dd>
          </dl>
          <button type="button" onClick={() => setDraft(draftOf(conflict))}>
            {t("calendarUi.form.useStored")}
          </button>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          name="title"
          label={t("calendarUi.form.title")}
          required
          value={draft.title}
          onChange={(e) => set("title")(e.target.value)}
          error={error}
        />
        <SelectField
          name="kind"
          label={t("calendarUi.form.kind")}
          hint={t("calendarUi.form.kindHint")}
          value={draft.kind}
          onChange={(e) => isKind(e.target.value) && set("kind")(e.target.value)}
          options={LANE_ORDER.map((k) => ({ value: k, label: kindName(k) }))}
          error={error}
        />
        <div className="field checkbox">
          <input id="field-allDay" type="checkbox" checked={draft.allDay} onChange={(e) => setAllDay(e.target.checked)} />
          <label htmlFor="field-allDay">{t("calendarUi.form.allDay")}</label>
        </div>
        <div className="calendar-when">
          <TextField
            name="start"
            type={draft.allDay ? "date" : "datetime-local"}
            label={draft.allDay ? t("calendarUi.form.firstDay") : t("calendarUi.form.start")}
            required
            value={draft.start}
            onChange={(e) => setStart(e.target.value)}
            error={error}
          />
          <TextField
            name="end"
            type={draft.allDay ? "date" : "datetime-local"}
            label={draft.allDay ? t("calendarUi.form.lastDay") : t("calendarUi.form.end")}
            hint={draft.allDay ? t("calendarUi.form.lastDayHint") : undefined}
            required
            value={draft.end}
            min={draft.start || undefined}
            onChange={(e) => set("end")(e.target.value)}
            error={error}
          />
        </div>
        <SelectField
          name="timeZone"
          label={t("calendarUi.form.timeZone")}
          hint={t("calendarUi.form.timeZoneHint")}
          value={draft.timeZone}
          onChange={(e) => set("timeZone")(e.target.value)}
          options={zones}
          error={error}
        />
        <SelectField
          name="frequency"
          label={t("calendarUi.form.repeats")}
          value={draft.frequency}
          onChange={(e) => set("frequency")(e.target.value as Frequency)}
          options={[
            { value: "", label: t("calendarUi.form.noRepeat") },
            { value: "weekly", label: t("calendarUi.form.weekly") },
            { value: "monthly", label: t("calendarUi.form.monthly") },
            { value: "yearly", label: t("calendarUi.form.yearly") },
          ]}
          error={error}
        />
        {draft.frequency ? (
          <>
            <TextField
              name="interval"
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              label={t("calendarUi.form.interval")}
              hint={t(`calendarUi.form.intervalHint.${draft.frequency}`)}
              value={draft.interval}
              onChange={(e) => set("interval")(e.target.value)}
              error={error}
            />
            <RadioGroup
              name="recurrenceEnd"
              legend={t("calendarUi.form.recurrenceEnd")}
              value={draft.recurrenceEnd}
              onChange={(v) => set("recurrenceEnd")(v as RecurrenceEnd)}
              options={[
                { value: "never", label: t("calendarUi.form.endNever") },
                { value: "count", label: t("calendarUi.form.endCount") },
                { value: "until", label: t("calendarUi.form.endUntil") },
              ]}
            />
            {draft.recurrenceEnd === "count" ? (
              <TextField
                name="count"
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                label={t("calendarUi.form.count")}
                value={draft.count}
                onChange={(e) => set("count")(e.target.value)}
                error={error}
              />
            ) : null}
            {draft.recurrenceEnd === "until" ? (
              <TextField
                name="until"
                type="date"
                label={t("calendarUi.form.until")}
                hint={t("calendarUi.form.untilHint")}
                value={draft.until}
                onChange={(e) => set("until")(e.target.value)}
                error={error}
              />
            ) : null}
          </>
        ) : null}
        <TextField
          name="place"
          label={t("calendarUi.form.place")}
          value={draft.place}
          onChange={(e) => set("place")(e.target.value)}
          error={error}
        />
        <TextField
          name="onlineUrl"
          type="url"
          inputMode="url"
          label={t("calendarUi.form.onlineUrl")}
          hint={t("calendarUi.form.onlineUrlHint")}
          value={draft.onlineUrl}
          onChange={(e) => set("onlineUrl")(e.target.value)}
          error={error}
        />
        <SelectField
          name="organiserOrganisationId"
          label={t("calendarUi.form.organiser")}
          hint={home.role === "coordinator" ? undefined : t("calendarUi.form.organiserHint")}
          value={draft.organiserOrganisationId}
          onChange={(e) => set("organiserOrganisationId")(e.target.value)}
          options={[
            { value: "", label: t("calendarUi.form.noOrganiser") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={error}
        />
        <TextArea
          name="description"
          label={t("calendarUi.form.description")}
          value={draft.description}
          onChange={(e) => set("description")(e.target.value)}
          error={error}
        />
        <div className="calendar-actions">
          <button type="submit" className="primary" disabled={busy}>
            {event ? t("common.save") : t("calendarUi.form.add")}
          </button>
          <button type="button" onClick={onClose}>
            {t("calendarUi.form.close")}
          </button>
        </div>
        {busy ? <Status>{t("calendarUi.form.saving")}</Status> : null}
      </form>
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Subscriptions                                                                                                        */

interface Feed {
  id: string;
  networkId: string | null;
  createdAt: string;
}

function SubscribePanel() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { me } = useSession();
  const networkId = home.network.id;
  const feeds = useApi<{ items: Feed[] }>("/api/me/feeds");
  const [created, setCreated] = useState<{ url: string; scope: "network" | "personal" } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState("");
  const urlInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (created) urlInput.current?.focus();
  }, [created]);

  const create = async (scope: "network" | "personal") => {
    setError(null);
    setMessage("");
    try {
      const res = await api<{ url: string }>("POST", scope === "network" ? `/api/networks/${networkId}/feeds` : "/api/me/feeds");
      setCreated({ url: res.url, scope });
      await feeds.reload();
    } catch (err) {
      setError(err);
    }
  };
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setMessage(t("calendarUi.feeds.copied"));
    } catch {
      urlInput.current?.select();
      setMessage(t("calendarUi.feeds.copyFailed"));
    }
  };
  const revoke = async (id: string) => {
    setError(null);
    try {
      await api("DELETE", `/api/me/feeds/${id}`);
      setMessage(t("calendarUi.feeds.revoked"));
      await feeds.reload();
    } catch (err) {
      setError(err);
    }
  };
  const feedName = (f: Feed) => {
    if (!f.networkId) return t("calendarUi.feeds.personalFeed");
    const name = f.networkId === networkId ? home.network.name : me?.networks.find((n) => n.id === f.networkId)?.name;
    return name ? t("calendarUi.feeds.networkFeed", { name }) : t("calendarUi.feeds.otherNetwork");
  };

  return (
    <section className="panel calendar-subscribe" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{t("calendarUi.feeds.heading")}</h2>
      <p>{t("calendarUi.feeds.intro")}</p>
      <FormError error={error} />
      <div className="calendar-actions">
        <button type="button" onClick={() => void create("network")}>
          {t("calendarUi.feeds.createNetwork")}
        </button>
        <button type="button" onClick={() => void create("personal")}>
          {t("calendarUi.feeds.createPersonal")}
        </button>
      </div>
      {created ? (
        <div className="calendar-feed-url">
          <p className="notice">
            {created.scope === "network" ? t("calendarUi.feeds.createdNetwork") : t("calendarUi.feeds.createdPersonal")}{" "}
            {t("calendarUi.feeds.once")}
          </p>
          <label htmlFor="calendar-feed-url">{t("calendarUi.feeds.urlLabel")}</label>
          <div className="calendar-copy">
            <input
              id="calendar-feed-url"
              ref={urlInput}
              readOnly
              value={created.url}
              onFocus={(e) => e.target.select()}
              aria-describedby="calendar-feed-url-hint"
            />
            <button type="button" onClick={() => void copy()}>
              {t("calendarUi.feeds.copy")}
            </button>
          </div>
          <p className="hint" id="calendar-feed-url-hint">
            {t("calendarUi.feeds.urlHint")}
          </p>
        </div>
      ) : null}
      {message ? <Status>{message}</Status> : null}
      <h3>{t("calendarUi.feeds.liveHeading")}</h3>
      {!feeds.data ? (
        feeds.error ? (
          <FormError error={feeds.error} />
        ) : (
          <Loading />
        )
      ) : feeds.data.items.length === 0 ? (
        <p>{t("calendarUi.feeds.none")}</p>
      ) : (
        <ul className="plain calendar-feeds">
          {feeds.data.items.map((f) => (
            <li key={f.id}>
              <span>
                {feedName(f)} <span className="meta">· {t("calendarUi.feeds.created", { date: formatDate(f.createdAt) })}</span>
              </span>{" "}
              <button type="button" className="danger" onClick={() => void revoke(f.id)}>
                {t("calendarUi.feeds.revoke")}
                <span className="visually-hidden">
                  {" "}
                  {feedName(f)}, {formatDate(f.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* The agenda list                                                                                                      */

function AgendaList({
  year,
  items,
  hrefOf,
  onOpen,
  selected,
}: {
  year: number;
  items: Occurrence[];
  hrefOf: (o: Occurrence) => string;
  onOpen: (o: Occurrence, e: MouseEvent<Element>) => void;
  selected: { eventId: string; index: number | null } | null;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const monthTitle = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric", timeZone: "UTC" });
  const groups = new Map<number, Occurrence[]>();
  for (const o of items) {
    const start = o.start.slice(0, 10) < `${year}-01-01` ? `${year}-01-01` : o.start;
    const m = Number(start.slice(5, 7)) - 1;
    groups.set(m, [...(groups.get(m) ?? []), o]);
  }
  if (items.length === 0) return <p>{t("calendarUi.noEvents", { year })}</p>;
  return (
    <div className="calendar-agenda">
      {[...groups.entries()]
        .sort(([a], [b]) => a - b)
        .map(([m, list]) => (
          <section key={m} aria-labelledby={`agenda-month-${m}`}>
            <h2 id={`agenda-month-${m}`}>{monthTitle.format(new Date(Date.UTC(year, m, 1)))}</h2>
            <ul className="plain">
              {list.map((o) => {
                const current = selected?.eventId === o.event.id && (selected.index === null || selected.index === o.index);
                return (
                  <li key={`${o.event.id}-${o.index}`} className={`calendar-agenda-item${current ? " is-selected" : ""}`}>
                    <p className="meta">
                      <time dateTime={o.start}>{formatShort(o, i18n.language)}</time>
                    </p>
                    <p className="calendar-agenda-title">
                      <a
                        href={hrefOf(o)}
                        aria-current={current ? "true" : undefined}
                        onClick={(e) => {
                          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                          e.preventDefault();
                          onOpen(o, e);
                        }}
                      >
                        {o.event.title}
                      </a>{" "}
                      <span className="badge quiet calendar-kind-badge">
                        <KindSymbol kind={o.event.kind} /> {kindName(o.event.kind)}
                      </span>
                    </p>
                    {o.event.place ? <p className="meta">{o.event.place}</p> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </div>
  );
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* The page                                                                                                             */

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

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const canAdd = home.role === "member" || home.role === "coordinator";
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
  const captionId = useId();
  const summaryId = useId();

  const allKinds = kinds.length === EVENT_KINDS.length;
  const query = new URLSearchParams({ from: `${year - 1}-12-31T00:00:00Z`, to: `${year + 1}-01-02T00:00:00Z` });
  if (!allKinds) query.set("kinds", kinds.join(","));
  const events = useApi<{ items: Occurrence[] }>(kinds.length ? `/api/networks/${networkId}/events?${query}` : null);
  const items = useMemo(
    () =>
      (events.data?.items ?? [])
        .filter((o) => kinds.includes(o.event.kind) && overlapsYear(o, year))
        .sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.event.title.localeCompare(b.event.title)),
    [events.data, kinds, year],
  );

  const detail = useApi<CalendarEvent>(eventId ? `/api/networks/${networkId}/events/${eventId}` : null);
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
  const saved = (ev: CalendarEvent) => {
    const adding = form?.event === null;
    setForm(null);
    setMessage(adding ? t("calendarUi.added") : t("calendarUi.saved"));
    if (adding) setYear(Number(ev.start.slice(0, 4)));
    setOccurrenceIndex(null);
    void events.reload();
    if (ev.id === eventId) void detail.reload();
    focusNext.current = "details";
    showEvent(ev.id);
  };
  const cancelled = () => {
    setMessage(t("calendarUi.cancelledNow"));
    void events.reload();
    close();
  };
  const toggleKind = (kind: EventKind, on: boolean) => setKinds((ks) => LANE_ORDER.filter((k) => (k === kind ? on : ks.includes(k))));

  const markLabel = (o: Occurrence) => `${o.event.title}, ${formatShort(o, i18n.language)}, ${kindName(o.event.kind)}`;
  const counts = LANE_ORDER.map((k) => [k, items.filter((o) => o.event.kind === k).length] as const).filter(([, n]) => n > 0);
  const summary = `${t("calendarUi.summary", { count: items.length, year })}${
    counts.length ? `: ${counts.map(([k, n]) => t("calendarUi.summaryPart", { kind: kindName(k), n: formatNumber(n) })).join(", ")}` : ""
  }.`;
  const lanes = LANE_ORDER.filter((k) => counts.some(([c]) => c === k));
  const exportUrl = `/api/networks/${networkId}/events/export${allKinds ? "" : `?kinds=${kinds.join(",")}`}`;
  const thisYear = new Date().getFullYear();
  const months = monthNames(i18n.language, "long");

  return (
    <Page title={t("calendarUi.title")}>
      <p className="calendar-intro">{t("calendarUi.intro")}</p>
      <div className="toolbar calendar-toolbar">
        <fieldset className="calendar-year-nav">
          <legend className="visually-hidden">{t("calendarUi.yearNav")}</legend>
          <button type="button" onClick={() => setYear((y) => y - 1)}>
            <span aria-hidden="true">← </span>
            {t("calendarUi.previousYear")}
          </button>
          <p className="calendar-year" aria-live="polite" aria-atomic="true">
            <span className="visually-hidden">{t("calendarUi.showingYear")} </span>
            {year}
          </p>
          <button type="button" onClick={() => setYear((y) => y + 1)}>
            {t("calendarUi.nextYear")}
            <span aria-hidden="true"> →</span>
          </button>
          {year !== thisYear ? (
            <button type="button" className="link-button" onClick={() => setYear(thisYear)}>
              {t("calendarUi.thisYear")}
            </button>
          ) : null}
        </fieldset>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("calendarUi.viewLabel")}</legend>
          <button type="button" aria-pressed={view === "wheel"} onClick={() => setView("wheel")}>
            {t("calendarUi.wheelView")}
          </button>
          <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>
            {t("calendarUi.listView")}
          </button>
        </fieldset>
      </div>
      <fieldset className="checkbox-list calendar-kinds">
        <legend>{t("calendarUi.filterLegend")}</legend>
        <div className="calendar-kind-options">
          {LANE_ORDER.map((k) => (
            <div className="field checkbox" key={k}>
              <input id={`kind-${k}`} type="checkbox" checked={kinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
              <label htmlFor={`kind-${k}`}>
                <KindSymbol kind={k} /> {k === "member_org_event" ? t("calendarUi.anticipationLane") : kindName(k)}
              </label>
            </div>
          ))}
        </div>
        {kinds.length ? (
          <p className="calendar-export">
            <a href={exportUrl} download="vuosikello.ics">
              {allKinds ? t("calendarUi.exportAll") : t("calendarUi.exportChosen")}
            </a>
          </p>
        ) : (
          <p className="hint">{t("calendarUi.noKinds")}</p>
        )}
      </fieldset>
      {message ? <Status>{message}</Status> : null}
      <FormError error={events.error} />
      <div className={`calendar-layout${eventId ? " has-details" : ""}`}>
        <div className="calendar-view" ref={viewRef} tabIndex={-1}>
          {!events.data && kinds.length && !events.error ? <Loading /> : null}
          {view === "wheel" ? (
            <figure className="calendar-figure">
              <figcaption id={captionId} className="calendar-caption">
                <span className="strong">{t("calendarUi.wheelCaption", { year })}</span>{" "}
                <span className="hint">{t("calendarUi.wheelHelp")}</span>
              </figcaption>
              <AnnualClock
                year={year}
                occurrences={items}
                selected={selected}
                captionId={captionId}
                summaryId={summaryId}
                markLabel={markLabel}
                hrefOf={hrefOf}
                onOpen={open}
              />
              <p id={summaryId} className="visually-hidden">
                {summary}
              </p>
              {items.length === 0 ? <p>{t("calendarUi.noEvents", { year })}</p> : null}
              {lanes.length ? (
                <div className="calendar-legend">
                  <p className="strong">{t("calendarUi.legendTitle")}</p>
                  <ul className="plain">
                    {lanes.map((k, i) => (
                      <li key={k}>
                        <KindSymbol kind={k} />{" "}
                        {t("calendarUi.laneName", {
                          n: i + 1,
                          name: k === "member_org_event" ? t("calendarUi.anticipationLane") : kindName(k),
                        })}
                      </li>
                    ))}
                    <li>
                      <span className="calendar-legend-today" aria-hidden="true" /> {t("calendarUi.legendToday")}
                    </li>
                  </ul>
                  <p className="hint">{t("calendarUi.legendHint", { first: months[0], last: months[11] })}</p>
                </div>
              ) : null}
            </figure>
          ) : (
            <AgendaList year={year} items={items} hrefOf={hrefOf} onOpen={open} selected={selected} />
          )}
        </div>
        {eventId ? (
          <div className="calendar-side">
            {detailEvent ? (
              <EventDetails
                key={detailEvent.id}
                event={detailEvent}
                occurrence={occurrence}
                headingRef={detailsHeading}
                onClose={close}
                onEdit={openForm}
                onCancelled={cancelled}
              />
            ) : detail.error ? (
              <section className="panel calendar-details" aria-labelledby="event-details-missing">
                <h2 id="event-details-missing">{t("calendarUi.details.notFound")}</h2>
                <FormError error={detail.error} />
                <button type="button" onClick={close}>
                  {t("calendarUi.details.close")}
                </button>
              </section>
            ) : (
              <Loading />
            )}
          </div>
        ) : null}
      </div>
      {canAdd ? (
        form ? (
          <EventForm
            key={form.event ? `${form.event.id}-${form.event.version}` : "new"}
            event={form.event}
            headingRef={formHeading}
            onSaved={saved}
            onClose={() => {
              setForm(null);
              focusNext.current = "back";
            }}
          />
        ) : (
          <section className="panel calendar-add" aria-labelledby="add-event-heading">
            <h2 id="add-event-heading">{t("calendarUi.form.addHeading")}</h2>
            <p>{t("calendarUi.form.addIntro")}</p>
            <button type="button" className="primary" onClick={() => openForm(null)}>
              {t("calendarUi.form.open")}
            </button>
          </section>
        )
      ) : (
        <p className="hint">{t("calendarUi.observerNote")}</p>
      )}
      <SubscribePanel />
    </Page>
  );
}
