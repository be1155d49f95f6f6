import type { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { formatNumber } from "../../../i18n.ts";

export type TFn = ReturnType<typeof useTranslation>["t"];

/** Today as YYYY-MM-DD in the user's own time zone. */
export function todayIso(days = 0) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Reads a number as people type it: a decimal comma or point, spaces as thousands
 * separators, either minus sign. Empty is null; anything else that is not a number is NaN.
 */
export function parseNumber(text: string): number | null {
  const s = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-")
    .replace(",", ".");
  if (s === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** A number for an input, with the decimal comma in Finnish and Swedish. */
export const numberForInput = (n: number | null, lang: string) =>
  n === null ? "" : lang.startsWith("en") ? String(n) : String(n).replace(".", ",");

/** A value with its unit: "45 %", "4,08 (1–5)", "12 clients", or just the number. */
export function valueText(t: TFn, value: number | null, unit: string) {
  if (value === null) return t("evaluation.noValue");
  const v = formatNumber(value);
  if (!unit) return v;
  if (/^\d+\s*[–-]\s*\d+$/.test(unit)) return t("evaluation.onScale", { value: v, scale: unit });
  return t("evaluation.withUnit", { value: v, unit });
}

export const percent = (share: number, lang: string) =>
  new Intl.NumberFormat(intlLocale(lang), { style: "percent", maximumFractionDigits: 0 }).format(share);
