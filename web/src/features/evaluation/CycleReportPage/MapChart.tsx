import { ChartImage } from "../../../components/ChartImage.tsx";
import type { ReportMap } from "../types.ts";

/**
 * The aggregated network map: one circle per group, its area by the number of people, lines between
 * groups by the number of ties (as the exported report draws it). The caller lists the same as text.
 */
export function MapChart({ map, label }: { map: ReportMap; label: string }) {
  const w = 360;
  const h = 300;
  const cx = w / 2;
  const cy = h / 2;
  const ring = map.groups.length === 1 ? 0 : 100;
  const maxSize = Math.max(1, ...map.groups.map((g) => g.size));
  const between = map.links.filter((l) => l.source !== l.target);
  const maxTies = Math.max(1, ...between.map((l) => l.ties));
  const pos = new Map(
    map.groups.map((g, i) => {
      const a = (2 * Math.PI * i) / map.groups.length - Math.PI / 2;
      return [g.id, { x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a), r: 10 + 22 * Math.sqrt(g.size / maxSize) }];
    }),
  );
  return (
    <figure className="report-chart report-map">
      <ChartImage title={label} className="map-chart" viewBox={`0 0 ${w} ${h}`}>
        {between.map((l) => {
          const a = pos.get(l.source);
          const b = pos.get(l.target);
          if (!a || !b) return null;
          return (
            <line
              key={`${l.source}-${l.target}`}
              className="map-link"
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              strokeWidth={(1 + 7 * (l.ties / maxTies)).toFixed(1)}
            />
          );
        })}
        {map.groups.map((g) => {
          const p = pos.get(g.id);
          if (!p) return null;
          return (
            <g key={g.id}>
              <circle className="map-group" cx={p.x} cy={p.y} r={p.r} />
              <text className="map-label" x={p.x} y={p.y + 5} textAnchor="middle">
                {g.id}
              </text>
            </g>
          );
        })}
      </ChartImage>
    </figure>
  );
}
