import type { TFunction } from "i18next";
import type { AggregatedMap } from "../../domain/evaluation.ts";
import { formatDateOf, formatDay, formatNumber } from "../../domain/format.ts";
import { linePaths, valueRange, xPosition, yPosition } from "../../domain/lineChart.ts";
import type { Locale } from "../../domain/locale.ts";
import { stripInvalidChars } from "../../domain/text.ts";

/** Escapes text for HTML content and attribute values. */
export const esc = (s: string): string =>
  stripInvalidChars(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** User-written text as paragraphs: blank lines separate paragraphs, single newlines become line breaks. Never interpreted as HTML. */
export const paragraphs = (text: string): string =>
  text
    .trim()
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${esc(p.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("\n");

/** A number in the reader's language, or a dash. */
export const num = (locale: Locale, value: number | null, digits = 2): string =>
  value === null ? "–" : formatNumber(locale, value, digits);

/** A number with the unit a person gave it, as plain text (escape it before it goes into HTML). */
export const valueWithUnit = (locale: Locale, value: number | null, unit: string) =>
  value === null ? "–" : `${num(locale, value)}${unit ? ` ${unit}` : ""}`;

/** A calendar day, or the Finnish day of a timestamp, as the reader's language writes it (src/domain/format.ts). */
export const dateText = (locale: Locale, iso: string): string => (iso.length === 10 ? formatDay(locale, iso) : formatDateOf(locale, iso));

/**
 * A small line chart of values over cycles. The caller gives it a text
 * alternative (the same numbers in a table or sentence) and `summary` becomes
 * its accessible name.
 */
export function trendSvg(
  points: { label: string; value: number | null }[],
  summary: string,
  format: (v: number) => string = String,
): string {
  const values = points.map((p) => p.value);
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return "";
  const w = 320;
  const h = 120;
  const pad = 28;
  const { lo, hi } = valueRange(known, { fromZero: true });
  const x = xPosition(points.length, 0, w, pad);
  const y = yPosition(lo, hi, pad, h - pad);
  const coords = points.flatMap((p, i) => (p.value === null ? [] : [[x(i), y(p.value), p.value, p.label] as const]));
  return `<svg class="chart trend" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(summary)}">
<line class="axis" x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}"/>
${linePaths(values, x, y)
  .map((d) => `<path class="series" d="${d}" fill="none"/>`)
  .join("\n")}
${coords.map(([cx, cy]) => `<circle class="point" cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="4"/>`).join("\n")}
${coords.map(([cx, cy, v]) => `<text class="tick" x="${cx.toFixed(1)}" y="${(cy - 9).toFixed(1)}" text-anchor="middle">${esc(format(v))}</text>`).join("\n")}
${points.map((p, i) => `<text class="tick" x="${x(i).toFixed(1)}" y="${h - 8}" text-anchor="middle">${esc(p.label)}</text>`).join("\n")}
</svg>`;
}

/** An indicator's values over cycles as a chart named by the same values in words; nothing under two known values. */
export function indicatorTrendSvg(
  locale: Locale,
  t: TFunction,
  indicator: { name: string; unit: string; trend: { cycleName: string; value: number | null }[] },
): string {
  const { name, unit, trend } = indicator;
  if (trend.filter((p) => p.value !== null).length < 2) return "";
  return trendSvg(
    trend.map((p) => ({ label: p.cycleName, value: p.value })),
    t("report.trendSummary", { name, values: trend.map((p) => `${p.cycleName} ${valueWithUnit(locale, p.value, unit)}`).join(", ") }),
    (v) => num(locale, v),
  );
}

/** Horizontal bars of a distribution (e.g. ratings 1–5), labelled with their counts; `summary` is the accessible name. */
export function barsSvg(bars: { label: string; count: number }[], summary: string): string {
  const w = 320;
  const row = 22;
  const h = bars.length * row + 4;
  const max = Math.max(1, ...bars.map((b) => b.count));
  return `<svg class="chart bars" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(summary)}">
${bars
  .map((b, i) => {
    const len = Math.round((b.count / max) * (w - 90));
    return `<text class="tick" x="0" y="${i * row + 15}">${esc(b.label)}</text><rect class="bar" x="40" y="${i * row + 4}" width="${Math.max(len, 1)}" height="14"/><text class="tick" x="${46 + len}" y="${i * row + 15}">${b.count}</text>`;
  })
  .join("\n")}
</svg>`;
}

/**
 * The aggregated network map: one circle per group, its area by the number of
 * people, lines between groups by the number of ties. Groups sit on a circle
 * in order of size. `summary` is the accessible name; callers list the same
 * groups and ties as text.
 */
export function mapSvg(map: AggregatedMap, summary: string, groupLabel: (id: number) => string): string {
  const w = 360;
  const h = 300;
  const cx = w / 2;
  const cy = h / 2;
  const ring = map.groups.length === 1 ? 0 : 100;
  const maxSize = Math.max(1, ...map.groups.map((g) => g.size));
  const maxTies = Math.max(1, ...map.links.filter((l) => l.source !== l.target).map((l) => l.ties));
  const pos = new Map(
    map.groups.map((g, i) => {
      const a = (2 * Math.PI * i) / map.groups.length - Math.PI / 2;
      return [g.id, { x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a), r: 8 + 22 * Math.sqrt(g.size / maxSize) }];
    }),
  );
  const lines = map.links
    .filter((l) => l.source !== l.target)
    .map((l) => {
      const a = pos.get(l.source);
      const b = pos.get(l.target);
      if (!a || !b) return "";
      return `<line class="link" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(1 + 7 * (l.ties / maxTies)).toFixed(1)}"/>`;
    })
    .join("\n");
  const circles = map.groups
    .map((g) => {
      const p = pos.get(g.id) as { x: number; y: number; r: number };
      return `<circle class="group" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.r.toFixed(1)}"/><text class="group-label" x="${p.x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="middle">${esc(groupLabel(g.id))}</text>`;
    })
    .join("\n");
  return `<svg class="chart map" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(summary)}">\n${lines}\n${circles}\n</svg>`;
}

/** The stylesheet of Solmu's server-made pages: inlined in the exported report, served as a file for the public pages. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #55575c; --line: #c9cdd3; --accent: #0b5cad; --soft: #eef3f9; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; line-height: 1.5; }
main, header.site, footer.site { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header.site { border-bottom: 1px solid var(--line); }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid #e8a317; outline-offset: 2px; }
h1, h2, h3, h4 { overflow-wrap: anywhere; }
h1 { font-size: 1.8rem; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid var(--soft); }
h3 { font-size: 1.1rem; margin-bottom: 0.25rem; }
.muted { color: var(--muted); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; }
nav.langs ul, ul.inline { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
.chart.trend, .chart.bars { width: 24rem; }
.chart.map { width: 28rem; }
.chart .axis { stroke: var(--line); }
.chart .series { stroke: var(--accent); stroke-width: 2; }
.chart .point { fill: var(--accent); }
.chart .tick { font-size: 11px; fill: var(--muted); }
.chart .bar { fill: var(--accent); }
.chart .group { fill: #cfe0f3; stroke: var(--accent); stroke-width: 1.5; }
.chart .group-label { font-size: 12px; fill: var(--ink); }
.chart .link { stroke: #7a8696; stroke-opacity: 0.7; }
dl.inline { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
dl.inline dt { font-weight: 600; }
dl.inline dd { margin: 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
.badge { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.5rem; font-size: 0.85rem; }
blockquote { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  header.site nav, .no-print, .skip { display: none; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  section.goal, .card, figure, table, tr, .chart { break-inside: avoid; page-break-inside: avoid; }
  section.report-part { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
