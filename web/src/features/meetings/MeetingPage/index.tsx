import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../../components/Page.tsx";
import { useSession } from "../../../session.tsx";
import { AttachmentsSection } from "../../attachments/AttachmentsSection.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../../surveys/health.css";
import "../meetings.css";
import { PageContents } from "../../../components/PageContents.tsx";
import { RsvpButtons } from "../parts.tsx";
import type { Meeting } from "../types.ts";
import { AgendaSection } from "./AgendaSection.tsx";
import { AttendanceSection } from "./AttendanceSection.tsx";
import { DecisionSection } from "./DecisionSection.tsx";
import { DetailsEditor } from "./DetailsEditor.tsx";
import { FeedbackSection } from "./FeedbackSection.tsx";
import { MeetingFacts } from "./MeetingFacts.tsx";
import { MethodLibrary } from "./MethodLibrary.tsx";
import { MinutesSection } from "./MinutesSection.tsx";
import { NotesSection } from "./NotesSection.tsx";
import { ParticipantsSection } from "./ParticipantsSection.tsx";
import { PromiseSection } from "./PromiseSection.tsx";
import { SeatingSection } from "./SeatingSection.tsx";
import { useMeeting } from "./useMeeting.ts";

/** One meeting: what it is for, who comes, the agenda and its methods, seating, notes, and what came out of it. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { home, networkId, coordinator } = useNetwork();
  const { me } = useSession();
  const { meetingId = "" } = useParams();
  const {
    meeting: { data: meeting, error, reload, setData },
    methods,
  } = useMeeting(networkId, meetingId);
  const [editingDetails, setEditingDetails] = useState(false);
  const [detailsSaved, setDetailsSaved] = useState(false);
  const myId = me?.networks.find((n) => n.id === networkId)?.personId ?? null;
  const back = (
    <p className="no-print">
      <Link to={`/networks/${networkId}/meetings`}>{t("meetings.meeting.back")}</Link>
    </p>
  );
  if (!meeting) {
    return (
      <Page title={t("meetings.meeting.title")}>
        {back}
        <FormError error={error} />
        {error ? null : <Loading />}
      </Page>
    );
  }
  const change = (m: Meeting) => setData(m);
  const canRecord = home.role !== "observer";
  return (
    <Page title={meeting.title}>
      {back}
      {meeting.status === "cancelled" ? (
        <p>
          <span className="badge warn">{t("meetings.cancelled")}</span>
        </p>
      ) : null}
      {/* A reload after a save elsewhere shows here; the heading's page stays in place. */}
      {error ? <FormError error={error} /> : null}
      <MeetingFacts meeting={meeting} />
      {meeting.description ? <p className="prose">{meeting.description}</p> : null}
      {meeting.isParticipant && meeting.status !== "cancelled" ? (
        <RsvpButtons
          value={meeting.myRsvp}
          meetingTitle={meeting.title}
          deadline={meeting.rsvpDeadline}
          meetingDay={meeting.start.slice(0, 10)}
          open={meeting.rsvpOpen}
          onAnswer={async (rsvp) => {
            change(
              await ok(
                client.PUT("/api/networks/{networkId}/meetings/{meetingId}/rsvp", {
                  params: { path: { networkId, meetingId: meeting.id } },
                  body: { rsvp },
                }),
              ),
            );
          }}
          onClosed={reload}
        />
      ) : null}
      {detailsSaved ? <Status>{t("meetings.details.saved")}</Status> : null}
      {meeting.canPlan ? (
        editingDetails ? (
          <DetailsEditor
            networkId={networkId}
            meeting={meeting}
            onChange={(m) => {
              change(m);
              setDetailsSaved(true);
            }}
            reload={reload}
            onDone={() => setEditingDetails(false)}
          />
        ) : (
          <p className="no-print">
            <button
              type="button"
              onClick={() => {
                setDetailsSaved(false);
                setEditingDetails(true);
              }}
            >
              {t("meetings.details.edit")}
            </button>
          </p>
        )
      ) : null}
      <PageContents />
      {/* What the meeting is for comes before who is coming: the agenda first, the participant table after it. */}
      <AgendaSection networkId={networkId} meeting={meeting} methods={methods.data?.items} onChange={change} reload={reload} />
      <AttachmentsSection networkId={networkId} owner={{ kind: "meeting", meetingId: meeting.id }} />
      <ParticipantsSection networkId={networkId} meeting={meeting} onChange={change} />
      <MethodLibrary
        networkId={networkId}
        methods={methods.data?.items}
        error={methods.error}
        canAdd={coordinator}
        onAdded={(items) => methods.setData({ items })}
      />
      {meeting.canPlan || meeting.seating ? <SeatingSection networkId={networkId} meeting={meeting} onChange={change} /> : null}
      <Section id="board-heading" className="panel no-print" title={t("meetings.boardLink.heading")}>
        <p>{t("meetings.boardLink.help")}</p>
        <p>
          <Link to={`/networks/${networkId}/meetings/${meeting.id}/board`}>{t("meetings.boardLink.open")}</Link>
        </p>
      </Section>
      <NotesSection networkId={networkId} meeting={meeting} onChange={change} />
      {meeting.canPlan ? <AttendanceSection networkId={networkId} meeting={meeting} onChange={change} /> : null}
      {canRecord ? <DecisionSection networkId={networkId} meeting={meeting} /> : null}
      {canRecord ? <PromiseSection networkId={networkId} meeting={meeting} myId={myId} mayChooseWhose={coordinator} /> : null}
      <MinutesSection networkId={networkId} meeting={meeting} />
      <FeedbackSection networkId={networkId} meeting={meeting} minGroupSize={home.network.minGroupSize} onChange={change} />
    </Page>
  );
}
