import { useTranslation } from "react-i18next";
import type { CycleReport, ReportIndicator, ReportTrendPoint } from "../types.ts";
import { changeText } from "./format.ts";
import { Prose } from "./pieces.tsx";
import { TrendChart } from "./TrendChart.tsx";
import { useFormats } from "./useFormats.ts";

/** The indicator's trend; the report's own cycle shows the value the report gives it (a computed figure's current value). */
function indicatorTrend(i: ReportIndicator, cycleId: string): ReportTrendPoint[] {
  return i.trend.map((p) => ({
    cycleId: p.cycleId,
    cycleName: p.cycleName,
    value: p.cycleId === cycleId && p.value === null ? i.value : p.value,
  }));
}

export function IndicatorCard({ i, report }: { i: ReportIndicator; report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const compare = report.compare;
  if (i.kind === "qualitative") {
    return (
      <li className="card report-card">
        <h4>{i.name}</h4>
        <p className="badge quiet report-kind">{t("evaluation.kind.qualitative")}</p>
        {i.question ? <p className="meta">{i.question}</p> : null}
        <dl className="report-facts">
          <dt>{t("report.answerIn", { cycle: report.cycle.name })}</dt>
          <dd>{i.text ? <Prose text={i.text} /> : t("report.noMeasurement")}</dd>
          {compare ? (
            <>
              <dt>{t("report.answerIn", { cycle: compare.name })}</dt>
              <dd>{i.compareText ? <Prose text={i.compareText} /> : t("report.noMeasurement")}</dd>
            </>
          ) : null}
        </dl>
      </li>
    );
  }
  const trend = indicatorTrend(i, report.cycle.id);
  const showTrend = trend.filter((p) => p.value !== null).length >= 2;
  return (
    <li className="card report-card">
      <h4>{i.name}</h4>
      <dl className="report-facts">
        <dt>{t("report.value", { cycle: report.cycle.name })}</dt>
        <dd className="strong">{f.unit(i.value, i.unit)}</dd>
        {compare ? (
          <>
            <dt>{t("report.value", { cycle: compare.name })}</dt>
            <dd>{f.unit(i.compareValue, i.unit)}</dd>
            <dt>{t("report.change")}</dt>
            <dd>{changeText(t, f, i.change, i.unit)}</dd>
          </>
        ) : null}
        <dt>{t("report.baselineTarget")}</dt>
        <dd>
          {f.unit(i.baseline, i.unit)} → {f.unit(i.target, i.unit)}
          {i.direction ? ` (${t(`evaluation.direction.${i.direction}`)})` : ""}
        </dd>
        <dt>{t("report.progress")}</dt>
        <dd>
          <span className={`progress progress-${i.progress.status}`}>{t(`evaluation.progress.${i.progress.status}`)}</span>
          {i.progress.share !== null && i.progress.status === "progressing"
            ? ` (${t("report.share", { share: f.pct(i.progress.share) })})`
            : ""}
        </dd>
        <dt>{t("report.source")}</dt>
        <dd>{t(`evaluation.source.${i.source}`)}</dd>
      </dl>
      {showTrend ? (
        <TrendChart
          points={trend}
          title={t("report.trendChart", { name: i.name })}
          caption={t("report.trendSummary", {
            name: i.name,
            values: trend.map((p) => `${p.cycleName} ${f.unit(p.value, i.unit)}`).join(", "),
          })}
        />
      ) : null}
    </li>
  );
}
