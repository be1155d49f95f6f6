import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { FEEDBACK_ITEMS } from "../../../../src/domain/meetings.ts";
import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError, SelectField, TextField, useDraft } from "../../components/Form.tsx";
import { Loaded, Page, Section, Status } from "../../components/Page.tsx";
import { formatDay, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { LineChart } from "../surveys/charts.tsx";
import "../surveys/health.css";
import "./meetings.css";
import { DEFAULT_TIME_ZONE, formatWhen, MEETING_KINDS, nowIn, renameFields, todayIso } from "./meetingUtil.ts";
import { PeoplePicker } from "./PeoplePicker.tsx";
import { MeetingDetailsFields, RsvpButtons } from "./parts.tsx";
import type { MeetingKind, MeetingListItem, Rsvp } from "./types.ts";

function MeetingCard({
  item,
  onAnswer,
  onClosed,
}: {
  item: MeetingListItem;
  onAnswer?: (rsvp: Rsvp) => Promise<void>;
  onClosed?: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { home } = useNetwork();
  return (
    <li className="card meeting-card">
      <h3>
        <Link to={`/networks/${home.network.id}/meetings/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="meta">
        <time dateTime={item.start}>{formatWhen(item.start, item.end, i18n.language)}</time>
        {item.place ? ` · ${item.place}` : ""}
      </p>
      {item.status === "cancelled" ? (
        <p>
          <span className="badge warn">{t("meetings.cancelled")}</span>
        </p>
      ) : null}
      {item.purpose ? <p className="prose">{item.purpose}</p> : null}
      <p>{t("meetings.list.counts", { count: item.participantCount, coming: item.yesCount })}</p>
      {item.canPlan ? (
        <p>
          <span className="badge quiet">{t("meetings.list.youPlan")}</span>
        </p>
      ) : null}
      {item.invited && onAnswer && onClosed && item.status !== "cancelled" ? (
        <RsvpButtons
          value={item.myRsvp}
          meetingTitle={item.title}
          deadline={item.rsvpDeadline}
          meetingDay={item.start.slice(0, 10)}
          open={item.rsvpOpen}
          onAnswer={onAnswer}
          onClosed={onClosed}
        />
      ) : item.invited ? (
        <p className="meta">
          {item.myRsvp ? t("meetings.rsvp.yourAnswer", { answer: t(`meetings.rsvp.${item.myRsvp}`) }) : t("meetings.rsvp.notAnswered")}
        </p>
      ) : null}
    </li>
  );
}

interface Draft {
  title: string;
  kind: MeetingKind;
  date: string;
  start: string;
  end: string;
  place: string;
  onlineUrl: string;
  purpose: string;
  expectedOutcome: string;
  rsvpDeadline: string;
  participantIds: string[];
  facilitatorIds: string[];
}

const emptyDraft: Draft = {
  title: "",
  kind: "network_meeting",
  date: "",
  start: "13:00",
  end: "16:00",
  place: "",
  onlineUrl: "",
  purpose: "",
  expectedOutcome: "",
  rsvpDeadline: "",
  participantIds: [],
  facilitatorIds: [],
};

/**
 * The event's fields come back as `event.start` or `start`; both are shown at the same input. Without
 * a date, a bad start or end is the date's fault, so the problem is shown there.
 */
const eventField = (dateGiven: boolean) => (f: string) => {
  const name = f.startsWith("event.") ? f.slice("event.".length) : f;
  if (!dateGiven && (name === "start" || name === "end")) return "date";
  return name === "description" ? "purpose" : name;
};

function PlanMeetingForm() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { draft, setDraft, field } = useDraft(emptyDraft, { error });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const m = await ok(
        client.POST("/api/networks/{networkId}/meetings", {
          params: { path: { networkId } },
          body: {
            event: {
              title: draft.title.trim(),
              kind: draft.kind,
              start: `${draft.date}T${draft.start}`,
              end: `${draft.date}T${draft.end}`,
              allDay: false,
              timeZone: DEFAULT_TIME_ZONE,
              place: draft.place.trim() || null,
              onlineUrl: draft.onlineUrl.trim() || null,
              description: "",
              organiserOrganisationId: null,
            },
            purpose: draft.purpose.trim(),
            expectedOutcome: draft.expectedOutcome.trim(),
            rsvpDeadline: draft.rsvpDeadline || null,
            participantIds: draft.participantIds,
            facilitatorIds: draft.facilitatorIds,
          },
        }),
      );
      navigate(`/networks/${networkId}/meetings/${m.id}`);
    } catch (err) {
      setError(renameFields(err, eventField(draft.date !== "")));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField {...field("title")} label={t("meetings.plan.titleLabel")} required />
      <SelectField
        {...field("kind")}
        label={t("meetings.plan.kind")}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
      />
      <div className="meeting-when">
        <TextField {...field("date")} type="date" label={t("meetings.plan.date")} required min={todayIso()} />
        <TextField {...field("start")} type="time" label={t("meetings.plan.start")} required />
        <TextField {...field("end")} type="time" label={t("meetings.plan.end")} required />
      </div>
      <p className="hint meeting-help">{t("meetings.plan.timeZoneHint")}</p>
      <TextField {...field("place")} label={t("meetings.plan.place")} />
      <TextField
        {...field("onlineUrl")}
        type="url"
        inputMode="url"
        label={t("meetings.plan.onlineUrl")}
        hint={t("meetings.plan.onlineUrlHint")}
      />
      <MeetingDetailsFields field={field} />
      <PeoplePicker
        networkId={networkId}
        participantIds={draft.participantIds}
        facilitatorIds={draft.facilitatorIds}
        onChange={(participantIds, facilitatorIds) => setDraft((d) => ({ ...d, participantIds, facilitatorIds }))}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("meetings.plan.submit")}
      </button>
    </form>
  );
}

function FeedbackTrendSection() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const trend = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/meetings/feedback", { params: { path: { networkId } } })),
    `meeting-feedback:${networkId}`,
  );
  const mean = (v: number | null) => (v === null ? t("meetings.trend.hidden") : formatNumber(Math.round(v * 10) / 10));
  const items = trend.data?.items ?? [];
  const anyShown = items.some((i) => FEEDBACK_ITEMS.some((k) => i[k] !== null));
  return (
    <Section id="meeting-trend-heading" className="panel" title={t("meetings.trend.heading")}>
      <p className="hint meeting-help">{t("meetings.trend.help")}</p>
      <Loaded data={trend.data} error={trend.error}>
        {() =>
          items.length === 0 ? (
            <p>{t("meetings.trend.none")}</p>
          ) : (
            <>
              {anyShown ? (
                <LineChart
                  label={t("meetings.trend.chartLabel")}
                  xLabels={items.map((i) => ({ title: i.title, sub: formatDay(i.start) }))}
                  series={FEEDBACK_ITEMS.map((k) => ({ key: k, label: t(`meetings.feedback.short.${k}`), values: items.map((i) => i[k]) }))}
                  min={1}
                  max={5}
                  ticks={[1, 2, 3, 4, 5]}
                  formatTick={(n) => formatNumber(n)}
                />
              ) : (
                <p>{t("meetings.trend.allHidden", { min: home.network.minGroupSize })}</p>
              )}
              <DataTable
                caption={t("meetings.trend.tableCaption")}
                columns={[
                  t("meetings.trend.meeting"),
                  t("meetings.trend.respondents"),
                  ...FEEDBACK_ITEMS.map((k) => ({ key: k, label: t(`meetings.feedback.short.${k}`) })),
                ]}
              >
                {items.map((i) => (
                  <tr key={i.meetingId}>
                    <th scope="row">
                      <Link to={`/networks/${home.network.id}/meetings/${i.meetingId}`}>{i.title}</Link>
                      <span className="meta meeting-trend-date">{formatDay(i.start)}</span>
                    </th>
                    <td>{formatNumber(i.respondents)}</td>
                    {FEEDBACK_ITEMS.map((k) => (
                      <td key={k}>{i.respondents === 0 ? t("meetings.trend.noAnswers") : mean(i[k])}</td>
                    ))}
                  </tr>
                ))}
              </DataTable>
              <p className="hint meeting-help">{t("meetings.trend.hiddenExplained", { min: home.network.minGroupSize })}</p>
            </>
          )
        }
      </Loaded>
    </Section>
  );
}

/** The network's meetings: upcoming first, then past; answer invitations, plan a meeting, follow how meetings feel. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { networkId, coordinator } = useNetwork();
  const list = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/meetings", { params: { path: { networkId } } })),
    `meetings:${networkId}`,
  );
  const answer = (item: MeetingListItem) => async (rsvp: Rsvp) => {
    await ok(
      client.PUT("/api/networks/{networkId}/meetings/{meetingId}/rsvp", {
        params: { path: { networkId, meetingId: item.id } },
        body: { rsvp },
      }),
    );
    await list.reload();
  };
  const items = list.data?.items ?? [];
  const upcoming = items.filter((i) => i.end >= nowIn(i.timeZone)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const past = items.filter((i) => i.end < nowIn(i.timeZone)).sort((a, b) => (a.start > b.start ? -1 : a.start < b.start ? 1 : 0));
  return (
    <Page title={t("meetings.list.title")}>
      <p>{t("meetings.list.intro")}</p>
      <Loaded data={list.data} error={list.error}>
        {(listData) => (
          <>
            <Status>{t("meetings.list.summary", { count: upcoming.length, past: past.length })}</Status>
            <Section id="meetings-upcoming" className="panel" title={t("meetings.list.upcoming")}>
              {upcoming.length === 0 ? (
                <p>{t("meetings.list.noneUpcoming")}</p>
              ) : (
                <ul className="cards">
                  {upcoming.map((i) => (
                    <MeetingCard key={i.id} item={i} onAnswer={answer(i)} onClosed={list.reload} />
                  ))}
                </ul>
              )}
            </Section>
            <Section id="meetings-past" className="panel" title={t("meetings.list.past")}>
              {past.length === 0 ? (
                <p>{t("meetings.list.nonePast")}</p>
              ) : (
                <ul className="cards">
                  {past.map((i) => (
                    <MeetingCard key={i.id} item={i} />
                  ))}
                </ul>
              )}
            </Section>
            {listData.canCreate ? (
              <Section id="meetings-plan" className="panel" title={t("meetings.plan.heading")}>
                <p className="hint meeting-help">{t("meetings.plan.help")}</p>
                <PlanMeetingForm />
              </Section>
            ) : null}
          </>
        )}
      </Loaded>
      {coordinator ? <FeedbackTrendSection /> : null}
    </Page>
  );
}
