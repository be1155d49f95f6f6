import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";

interface ConfirmButtonProps {
  /** The button's text, and the confirming button's unless `confirmLabel` is given. */
  label: string;
  /** What will happen, said before it does. */
  question: string;
  confirmLabel?: string;
  danger?: boolean;
  disabled?: boolean;
  onConfirm: () => void;
}

/**
 * A button for an irreversible or weighty step that first asks, in a modal dialog: the browser's `<dialog>` keeps
 * focus inside, closes on Escape and returns focus to the button. Cancel has the focus, so Enter does no harm.
 */
export function ConfirmButton({ label, question, confirmLabel, danger, disabled, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  return (
    <>
      <button type="button" className={danger ? "danger" : undefined} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={questionId}>
        <p id={questionId}>{question}</p>
        <form method="dialog" className="actions">
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must move focus into itself, to its safe choice */}
          <button type="submit" value="cancel" autoFocus>
            {t("common.cancel")}
          </button>
          <button type="submit" value="confirm" className={danger ? "danger" : "primary"} onClick={onConfirm}>
            {confirmLabel ?? label}
          </button>
        </form>
      </dialog>
    </>
  );
}
