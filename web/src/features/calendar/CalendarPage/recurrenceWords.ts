import { useTranslation } from "react-i18next";
import { parseByDay } from "../../../../../src/domain/recurrence.ts";
import { formatDay } from "../../../i18n.ts";
import type { CalendarEvent } from "../AnnualClock.tsx";

type Rule = NonNullable<CalendarEvent["recurrence"]>;

/** Words for recurrence rules in the UI language: "Joka kuukauden toinen tiistai", "Den andra tisdagen i varje månad". */
export function useRecurrenceWords() {
  const { t } = useTranslation();

  /** "toinen tiistai", "andra tisdagen", "second Tuesday"; null for a value that is not a weekday of the month. */
  const weekdayOfMonth = (byDay: string) => {
    const rule = parseByDay(byDay);
    if (!rule) return null;
    return t("calendar.byDay.day", {
      ordinal: t(`calendar.byDay.ordinal.${rule.ordinal === -1 ? "last" : rule.ordinal}`),
      weekday: t(`calendar.byDay.weekday.${rule.weekday}`),
    });
  };

  /** The whole rule: how often, on which day, and until when. */
  const describe = (r: Rule | null) => {
    if (!r) return t("calendar.recurrence.none");
    const day = r.byDay ? weekdayOfMonth(r.byDay) : null;
    const parts = [
      day
        ? t("calendar.recurrence.monthlyByDay", { count: r.interval, day })
        : t(`calendar.recurrence.${r.frequency}`, { count: r.interval }),
    ];
    if (r.count) parts.push(t("calendar.recurrence.times", { count: r.count }));
    if (r.until) parts.push(t("calendar.recurrence.untilDate", { date: formatDay(r.until) }));
    return parts.join(", ");
  };

  return { weekdayOfMonth, describe };
}
