import { useTranslation } from "react-i18next";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError } from "../../components/Form.tsx";
import { RSVPS } from "./meetingUtil.ts";
import type { LearningMode, Rsvp } from "./types.ts";

/** A learning mode as a badge; the colour repeats the text and is never the only cue. */
export function ModeBadge({ mode }: { mode: LearningMode }) {
  const { t } = useTranslation();
  return <span className={`badge mode-badge mode-${mode}`}>{t(`meetings.mode.${mode}`)}</span>;
}

/**
 * Yes / maybe / no as toggle buttons; the pressed one is the answer given. A refused answer
 * (409 after the deadline) shows the server's message under the buttons.
 */
export function RsvpButtons({
  value,
  meetingTitle,
  onAnswer,
}: {
  value: Rsvp | null;
  meetingTitle: string;
  onAnswer: (rsvp: Rsvp) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const answer = (rsvp: Rsvp) => save(() => onAnswer(rsvp));
  return (
    <div className="rsvp">
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
