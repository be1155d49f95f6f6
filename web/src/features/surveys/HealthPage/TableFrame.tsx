import type { ReactNode } from "react";

/** A table's scrolling frame, named by its caption and reachable by keyboard so that narrow screens can scroll it. */
export function TableFrame({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
