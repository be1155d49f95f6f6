import fs from "node:fs";
import path from "node:path";
import i18next, { type i18n, type TFunction } from "i18next";
import { LOCALES_DIR } from "../config/paths.ts";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../domain/locale.ts";
import { NAMESPACES } from "./namespaces.ts";

/** A catalogue: nested keys with texts at the leaves. */
export type Catalogue = { [key: string]: string | Catalogue };

/** One namespace file of one language, `locales/<lang>/<namespace>.json`. */
export const readNamespace = (locale: Locale, namespace: string): Catalogue =>
  JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, `${namespace}.json`), "utf8")) as Catalogue;

/** Every namespace of a language merged into one tree: the server needs them all (errors, e-mails, public pages). */
const merged = (locale: Locale): Catalogue => Object.assign({}, ...NAMESPACES.map((ns) => readNamespace(locale, ns)));

export const catalogues = Object.fromEntries(LOCALES.map((l) => [l, merged(l)])) as Record<Locale, Catalogue>;

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
