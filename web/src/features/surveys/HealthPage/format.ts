// Number formats and small helpers that the dashboard's sections share.
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import type { Distribution, ReceivedFigures } from "../types.ts";

/** Number formats for the current language. */
export function useFormats() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const make = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale(lang), o);
    const one = make({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const two = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const int = make({ maximumFractionDigits: 0 });
    const upTo1 = make({ maximumFractionDigits: 1 });
    const upTo2 = make({ maximumFractionDigits: 2 });
    const pct = make({ style: "percent", maximumFractionDigits: 0 });
    const pct1 = make({ style: "percent", maximumFractionDigits: 1 });
    return {
      one: (n: number) => one.format(n),
      two: (n: number) => two.format(n),
      int: (n: number) => int.format(n),
      upTo1: (n: number) => upTo1.format(n),
      upTo2: (n: number) => upTo2.format(n),
      pct: (n: number) => pct.format(n),
      pct1: (n: number) => pct1.format(n),
      short: (iso: string) =>
        new Intl.DateTimeFormat(intlLocale(lang), { month: "numeric", year: "numeric" }).format(new Date(`${iso.slice(0, 10)}T12:00:00`)),
    };
  }, [lang]);
}

export const meanOf = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};
export const receivedTrust = (r: ReceivedFigures) => meanOf(TRUST_DIMENSIONS.map((d) => r[d]));

/** A figure's value, or why it has none: too few raters behind it (hidden), or no answers at all. */
export function figureText(t: TFunction, d: Distribution, shown: (value: number) => string) {
  if (d.hidden && d.n > 0) return t("surveys.health.tooFewRaters", { raters: d.raters });
  return d.mean === null ? t("surveys.health.noValue") : shown(d.mean);
}

export function distributionLabel(
  t: (k: string, o?: Record<string, unknown>) => string,
  title: string,
  labels: string[],
  counts: number[],
) {
  const parts = labels.map((l, i) => t("surveys.health.countOf", { label: l, n: counts[i] ?? 0 }));
  return `${title}: ${parts.join(", ")}`;
}
