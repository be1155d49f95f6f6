import { ChartImage } from "../../../components/ChartImage.tsx";

/** Horizontal bars of the ratings 1–5 with their counts; the image's name lists the same counts. */
export function DistributionChart({ counts, label }: { counts: number[]; label: string }) {
  const w = 320;
  const row = 24;
  const h = counts.length * row + 4;
  const max = Math.max(1, ...counts);
  return (
    <figure className="report-chart">
      <ChartImage title={label} className="bars-chart" viewBox={`0 0 ${w} ${h}`}>
        {counts.map((count, i) => {
          const len = Math.round((count / max) * (w - 90));
          const rating = i + 1;
          return (
            <g key={rating}>
              <text className="chart-tick" x={8} y={i * row + 17}>
                {rating}
              </text>
              <rect className="chart-bar" x={30} y={i * row + 5} width={Math.max(len, 1)} height={15} />
              <text className="chart-value" x={36 + len} y={i * row + 17}>
                {count}
              </text>
            </g>
          );
        })}
      </ChartImage>
    </figure>
  );
}
