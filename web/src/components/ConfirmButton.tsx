import { createContext, type ReactNode, useCallback, useContext, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** What to ask before a weighty step: the question says what will happen. */
export interface ConfirmRequest {
  question: string;
  /** The confirming button's text (by default the common "OK" of the language). */
  confirmLabel?: string;
  danger?: boolean;
}

type Ask = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Ask | null>(null);

/**
 * One modal confirmation dialog for the whole app, instead of the browser's `confirm()`: the `<dialog>` element keeps
 * focus inside, closes on Escape and gives focus back to where it was. Cancel has the focus, so Enter does no harm.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef<(yes: boolean) => void>(() => undefined);
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const questionId = useId();

  const ask = useCallback<Ask>(
    (next) =>
      new Promise<boolean>((resolve) => {
        answer.current(false);
        answer.current = resolve;
        setRequest(next);
        // The dialog shows the new question once React has rendered it.
        requestAnimationFrame(() => dialog.current?.showModal());
      }),
    [],
  );

  const close = (yes: boolean) => {
    dialog.current?.close();
    answer.current(yes);
    answer.current = () => undefined;
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={questionId} onCancel={() => close(false)}>
        <p id={questionId}>{request?.question}</p>
        <div className="actions">
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must move focus into itself, to its safe choice */}
          <button type="button" autoFocus onClick={() => close(false)}>
            {t("common.cancel")}
          </button>
          <button type="button" className={request?.danger ? "danger" : "primary"} onClick={() => close(true)}>
            {request?.confirmLabel ?? t("common.ok")}
          </button>
        </div>
      </dialog>
    </ConfirmContext.Provider>
  );
}

/** Asks for confirmation in the app's dialog; true when the person confirmed. */
export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error("useConfirm outside ConfirmProvider");
  return ask;
}

/** A button for an irreversible or weighty step that first asks, saying what will happen. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  danger,
  disabled,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  danger?: boolean;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const ask = useConfirm();
  const confirm = async () => {
    if (await ask({ question, confirmLabel: confirmLabel ?? label, ...(danger ? { danger } : {}) })) onConfirm();
  };
  return (
    <button type="button" className={danger ? "danger" : undefined} disabled={disabled} onClick={() => void confirm()}>
      {label}
    </button>
  );
}
