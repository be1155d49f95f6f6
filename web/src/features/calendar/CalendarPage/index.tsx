import { useTranslation } from "react-i18next";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { AgendaList } from "./AgendaList.tsx";
import { CalendarToolbar } from "./CalendarToolbar.tsx";
import { EventDetails } from "./EventDetails.tsx";
import { EventForm } from "./EventForm.tsx";
import { KindFilter } from "./KindFilter.tsx";
import { SubscribePanel } from "./SubscribePanel.tsx";
import { useCalendar } from "./useCalendar.ts";
import { WheelView } from "./WheelView.tsx";
import "../calendar.css";

/** The annual clock (vuosikello): the network's year as a wheel or a list, an event's details, adding and subscribing. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const canAdd = home.role === "member" || home.role === "coordinator";
  const c = useCalendar(networkId);
  const { year, kinds, events, items, eventId, detail, detailEvent, form } = c;

  return (
    <Page title={t("calendar.title")}>
      <p className="calendar-intro">{t("calendar.intro")}</p>
      <CalendarToolbar year={year} setYear={c.setYear} view={c.view} setView={c.setView} />
      <KindFilter networkId={networkId} kinds={kinds} allKinds={c.allKinds} toggleKind={c.toggleKind} />
      <FormError error={events.error} />
      <div className={`calendar-layout${eventId ? " has-details" : ""}`}>
        <div className="calendar-view" ref={c.refs.viewRef} tabIndex={-1}>
          {!events.data && kinds.length && !events.error ? <Loading /> : null}
          {c.view === "wheel" ? (
            <WheelView year={year} items={items} selected={c.selected} hrefOf={c.hrefOf} onOpen={c.open} />
          ) : (
            <AgendaList year={year} items={items} hrefOf={c.hrefOf} onOpen={c.open} selected={c.selected} />
          )}
        </div>
        {eventId ? (
          <div className="calendar-side">
            {detailEvent ? (
              <EventDetails
                key={detailEvent.id}
                event={detailEvent}
                occurrence={c.occurrence}
                upcoming={detail.data?.id === detailEvent.id ? detail.data.upcoming : null}
                message={c.message}
                headingRef={c.refs.detailsHeading}
                onClose={c.close}
                onEdit={c.openForm}
                onCancelled={c.cancelled}
              />
            ) : detail.error ? (
              <Section id="event-details-missing" className="panel calendar-details" title={t("calendar.details.notFound")}>
                <FormError error={detail.error} />
                <button type="button" onClick={c.close}>
                  {t("calendar.details.close")}
                </button>
              </Section>
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
            headingRef={c.refs.formHeading}
            onSaved={c.saved}
            onClose={c.closeForm}
          />
        ) : (
          <Section id="add-event-heading" className="panel calendar-add" title={t("calendar.form.addHeading")}>
            <p>{t("calendar.form.addIntro")}</p>
            <button type="button" className="primary" onClick={() => c.openForm(null)}>
              {t("calendar.form.open")}
            </button>
          </Section>
        )
      ) : (
        <p className="hint">{t("calendar.observerNote")}</p>
      )}
      <SubscribePanel />
    </Page>
  );
}
