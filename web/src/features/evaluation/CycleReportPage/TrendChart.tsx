import { useTranslation } from "react-i18next";
import { linePaths, valueRange, xPosition, yPosition } from "../../../../../src/domain/lineChart.ts";
import { ChartImage } from "../../../components/ChartImage.tsx";
import type { ReportTrendPoint } from "../types.ts";
import { useFormats } from "./useFormats.ts";

/**
 * A line chart of one figure across cycles, with each known value printed at its point. The SVG is an
 * image named by `title`; the caption under it says the same numbers as a sentence.
 */
export function TrendChart({ points, title, caption }: { points: ReportTrendPoint[]; title: string; caption: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const w = 320;
  const h = 130;
  const padX = 30;
  const top = 22;
  const bottom = 26;
  const values = points.map((p) => p.value);
  const { lo, hi } = valueRange(
    values.filter((v): v is number => v !== null),
    { fromZero: true },
  );
  const x = xPosition(points.length, 0, w, padX);
  const y = yPosition(lo, hi, top, h - bottom);
  const segments = linePaths(values, x, y);
  return (
    <figure className="report-chart">
      <ChartImage title={title} className="trend-chart" viewBox={`0 0 ${w} ${h}`}>
        <line className="chart-axis" x1={padX - 12} y1={h - bottom} x2={w - padX + 12} y2={h - bottom} />
        {segments.map((d) => (
          <path key={d} className="chart-series" d={d} />
        ))}
        {points.map((p, i) =>
          p.value === null ? (
            <text key={p.cycleId} className="chart-value chart-missing" x={x(i)} y={h - bottom - 6} textAnchor="middle">
              –
            </text>
          ) : (
            <g key={p.cycleId}>
              <circle className="chart-point" cx={x(i)} cy={y(p.value)} r={4} />
              <text className="chart-value" x={x(i)} y={y(p.value) - 8} textAnchor="middle">
                {f.num(p.value)}
              </text>
            </g>
          ),
        )}
        {points.map((p, i) => (
          <text key={p.cycleId} className="chart-tick" x={x(i)} y={h - 8} textAnchor="middle">
            {p.cycleName}
          </text>
        ))}
      </ChartImage>
      <figcaption className="chart-caption">
        <span className="visually-hidden">{t("report.trend")}: </span>
        {caption}
      </figcaption>
    </figure>
  );
}
