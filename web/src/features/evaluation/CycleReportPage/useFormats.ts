import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";

/** Number and date formats of the current language; `–` stands for a missing or hidden value. */
export function useFormats() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const upTo2 = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 });
    const upTo1 = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2, signDisplay: "exceptZero" });
    const pct = new Intl.NumberFormat(intlLocale(lang), { style: "percent", maximumFractionDigits: 0 });
    const pct1 = new Intl.NumberFormat(intlLocale(lang), { style: "percent", maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(intlLocale(lang), { day: "numeric", month: "numeric", year: "numeric" });
    const num = (v: number | null | undefined) => (v === null || v === undefined ? "–" : upTo2.format(v));
    return {
      num,
      one: (v: number | null) => (v === null ? "–" : upTo1.format(v)),
      pct: (share: number) => pct.format(share),
      pct1: (share: number | null) => (share === null ? "–" : pct1.format(share)),
      /** A value with its unit; a 1–5 rating reads "4 / 5". */
      unit: (v: number | null | undefined, unit: string) =>
        v === null || v === undefined ? "–" : unit === "1–5" ? `${num(v)} / 5` : unit ? `${num(v)} ${unit}` : num(v),
      signed: (v: number) => signed.format(v),
      /** A calendar day (YYYY-MM-DD or a timestamp) in numbers, read at local noon so no time zone moves it. */
      day: (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T12:00:00`)),
    };
  }, [lang]);
}
export type Formats = ReturnType<typeof useFormats>;
