import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { FormError, SaveOrCancel } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { PeoplePicker } from "../PeoplePicker.tsx";
import type { Rsvp } from "../types.ts";
import { meetingPath, type SectionProps } from "./section.ts";

/** Who is invited, their answers and (once recorded) who came; planners change who is invited. */
export function ParticipantsSection({ networkId, meeting, onChange }: SectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [facilitatorIds, setFacilitatorIds] = useState<string[]>([]);
  const { busy, error, setError, save } = useSave("edit");
  const [message, setMessage] = useState<string | null>(null);
  const people = [...meeting.participants].sort((a, b) => a.name.localeCompare(b.name));
  const count = (r: Rsvp | null) => meeting.participants.filter((p) => p.rsvp === r).length;
  const attendanceKnown = meeting.attendanceRecordedAt !== null;
  const startEditing = () => {
    setParticipantIds(meeting.participants.map((p) => p.id));
    setFacilitatorIds(meeting.participants.filter((p) => p.facilitator).map((p) => p.id));
    setError(null);
    setMessage(null);
    setEditing(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/participants", {
            params: meetingPath({ networkId, meeting }),
            body: { participantIds, facilitatorIds },
          }),
        ),
      {
        saved: (m) => {
          onChange(m);
          setEditing(false);
          setMessage(t("meetings.participants.saved", { count: m.participants.length }));
        },
      },
    );
  };
  return (
    <Section id="participants-heading" className="panel" title={t("meetings.participants.heading", { count: meeting.participants.length })}>
      <p>
        {t("meetings.participants.answers", {
          yes: count("yes"),
          maybe: count("maybe"),
          no: count("no"),
          none: count(null),
        })}
      </p>
      {message ? <Status>{message}</Status> : null}
      {people.length === 0 ? (
        <p>{t("meetings.participants.none")}</p>
      ) : (
        <DataTable
          caption={t("meetings.participants.caption")}
          captionHidden
          columns={[
            t("meetings.participants.name"),
            t("meetings.participants.answer"),
            attendanceKnown && t("meetings.participants.attended"),
          ]}
        >
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                {p.organisationName ? <span className="meta"> · {p.organisationName}</span> : null}
                {p.facilitator ? (
                  <>
                    {" "}
                    <span className="badge">{t("meetings.participants.facilitator")}</span>
                  </>
                ) : null}
              </th>
              <td>{p.rsvp ? t(`meetings.rsvp.${p.rsvp}`) : t("meetings.rsvp.none")}</td>
              {attendanceKnown ? <td>{p.attended ? t("meetings.participants.present") : t("meetings.participants.absent")}</td> : null}
            </tr>
          ))}
        </DataTable>
      )}
      {meeting.canPlan ? (
        editing ? (
          <form onSubmit={submit} noValidate aria-labelledby="participants-edit-heading">
            <h3 id="participants-edit-heading">{t("meetings.participants.editHeading")}</h3>
            <p className="hint meeting-help">{t("meetings.participants.editHelp")}</p>
            <FormError error={error} />
            <PeoplePicker
              networkId={networkId}
              participantIds={participantIds}
              facilitatorIds={facilitatorIds}
              onChange={(ps, fs) => {
                setParticipantIds(ps);
                setFacilitatorIds(fs);
              }}
              error={error}
              prefix="edit-"
            />
            <SaveOrCancel label={t("meetings.participants.save")} busy={busy} onCancel={() => setEditing(false)} />
          </form>
        ) : (
          <p className="no-print">
            <button type="button" onClick={startEditing}>
              {t("meetings.participants.edit")}
            </button>
          </p>
        )
      ) : null}
    </Section>
  );
}
