import { useTranslation } from "react-i18next";
import { type EventKind, KindSymbol, LANE_ORDER } from "../AnnualClock.tsx";
import { useKindName } from "./format.ts";

/** Which kinds of events are shown, and the export of those as an iCalendar file. */
export function KindFilter({
  networkId,
  kinds,
  allKinds,
  toggleKind,
}: {
  networkId: string;
  kinds: EventKind[];
  allKinds: boolean;
  toggleKind: (kind: EventKind, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const kindName = useKindName();
  const exportUrl = `/api/networks/${networkId}/events/export${allKinds ? "" : `?kinds=${kinds.join(",")}`}`;
  return (
    <fieldset className="checkbox-list calendar-kinds">
      <legend>{t("calendar.filterLegend")}</legend>
      <div className="calendar-kind-options">
        {LANE_ORDER.map((k) => (
          <div className="field checkbox" key={k}>
            <input id={`kind-${k}`} type="checkbox" checked={kinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
            <label htmlFor={`kind-${k}`}>
              <KindSymbol kind={k} /> {k === "member_org_event" ? t("calendar.anticipationLane") : kindName(k)}
            </label>
          </div>
        ))}
      </div>
      {kinds.length ? (
        <p className="calendar-export">
          <a href={exportUrl} download="vuosikello.ics">
            {allKinds ? t("calendar.exportAll") : t("calendar.exportChosen")}
          </a>
        </p>
      ) : (
        <p className="hint">{t("calendar.noKinds")}</p>
      )}
    </fieldset>
  );
}
