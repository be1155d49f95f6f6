import { useTranslation } from "react-i18next";
import { linePaths, shownLabels, valueRange, xPosition, yPosition } from "../../../../../src/domain/lineChart.ts";
import { ChartImage } from "../../../components/ChartImage.tsx";
import { formatNumber } from "../../../i18n.ts";
import type { Indicator } from "../types.ts";
import { valueText } from "./format.ts";
import { useWidth } from "./useWidth.ts";

/** An indicator's value in each cycle: a small line chart from two known values up, always with the values as text. */
export function TrendView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const [frame, width] = useWidth<HTMLDivElement>(320, 420);
  const points = indicator.trend;
  const known = points.filter((p): p is typeof p & { value: number } => p.value !== null);
  const list = (
    <ul className="ev-trend-values">
      {points.map((p) => (
        <li key={p.cycleId}>{t("evaluation.trend.item", { cycle: p.cycleName, value: valueText(t, p.value, indicator.unit) })}</li>
      ))}
    </ul>
  );
  if (known.length < 2) {
    return (
      <p className="meta">
        {known.length === 0
          ? t("evaluation.trend.none")
          : t("evaluation.trend.single", {
              cycle: known[0]?.cycleName ?? "",
              value: valueText(t, known[0]?.value ?? null, indicator.unit),
            })}
      </p>
    );
  }
  const W = width;
  const H = 150;
  const left = 44;
  const right = 16;
  const top = 22;
  const bottom = 30;
  const values = known.map((p) => p.value);
  const refs = [indicator.target, indicator.baseline].filter((v): v is number => v !== null);
  // Grid lines at the values' own extremes; the plot keeps a tenth of the span free above and below them.
  const extremes = valueRange(values, { include: refs });
  const { lo, hi } = valueRange(values, { include: refs, padShare: 0.1 });
  const n = points.length;
  const xAt = xPosition(n, left, W - right);
  const yAt = yPosition(lo, hi, top, H - bottom);
  const segments = linePaths(
    points.map((p) => p.value),
    xAt,
    yAt,
  );
  const shown = shownLabels(n, (W - left - right) / Math.max(n - 1, 1), 72);
  const tick = (v: number) => formatNumber(Math.round(v * 10) / 10);
  return (
    <div ref={frame} className="ev-chart-frame">
      <ChartImage
        title={t("evaluation.trend.chartTitle", { name: indicator.name })}
        className="ev-trend"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
      >
        <line x1={left} x2={W - right} y1={yAt(extremes.lo)} y2={yAt(extremes.lo)} className="ev-grid" />
        <line x1={left} x2={W - right} y1={yAt(extremes.hi)} y2={yAt(extremes.hi)} className="ev-grid" />
        <text x={left - 6} y={yAt(extremes.lo)} textAnchor="end" dominantBaseline="middle" className="ev-chart-text">
          {tick(extremes.lo)}
        </text>
        <text x={left - 6} y={yAt(extremes.hi)} textAnchor="end" dominantBaseline="middle" className="ev-chart-text">
          {tick(extremes.hi)}
        </text>
        {indicator.target !== null ? (
          <g>
            <line x1={left} x2={W - right} y1={yAt(indicator.target)} y2={yAt(indicator.target)} className="ev-target-line" />
            <text x={W - right} y={yAt(indicator.target) - 4} textAnchor="end" className="ev-chart-text ev-chart-sub">
              {t("evaluation.trend.targetLabel", { value: tick(indicator.target) })}
            </text>
          </g>
        ) : null}
        <line x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} className="ev-axis" />
        {segments.map((s) => (
          <path key={s} d={s} className="ev-line" />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <g key={p.cycleId}>
              <circle cx={xAt(i)} cy={yAt(p.value)} r="4.5" className="ev-dot" />
              {n <= 6 ? (
                <text x={xAt(i)} y={yAt(p.value) - 8} textAnchor="middle" className="ev-chart-text ev-chart-strong">
                  {tick(p.value)}
                </text>
              ) : null}
            </g>
          ),
        )}
        {points.map((p, i) =>
          shown(i) ? (
            <text
              key={`x-${p.cycleId}`}
              x={xAt(i)}
              y={H - bottom + 18}
              textAnchor={i === 0 && n > 1 ? "start" : i === n - 1 && n > 1 ? "end" : "middle"}
              className="ev-chart-text"
            >
              {p.cycleName}
            </text>
          ) : null,
        )}
      </ChartImage>
      {list}
    </div>
  );
}
