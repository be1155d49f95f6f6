import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import { Segmented } from "../../../components/Segmented.tsx";
import type { View } from "./useCalendar.ts";

/** The year shown (previous, next, this year) and the view: the wheel or the list. */
export function CalendarToolbar({
  year,
  setYear,
  view,
  setView,
}: {
  year: number;
  setYear: Dispatch<SetStateAction<number>>;
  view: View;
  setView: (view: View) => void;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <div className="toolbar calendar-toolbar">
      <fieldset className="calendar-year-nav">
        <legend className="visually-hidden">{t("calendar.yearNav")}</legend>
        <button type="button" onClick={() => setYear((y) => y - 1)}>
          <span aria-hidden="true">← </span>
          {t("calendar.previousYear")}
        </button>
        <p className="calendar-year" aria-live="polite" aria-atomic="true">
          <span className="visually-hidden">{t("calendar.showingYear")} </span>
          {year}
        </p>
        <button type="button" onClick={() => setYear((y) => y + 1)}>
          {t("calendar.nextYear")}
          <span aria-hidden="true"> →</span>
        </button>
        {year !== thisYear ? (
          <button type="button" className="link-button" onClick={() => setYear(thisYear)}>
            {t("calendar.thisYear")}
          </button>
        ) : null}
      </fieldset>
      <Segmented
        legend={t("calendar.viewLabel")}
        options={[
          { value: "wheel", label: t("calendar.wheelView") },
          { value: "list", label: t("calendar.listView") },
        ]}
        value={view}
        onChange={setView}
      />
    </div>
  );
}
