import { type ReactNode, useId } from "react";

/** A column heading: its text, or the text with how the column shows. */
export type Column =
  | ReactNode
  | {
      label: ReactNode;
      /** Figures: right-aligned with tabular digits. */
      numeric?: boolean;
      /** Read to screen readers only (e.g. an actions column whose buttons name themselves). */
      hidden?: boolean;
      key?: string;
    };

/** `false`, `null` and `undefined` columns are left out, so that a role-dependent column reads `coordinator && t("…")`. */
type ColumnSlot = Column | false | null | undefined;

const isDescribed = (c: Column): c is Exclude<Column, ReactNode> & { label: ReactNode } =>
  typeof c === "object" && c !== null && "label" in c;

function HeaderCell({ column }: { column: Column }) {
  if (!isDescribed(column)) return <th scope="col">{column}</th>;
  return (
    <th scope="col" className={column.numeric ? "num" : undefined}>
      {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
    </th>
  );
}

/** The `<thead>` of a table: one row of column headings. */
export function TableHead({ columns }: { columns: ColumnSlot[] }) {
  const shown = columns.filter((c): c is Column => c !== false && c !== null && c !== undefined);
  return (
    <thead>
      <tr>
        {shown.map((c, n) => (
          <HeaderCell key={isDescribed(c) && c.key ? c.key : n} column={c} />
        ))}
      </tr>
    </thead>
  );
}

/** A table's scrolling frame, named by its caption and reachable by keyboard so that narrow screens can scroll it. */
export function TableFrame({ labelledBy, className, children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className={className ? `table-wrap ${className}` : "table-wrap"} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}

export interface DataTableProps {
  caption: ReactNode;
  /** The caption is read to screen readers only, where a visible heading already names the table. */
  captionHidden?: boolean;
  /** Omit for a table whose header row is not a plain list of headings; then `children` brings its own `<thead>`. */
  columns?: ColumnSlot[];
  className?: string;
  frameClassName?: string;
  /** The rows (`<tr>`s), or the whole body when `columns` is omitted. */
  children: ReactNode;
}

/** A captioned data table in its keyboard-scrollable frame, with a header row from `columns`. */
export function DataTable({ caption, captionHidden, columns, className, frameClassName, children }: DataTableProps) {
  const id = useId();
  return (
    <TableFrame labelledBy={id} className={frameClassName}>
      <table className={className}>
        <caption id={id} className={captionHidden ? "visually-hidden" : undefined}>
          {caption}
        </caption>
        {columns ? (
          <>
            <TableHead columns={columns} />
            <tbody>{children}</tbody>
          </>
        ) : (
          children
        )}
      </table>
    </TableFrame>
  );
}
