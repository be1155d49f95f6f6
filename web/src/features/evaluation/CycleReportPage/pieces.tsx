import { type ReactNode, useId } from "react";

/** A table's scrolling frame, named by its caption and reachable by keyboard so that narrow screens can scroll it. */
export function TableFrame({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap report-table-wrap" aria-labelledby={id} tabIndex={0}>
      <table className={className ? `report-table ${className}` : "report-table"}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** User-written text with its line breaks kept. */
export const Prose = ({ text }: { text: string }) => <p className="prose">{text.trim()}</p>;
