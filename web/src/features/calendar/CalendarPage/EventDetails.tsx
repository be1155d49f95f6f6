import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../../src/domain/format.ts";
import { type Answer, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type CalendarEvent, KindSymbol, type Occurrence } from "../AnnualClock.tsx";
import { browserZone, formatWhen, useKindName } from "./format.ts";
import { useRecurrenceWords } from "./recurrenceWords.ts";

export type EventDetail = Answer<"/api/networks/{networkId}/events/{eventId}">;
export type Upcoming = EventDetail["upcoming"];

/** The next times of a repeating event, as dates (and clock times in the event's zone) a Finn writes: 12.1.2027 klo 14.00. */
function UpcomingList({ event, upcoming }: { event: CalendarEvent; upcoming: Upcoming }) {
  const { t, i18n } = useTranslation();
  if (upcoming.length === 0) return <>{t("calendar.details.noUpcoming")}</>;
  return (
    <ol className="calendar-upcoming">
      {upcoming.map((o) => (
        <li key={o.index}>{event.allDay ? formatDay(o.start) : formatDateTime(i18n.language, o.startUtc, event.timeZone)}</li>
      ))}
    </ol>
  );
}

/**
 * The details of an event (the occurrence chosen): when, where, who organises it, and its actions. `message` says
 * what the last save or cancellation did, under the heading; it takes focus, since the form or the button used is gone.
 */
export function EventDetails({
  event,
  occurrence,
  upcoming,
  message,
  headingRef,
  onClose,
  onEdit,
  onCancelled,
}: {
  event: CalendarEvent;
  occurrence: Occurrence | null;
  /** The event's next times, once its own details have loaded. */
  upcoming: Upcoming | null;
  message: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onEdit: (e: CalendarEvent) => void;
  onCancelled: (cancelled: EventDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const { describe } = useRecurrenceWords();
  const { networkId } = useNetwork();
  const [confirming, setConfirming] = useState(false);
  const { error, save } = useSave();
  const when = occurrence ?? { start: event.start, end: event.end };
  const zone = browserZone();
  const cancel = () =>
    save(
      () => ok(client.POST("/api/networks/{networkId}/events/{eventId}/cancel", { params: { path: { networkId, eventId: event.id } } })),
      {
        saved: (cancelled) => {
          setConfirming(false);
          onCancelled(cancelled);
        },
      },
    );
  return (
    <section className="panel calendar-details" aria-labelledby="event-details-heading">
      <h2 id="event-details-heading" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      {message ? <Status focus>{message}</Status> : null}
      <p>
        <span className="badge quiet calendar-kind-badge">
          <KindSymbol kind={event.kind} /> {kindName(event.kind)}
        </span>{" "}
        {event.status === "cancelled" ? <span className="badge warn">{t("calendar.cancelledBadge")}</span> : null}
      </p>
      <FormError error={error} />
      <dl className="facts">
        <dt>{t("calendar.details.when")}</dt>
        <dd>
          {formatWhen(when, event, i18n.language)}
          {event.allDay ? null : (
            <span className="meta calendar-zone">
              {" "}
              ({event.timeZone})
              {occurrence && zone && zone !== event.timeZone ? (
                <>
                  <br />
                  {t("calendar.details.yourTime", { time: formatWhen(occurrence, event, i18n.language, zone), zone })}
                </>
              ) : null}
            </span>
          )}
        </dd>
        <dt>{t("calendar.details.repeats")}</dt>
        <dd>{describe(event.recurrence)}</dd>
        {event.recurrence && upcoming ? (
          <>
            <dt>{t("calendar.details.upcoming")}</dt>
            <dd>
              <UpcomingList event={event} upcoming={upcoming} />
            </dd>
          </>
        ) : null}
        <dt>{t("calendar.details.place")}</dt>
        <dd>{event.place || t("common.notSet")}</dd>
        <dt>{t("calendar.details.online")}</dt>
        <dd>
          {event.onlineUrl ? (
            <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank" className="calendar-url">
              {event.onlineUrl}
              <span className="visually-hidden"> {t("calendar.details.newWindow")}</span>
            </a>
          ) : (
            t("common.notSet")
          )}
        </dd>
        <dt>{t("calendar.details.organiser")}</dt>
        <dd>{event.organiser?.name ?? t("calendar.details.noOrganiser")}</dd>
      </dl>
      {event.description ? <p className="prose">{event.description}</p> : null}
      <div className="calendar-actions">
        {event.status === "cancelled" ? null : (
          <a className="button" href={`/api/networks/${networkId}/events/${event.id}/ics`} download="tapahtuma.ics">
            {t("calendar.details.addToCalendar")}
            <span className="visually-hidden"> {event.title}</span>
          </a>
        )}
        {event.canEdit && event.status !== "cancelled" ? (
          <>
            <button type="button" onClick={() => onEdit(event)}>
              {t("calendar.details.edit")}
            </button>
            <button type="button" className="danger" aria-expanded={confirming} onClick={() => setConfirming((c) => !c)}>
              {t("calendar.details.cancelEvent")}
            </button>
          </>
        ) : null}
        <button type="button" onClick={onClose}>
          {t("calendar.details.close")}
        </button>
      </div>
      {confirming ? (
        <div className="notice calendar-confirm">
          <p>{event.recurrence ? t("calendar.details.cancelSeriesQuestion") : t("calendar.details.cancelQuestion")}</p>
          <div className="calendar-actions">
            <button type="button" className="danger" onClick={() => void cancel()}>
              {t("calendar.details.cancelConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("calendar.details.keep")}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
