import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { isLocale, type Locale, negotiateLocale } from "../../../domain/locale.ts";
import { translator } from "../../../i18n/index.ts";
import { publicPage, publicPractices } from "../../../services/publications.ts";
import type { AppEnv } from "../../env.ts";
import { baseUrl, LANGUAGE_COOKIE } from "../../middleware/session.ts";
import { PAGE_CSS } from "../../presenters/html.ts";
import { newsFeedAtom, practicesPageHtml, publicPageHtml } from "../../presenters/publicHtml.ts";

/** ?lang= first (links between languages), then the language cookie, then the browser's languages. */
function localeOf(
  c: { req: { query: (k: string) => string | undefined; header: (k: string) => string | undefined } },
  cookie: string | undefined,
): Locale {
  const asked = c.req.query("lang");
  if (isLocale(asked)) return asked;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(c.req.header("accept-language"));
}

// Public pages are made from the stored settings on every request and may be cached only after revalidation,
// so unpublishing takes a part off at once.
const FRESH = "no-cache";

/**
 * Pages anyone can read without signing in: a network's public page and its
 * Atom feed, and the instance's shared good practices. Server-made HTML, so
 * search engines index them without running scripts.
 */
export const publicRoutes = new Hono<AppEnv>()
  .get("/p/style.css", (c) => c.body(PAGE_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }))
  .get("/p/:slug", async (c) => {
    const deps = c.get("deps");
    const locale = localeOf(c, getCookie(c, LANGUAGE_COOKIE));
    const page = await publicPage(deps, c.req.param("slug"));
    if (!page) return c.html(notFoundHtml(locale), 404, { "Cache-Control": FRESH });
    return c.html(publicPageHtml(page, locale, baseUrl(c)), 200, { "Cache-Control": FRESH });
  })
  .get("/p/:slug/feed.atom", async (c) => {
    const page = await publicPage(c.get("deps"), c.req.param("slug"));
    if (!page) return c.text("Not found", 404, { "Cache-Control": FRESH });
    return c.body(newsFeedAtom(page, baseUrl(c)), 200, { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": FRESH });
  })
  .get("/good-practices", async (c) => {
    const locale = localeOf(c, getCookie(c, LANGUAGE_COOKIE));
    return c.html(practicesPageHtml(await publicPractices(c.get("deps")), locale, baseUrl(c)), 200, { "Cache-Control": FRESH });
  })
  .get("/robots.txt", (c) =>
    c.text(`User-agent: *\nAllow: /p/\nAllow: /good-practices\nAllow: /accessibility\nDisallow: /api/\nDisallow: /networks/\n`, 200, {
      "Cache-Control": "public, max-age=3600",
    }),
  );

function notFoundHtml(locale: Locale) {
  const t = translator(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t(
    "public.notFound",
  )}</title><link rel="stylesheet" href="/p/style.css"></head><body><main id="main"><h1>${t("public.notFound")}</h1><p>${t("public.notFoundText")}</p></main></body></html>`;
}
