import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import { fieldProblem } from "../meetingUtil.ts";
import { meetingPath, type SectionProps } from "./section.ts";

/** Who was there (planners): prefilled from the answers, it adds the meeting to their shared history. */
export function AttendanceSection({ networkId, meeting, onChange }: SectionProps) {
  const { t } = useTranslation();
  const id = useId();
  // Until someone is ticked by hand, the choice follows the answers as they come in (or the recorded attendance).
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const present =
    chosen ?? new Set(meeting.participants.filter((p) => (p.attended === null ? p.rsvp === "yes" : p.attended)).map((p) => p.id));
  const { busy, error, save } = useSave("attendance");
  const [message, setMessage] = useState<string | null>(null);
  const people = [...meeting.participants].sort((a, b) => a.name.localeCompare(b.name));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/attendance", {
            params: meetingPath({ networkId, meeting }),
            body: { presentIds: people.filter((p) => present.has(p.id)).map((p) => p.id) },
          }),
        ),
      {
        saved: (m) => {
          onChange(m);
          setMessage(t("meetings.attendance.saved", { count: present.size }));
        },
      },
    );
  };
  const problem = fieldProblem(error, "attendance-presentIds");
  return (
    <Section id="attendance-heading" className="panel no-print" title={t("meetings.attendance.heading")}>
      <p className="hint meeting-help">{t("meetings.attendance.help")}</p>
      {meeting.attendanceRecordedAt ? (
        <p>{t("meetings.attendance.recordedAt", { date: formatDay(meeting.attendanceRecordedAt) })}</p>
      ) : (
        <p>{t("meetings.attendance.prefilled")}</p>
      )}
      {people.length === 0 ? (
        <p>{t("meetings.participants.none")}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id="field-attendance-presentIds">
            <legend>{t("meetings.attendance.legend")}</legend>
            {problem ? <p className="field-problem">{problem}</p> : null}
            <ul className="plain meeting-people-list">
              {people.map((p) => (
                <li key={p.id} className="field checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-${p.id}`}
                    checked={present.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(present);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setChosen(next);
                    }}
                  />
                  <label htmlFor={`${id}-${p.id}`}>
                    {p.name}
                    <span className="meta"> · {p.rsvp ? t(`meetings.rsvp.${p.rsvp}`) : t("meetings.rsvp.none")}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="primary" disabled={busy}>
            {t("meetings.attendance.save")}
          </button>
          {message ? <Status>{message}</Status> : null}
        </form>
      )}
    </Section>
  );
}
