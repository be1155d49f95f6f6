import { isLocale, type Locale } from "./locale.ts";

/**
 * Dates and numbers as a Finn writes them, in each language of the UI (#19): Finnish and Swedish `13.1.2027`,
 * English day-month `13 Jan 2027` (en-GB), never the US month/day. One module for the web and server-made pages.
 */
const INTL: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The Intl locale of a UI language; an unknown one falls back to Finnish. */
export const intlLocale = (locale: string): string => INTL[isLocale(locale) ? locale : "fi"];

const DAY: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { day: "numeric", month: "numeric", year: "numeric" },
  sv: { day: "numeric", month: "numeric", year: "numeric" },
  en: { day: "numeric", month: "short", year: "numeric" },
};

const dayOptions = (locale: string) => DAY[isLocale(locale) ? locale : "fi"];

/** A calendar day ("2027-01-13", or the day part of a timestamp), whatever the reader's time zone. */
export const formatDay = (locale: string, day: string): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { ...dayOptions(locale), timeZone: "UTC" }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

/** A moment with its clock time in a time zone (Finland's by default): `13.1.2027 klo 10.00`, `13 Jan 2027, 10:00`. */
export const formatDateTime = (locale: string, iso: string, timeZone = "Europe/Helsinki"): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { ...dayOptions(locale), hour: "numeric", minute: "2-digit", timeZone }).format(
    new Date(iso),
  );

/** The day of a moment, in a time zone (Finland's by default). */
export const formatDateOf = (locale: string, iso: string, timeZone = "Europe/Helsinki"): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { ...dayOptions(locale), timeZone }).format(new Date(iso));

/** A number with at most `digits` decimals: `4,1` in Finnish and Swedish, `4.1` in English. */
export const formatNumber = (locale: string, value: number, digits = 2): string =>
  new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);

/**
 * A figure with its unit as people read it: a share as `83 %` (`83%` in English), a rating on a 1–5 scale as
 * `4,1 / 5`, any other unit after the number; at most one decimal, and a dash for a figure there is none of.
 */
export function formatFigure(locale: string, value: number | null, unit: string, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return "–";
  if (unit === "%") {
    return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: digits }).format(value / 100);
  }
  const scale = /^1[–-](\d+)$/.exec(unit);
  if (scale) return `${formatNumber(locale, value, digits)} / ${scale[1]}`;
  return unit ? `${formatNumber(locale, value, digits)} ${unit}` : formatNumber(locale, value, digits);
}

/** A wall-clock time, minutes after midnight (past a day it wraps): `13.15` in Finnish and Swedish, `13:15` in English. */
export const formatClock = (locale: string, minuteOfDay: number): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, 0, 1, 0, minuteOfDay)),
  );
