import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave, useStale } from "../../../api/useVersionedSave.ts";
import { FormError, SaveOrCancel, useDraft } from "../../../components/Form.tsx";
import { MeetingDetailsFields } from "../parts.tsx";
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
  const { stale: conflict, failed } = useStale(reload);
  const { busy, error, save } = useSave("details");
  const { draft, field } = useDraft(
    { purpose: meeting.purpose, expectedOutcome: meeting.expectedOutcome, rsvpDeadline: meeting.rsvpDeadline ?? "" },
    { error, savePrefix: "details" },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PATCH("/api/networks/{networkId}/meetings/{meetingId}", {
            params: meetingPath({ networkId, meeting }),
            body: {
              version: meeting.version,
              purpose: draft.purpose.trim(),
              expectedOutcome: draft.expectedOutcome.trim(),
              rsvpDeadline: draft.rsvpDeadline || null,
            },
          }),
        ),
      {
        saved: (m) => {
          onChange(m);
          onDone();
        },
        failed,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="details-edit-heading" className="panel">
      <h2 id="details-edit-heading">{t("meetings.details.editHeading")}</h2>
      {conflict ? <p className="conflict">{t("meetings.details.conflict")}</p> : null}
      <FormError error={error} />
      <MeetingDetailsFields field={field} />
      <SaveOrCancel label={t("common.save")} busy={busy} onCancel={onDone} />
    </form>
  );
}
