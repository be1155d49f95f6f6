import { COMPUTED_UNITS } from "../../domain/evaluation.ts";
import { formatFigure } from "../../domain/format.ts";
import type { Locale } from "../../domain/locale.ts";
import { translator } from "../../i18n/index.ts";
import type { PublicPage } from "../../services/publications.ts";
import { dateText, esc, indicatorTrendSvg, mapSvg, paragraphs, valueWithUnit } from "./html.ts";

type T = ReturnType<typeof translator>;

const LANG_NAMES: Record<Locale, string> = { fi: "Suomeksi", sv: "På svenska", en: "In English" };

/** The frame of every public page: language links, skip link, footer with the accessibility statement. */
function frame(opts: {
  locale: Locale;
  title: string;
  description: string;
  canonical: string;
  path: string;
  feed?: string;
  body: string;
}): string {
  const t = translator(opts.locale);
  const langs = (["fi", "sv", "en"] as Locale[])
    .map((l) =>
      l === opts.locale
        ? `<li><span aria-current="true">${LANG_NAMES[l]}</span></li>`
        : `<li><a href="${esc(opts.path)}?lang=${l}" lang="${l}" hreflang="${l}">${LANG_NAMES[l]}</a></li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="${opts.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<meta name="description" content="${esc(opts.description.slice(0, 300))}">
<link rel="canonical" href="${esc(opts.canonical)}">
${(["fi", "sv", "en"] as Locale[]).map((l) => `<link rel="alternate" hreflang="${l}" href="${esc(opts.canonical)}?lang=${l}">`).join("\n")}
${opts.feed ? `<link rel="alternate" type="application/atom+xml" title="${esc(t("public.feedTitle", { name: opts.title }))}" href="${esc(opts.feed)}">` : ""}
<link rel="stylesheet" href="/p/style.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">${esc(t("layout.skipToContent"))}</a>
<header class="site">
<nav class="langs" aria-label="${esc(t("public.languages"))}"><ul>${langs}</ul></nav>
</header>
<main id="main">
${opts.body}
</main>
<footer class="site">
<p>${esc(t("public.madeWith"))} · <a href="/accessibility">${esc(t("layout.accessibility"))}</a> · <a href="/good-practices?lang=${opts.locale}">${esc(t("public.sharedPractices"))}</a></p>
</footer>
</body>
</html>`;
}

function goalsHtml(p: PublicPage, t: T, locale: Locale) {
  if (p.goals.length === 0) return "";
  const goals = p.goals
    .map((g) => {
      const indicators = p.showResults
        ? g.indicators
            .map((i) => {
              if (i.kind === "qualitative")
                return `<div class="card"><h4>${esc(i.name)}</h4><p class="muted">${esc(i.question)}</p>${i.latest?.text ? `<blockquote>${paragraphs(i.latest.text)}</blockquote>` : ""}</div>`;
              const trend = indicatorTrendSvg(locale, t, i);
              return `<div class="card"><h4>${esc(i.name)}</h4><p>${esc(
                t("public.indicatorLine", {
                  value: valueWithUnit(locale, i.latest?.value ?? null, i.unit),
                  baseline: valueWithUnit(locale, i.baseline, i.unit),
                  target: valueWithUnit(locale, i.target, i.unit),
                }),
              )} <span class="badge">${esc(t(`evaluation.progress.${i.progress.status}`))}</span></p>${
                i.source !== "manual" ? `<p class="muted">${esc(t(`evaluation.source.${i.source}`))}</p>` : ""
              }${trend}</div>`;
            })
            .join("")
        : "";
      return `<section class="goal"><h3>${esc(g.title)}</h3>${g.description ? paragraphs(g.description) : ""}${indicators}</section>`;
    })
    .join("\n");
  return `<section aria-labelledby="goals"><h2 id="goals">${esc(p.showResults ? t("public.goalsAndResults") : t("public.goals"))}</h2>${goals}</section>`;
}

function figuresHtml(p: PublicPage, t: T, locale: Locale) {
  const shown = p.figures.filter((f) => f.value !== null);
  if (shown.length === 0) return "";
  return `<section aria-labelledby="figures"><h2 id="figures">${esc(t("report.figures"))}</h2><div class="table-wrap"><table><caption>${esc(
    t("public.figuresCaption", { cycle: p.cycle?.name ?? "" }),
  )}</caption><tbody>${shown
    .map(
      (f) =>
        `<tr><th scope="row">${esc(t(`evaluation.source.${f.key}`))}<br><span class="muted">${esc(
          t(`evaluation.sourceExplained.${f.key}`),
        )}</span></th><td class="num">${esc(formatFigure(locale, f.value, COMPUTED_UNITS[f.key]))}</td></tr>`,
    )
    .join("")}</tbody></table></div></section>`;
}

function agreementHtml(p: PublicPage, t: T, locale: Locale) {
  if (!p.agreement) return "";
  return `<section aria-labelledby="agreement"><h2 id="agreement">${esc(t("agreement.title"))}</h2><p class="muted">${esc(
    t("public.agreementVersion", {
      number: p.agreement.number,
      date: p.agreement.approvedAt ? dateText(locale, p.agreement.approvedAt) : "",
    }),
  )}</p>${p.agreement.sections
    .map((s) => `<h3>${esc(s.question ? `${s.question}. ${t(`agreement.question.${s.question}`)}` : s.title)}</h3>${paragraphs(s.body)}`)
    .join("\n")}</section>`;
}

function mapHtml(p: PublicPage, t: T) {
  if (!p.map || p.map.groups.length === 0) return "";
  const m = p.map;
  return `<section aria-labelledby="map"><h2 id="map">${esc(t("report.map"))}</h2>${mapSvg(
    m,
    t("report.mapSummary", { groups: m.groups.length, hidden: m.hiddenPeople }),
    (id) => t("report.groupShort", { id }),
  )}<ul>${m.groups.map((g) => `<li>${esc(t("public.groupLine", { id: g.id, count: g.size }))}</li>`).join("")}${m.links
    .filter((l) => l.source !== l.target)
    .map((l) => `<li>${esc(t("report.tiesBetween", { a: l.source, b: l.target, count: l.ties }))}</li>`)
    .join("")}</ul></section>`;
}

function practiceHtml(
  pr: { id: string; title: string; whatWorked: string; context: string; contact: string; networkName?: string; publicPage?: string | null },
  t: T,
  level: "h3" | "h2",
) {
  const sub = level === "h2" ? "h3" : "h4";
  return `<article class="card" id="practice-${esc(pr.id)}"><${level}>${esc(pr.title)}</${level}>${
    pr.networkName
      ? `<p class="muted">${pr.publicPage ? `<a href="${esc(pr.publicPage)}">${esc(pr.networkName)}</a>` : esc(pr.networkName)}</p>`
      : ""
  }<${sub}>${esc(t("public.whatWorked"))}</${sub}>${paragraphs(pr.whatWorked)}${
    pr.context ? `<${sub}>${esc(t("public.where"))}</${sub}>${paragraphs(pr.context)}` : ""
  }${pr.contact ? `<${sub}>${esc(t("public.contact"))}</${sub}>${paragraphs(pr.contact)}` : ""}</article>`;
}

function newsHtml(p: PublicPage, t: T, locale: Locale, feed: string) {
  return `<section aria-labelledby="news"><h2 id="news">${esc(t("public.news"))}</h2><p><a href="${esc(feed)}">${esc(t("public.subscribe"))}</a></p>${
    p.news.length === 0
      ? `<p>${esc(t("public.noNews"))}</p>`
      : p.news
          .map(
            (n) =>
              `<article class="card" id="news-${esc(n.id)}"><h3>${esc(n.title)}</h3><p class="muted"><time datetime="${esc(n.publishedAt)}">${dateText(locale, n.publishedAt)}</time></p>${paragraphs(n.body)}</article>`,
          )
          .join("\n")
  }</section>`;
}

/** A network's public page: only the parts its coordinator chose, never a person's name beyond what they wrote for the public. */
export function publicPageHtml(p: PublicPage, locale: Locale, baseUrl: string): string {
  const t = translator(locale);
  const path = `/p/${p.slug}`;
  const feed = `${path}/feed.atom`;
  const body = `<h1>${esc(p.networkName)}</h1>
${p.purpose ? `<p class="lead">${esc(p.purpose)}</p>` : ""}
${p.intro ? paragraphs(p.intro) : ""}
${p.cycle ? `<p class="muted">${esc(t("public.cycle", { cycle: p.cycle.name, phase: t(`phases.${p.cycle.phase}.name`) }))}</p>` : ""}
${newsHtml(p, t, locale, feed)}
${goalsHtml(p, t, locale)}
${p.showResults ? figuresHtml(p, t, locale) : ""}
${p.practices.length ? `<section aria-labelledby="practices"><h2 id="practices">${esc(t("public.practices"))}</h2>${p.practices.map((pr) => practiceHtml(pr, t, "h3")).join("\n")}</section>` : ""}
${agreementHtml(p, t, locale)}
${mapHtml(p, t)}`;
  return frame({
    locale,
    title: p.networkName,
    description: p.purpose || p.intro || p.networkName,
    canonical: `${baseUrl}${path}`,
    path,
    feed,
    body,
  });
}

/** The instance's shared list of good practices from every network. */
export function practicesPageHtml(
  practices: {
    id: string;
    title: string;
    whatWorked: string;
    context: string;
    contact: string;
    networkName: string;
    publicPage: string | null;
  }[],
  locale: Locale,
  baseUrl: string,
): string {
  const t = translator(locale);
  const title = t("public.sharedPractices");
  const body = `<h1>${esc(title)}</h1><p>${esc(t("public.sharedIntro"))}</p>${
    practices.length === 0 ? `<p>${esc(t("public.noPractices"))}</p>` : practices.map((pr) => practiceHtml(pr, t, "h2")).join("\n")
  }`;
  return frame({
    locale,
    title,
    description: t("public.sharedIntro"),
    canonical: `${baseUrl}/good-practices`,
    path: "/good-practices",
    body,
  });
}

/** The Atom 1.0 feed of a network's published news (RFC 4287). */
export function newsFeedAtom(p: PublicPage, baseUrl: string): string {
  const page = `${baseUrl}/p/${p.slug}`;
  const entries = p.news
    .map(
      (n) => `<entry>
<id>urn:uuid:${esc(n.id)}</id>
<title>${esc(n.title)}</title>
<link rel="alternate" type="text/html" href="${esc(`${page}#news-${n.id}`)}"/>
<published>${esc(n.publishedAt)}</published>
<updated>${esc([n.updatedAt, n.publishedAt].sort().at(-1) as string)}</updated>
<content type="text">${esc(n.body)}</content>
</entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${esc(`${page}/feed.atom`)}</id>
<title>${esc(p.networkName)}</title>
<link rel="self" type="application/atom+xml" href="${esc(`${page}/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${esc(page)}"/>
<updated>${esc(p.updatedAt)}</updated>
<author><name>${esc(p.networkName)}</name></author>
${entries}
</feed>
`;
}
