import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

// The first page of a visit keeps the browser's own focus order (skip link first);
// only later, client-side page changes move focus to the new heading.
let firstPage = true;

/**
 * A page's heading and document title. The heading takes focus when the page
 * opens so that a screen reader announces the new page after client-side navigation.
 */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

/** A polite live region for loading and saved messages. */
export function Status({ children }: { children: ReactNode }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <Status>{t("common.loading")}</Status>;
}
