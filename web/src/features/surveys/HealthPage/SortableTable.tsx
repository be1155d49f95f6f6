import { type ReactNode, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { TableFrame } from "../../../components/DataTable.tsx";
import { useFormats } from "./format.ts";

const PAGE_SIZE = 50;

export interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => number | string | null;
  render: (r: R) => ReactNode;
  numeric?: boolean;
}

/** A table sorted by its column-header buttons (aria-sort on the header), showing the first rows until asked for all. */
export function SortableTable<R>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const captionId = useId();
  const [sort, setSort] = useState<{ key: string; dir: "ascending" | "descending" } | null>(null);
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!column || !sort) return rows;
    const collator = new Intl.Collator(i18n.language, { sensitivity: "base", numeric: true });
    const sign = sort.dir === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      // Unknown values go last whichever way the column is sorted.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return sign * c;
    });
  }, [rows, columns, sort, i18n.language]);
  const visible = all ? sorted : sorted.slice(0, PAGE_SIZE);
  const toggle = (c: Column<R>) =>
    setSort((s) =>
      s?.key === c.key
        ? { key: c.key, dir: s.dir === "ascending" ? "descending" : "ascending" }
        : { key: c.key, dir: c.numeric ? "descending" : "ascending" },
    );
  const sortedColumn = columns.find((c) => c.key === sort?.key);
  return (
    <>
      <TableFrame labelledBy={captionId}>
        <table className="compact sortable">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  scope="col"
                  key={c.key}
                  aria-sort={sort?.key === c.key ? sort.dir : undefined}
                  className={c.numeric ? "num" : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(c)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-icon">
                      {sort?.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th scope="row" key={c.key}>
                      {c.render(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? "num" : undefined}>
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <p className="visually-hidden" role="status">
        {sort && sortedColumn ? t(`surveys.health.sortedBy.${sort.dir}`, { column: sortedColumn.label }) : ""}
      </p>
      {rows.length > PAGE_SIZE ? (
        <p className="table-more">
          <span>{t("surveys.health.showing", { shown: f.int(visible.length), total: f.int(rows.length) })}</span>{" "}
          <button type="button" onClick={() => setAll((a) => !a)}>
            {all ? t("surveys.health.showFirst", { n: PAGE_SIZE }) : t("surveys.health.showAll", { total: f.int(rows.length) })}
          </button>
        </p>
      ) : null}
    </>
  );
}
