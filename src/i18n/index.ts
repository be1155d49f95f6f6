import i18next, { type i18n, type TFunction } from "i18next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../domain/locale.ts";
import en from "./locales/en.json" with { type: "json" };
import fi from "./locales/fi.json" with { type: "json" };
import sv from "./locales/sv.json" with { type: "json" };

export const catalogues = { fi, sv, en } as const;

let instance: i18n | undefined;

function server(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogues[l] }])),
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A translate function fixed to one language, for server-side messages and e-mails. */
export const translator = (locale: Locale): TFunction => server().getFixedT(locale);
