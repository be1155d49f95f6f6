import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { formatDate } from "../../i18n.ts";

/**
 * The same API error with its field names prefixed, so that a form that is one
 * of several on the page links its error summary to its own inputs
 * (`#field-<prefix>-<field>`) and each input finds its own message.
 */
export function prefixFields(err: unknown, prefix: string): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${prefix}-${k}`, v]));
  return new ApiError(err.status, err.code, err.message, fields, err.current);
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
        <span className="badge">{t("publicationsUi.common.publishedOn", { date: formatDate(publishedAt) })}</span>
      ) : (
        <span className="badge quiet">{t("publicationsUi.common.draft")}</span>
      )}
    </p>
  );
}
