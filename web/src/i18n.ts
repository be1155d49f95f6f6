import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../../src/domain/locale.ts";
import en from "../../src/i18n/locales/en.json";
import fi from "../../src/i18n/locales/fi.json";
import sv from "../../src/i18n/locales/sv.json";

export const LOCALES: Locale[] = ["fi", "sv", "en"];
const COOKIE = "solmu_lang";

const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as string[]).includes(v);

/** The language before sign-in: the remembered choice, else the browser's, else Finnish. */
function initialLocale(): Locale {
  const saved = document.cookie.match(/(?:^|; )solmu_lang=([a-z]{2})/)?.[1];
  if (isLocale(saved)) return saved;
  const browser = navigator.languages.map((l) => l.slice(0, 2)).find(isLocale);
  return browser ?? "fi";
}

void i18next.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: "fi",
  interpolation: { escapeValue: false },
});

const applyLang = (lng: string) => {
  document.documentElement.lang = lng;
};
applyLang(i18next.language);
i18next.on("languageChanged", applyLang);

/** Switches the UI language and remembers it in a cookie that the server also reads. */
export async function setLocale(locale: Locale) {
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie too, so it must be a cookie, not localStorage
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
  await i18next.changeLanguage(locale);
}

/** Formats an ISO date or timestamp for the current language. */
export const formatDate = (iso: string, withTime = false) =>
  new Intl.DateTimeFormat(i18next.language, withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "long" }).format(
    new Date(iso),
  );

/** A calendar day ("2027-01-13", or the day of a timestamp) for the current language, whatever the browser's time zone. */
export const formatDay = (day: string) =>
  new Intl.DateTimeFormat(i18next.language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

export const formatNumber = (n: number) => new Intl.NumberFormat(i18next.language).format(n);

export default i18next;
