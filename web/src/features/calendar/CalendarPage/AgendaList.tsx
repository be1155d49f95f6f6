import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { KindSymbol, type Occurrence } from "../AnnualClock.tsx";
import { formatShort, type Selected, useKindName } from "./format.ts";

/** The year's events as a list by month: the same links as the wheel's marks. */
export function AgendaList({
  year,
  items,
  hrefOf,
  onOpen,
  selected,
}: {
  year: number;
  items: Occurrence[];
  hrefOf: (o: Occurrence) => string;
  onOpen: (o: Occurrence, e: MouseEvent<Element>) => void;
  selected: Selected;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const monthTitle = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: "long", year: "numeric", timeZone: "UTC" });
  const groups = new Map<number, Occurrence[]>();
  for (const o of items) {
    const start = o.start.slice(0, 10) < `${year}-01-01` ? `${year}-01-01` : o.start;
    const m = Number(start.slice(5, 7)) - 1;
    groups.set(m, [...(groups.get(m) ?? []), o]);
  }
  if (items.length === 0) return <p>{t("calendar.noEvents", { year })}</p>;
  return (
    <div className="calendar-agenda">
      {[...groups.entries()]
        .sort(([a], [b]) => a - b)
        .map(([m, list]) => (
          <section key={m} aria-labelledby={`agenda-month-${m}`}>
            <h2 id={`agenda-month-${m}`}>{monthTitle.format(new Date(Date.UTC(year, m, 1)))}</h2>
            <ul className="plain">
              {list.map((o) => {
                const current = selected?.eventId === o.event.id && (selected.index === null || selected.index === o.index);
                return (
                  <li key={`${o.event.id}-${o.index}`} className={`calendar-agenda-item${current ? " is-selected" : ""}`}>
                    <p className="meta">
                      <time dateTime={o.start}>{formatShort(o, i18n.language)}</time>
                    </p>
                    <p className="calendar-agenda-title">
                      <a
                        href={hrefOf(o)}
                        aria-current={current ? "true" : undefined}
                        onClick={(e) => {
                          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                          e.preventDefault();
                          onOpen(o, e);
                        }}
                      >
                        {o.event.title}
                      </a>{" "}
                      <span className="badge quiet calendar-kind-badge">
                        <KindSymbol kind={o.event.kind} /> {kindName(o.event.kind)}
                      </span>
                    </p>
                    {o.event.place ? <p className="meta">{o.event.place}</p> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </div>
  );
}
