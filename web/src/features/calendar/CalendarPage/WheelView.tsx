import { type MouseEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../i18n.ts";
import { AnnualClock, KindSymbol, LANE_ORDER, monthNames, type Occurrence } from "../AnnualClock.tsx";
import { formatShort, type Selected, useKindName } from "./format.ts";

/** The year on the annual clock, with a text summary for screen readers and the legend of its lanes. */
export function WheelView({
  year,
  items,
  selected,
  hrefOf,
  onOpen,
}: {
  year: number;
  items: Occurrence[];
  selected: Selected;
  hrefOf: (o: Occurrence) => string;
  onOpen: (o: Occurrence, e: MouseEvent<Element>) => void;
}) {
  const { t, i18n } = useTranslation();
  const kindName = useKindName();
  const captionId = useId();
  const summaryId = useId();

  const markLabel = (o: Occurrence) => `${o.event.title}, ${formatShort(o, i18n.language)}, ${kindName(o.event.kind)}`;
  const counts = LANE_ORDER.map((k) => [k, items.filter((o) => o.event.kind === k).length] as const).filter(([, n]) => n > 0);
  const summary = `${t("calendar.summary", { count: items.length, year })}${
    counts.length ? `: ${counts.map(([k, n]) => t("calendar.summaryPart", { kind: kindName(k), n: formatNumber(n) })).join(", ")}` : ""
  }.`;
  const lanes = LANE_ORDER.filter((k) => counts.some(([c]) => c === k));
  const months = monthNames(i18n.language, "long");

  return (
    <figure className="calendar-figure">
      <figcaption id={captionId} className="calendar-caption">
        <span className="strong">{t("calendar.wheelCaption", { year })}</span> <span className="hint">{t("calendar.wheelHelp")}</span>
      </figcaption>
      <AnnualClock
        year={year}
        occurrences={items}
        selected={selected}
        captionId={captionId}
        summaryId={summaryId}
        markLabel={markLabel}
        hrefOf={hrefOf}
        onOpen={onOpen}
      />
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      {items.length === 0 ? <p>{t("calendar.noEvents", { year })}</p> : null}
      {lanes.length ? (
        <div className="calendar-legend">
          <p className="strong">{t("calendar.legendTitle")}</p>
          <ul className="plain">
            {lanes.map((k, i) => (
              <li key={k}>
                <KindSymbol kind={k} />{" "}
                {t("calendar.laneName", {
                  n: i + 1,
                  name: k === "member_org_event" ? t("calendar.anticipationLane") : kindName(k),
                })}
              </li>
            ))}
            <li>
              <span className="calendar-legend-today" aria-hidden="true" /> {t("calendar.legendToday")}
            </li>
          </ul>
          <p className="hint">{t("calendar.legendHint", { first: months[0], last: months[11] })}</p>
        </div>
      ) : null}
    </figure>
  );
}
