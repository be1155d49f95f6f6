import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "./Form.tsx";

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

/** A part of a page named by its heading, so that screen readers list it as a region and can jump to it. */
export function Section({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A polite live region for loading and saved messages. With `focus`, a new message also takes focus, for a
 * change made far from where the message can stand (a card that moves to another list once changed).
 */
export function Status({ children, focus = false }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message is the trigger, not a value read
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, children]);
  return (
    <p className="status" role="status" ref={ref} tabIndex={focus ? -1 : undefined}>
      {children}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <Status>{t("common.loading")}</Status>;
}

/**
 * What shows loaded data: the load's error, "loading" until the data comes (unless the load failed), and then
 * `children` with the data.
 */
export function Loaded<T>({ data, error, children }: { data: T | null | undefined; error: unknown; children: (data: T) => ReactNode }) {
  return (
    <>
      <FormError error={error} />
      {data === null || data === undefined ? error ? null : <Loading /> : children(data)}
    </>
  );
}
