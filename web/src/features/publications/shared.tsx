import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { formatDate } from "../../i18n.ts";

/**
 * What a news item's or a practice's card keeps: whether its edit form is open
 * (closing it gives the focus back to the button that opened it), and its
 * buttons' requests, one at a time. `run` sends one; its answer becomes the
 * page's list (`onChange`), `done` is announced and `after` runs. A 409 means
 * the item changed meanwhile: the page fetches it again, so that the card
 * shows what is stored, and the card says `changed`; the user decides again
 * from that.
 */
export function useCard<List>({
  reload,
  onChange,
  announce,
  changed,
}: {
  reload: () => Promise<void>;
  onChange: (list: List) => void;
  announce: (message: string) => void;
  changed: string;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form: the keyboard user continues from the button that opened it.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const { busy, error, save } = useSave();
  const run = (request: () => Promise<List>, done: string, after?: () => void) =>
    void save(request, {
      saved: (list) => {
        onChange(list);
        announce(done);
        after?.();
      },
      failed: async (err) => {
        if (!(err instanceof ApiError && err.status === 409)) return err;
        await reload();
        return new ApiError(409, err.code, changed);
      },
    });
  return { editing, setEditing, editButton, busy, error, run };
}

/** A checkbox with its label after it and an optional hint tied to it. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="pub-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A polite live region that stays in the page (so that screen readers hear changes) but takes no room when empty. */
export function LiveMessage({ children }: { children: ReactNode }) {
  return (
    <p className="status pub-live" role="status">
      {children}
    </p>
  );
}

/** Whether a news item or a practice is public: its publication date, or "draft". */
export function PublishedBadge({ publishedAt }: { publishedAt: string | null }) {
  const { t } = useTranslation();
  return (
    <p>
      {publishedAt ? (
        <span className="badge">{t("publications.common.publishedOn", { date: formatDate(publishedAt) })}</span>
      ) : (
        <span className="badge quiet">{t("publications.common.draft")}</span>
      )}
    </p>
  );
}
