import { useTranslation } from "react-i18next";
import { SELF_COMMITMENT_ITEMS, TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { Section } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import { LineChart } from "../charts.tsx";
import type { TrendPoint } from "../types.ts";
import { useFormats } from "./format.ts";

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
  return (
    <DataTable
      caption={caption}
      className="compact"
      columns={[
        t("surveys.health.col.round"),
        t("surveys.health.col.closes"),
        t("surveys.health.col.respondents"),
        ...columns.map((c) => ({ key: c.key, label: c.label })),
      ]}
    >
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
    </DataTable>
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
  const cell = (v: number | null) => (v === null ? t("surveys.health.hiddenShort") : f.one(v));
  return (
    <section aria-labelledby={`${id}-heading`} className="trend">
      <h3 id={`${id}-heading`}>{title}</h3>
      <LineChart
        label={t("surveys.health.chartLabel", {
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
        <summary>{t("surveys.health.showTable")}</summary>
        <TrendTable
          caption={t("surveys.health.trendCaption", { title })}
          points={points}
          columns={series.map((s) => ({ key: s.key, label: s.label, value: (p) => cell(s.value(p)) }))}
        />
      </details>
    </section>
  );
}

export function Trends({ points, coordinator }: { points: TrendPoint[]; coordinator: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const dim = (d: string) => t(`surveys.health.dimension.${d}`);
  const graphPoints = points.filter((p) => p.density !== null || p.isolates !== null);
  const orNone = (v: number | null, fmt: (n: number) => string) => (v === null ? t("surveys.health.hiddenShort") : fmt(v));
  return (
    <Section id="trends-heading" title={t("surveys.health.trendsTitle")}>
      {points.length === 0 ? (
        <p>{t("surveys.health.noTrends")}</p>
      ) : (
        <>
          {points.length === 1 ? <p className="meta">{t("surveys.health.oneRoundOnly")}</p> : null}
          {new Set(points.map((p) => p.level)).size > 1 ? <p className="notice">{t("surveys.health.mixedLevels")}</p> : null}
          <div className="trend-grid">
            <TrendChart
              id="trend-knowing"
              title={t("surveys.health.knowing")}
              points={points}
              series={[{ key: "knowing", label: t("surveys.health.knowingMean"), value: (p) => p.knowing }]}
              min={0}
              max={3}
            />
            <TrendChart
              id="trend-trust"
              title={t("surveys.health.trust")}
              points={points}
              series={TRUST_DIMENSIONS.map((d) => ({ key: d, label: dim(d), value: (p: TrendPoint) => p.trust[d] }))}
              min={1}
              max={5}
            />
            <TrendChart
              id="trend-commitment"
              title={t("surveys.health.commitment")}
              points={points}
              series={[
                { key: "commitment", label: t("surveys.health.commitmentShared"), value: (p: TrendPoint) => p.commitment },
                ...SELF_COMMITMENT_ITEMS.map((i) => ({
                  key: i,
                  label: t(`surveys.health.self.${i}`),
                  value: (p: TrendPoint) => p.self[i],
                })),
              ]}
              min={1}
              max={5}
            />
          </div>
          {coordinator && graphPoints.length > 0 ? (
            <section aria-labelledby="trend-graph-heading">
              <h3 id="trend-graph-heading">{t("surveys.health.graphTrendTitle")}</h3>
              <TrendTable
                caption={t("surveys.health.graphTrendCaption")}
                points={points}
                columns={[
                  { key: "density", label: t("surveys.health.graph.density"), value: (p) => orNone(p.density, f.pct1) },
                  { key: "reciprocity", label: t("surveys.health.graph.reciprocity"), value: (p) => orNone(p.reciprocity, f.pct) },
                  { key: "modularity", label: t("surveys.health.graph.modularity"), value: (p) => orNone(p.modularity, f.two) },
                  { key: "isolates", label: t("surveys.health.graph.isolates"), value: (p) => orNone(p.isolates, f.int) },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </Section>
  );
}
