import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField } from "../../../components/Form.tsx";
import { meetingPath, type SectionProps } from "./section.ts";

/** Purpose, expected outcome and answer deadline, edited by planners; a stale version reloads and keeps the edits. */
export function DetailsEditor({
  networkId,
  meeting,
  onChange,
  reload,
  onDone,
}: SectionProps & { reload: () => Promise<void>; onDone: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState(meeting.purpose);
  const [expectedOutcome, setExpectedOutcome] = useState(meeting.expectedOutcome);
  const [rsvpDeadline, setRsvpDeadline] = useState(meeting.rsvpDeadline ?? "");
  const [conflict, setConflict] = useState(false);
  const { busy, error, save } = useSave("details");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PATCH("/api/networks/{networkId}/meetings/{meetingId}", {
            params: meetingPath({ networkId, meeting }),
            body: {
              version: meeting.version,
              purpose: purpose.trim(),
              expectedOutcome: expectedOutcome.trim(),
              rsvpDeadline: rsvpDeadline || null,
            },
          }),
        ),
      {
        saved: (m) => {
          onChange(m);
          onDone();
        },
        failed: async (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setConflict(true);
            await reload();
          }
          return err;
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="details-edit-heading" className="panel">
      <h2 id="details-edit-heading">{t("meetings.details.editHeading")}</h2>
      {conflict ? <p className="conflict">{t("meetings.details.conflict")}</p> : null}
      <FormError error={error} />
      <TextArea
        name="details-purpose"
        label={t("meetings.details.purpose")}
        hint={t("meetings.plan.purposeHint")}
        rows={3}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        error={error}
      />
      <TextArea
        name="details-expectedOutcome"
        label={t("meetings.details.expectedOutcome")}
        hint={t("meetings.plan.expectedOutcomeHint")}
        rows={3}
        value={expectedOutcome}
        onChange={(e) => setExpectedOutcome(e.target.value)}
        error={error}
      />
      <TextField
        name="details-rsvpDeadline"
        type="date"
        label={t("meetings.details.rsvpDeadline")}
        hint={t("meetings.plan.rsvpDeadlineHint")}
        value={rsvpDeadline}
        onChange={(e) => setRsvpDeadline(e.target.value)}
        error={error}
      />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {t("common.save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("meetings.cancel")}
        </button>
      </div>
    </form>
  );
}
