import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import {
  formatDateOf as dateOfIn,
  formatDateTime as dateTimeIn,
  formatDay as dayIn,
  formatFigure as figureIn,
  formatNumber as numberIn,
} from "../../src/domain/format.ts";
import type { Locale } from "../../src/domain/locale.ts";
import { type Namespace, SHELL_NAMESPACES } from "../../src/i18n/namespaces.ts";

/** A namespace the web uses: all but `mail`, which only the server's e-mails need. */
export type WebNamespace = Exclude<Namespace, "mail">;

export const LOCALES: Locale[] = ["fi", "sv", "en"];
const COOKIE = "solmu_lang";

/** What the app shell needs on every page; the server preloads these too (src/http/web.ts). */
const START: WebNamespace[] = [...SHELL_NAMESPACES];

type Catalogue = { [key: string]: string | Catalogue };

// One chunk per language and namespace (src/i18n/locales/<lang>/<namespace>.json), downloaded when first needed.
const files = import.meta.glob<Catalogue>(["../../src/i18n/locales/*/*.json", "!../../src/i18n/locales/*/mail.json"], {
  import: "default",
});

/** "fi/surveys" for each catalogue on its way to i18next… */
const loading = new Map<string, Promise<void>>();
/** …and for each one added. */
const loaded = new Set<string>();
/** Every namespace a page has asked for: a language switch loads these in the new language first. */
const needed = new Set<WebNamespace>(START);
/** The language being switched to, while its catalogues load. */
let switchingTo: Locale | null = null;

const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as string[]).includes(v);

/** The language before sign-in: the remembered choice, else the browser's, else Finnish. */
function initialLocale(): Locale {
  const saved = document.cookie.match(/(?:^|; )solmu_lang=([a-z]{2})/)?.[1];
  if (isLocale(saved)) return saved;
  const browser = navigator.languages.map((l) => l.slice(0, 2)).find(isLocale);
  return browser ?? "fi";
}

const current = (): Locale => (isLocale(i18next.language) ? i18next.language : "fi");

/** Downloads the catalogues of one language that are not there yet and adds them to the one default namespace. */
function loadIn(lng: Locale, namespaces: Iterable<WebNamespace>): Promise<void> {
  return Promise.all(
    [...namespaces].map((ns) => {
      const id = `${lng}/${ns}`;
      let done = loading.get(id);
      if (!done) {
        const load = files[`../../src/i18n/locales/${id}.json`];
        if (!load) return Promise.reject(new Error(`No catalogue ${id}`));
        done = load().then((data) => {
          i18next.addResourceBundle(lng, "translation", data, true, true);
          loaded.add(id);
        });
        done.catch(() => loading.delete(id)); // a failed download is tried again next time
        loading.set(id, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

/**
 * Loads a page's catalogues in the current language (and in the one being switched to); a route awaits this
 * before it renders, so that no raw key is ever shown. Keys stay "surveys.map.title": no namespace prefix.
 */
export function loadNamespaces(namespaces: WebNamespace[]): Promise<void> {
  for (const ns of namespaces) needed.add(ns);
  const languages = new Set([current(), ...(switchingTo ? [switchingTo] : [])]);
  return Promise.all([...languages].map((l) => loadIn(l, namespaces))).then(() => undefined);
}

// Nothing is bundled: the catalogues arrive through loadIn, so init has nothing to wait for.
void i18next.use(initReactI18next).init({
  initAsync: false,
  resources: {},
  lng: initialLocale(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

/** Resolves when the shell's catalogues of the first language are there; the app renders after that. */
export const ready: Promise<void> = loadIn(current(), START);

const applyLang = (lng: string) => {
  document.documentElement.lang = lng;
};
applyLang(i18next.language);
i18next.on("languageChanged", applyLang);

/**
 * Switches the UI language and remembers it in a cookie that the server also reads. The catalogues of every
 * page seen so far are loaded in the new language first, so the switch happens at once and completely.
 */
export async function setLocale(locale: Locale) {
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie too, so it must be a cookie, not localStorage
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
  switchingTo = locale;
  try {
    // A page opened meanwhile may ask for more namespaces: load until none is missing.
    for (;;) {
      const missing = [...needed].filter((ns) => !loaded.has(`${locale}/${ns}`));
      if (missing.length === 0) break;
      await loadIn(locale, missing);
    }
    await i18next.changeLanguage(locale);
  } finally {
    if (switchingTo === locale) switchingTo = null;
  }
}

/** The reader's own time zone, for the clock time of moments (events carry their own zones). */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An ISO timestamp as its day, or day and clock time, in the current language (src/domain/format.ts). */
export const formatDate = (iso: string, withTime = false) =>
  withTime ? dateTimeIn(i18next.language, iso, readerZone()) : dateOfIn(i18next.language, iso, readerZone());

/** A calendar day ("2027-01-13", or the day of a timestamp) in the current language, whatever the browser's time zone. */
export const formatDay = (day: string) => dayIn(i18next.language, day);

export const formatNumber = (n: number, digits = 2) => numberIn(i18next.language, n, digits);
/** A figure with its unit: `83 %`, `4,1 / 5`. */
export const formatFigure = (value: number | null, unit: string, digits = 1) => figureIn(i18next.language, value, unit, digits);

export default i18next;
