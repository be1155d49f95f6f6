// Small hand-written SVG charts for the network-health dashboard. Every chart carries a text
// alternative: `role="img"` with an aria-label, or is decorative next to the same figures as text.

import { useEffect, useRef, useState } from "react";
import { linePaths, shownLabels, xPosition, yPosition } from "../../../../src/domain/lineChart.ts";

/** Line colours, each at least 3:1 against white; lines differ by dash pattern and marker shape too. */
const SERIES_COLOURS = ["#0b5c55", "#b35900", "#5b3c99", "#1f5fa8", "#a4161a"];
const SERIES_DASHES: (string | undefined)[] = [undefined, "7 4", "2 4", "10 4 2 4", "4 2"];
const SHAPES = ["circle", "square", "triangle", "diamond", "cross"] as const;
type Shape = (typeof SHAPES)[number];

/** Sequential fills from "least" to "most" for distribution segments. */
const SEQUENCES: Record<number, string[]> = {
  4: ["#e4f1ef", "#8fc4bc", "#3f8d84", "#0b5c55"],
  5: ["#e4f1ef", "#a9d3cc", "#62a89f", "#2b7a71", "#0b4a44"],
};
const sequence = (n: number) => SEQUENCES[n] ?? Array.from({ length: n }, (_, i) => SEQUENCES[5]?.[Math.min(4, i)] ?? "#0b5c55");

/** The width of an element, followed as it resizes, so that SVG text keeps its size on narrow screens. */
function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = el.getBoundingClientRect().width;
    if (first > 0) setWidth(Math.round(first));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function Marker({ shape, x, y, colour, size = 5 }: { shape: Shape; x: number; y: number; colour: string; size?: number }) {
  const s = size;
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={s} fill={colour} />;
    case "square":
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={colour} />;
    case "triangle":
      return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y + s}L${x - s - 1} ${y + s}Z`} fill={colour} />;
    case "diamond":
      return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y}L${x} ${y + s + 1}L${x - s - 1} ${y}Z`} fill={colour} />;
    default:
      return <path d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`} stroke={colour} strokeWidth={3} />;
  }
}

/** The key of one line: its colour, dash pattern and marker. Decorative; the label is next to it as text. */
function LegendKey({ index }: { index: number }) {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#000";
  return (
    <svg className="legend-key" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2="34" y2="7" stroke={colour} strokeWidth="2.5" strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length]} />
      <Marker shape={SHAPES[index % SHAPES.length] ?? "circle"} x={18} y={7} colour={colour} size={4} />
    </svg>
  );
}

export interface LineSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

/**
 * A line chart of values across rounds: one line per series, told apart by colour, dash and marker
 * shape; gaps where a round's figure is hidden. `label` is the chart's text alternative; the caller
 * puts a data table next to it.
 */
export function LineChart({
  label,
  xLabels,
  series,
  min,
  max,
  ticks,
  formatTick,
}: {
  label: string;
  xLabels: { title: string; sub: string }[];
  series: LineSeries[];
  min: number;
  max: number;
  ticks: number[];
  formatTick: (n: number) => string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const height = 230;
  const left = 34;
  const right = 14;
  const top = 12;
  const bottom = 46;
  const inner = 18;
  const plotWidth = Math.max(40, width - left - right);
  const plotHeight = height - top - bottom;
  const n = xLabels.length;
  const xAt = xPosition(n, left, left + plotWidth, inner);
  const yAt = yPosition(min, max, top, top + plotHeight);
  const spacing = n <= 1 ? plotWidth : (plotWidth - 2 * inner) / (n - 1);
  // Thin the labels out on narrow screens: every step-th round, and always the latest.
  const step = Math.max(1, Math.ceil(72 / spacing));
  const maxChars = Math.max(5, Math.floor((spacing * step) / 7.5) - 1);
  const clip = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
  const shown = shownLabels(n, spacing, 72);
  const anchor = (i: number) => (n <= 1 ? "middle" : i === 0 ? "start" : i === n - 1 ? "end" : "middle");
  const anchorX = (i: number) => (n <= 1 ? xAt(i) : i === 0 ? xAt(i) - inner + 2 : i === n - 1 ? xAt(i) + inner - 2 : xAt(i));
  return (
    <div className="line-chart" ref={ref}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={left + plotWidth} y1={yAt(tick)} y2={yAt(tick)} className="chart-grid" />
            <text x={left - 6} y={yAt(tick)} textAnchor="end" dominantBaseline="middle" className="chart-text">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        <line x1={left} x2={left} y1={top} y2={top + plotHeight} className="chart-axis" />
        <line x1={left} x2={left + plotWidth} y1={top + plotHeight} y2={top + plotHeight} className="chart-axis" />
        {xLabels.map((x, i) =>
          shown(i) ? (
            <g key={`${x.title}-${x.sub}-${i.toString()}`}>
              <line x1={xAt(i)} x2={xAt(i)} y1={top + plotHeight} y2={top + plotHeight + 4} className="chart-axis" />
              <text x={anchorX(i)} y={top + plotHeight + 18} textAnchor={anchor(i)} className="chart-text">
                {clip(x.title)}
              </text>
              <text x={anchorX(i)} y={top + plotHeight + 34} textAnchor={anchor(i)} className="chart-text chart-sub">
                {x.sub}
              </text>
            </g>
          ) : null,
        )}
        {series.map((s, si) => {
          const colour = SERIES_COLOURS[si % SERIES_COLOURS.length] ?? "#000";
          const shape = SHAPES[si % SHAPES.length] ?? "circle";
          const segments = linePaths(s.values, xAt, yAt);
          return (
            <g key={s.key}>
              {segments.map((d) => (
                <path
                  key={d}
                  d={d}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={SERIES_DASHES[si % SERIES_DASHES.length]}
                  strokeLinejoin="round"
                />
              ))}
              {s.values.map((v, i) =>
                v === null ? null : <Marker key={`${s.key}-${i.toString()}`} shape={shape} x={xAt(i)} y={yAt(v)} colour={colour} />,
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <ul className="chart-legend">
          {series.map((s, si) => (
            <li key={s.key}>
              <LegendKey index={si} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A distribution as one horizontal stacked bar, least to most from left to right. The SVG is an
 * image whose aria-label names every count; the visible legend repeats it for sighted readers.
 */
export function StackedBar({ counts, labels, ariaLabel }: { counts: number[]; labels: string[]; ariaLabel: string }) {
  const total = counts.reduce((a, b) => a + b, 0);
  const fills = sequence(counts.length);
  let x = 0;
  return (
    <div className="stacked">
      <svg
        className="stacked-bar"
        width="100%"
        height="18"
        viewBox="0 0 100 18"
        preserveAspectRatio="none"
        role="img"
        aria-label={ariaLabel}
        focusable="false"
      >
        <rect x="0" y="0" width="100" height="18" className="bar-track" vectorEffect="non-scaling-stroke" />
        {total > 0
          ? counts.map((c, i) => {
              const w = (c / total) * 100;
              const r = (
                <rect
                  key={labels[i] ?? i}
                  x={x}
                  y="0"
                  width={w}
                  height="18"
                  fill={fills[i]}
                  stroke="#fff"
                  strokeWidth="1"
                  vectorEffect="non-scaling-stroke"
                />
              );
              x += w;
              return r;
            })
          : null}
      </svg>
      <ul className="stacked-legend" aria-hidden="true">
        {counts.map((c, i) => (
          <li key={labels[i] ?? i}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="11" height="11" fill={fills[i]} stroke="#4a555c" />
            </svg>
            {labels[i]} <span className="strong">{c}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A mean on its scale as a horizontal bar; decorative, because the value is printed next to it. */
export function MeanBar({ value, min, max, highlight = false }: { value: number | null; min: number; max: number; highlight?: boolean }) {
  const w = value === null ? 0 : Math.max(0, Math.min(100, ((value - min) / (max - min)) * 100));
  return (
    <svg className="mean-bar" width="100%" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="10" className="bar-track" vectorEffect="non-scaling-stroke" />
      <rect x="0" y="0" width={w} height="10" className={highlight ? "bar-fill bar-low" : "bar-fill"} />
    </svg>
  );
}

/** Counts as a list of labelled bars; the label and count are text, the bar is decorative. */
export function BarList({ items }: { items: { key: string; label: string; count: number; note?: string }[] }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ul className="bar-list">
      {items.map((item) => (
        <li key={item.key}>
          <span className="bar-list-label">
            {item.label}
            {item.note ? <span className="badge quiet">{item.note}</span> : null}
          </span>
          <span className="bar-list-count">{item.count}</span>
          <svg
            className="bar-list-bar"
            width="100%"
            height="10"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="0" y="0" width={(item.count / max) * 100} height="10" className="bar-fill" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
