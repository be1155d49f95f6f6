import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { useEditing } from "../../components/useEditing.ts";
import { formatDate } from "../../i18n.ts";

/** What the page gives each news item's or practice's card: where its answers go, and the list's heading. */
export interface CardContext<List> {
  networkId: string;
  /** The page's list as the server answered. */
  onChange: (list: List) => void;
  reload: () => Promise<void>;
  announce: (message: string) => void;
  /** Takes the focus when the card's item is deleted. */
  listHeading: RefObject<HTMLHeadingElement | null>;
}

/**
 * What a news item's or a practice's card keeps: whether its edit form is open
 * (closing it gives the focus back to the button that opened it), and its
 * buttons' requests, one at a time. `run` sends one; its answer becomes the
 * page's list (`onChange`), `done` is announced and `after` runs. A 409 means
 * the item changed meanwhile: the page fetches it again, so that the card
 * shows what is stored, and the card says `changed`; the user decides again
 * from that. `remove` asks first, and gives the focus to the list's heading.
 */
export function useCard<List>({ reload, onChange, announce, listHeading }: CardContext<List>, changed: string) {
  const ask = useConfirm();
  const { editing, setEditing, editButton } = useEditing();
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
  const remove = async (question: string, request: () => Promise<List>, done: string) => {
    if (await ask({ question, danger: true })) run(request, done, () => listHeading.current?.focus());
  };
  return { editing, setEditing, editButton, busy, error, run, remove };
}

/** A card's buttons, each named with the item's title for screen readers; a button without its handler is left out. */
export function CardActions({
  title,
  published,
  busy,
  editButton,
  onEdit,
  onToggle,
  onDelete,
}: {
  title: string;
  published: boolean;
  busy: boolean;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit?: () => void;
  onToggle?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslation();
  if (!onEdit && !onToggle && !onDelete) return null;
  const which = <span className="visually-hidden">: {title}</span>;
  return (
    <p className="pub-actions">
      {onEdit ? (
        <button type="button" ref={editButton} onClick={onEdit}>
          {t("publications.common.edit")}
          {which}
        </button>
      ) : null}
      {onToggle ? (
        <button type="button" aria-disabled={busy || undefined} onClick={onToggle}>
          {published ? t("publications.common.unpublish") : t("publications.common.publish")}
          {which}
        </button>
      ) : null}
      {onDelete ? (
        <button type="button" className="danger" onClick={onDelete}>
          {t("publications.common.delete")}
          {which}
        </button>
      ) : null}
    </p>
  );
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

/** A news item's or a practice's form buttons: send (still focusable while busy) and, for an edit, cancel. */
export function FormButtons({ label, busy, onCancel }: { label: string; busy: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="pub-actions">
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {label}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t("publications.common.cancel")}
        </button>
      ) : null}
    </p>
  );
}
