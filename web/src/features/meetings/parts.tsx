import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { type FieldBinding, FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Status } from "../../components/Page.tsx";
import { formatDay } from "../../i18n.ts";
import { RSVPS } from "./meetingUtil.ts";
import type { LearningMode, Rsvp } from "./types.ts";

/** A learning mode as a badge; the colour repeats the text and is never the only cue. */
export function ModeBadge({ mode }: { mode: LearningMode }) {
  const { t } = useTranslation();
  return <span className={`badge mode-badge mode-${mode}`}>{t(`meetings.mode.${mode}`)}</span>;
}

/** What a meeting is for, what it should bring about and by when to answer: planned with the meeting, edited later. */
export function MeetingDetailsFields({ field }: { field: (key: "purpose" | "expectedOutcome" | "rsvpDeadline") => FieldBinding }) {
  const { t } = useTranslation();
  return (
    <>
      <TextArea {...field("purpose")} label={t("meetings.details.purpose")} hint={t("meetings.plan.purposeHint")} rows={3} />
      <TextArea
        {...field("expectedOutcome")}
        label={t("meetings.details.expectedOutcome")}
        hint={t("meetings.plan.expectedOutcomeHint")}
        rows={3}
      />
      <TextField
        {...field("rsvpDeadline")}
        type="date"
        label={t("meetings.details.rsvpDeadline")}
        hint={t("meetings.plan.rsvpDeadlineHint")}
      />
    </>
  );
}

/**
 * Yes / maybe / no as toggle buttons with the deadline; the pressed one is the answer given. After the
 * deadline (or, without one, after the meeting's day) the buttons give way to the answer as it stands and what to do instead. An answer refused because
 * the deadline passed while the page was open (409 rsvp_closed) reloads the meeting: the buttons the person
 * pressed are gone, so the closed message takes focus.
 */
export function RsvpButtons({
  value,
  meetingTitle,
  deadline,
  meetingDay,
  open,
  onAnswer,
  onClosed,
}: {
  value: Rsvp | null;
  meetingTitle: string;
  deadline: string | null;
  /** The date of the meeting's start: without a deadline, answers close at the end of it. */
  meetingDay: string;
  open: boolean;
  onAnswer: (rsvp: Rsvp) => Promise<void>;
  /** Loads the meeting again once the server says that answers have closed. */
  onClosed: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const [closedNow, setClosedNow] = useState(false);
  const answer = (rsvp: Rsvp) =>
    save(() => onAnswer(rsvp), {
      failed: async (err) => {
        if (!(err instanceof ApiError && err.code === "rsvp_closed")) return err;
        setClosedNow(true);
        await onClosed();
        return null;
      },
    });
  if (!open) {
    const closed = t("meetings.rsvp.closed", { date: formatDay(deadline ?? meetingDay) });
    return (
      <div className="rsvp">
        <p>
          <strong>{t("meetings.rsvp.legend")}:</strong> {value ? t(`meetings.rsvp.${value}`) : t("meetings.rsvp.noAnswer")}
        </p>
        {closedNow ? <Status focus>{closed}</Status> : <p className="meta">{closed}</p>}
      </div>
    );
  }
  return (
    <div className="rsvp">
      {deadline ? <p className="meta">{t("meetings.rsvp.deadline", { date: formatDay(deadline) })}</p> : null}
      <fieldset className="segmented">
        <legend>
          {t("meetings.rsvp.legend")}
          <span className="visually-hidden">: {meetingTitle}</span>
        </legend>
        <div className="toolbar">
          {RSVPS.map((r) => (
            <button key={r} type="button" aria-pressed={value === r} disabled={busy} onClick={() => void answer(r)}>
              {t(`meetings.rsvp.${r}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <p className="meta" role="status">
        {value ? t("meetings.rsvp.yourAnswer", { answer: t(`meetings.rsvp.${value}`) }) : t("meetings.rsvp.notAnswered")}
      </p>
      <FormError error={error} />
    </div>
  );
}
