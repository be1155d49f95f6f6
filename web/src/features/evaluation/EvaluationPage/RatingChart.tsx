import { useTranslation } from "react-i18next";
import { ChartImage } from "../../../components/ChartImage.tsx";
import { formatNumber } from "../../../i18n.ts";
import { useWidth } from "./useWidth.ts";

/** The joint evaluation's ratings of one goal on 1–5 as bars, each count printed on its bar. */
export function RatingChart({ goal, counts }: { goal: string; counts: number[] }) {
  const { t } = useTranslation();
  const [frame, W] = useWidth<HTMLDivElement>(260, 320);
  const H = 120;
  const bottom = 22;
  const top = 18;
  const max = Math.max(1, ...counts);
  const slot = W / counts.length;
  const summary = counts.map((c, i) => `${i + 1}: ${formatNumber(c)}`).join(", ");
  return (
    <div ref={frame} className="ev-chart-frame">
      <ChartImage
        title={t("evaluation.results.chartTitle", { goal, counts: summary })}
        className="ev-ratings"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
      >
        <line x1="0" x2={W} y1={H - bottom} y2={H - bottom} className="ev-axis" />
        {counts.map((c, i) => {
          const h = ((H - top - bottom) * c) / max;
          const x = i * slot + slot * 0.2;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the scale's steps are fixed
            <g key={i}>
              <rect x={x} y={H - bottom - h} width={slot * 0.6} height={h} className="ev-bar" />
              <text x={x + slot * 0.3} y={H - bottom - h - 4} textAnchor="middle" className="ev-chart-text ev-chart-strong">
                {formatNumber(c)}
              </text>
              <text x={x + slot * 0.3} y={H - 6} textAnchor="middle" className="ev-chart-text">
                {i + 1}
              </text>
            </g>
          );
        })}
      </ChartImage>
    </div>
  );
}
