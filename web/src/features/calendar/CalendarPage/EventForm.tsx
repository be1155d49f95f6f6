import { type FormEvent, type RefObject, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { byDayOptions, FREQUENCIES, MAX_COUNT, MAX_INTERVAL, MIN_COUNT, MIN_INTERVAL } from "../../../../../src/domain/recurrence.ts";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type CalendarEvent, LANE_ORDER } from "../AnnualClock.tsx";
import { bodyOf, draftOf, type MonthlyBy, type RecurrenceEnd, zoneOptions } from "./draft.ts";
import { formatWhen, useKindName } from "./format.ts";
import { useRecurrenceWords } from "./recurrenceWords.ts";
import { useEventDraft } from "./useEventDraft.ts";

/** The days a monthly event can repeat on, as its start date offers them: its day of the month, its weekday of the month and, in the month's last week, the last such weekday. */
function MonthlyDay({
  start,
  value,
  onChange,
  error,
}: {
  start: string;
  value: MonthlyBy;
  onChange: (v: MonthlyBy) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { weekdayOfMonth } = useRecurrenceWords();
  const options = byDayOptions(start);
  if (!options) return null;
  const choices: { value: MonthlyBy; label: string }[] = [
    { value: "monthDay", label: t("calendar.form.onMonthDay", { day: Number(start.slice(8, 10)) }) },
    { value: "weekday", label: t("calendar.form.onWeekday", { day: weekdayOfMonth(options.nth) }) },
  ];
  if (options.last) choices.push({ value: "lastWeekday", label: t("calendar.form.onWeekday", { day: weekdayOfMonth(options.last) }) });
  return (
    <RadioGroup
      name="byDay"
      legend={t("calendar.form.monthlyOn")}
      // A start moved out of the month's last week has no last weekday: its weekday of the month is meant then.
      value={value === "lastWeekday" && !options.last ? "weekday" : value}
      onChange={(v) => onChange(v as MonthlyBy)}
      options={choices}
      error={error instanceof ApiError ? error.fields.byDay : undefined}
    />
  );
}

/** Adds an event or edits one; when someone else saved first, shows the stored event beside the input. */
export function EventForm({
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
  const { home, networkId } = useNetwork();
  const organisations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: { path: { networkId } } })),
    `organisations:${networkId}`,
  );
  const { busy, error, save, version, conflict } = useVersionedSave<CalendarEvent>({
    version: event?.version ?? 1,
    conflictInSummary: true,
  });
  const { draft, setDraft, set, field, setStart, setAllDay } = useEventDraft(event, error);
  const zones = useMemo(() => zoneOptions(draft.timeZone), [draft.timeZone]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = bodyOf(draft);
    void save(
      () =>
        event
          ? ok(
              client.PATCH("/api/networks/{networkId}/events/{eventId}", {
                params: { path: { networkId, eventId: event.id } },
                body: { ...body, version: version ?? event.version },
              }),
            )
          : ok(client.POST("/api/networks/{networkId}/events", { params: { path: { networkId } }, body })),
      { saved: onSaved },
    );
  };

  const headingText = event ? t("calendar.form.editHeading", { title: event.title }) : t("calendar.form.addHeading");
  return (
    <section className="panel calendar-form" aria-labelledby="event-form-heading">
      <h2 id="event-form-heading" ref={headingRef} tabIndex={-1}>
        {headingText}
      </h2>
      {conflict ? (
        <div className="conflict">
          <h3>{t("calendar.form.conflictTitle")}</h3>
          <p>{t("calendar.form.conflictHelp")}</p>
          <dl className="facts">
            <dt>{t("calendar.form.title")}</dt>
            <dd>{conflict.title}</dd>
            <dt>{t("calendar.details.when")}</dt>
            <dd>{formatWhen(conflict, conflict, i18n.language)}</dd>
            <dt>{t("calendar.details.place")}</dt>
            <dd>{conflict.place || t("common.notSet")}</dd>
          </dl>
          <button type="button" onClick={() => setDraft(draftOf(conflict))}>
            {t("calendar.form.useStored")}
          </button>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField {...field("title")} label={t("calendar.form.title")} required />
        <SelectField
          {...field("kind")}
          label={t("calendar.form.kind")}
          hint={t("calendar.form.kindHint")}
          options={LANE_ORDER.map((k) => ({ value: k, label: kindName(k) }))}
        />
        <div className="field checkbox">
          <input id="field-allDay" type="checkbox" checked={draft.allDay} onChange={(e) => setAllDay(e.target.checked)} />
          <label htmlFor="field-allDay">{t("calendar.form.allDay")}</label>
        </div>
        <div className="calendar-when">
          <TextField
            name="start"
            type={draft.allDay ? "date" : "datetime-local"}
            label={draft.allDay ? t("calendar.form.firstDay") : t("calendar.form.start")}
            required
            value={draft.start}
            onChange={(e) => setStart(e.target.value)}
            error={error}
          />
          <TextField
            {...field("end")}
            type={draft.allDay ? "date" : "datetime-local"}
            label={draft.allDay ? t("calendar.form.lastDay") : t("calendar.form.end")}
            hint={draft.allDay ? t("calendar.form.lastDayHint") : undefined}
            required
            min={draft.start || undefined}
          />
        </div>
        <SelectField {...field("timeZone")} label={t("calendar.form.timeZone")} hint={t("calendar.form.timeZoneHint")} options={zones} />
        <SelectField
          {...field("frequency")}
          label={t("calendar.form.repeats")}
          options={[
            { value: "", label: t("calendar.form.noRepeat") },
            ...FREQUENCIES.map((f) => ({ value: f, label: t(`calendar.form.${f}`) })),
          ]}
        />
        {draft.frequency ? (
          <>
            <TextField
              {...field("interval")}
              type="number"
              inputMode="numeric"
              min={MIN_INTERVAL}
              max={MAX_INTERVAL}
              label={t("calendar.form.interval")}
              hint={t(`calendar.form.intervalHint.${draft.frequency}`)}
            />
            {draft.frequency === "monthly" ? (
              <MonthlyDay start={draft.start} value={draft.monthlyBy} onChange={(v) => set("monthlyBy", v)} error={error} />
            ) : null}
            <RadioGroup
              name="recurrenceEnd"
              legend={t("calendar.form.recurrenceEnd")}
              value={draft.recurrenceEnd}
              onChange={(v) => set("recurrenceEnd", v as RecurrenceEnd)}
              options={[
                { value: "never", label: t("calendar.form.endNever") },
                { value: "count", label: t("calendar.form.endCount") },
                { value: "until", label: t("calendar.form.endUntil") },
              ]}
            />
            {draft.recurrenceEnd === "count" ? (
              <TextField
                {...field("count")}
                type="number"
                inputMode="numeric"
                min={MIN_COUNT}
                max={MAX_COUNT}
                label={t("calendar.form.count")}
              />
            ) : null}
            {draft.recurrenceEnd === "until" ? (
              <TextField {...field("until")} type="date" label={t("calendar.form.until")} hint={t("calendar.form.untilHint")} />
            ) : null}
          </>
        ) : null}
        <TextField {...field("place")} label={t("calendar.form.place")} />
        <TextField
          {...field("onlineUrl")}
          type="url"
          inputMode="url"
          label={t("calendar.form.onlineUrl")}
          hint={t("calendar.form.onlineUrlHint")}
        />
        <SelectField
          {...field("organiserOrganisationId")}
          label={t("calendar.form.organiser")}
          hint={home.role === "coordinator" ? undefined : t("calendar.form.organiserHint")}
          options={[
            { value: "", label: t("calendar.form.noOrganiser") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextArea {...field("description")} label={t("calendar.form.description")} />
        <div className="calendar-actions">
          <button type="submit" className="primary" disabled={busy}>
            {event ? t("common.save") : t("calendar.form.add")}
          </button>
          <button type="button" onClick={onClose}>
            {t("calendar.form.close")}
          </button>
        </div>
        {busy ? <Status>{t("calendar.form.saving")}</Status> : null}
      </form>
    </section>
  );
}
