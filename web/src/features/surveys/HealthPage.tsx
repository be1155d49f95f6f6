import type { TFunction } from "i18next";
import { type FormEvent, type ReactNode, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { BarList, LineChart, MeanBar, StackedBar } from "./charts.tsx";
import "./health.css";
import {
  type Distribution,
  type ElementFigures,
  type GraphFigures,
  type MapNode,
  type Observation,
  type OrganisationFigures,
  type ReceivedFigures,
  type RoundAnalysis,
  type RoundList,
  type RoundResults,
  SELF_COMMITMENT_ITEMS,
  type SurveyRound,
  TRUST_DIMENSIONS,
  type TrendPoint,
} from "./types.ts";

const KNOWING_LABELS = [0, 1, 2, 3];
const FREQUENCY_LABELS = [0, 1, 2, 3, 4];
const FIVE = [1, 2, 3, 4, 5];
const PAGE_SIZE = 50;
// Rules of thumb for the summary: above these, ties gather on a few nodes, or groups stand clearly apart.
const HIGH_CENTRALIZATION = 0.5;
const CLEAR_MODULARITY = 0.4;

/** A calendar day (YYYY-MM-DD) in the user's language; read at local noon so that no time zone shifts the day. */
const formatDay = (day: string) => formatDate(`${day.slice(0, 10)}T12:00:00`);

/** Number formats for the current language. */
function useFormats() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const make = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang, o);
    const one = make({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const two = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const int = make({ maximumFractionDigits: 0 });
    const upTo1 = make({ maximumFractionDigits: 1 });
    const upTo2 = make({ maximumFractionDigits: 2 });
    const sig = make({ maximumSignificantDigits: 3 });
    const pct = make({ style: "percent", maximumFractionDigits: 0 });
    const pct1 = make({ style: "percent", maximumFractionDigits: 1 });
    return {
      one: (n: number) => one.format(n),
      two: (n: number) => two.format(n),
      int: (n: number) => int.format(n),
      upTo1: (n: number) => upTo1.format(n),
      upTo2: (n: number) => upTo2.format(n),
      sig: (n: number) => sig.format(n),
      pct: (n: number) => pct.format(n),
      pct1: (n: number) => pct1.format(n),
      short: (iso: string) =>
        new Intl.DateTimeFormat(lang, { month: "numeric", year: "numeric" }).format(new Date(`${iso.slice(0, 10)}T12:00:00`)),
    };
  }, [lang]);
}

const meanOf = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};
const receivedTrust = (r: ReceivedFigures) => meanOf(TRUST_DIMENSIONS.map((d) => r[d]));

/** The change since an earlier round: an arrow and signed number to see, a sentence for screen readers. */
function Delta({
  diff,
  format,
  round,
  unit = "",
  better = "up",
}: {
  diff: number | null;
  format: (n: number) => string;
  round: string;
  unit?: "" | "Pp";
  /** Which way is good news: it decides only the colour; the arrow and the words tell the direction. */
  better?: "up" | "down" | "neither";
}) {
  const { t } = useTranslation();
  if (diff === null || !Number.isFinite(diff)) return null;
  const abs = format(Math.abs(diff));
  if (abs === format(0)) {
    return (
      <span className="delta delta-same">
        <span aria-hidden="true">= </span>
        <span className="visually-hidden">{t("surveysUi.health.delta.same", { round })}</span>
      </span>
    );
  }
  const up = diff > 0;
  const tone = better === "neither" ? "delta-neutral" : up === (better === "up") ? "delta-good" : "delta-bad";
  return (
    <span className={`delta ${tone}`}>
      <span aria-hidden="true">
        {up ? "▲ +" : "▼ −"}
        {abs}
        {unit ? ` ${t("surveysUi.health.delta.ppShort")}` : ""}
      </span>
      <span className="visually-hidden">{t(`surveysUi.health.delta.${up ? "up" : "down"}${unit}`, { value: abs, round })}</span>
    </span>
  );
}

// ---------------------------------------------------------------- core elements

/** A table's scrolling frame, named by its caption and reachable by keyboard so that narrow screens can scroll it. */
function TableFrame({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}

function DistributionTable({
  caption,
  rows,
  scale,
  scaleLabel,
}: {
  caption: string;
  rows: { label: string; d: Distribution }[];
  scale: number[];
  scaleLabel: (v: number) => string;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const captionId = useId();
  return (
    <TableFrame captionId={captionId}>
      <table className="compact">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("surveysUi.health.col.question")}</th>
            {scale.map((v) => (
              <th scope="col" key={v}>
                {scaleLabel(v)}
              </th>
            ))}
            <th scope="col">{t("surveysUi.health.col.answers")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {scale.map((v, i) => (
                <td key={v}>{f.int(r.d.counts[i] ?? 0)}</td>
              ))}
              <td>{f.int(r.d.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** One mean on a 1–5 (or 0–3) scale: label, value, change and a bar. */
/** A figure's value, or why it has none: too few raters behind it (hidden), or no answers at all. */
function figureText(t: TFunction, d: Distribution, shown: (value: number) => string) {
  if (d.hidden && d.n > 0) return t("surveysUi.health.tooFewRaters", { raters: d.raters });
  return d.mean === null ? t("surveysUi.health.noValue") : shown(d.mean);
}

function MeanRow({
  label,
  d,
  prev,
  prevTitle,
  max,
  min = 1,
  lowest = false,
}: {
  label: string;
  d: Distribution;
  prev: Distribution | undefined;
  prevTitle: string;
  max: number;
  min?: number;
  lowest?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <li className={lowest ? "mean-row mean-lowest" : "mean-row"}>
      <span className="mean-label">
        {label}
        {lowest ? <span className="badge warn">{t("surveysUi.health.lowest")}</span> : null}
      </span>
      <span className="mean-value">
        {figureText(t, d, (v) => t("surveysUi.health.outOf", { value: f.one(v), max }))}{" "}
        <Delta diff={d.mean !== null && prev?.mean != null ? d.mean - prev.mean : null} format={f.one} round={prevTitle} />
      </span>
      <MeanBar value={d.mean} min={min} max={max} highlight={lowest} />
    </li>
  );
}

function distributionLabel(t: (k: string, o?: Record<string, unknown>) => string, title: string, labels: string[], counts: number[]) {
  const parts = labels.map((l, i) => t("surveysUi.health.countOf", { label: l, n: counts[i] ?? 0 }));
  return `${title}: ${parts.join(", ")}`;
}

function CoreElements({ elements, previous }: { elements: ElementFigures; previous: RoundResults["previous"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const prev = previous?.elements ?? null;
  const prevTitle = previous?.title ?? "";
  const knowingLabels = KNOWING_LABELS.map((v) => t(`surveysUi.health.knowingLevel.${v}`));
  const frequencyLabels = FREQUENCY_LABELS.map((v) => t(`surveysUi.health.frequencyLevel.${v}`));
  const trustMeans = TRUST_DIMENSIONS.map((d) => elements.trust[d].mean).filter((m): m is number => m !== null);
  const lowest = trustMeans.length > 1 ? TRUST_DIMENSIONS.find((d) => elements.trust[d].mean === Math.min(...trustMeans)) : undefined;
  const dim = (d: string) => t(`surveysUi.health.dimension.${d}`);
  const self = (i: string) => t(`surveysUi.health.self.${i}`);
  const scale5 = (v: number) => f.int(v);
  return (
    <section aria-labelledby="elements-heading">
      <h2 id="elements-heading">{t("surveysUi.health.elementsTitle")}</h2>
      <p>{t("surveysUi.health.elementsIntro")}</p>
      {prev ? <p className="meta">{t("surveysUi.health.comparedTo", { round: prevTitle })}</p> : null}
      <ul className="cards health-cards">
        <li className="card">
          <h3>{t("surveysUi.health.knowing")}</h3>
          <p className="hint">{t("surveysUi.health.knowingHelp")}</p>
          <p className="big-figure">
            {figureText(t, elements.knowing, (v) => t("surveysUi.health.outOf", { value: f.one(v), max: 3 }))}{" "}
            <Delta
              diff={elements.knowing.mean !== null && prev?.knowing.mean != null ? elements.knowing.mean - prev.knowing.mean : null}
              format={f.one}
              round={prevTitle}
            />
          </p>
          <StackedBar
            counts={elements.knowing.counts}
            labels={knowingLabels}
            ariaLabel={distributionLabel(t, t("surveysUi.health.knowingDistribution"), knowingLabels, elements.knowing.counts)}
          />
          <h4>{t("surveysUi.health.frequency")}</h4>
          <p>
            {figureText(t, elements.frequency, (v) => t("surveysUi.health.outOf", { value: f.one(v), max: 4 }))}{" "}
            <Delta
              diff={elements.frequency.mean !== null && prev?.frequency.mean != null ? elements.frequency.mean - prev.frequency.mean : null}
              format={f.one}
              round={prevTitle}
            />
          </p>
          <StackedBar
            counts={elements.frequency.counts}
            labels={frequencyLabels}
            ariaLabel={distributionLabel(t, t("surveysUi.health.frequencyDistribution"), frequencyLabels, elements.frequency.counts)}
          />
        </li>
        <li className="card">
          <h3>{t("surveysUi.health.trust")}</h3>
          <p className="hint">{t("surveysUi.health.trustHelp")}</p>
          <ul className="means">
            {TRUST_DIMENSIONS.map((d) => (
              <MeanRow
                key={d}
                label={dim(d)}
                d={elements.trust[d]}
                prev={prev?.trust[d]}
                prevTitle={prevTitle}
                max={5}
                lowest={d === lowest}
              />
            ))}
          </ul>
          <details>
            <summary>{t("surveysUi.health.showDistribution")}</summary>
            <DistributionTable
              caption={t("surveysUi.health.trustDistribution")}
              rows={TRUST_DIMENSIONS.map((d) => ({ label: dim(d), d: elements.trust[d] }))}
              scale={FIVE}
              scaleLabel={scale5}
            />
          </details>
        </li>
        <li className="card">
          <h3>{t("surveysUi.health.commitment")}</h3>
          <p className="hint">{t("surveysUi.health.commitmentHelp")}</p>
          <ul className="means">
            <MeanRow
              label={t("surveysUi.health.commitmentShared")}
              d={elements.commitment}
              prev={prev?.commitment}
              prevTitle={prevTitle}
              max={5}
            />
          </ul>
          <h4>{t("surveysUi.health.selfTitle")}</h4>
          <ul className="means">
            {SELF_COMMITMENT_ITEMS.map((i) => (
              <MeanRow key={i} label={self(i)} d={elements.self[i]} prev={prev?.self[i]} prevTitle={prevTitle} max={5} />
            ))}
          </ul>
          <details>
            <summary>{t("surveysUi.health.showDistribution")}</summary>
            <DistributionTable
              caption={t("surveysUi.health.commitmentDistribution")}
              rows={[
                { label: t("surveysUi.health.commitmentShared"), d: elements.commitment },
                ...SELF_COMMITMENT_ITEMS.map((i) => ({ label: self(i), d: elements.self[i] })),
              ]}
              scale={FIVE}
              scaleLabel={scale5}
            />
          </details>
        </li>
      </ul>
    </section>
  );
}

// ---------------------------------------------------------------- observations

/** Turns codes in an observation's parameters into words and numbers into the current language's format. */
function useObservationText() {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  return (o: Observation) => {
    const lower = (s: string) => s.toLocaleLowerCase(i18n.language);
    const params: Record<string, string | number> = {};
    for (const [name, v] of Object.entries(o.params)) {
      const code = String(v);
      if (name === "dimension") params[name] = lower(t(`surveysUi.health.dimension.${code}`));
      else if (name === "item") params[name] = lower(t(`surveysUi.health.self.${code}`));
      else if (name === "factor") params[name] = lower(t(`surveysUi.health.factor.${code}`));
      else if (name === "type" || name === "declared") params[name] = t(`networkType.${code}.name`);
      else if (name === "count") params[name] = typeof v === "number" ? v : Number(v);
      else if (name === "delta" && typeof v === "number") params[name] = f.upTo1(Math.abs(v));
      else if (typeof v === "number") params[name] = f.upTo1(v);
      else params[name] = Array.isArray(v) ? (v as unknown[]).join(", ") : v;
    }
    return t(`surveysUi.observations.${o.key}`, params);
  };
}

function Observations({ items }: { items: Observation[] }) {
  const { t } = useTranslation();
  const text = useObservationText();
  return (
    <section aria-labelledby="observations-heading">
      <h2 id="observations-heading">{t("surveysUi.health.observationsTitle")}</h2>
      {items.length === 0 ? (
        <p>{t("surveysUi.health.noObservations")}</p>
      ) : (
        <ul className="observations">
          {items.map((o) => (
            <li key={`${o.key}-${JSON.stringify(o.params)}`}>{text(o)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- trends

function TrendTable({
  caption,
  points,
  columns,
}: {
  caption: string;
  points: TrendPoint[];
  columns: { key: string; label: string; value: (p: TrendPoint) => string }[];
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const captionId = useId();
  return (
    <TableFrame captionId={captionId}>
      <table className="compact">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("surveysUi.health.col.round")}</th>
            <th scope="col">{t("surveysUi.health.col.closes")}</th>
            <th scope="col">{t("surveysUi.health.col.respondents")}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.roundId}>
              <th scope="row">{p.title}</th>
              <td>{formatDay(p.closesOn)}</td>
              <td>{f.int(p.respondents)}</td>
              {columns.map((c) => (
                <td key={c.key}>{c.value(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function TrendChart({
  id,
  title,
  points,
  series,
  min,
  max,
}: {
  id: string;
  title: string;
  points: TrendPoint[];
  series: { key: string; label: string; value: (p: TrendPoint) => number | null }[];
  min: number;
  max: number;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const cell = (v: number | null) => (v === null ? t("surveysUi.health.hiddenShort") : f.one(v));
  return (
    <section aria-labelledby={`${id}-heading`} className="trend">
      <h3 id={`${id}-heading`}>{title}</h3>
      <LineChart
        label={t("surveysUi.health.chartLabel", {
          title,
          series: series.map((s) => s.label).join(", "),
          min,
          max,
          count: points.length,
        })}
        xLabels={points.map((p) => ({ title: p.title, sub: f.short(p.closesOn) }))}
        series={series.map((s) => ({ key: s.key, label: s.label, values: points.map(s.value) }))}
        min={min}
        max={max}
        ticks={ticks}
        formatTick={f.int}
      />
      <details>
        <summary>{t("surveysUi.health.showTable")}</summary>
        <TrendTable
          caption={t("surveysUi.health.trendCaption", { title })}
          points={points}
          columns={series.map((s) => ({ key: s.key, label: s.label, value: (p) => cell(s.value(p)) }))}
        />
      </details>
    </section>
  );
}

function Trends({ points, coordinator }: { points: TrendPoint[]; coordinator: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const dim = (d: string) => t(`surveysUi.health.dimension.${d}`);
  const graphPoints = points.filter((p) => p.density !== null || p.isolates !== null);
  const orNone = (v: number | null, fmt: (n: number) => string) => (v === null ? t("surveysUi.health.hiddenShort") : fmt(v));
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t("surveysUi.health.trendsTitle")}</h2>
      {points.length === 0 ? (
        <p>{t("surveysUi.health.noTrends")}</p>
      ) : (
        <>
          {points.length === 1 ? <p className="meta">{t("surveysUi.health.oneRoundOnly")}</p> : null}
          {new Set(points.map((p) => p.level)).size > 1 ? <p className="notice">{t("surveysUi.health.mixedLevels")}</p> : null}
          <div className="trend-grid">
            <TrendChart
              id="trend-knowing"
              title={t("surveysUi.health.knowing")}
              points={points}
              series={[{ key: "knowing", label: t("surveysUi.health.knowingMean"), value: (p) => p.knowing }]}
              min={0}
              max={3}
            />
            <TrendChart
              id="trend-trust"
              title={t("surveysUi.health.trust")}
              points={points}
              series={TRUST_DIMENSIONS.map((d) => ({ key: d, label: dim(d), value: (p: TrendPoint) => p.trust[d] }))}
              min={1}
              max={5}
            />
            <TrendChart
              id="trend-commitment"
              title={t("surveysUi.health.commitment")}
              points={points}
              series={[
                { key: "commitment", label: t("surveysUi.health.commitmentShared"), value: (p: TrendPoint) => p.commitment },
                ...SELF_COMMITMENT_ITEMS.map((i) => ({
                  key: i,
                  label: t(`surveysUi.health.self.${i}`),
                  value: (p: TrendPoint) => p.self[i],
                })),
              ]}
              min={1}
              max={5}
            />
          </div>
          {coordinator && graphPoints.length > 0 ? (
            <section aria-labelledby="trend-graph-heading">
              <h3 id="trend-graph-heading">{t("surveysUi.health.graphTrendTitle")}</h3>
              <TrendTable
                caption={t("surveysUi.health.graphTrendCaption")}
                points={points}
                columns={[
                  { key: "density", label: t("surveysUi.health.graph.density"), value: (p) => orNone(p.density, f.pct1) },
                  { key: "reciprocity", label: t("surveysUi.health.graph.reciprocity"), value: (p) => orNone(p.reciprocity, f.pct) },
                  { key: "modularity", label: t("surveysUi.health.graph.modularity"), value: (p) => orNone(p.modularity, f.two) },
                  { key: "isolates", label: t("surveysUi.health.graph.isolates"), value: (p) => orNone(p.isolates, f.int) },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- the network's structure (coordinators)

interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => number | string | null;
  render: (r: R) => ReactNode;
  numeric?: boolean;
}

/** A table sorted by its column-header buttons (aria-sort on the header), showing the first rows until asked for all. */
function SortableTable<R>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const captionId = useId();
  const [sort, setSort] = useState<{ key: string; dir: "ascending" | "descending" } | null>(null);
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!column || !sort) return rows;
    const collator = new Intl.Collator(i18n.language, { sensitivity: "base", numeric: true });
    const sign = sort.dir === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      // Unknown values go last whichever way the column is sorted.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return sign * c;
    });
  }, [rows, columns, sort, i18n.language]);
  const visible = all ? sorted : sorted.slice(0, PAGE_SIZE);
  const toggle = (c: Column<R>) =>
    setSort((s) =>
      s?.key === c.key
        ? { key: c.key, dir: s.dir === "ascending" ? "descending" : "ascending" }
        : { key: c.key, dir: c.numeric ? "descending" : "ascending" },
    );
  const sortedColumn = columns.find((c) => c.key === sort?.key);
  return (
    <>
      <TableFrame captionId={captionId}>
        <table className="compact sortable">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  scope="col"
                  key={c.key}
                  aria-sort={sort?.key === c.key ? sort.dir : undefined}
                  className={c.numeric ? "num" : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(c)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-icon">
                      {sort?.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th scope="row" key={c.key}>
                      {c.render(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? "num" : undefined}>
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <p className="visually-hidden" role="status">
        {sort && sortedColumn ? t(`surveysUi.health.sortedBy.${sort.dir}`, { column: sortedColumn.label }) : ""}
      </p>
      {rows.length > PAGE_SIZE ? (
        <p className="table-more">
          <span>{t("surveysUi.health.showing", { shown: f.int(visible.length), total: f.int(rows.length) })}</span>{" "}
          <button type="button" onClick={() => setAll((a) => !a)}>
            {all ? t("surveysUi.health.showFirst", { n: PAGE_SIZE }) : t("surveysUi.health.showAll", { total: f.int(rows.length) })}
          </button>
        </p>
      ) : null}
    </>
  );
}

function graphDiffs(g: GraphFigures, p: GraphFigures | undefined) {
  const d = (a: number | null, b: number | null | undefined, scale = 1) => (p && a !== null && b != null ? (a - b) * scale : null);
  return {
    nodes: d(g.nodeCount, p?.nodeCount),
    ties: d(g.edgeCount, p?.edgeCount),
    density: d(g.density, p?.density, 100),
    reciprocity: d(g.reciprocity, p?.reciprocity, 100),
    degree: d(g.degreeCentralization, p?.degreeCentralization),
    betweenness: d(g.betweennessCentralization, p?.betweennessCentralization),
    communities: d(g.communityCount, p?.communityCount),
    modularity: d(g.modularity, p?.modularity),
    isolates: d(g.isolateCount, p?.isolateCount),
    brokers: d(g.brokerCount, p?.brokerCount),
  };
}

function GraphSummary({ g, level }: { g: GraphFigures; level: SurveyRound["level"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const groups = { count: g.communityCount, modularity: f.two(g.modularity) };
  const sentences = [
    t(`surveysUi.health.summary.size.${level}`, { nodes: f.int(g.nodeCount), ties: f.int(g.edgeCount), density: f.pct1(g.density) }),
    g.reciprocity === null ? null : t("surveysUi.health.summary.reciprocity", { value: f.pct(g.reciprocity) }),
    g.degreeCentralization >= HIGH_CENTRALIZATION ? t("surveysUi.health.summary.centralized") : t("surveysUi.health.summary.spread"),
    g.communityCount <= 1
      ? t("surveysUi.health.summary.oneGroup")
      : g.modularity >= CLEAR_MODULARITY
        ? t("surveysUi.health.summary.groupsClear", groups)
        : t("surveysUi.health.summary.groupsMixed", groups),
    g.isolateCount > 0 ? t("surveysUi.health.summary.isolates", { count: g.isolateCount }) : t("surveysUi.health.summary.noIsolates"),
    g.brokerCount > 0 ? t("surveysUi.health.summary.brokers", { count: g.brokerCount }) : null,
  ].filter(Boolean);
  return <p className="summary">{sentences.join(" ")}</p>;
}

function GraphFiguresList({ g, previous }: { g: GraphFigures; previous: RoundAnalysis["previous"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const diff = graphDiffs(g, previous?.graph);
  const round = previous?.title ?? "";
  const rows: { key: string; value: string; delta: ReactNode }[] = [
    { key: "nodes", value: f.int(g.nodeCount), delta: <Delta diff={diff.nodes} format={f.int} round={round} better="neither" /> },
    { key: "ties", value: f.int(g.edgeCount), delta: <Delta diff={diff.ties} format={f.int} round={round} /> },
    { key: "density", value: f.pct1(g.density), delta: <Delta diff={diff.density} format={f.upTo2} round={round} unit="Pp" /> },
    {
      key: "reciprocity",
      value: g.reciprocity === null ? t("surveysUi.health.notDirected") : f.pct(g.reciprocity),
      delta: <Delta diff={diff.reciprocity} format={f.upTo1} round={round} unit="Pp" />,
    },
    {
      key: "degreeCentralization",
      value: f.two(g.degreeCentralization),
      delta: <Delta diff={diff.degree} format={f.two} round={round} better="neither" />,
    },
    {
      key: "betweennessCentralization",
      value: f.two(g.betweennessCentralization),
      delta: <Delta diff={diff.betweenness} format={f.two} round={round} better="neither" />,
    },
    {
      key: "communities",
      value: f.int(g.communityCount),
      delta: <Delta diff={diff.communities} format={f.int} round={round} better="neither" />,
    },
    {
      key: "modularity",
      value: f.two(g.modularity),
      delta: <Delta diff={diff.modularity} format={f.two} round={round} better="neither" />,
    },
    { key: "isolates", value: f.int(g.isolateCount), delta: <Delta diff={diff.isolates} format={f.int} round={round} better="down" /> },
    { key: "brokers", value: f.int(g.brokerCount), delta: <Delta diff={diff.brokers} format={f.int} round={round} better="neither" /> },
  ];
  return (
    <dl className="graph-figures">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{t(`surveysUi.health.graph.${r.key}`)}</dt>
          <dd>
            <span className="strong">{r.value}</span> {r.delta}
            <span className="hint">{t(`surveysUi.health.graphHelp.${r.key}`)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The mean of the four trust dimensions a node received, or "hidden" when too few rated it. */
function TrustCell({ r }: { r: ReceivedFigures }) {
  const { t } = useTranslation();
  const f = useFormats();
  const m = receivedTrust(r);
  return m === null ? <span className="meta">{t("surveysUi.health.hiddenShort")}</span> : f.one(m);
}

function NetworkStructure({ analysis, networkId }: { analysis: RoundAnalysis; networkId: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const g = analysis.graph;
  const level = analysis.round.level;
  const nodeColumns = useMemo<Column<MapNode>[]>(
    () => [
      { key: "name", label: t("surveysUi.health.col.name"), value: (n) => n.label, render: (n) => n.label },
      {
        key: "organisation",
        label: t("surveysUi.health.col.organisation"),
        value: (n) => n.organisationName,
        render: (n) => n.organisationName ?? "–",
      },
      { key: "in", label: t("surveysUi.health.col.inDegree"), value: (n) => n.inDegree, render: (n) => f.int(n.inDegree), numeric: true },
      {
        key: "out",
        label: t("surveysUi.health.col.outDegree"),
        value: (n) => n.outDegree,
        render: (n) => f.int(n.outDegree),
        numeric: true,
      },
      {
        key: "betweenness",
        label: t("surveysUi.health.col.betweenness"),
        value: (n) => n.betweenness,
        render: (n) => f.sig(n.betweenness),
        numeric: true,
      },
      {
        key: "closeness",
        label: t("surveysUi.health.col.closeness"),
        value: (n) => n.closeness,
        render: (n) => f.sig(n.closeness),
        numeric: true,
      },
      {
        key: "eigenvector",
        label: t("surveysUi.health.col.eigenvector"),
        value: (n) => n.eigenvector,
        render: (n) => (n.eigenvector === null ? "–" : f.sig(n.eigenvector)),
        numeric: true,
      },
      {
        key: "pagerank",
        label: t("surveysUi.health.col.pagerank"),
        value: (n) => n.pagerank,
        render: (n) => f.sig(n.pagerank),
        numeric: true,
      },
      {
        key: "community",
        label: t("surveysUi.health.col.community"),
        value: (n) => n.community,
        render: (n) => f.int(n.community + 1),
        numeric: true,
      },
      {
        key: "broker",
        label: t("surveysUi.health.col.broker"),
        value: (n) => (n.broker ? 1 : 0),
        render: (n) => (n.broker ? t("surveysUi.health.yes") : t("surveysUi.health.no")),
      },
      {
        key: "trust",
        label: t("surveysUi.health.col.receivedTrust"),
        value: (n) => receivedTrust(n.received),
        render: (n) => <TrustCell r={n.received} />,
        numeric: true,
      },
    ],
    [t, f],
  );
  const orgColumns = useMemo<Column<OrganisationFigures>[]>(
    () => [
      { key: "name", label: t("surveysUi.health.col.name"), value: (o) => o.name, render: (o) => o.name },
      { key: "kind", label: t("surveysUi.health.col.kind"), value: (o) => t(`orgKinds.${o.kind}`), render: (o) => t(`orgKinds.${o.kind}`) },
      { key: "nodes", label: t("surveysUi.health.col.nodes"), value: (o) => o.nodes, render: (o) => f.int(o.nodes), numeric: true },
      {
        key: "degree",
        label: t("surveysUi.health.col.meanDegree"),
        value: (o) => o.meanDegree,
        render: (o) => f.one(o.meanDegree),
        numeric: true,
      },
      {
        key: "betweenness",
        label: t("surveysUi.health.col.meanBetweenness"),
        value: (o) => o.meanBetweenness,
        render: (o) => f.sig(o.meanBetweenness),
        numeric: true,
      },
      {
        key: "isolates",
        label: t("surveysUi.health.col.isolates"),
        value: (o) => o.isolates,
        render: (o) => f.int(o.isolates),
        numeric: true,
      },
      {
        key: "trust",
        label: t("surveysUi.health.col.receivedTrust"),
        value: (o) => receivedTrust(o.received),
        render: (o) => <TrustCell r={o.received} />,
        numeric: true,
      },
    ],
    [t, f],
  );
  if (analysis.hidden || !g) {
    return (
      <section aria-labelledby="structure-heading">
        <h2 id="structure-heading">{t("surveysUi.health.structureTitle")}</h2>
        <p>
          {analysis.round.status === "open"
            ? t("surveysUi.health.hiddenOpen")
            : t("surveysUi.health.structureHidden", { min: analysis.minGroupSize })}
        </p>
      </section>
    );
  }
  // Once a round's raw answers are deleted, its per-person structure goes with them; the whole-graph figures stay.
  const nodesGone = analysis.nodes.length === 0;
  return (
    <>
      <section aria-labelledby="structure-heading">
        <h2 id="structure-heading">{t("surveysUi.health.structureTitle")}</h2>
        <p>{t("surveysUi.health.structureIntro")}</p>
        <GraphSummary g={g} level={level} />
        {analysis.previous ? <p className="meta">{t("surveysUi.health.comparedTo", { round: analysis.previous.title })}</p> : null}
        <GraphFiguresList g={g} previous={analysis.previous} />
        {nodesGone ? (
          <p className="notice">{t("surveysUi.health.nodesGone")}</p>
        ) : (
          <p className="toolbar">
            <Link className="button primary" to={`/networks/${networkId}/health/map?round=${encodeURIComponent(analysis.round.id)}`}>
              {t("surveysUi.health.openMap")}
            </Link>{" "}
            <a href="#tables">{t("surveysUi.health.toTables")}</a>
          </p>
        )}
        <h3>{t("surveysUi.health.communitiesTitle")}</h3>
        {analysis.communities.length === 0 ? (
          <p>{t("surveysUi.health.noCommunities")}</p>
        ) : (
          <ul className="communities">
            {[...analysis.communities]
              .sort((a, b) => b.size - a.size)
              .map((c) => (
                <li key={c.id}>
                  <span className="strong">{t("surveysUi.health.communityName", { n: c.id + 1 })}</span>
                  {": "}
                  {t(`surveysUi.health.communitySize.${level}`, { count: c.size })}
                  {c.organisations.length > 0 ? ` — ${t("surveysUi.health.mainOrganisations", { names: c.organisations.join(", ") })}` : ""}
                </li>
              ))}
          </ul>
        )}
      </section>
      <section id="tables" aria-labelledby="tables-heading" tabIndex={-1}>
        <h2 id="tables-heading">{t("surveysUi.health.tablesTitle")}</h2>
        <p className="hint">{t("surveysUi.health.tablesHelp", { min: analysis.minGroupSize })}</p>
        {nodesGone ? null : (
          <SortableTable
            caption={t(`surveysUi.health.nodesCaption.${level}`)}
            columns={nodeColumns}
            rows={analysis.nodes}
            rowKey={(n) => n.id}
          />
        )}
        <SortableTable
          caption={t("surveysUi.health.organisationsCaption")}
          columns={orgColumns}
          rows={analysis.organisations}
          rowKey={(o) => o.id}
        />
      </section>
    </>
  );
}

// ---------------------------------------------------------------- barriers, enablers, network type

function Structural({ results, coordinator }: { results: RoundResults; coordinator: boolean }) {
  const { t } = useTranslation();
  const factor = (code: string) => t(`surveysUi.health.factor.${code}`);
  const factorItems = (list: RoundResults["barriers"]) =>
    [...list].sort((a, b) => b.count - a.count).map((b) => ({ key: b.factor, label: factor(b.factor), count: b.count }));
  const nt = results.networkType;
  const texts = coordinator ? results.texts : null;
  return (
    <section aria-labelledby="structural-heading">
      <h2 id="structural-heading">{t("surveysUi.health.structuralTitle")}</h2>
      <p>{t("surveysUi.health.structuralIntro")}</p>
      <div className="two-columns">
        <div>
          <h3>{t("surveysUi.health.barriers")}</h3>
          {results.barriers.length ? <BarList items={factorItems(results.barriers)} /> : <p>{t("surveysUi.health.noneNamed")}</p>}
        </div>
        <div>
          <h3>{t("surveysUi.health.enablers")}</h3>
          {results.enablers.length ? <BarList items={factorItems(results.enablers)} /> : <p>{t("surveysUi.health.noneNamed")}</p>}
        </div>
      </div>
      {texts && (texts.barriers.length > 0 || texts.enablers.length > 0) ? (
        <>
          <h3>{t("surveysUi.health.textsTitle")}</h3>
          <p className="hint">{t("surveysUi.health.textsHelp")}</p>
          <div className="two-columns">
            <div>
              <h4>{t("surveysUi.health.barriers")}</h4>
              {texts.barriers.length ? (
                <ul className="free-texts">
                  {texts.barriers.map((s, i) => (
                    <li key={`${i.toString()}-${s}`}>{s}</li>
                  ))}
                </ul>
              ) : (
                <p>{t("surveysUi.health.noTexts")}</p>
              )}
            </div>
            <div>
              <h4>{t("surveysUi.health.enablers")}</h4>
              {texts.enablers.length ? (
                <ul className="free-texts">
                  {texts.enablers.map((s, i) => (
                    <li key={`${i.toString()}-${s}`}>{s}</li>
                  ))}
                </ul>
              ) : (
                <p>{t("surveysUi.health.noTexts")}</p>
              )}
            </div>
          </div>
        </>
      ) : null}
      {nt ? (
        <>
          <h3>{t("surveysUi.health.networkTypeTitle")}</h3>
          <p>
            {nt.declared
              ? t("surveysUi.health.declaredType", { type: t(`networkType.${nt.declared}.name`) })
              : t("surveysUi.health.noDeclaredType")}
          </p>
          {nt.votes.length ? (
            <BarList
              items={[...nt.votes]
                .sort((a, b) => b.count - a.count)
                .map((v) => ({
                  key: v.type,
                  label: t(`networkType.${v.type}.name`),
                  count: v.count,
                  ...(v.type === nt.declared ? { note: t("surveysUi.health.declared") } : {}),
                }))}
            />
          ) : (
            <p>{t("surveysUi.health.noVotes")}</p>
          )}
        </>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- the page

function RoundHeader({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const f = useFormats();
  const r = results.round;
  return (
    <section aria-labelledby="round-heading" className="panel round-head">
      <h2 id="round-heading">{r.title}</h2>
      <p className="meta">
        {t("surveysUi.health.dates", { opens: formatDay(r.opensOn), closes: formatDay(r.closesOn) })} ·{" "}
        <span className="badge quiet">{t(`surveysUi.health.status.${r.status}`)}</span> · {t(`surveysUi.health.level.${r.level}`)}
      </p>
      <p className="strong">
        {t("surveysUi.health.answered", {
          n: f.int(results.respondents),
          invited: f.int(results.invited),
          percent: f.pct(results.invited > 0 ? results.respondents / results.invited : 0),
        })}
      </p>
      {results.hidden ? (
        <p className="notice">
          {r.status === "open" ? t("surveysUi.health.hiddenOpen") : t("surveysUi.health.hidden", { min: results.minGroupSize })}
        </p>
      ) : null}
      {r.answersPurgedAt ? (
        <p className="notice">{t("surveysUi.health.answersPurged", { date: formatDate(r.answersPurgedAt) })}</p>
      ) : r.frozen ? (
        <p className="notice">{t("surveysUi.health.frozen")}</p>
      ) : null}
    </section>
  );
}

function RoundPicker({ rounds, selected }: { rounds: SurveyRound[]; selected: string }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [choice, setChoice] = useState(selected);
  const go = (e: FormEvent) => {
    e.preventDefault();
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set("round", choice);
      return next;
    });
  };
  if (rounds.length < 2) return null;
  return (
    <form className="round-picker" onSubmit={go}>
      <label htmlFor="health-round">{t("surveysUi.health.chooseRound")}</label>
      <select id="health-round" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {t("surveysUi.health.roundOption", { title: r.title, closes: formatDay(r.closesOn) })}
          </option>
        ))}
      </select>
      <button type="submit">{t("surveysUi.health.show")}</button>
    </form>
  );
}

function NoRounds({ networkId, coordinator, scheduled }: { networkId: string; coordinator: boolean; scheduled: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="no-rounds-heading" className="panel">
      <h2 id="no-rounds-heading">{t("surveysUi.health.noRoundsTitle")}</h2>
      <p>{t("surveysUi.health.about")}</p>
      <p>{scheduled ? t("surveysUi.health.onlyScheduled") : t("surveysUi.health.noRounds")}</p>
      {coordinator ? (
        <p>
          <Link className="button primary" to={`/networks/${networkId}/surveys`}>
            {t("surveysUi.health.openSurveys")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function RoundView({
  networkId,
  roundId,
  coordinator,
  trends,
}: {
  networkId: string;
  roundId: string;
  coordinator: boolean;
  trends: ReactNode;
}) {
  const base = `/api/networks/${networkId}/surveys/${roundId}`;
  const results = useApi<RoundResults>(`${base}/results`);
  const analysis = useApi<RoundAnalysis>(coordinator ? `${base}/analysis` : null);
  if (results.error) return <FormError error={results.error} />;
  const data = results.data && results.data.round.id === roundId ? results.data : null;
  if (!data) return <Loading />;
  const a = analysis.data && analysis.data.round.id === roundId ? analysis.data : null;
  const observations = [...data.observations, ...(coordinator && a ? a.observations : [])];
  return (
    <>
      <RoundHeader results={data} />
      {!data.hidden && data.elements ? <CoreElements elements={data.elements} previous={data.previous} /> : null}
      {observations.length > 0 || !data.hidden ? <Observations items={observations} /> : null}
      {trends}
      {!data.hidden ? <Structural results={data} coordinator={coordinator} /> : null}
      {coordinator ? (
        analysis.error ? (
          <FormError error={analysis.error} />
        ) : a ? (
          <NetworkStructure analysis={a} networkId={networkId} />
        ) : (
          <Loading />
        )
      ) : null}
    </>
  );
}

/** The network-health dashboard: how well members know and trust each other and how committed they are, round by round. */
export function HealthPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const coordinator = home.role === "coordinator";
  const [params] = useSearchParams();
  const list = useApi<RoundList>(`/api/networks/${networkId}/surveys`);
  const trends = useApi<{ items: TrendPoint[] }>(`/api/networks/${networkId}/surveys/trends`);
  const rounds = useMemo(
    () => (list.data?.items ?? []).filter((r) => r.status !== "scheduled").sort((a, b) => b.opensOn.localeCompare(a.opensOn)),
    [list.data],
  );
  const wanted = params.get("round");
  const selected = rounds.find((r) => r.id === wanted) ?? rounds[0] ?? null;
  const trendSection = trends.error ? (
    <FormError error={trends.error} />
  ) : trends.data ? (
    <Trends points={trends.data.items} coordinator={coordinator} />
  ) : (
    <Loading />
  );
  return (
    <Page title={t("surveysUi.health.title")}>
      <div className="health">
        <p>{t("surveysUi.health.intro")}</p>
        {list.error ? <FormError error={list.error} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && !selected ? (
          <NoRounds networkId={networkId} coordinator={coordinator} scheduled={list.data.items.length > 0} />
        ) : null}
        {selected ? (
          <>
            {wanted && wanted !== selected.id ? <p className="notice">{t("surveysUi.health.roundNotFound")}</p> : null}
            <RoundPicker key={selected.id} rounds={rounds} selected={selected.id} />
            <RoundView networkId={networkId} roundId={selected.id} coordinator={coordinator} trends={trendSection} />
          </>
        ) : null}
      </div>
    </Page>
  );
}
