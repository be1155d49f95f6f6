import { useTranslation } from "react-i18next";
import type { CycleReport, ReportFigure } from "../types.ts";
import { changeText } from "./format.ts";
import { TableFrame } from "./pieces.tsx";
import { TrendChart } from "./TrendChart.tsx";
import { useFormats } from "./useFormats.ts";

export function FiguresSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const compare = report.compare;
  const name = (fig: ReportFigure) => t(`evaluation.source.${fig.key}`);
  const trendText = (fig: ReportFigure) => fig.trend.map((p) => `${p.cycleName}: ${f.unit(p.value, fig.unit)}`).join(", ");
  const charted = report.figures.filter((fig) => fig.trend.filter((p) => p.value !== null).length >= 2);
  return (
    <section className="report-part" aria-labelledby="report-figures">
      <h2 id="report-figures">{t("report.figures")}</h2>
      <p className="meta">{t("report.figuresIntro", { min: report.minGroupSize })}</p>
      <TableFrame caption={t("report.figures")}>
        <thead>
          <tr>
            <th scope="col">{t("report.figure")}</th>
            <th scope="col" className="num">
              {t("report.value", { cycle: report.cycle.name })}
            </th>
            {compare ? (
              <>
                <th scope="col" className="num">
                  {t("report.value", { cycle: compare.name })}
                </th>
                <th scope="col" className="num">
                  {t("report.change")}
                </th>
              </>
            ) : null}
            <th scope="col">{t("report.trend")}</th>
          </tr>
        </thead>
        <tbody>
          {report.figures.map((fig) => (
            <tr key={fig.key}>
              <th scope="row">{name(fig)}</th>
              <td className="num">{f.unit(fig.value, fig.unit)}</td>
              {compare ? (
                <>
                  <td className="num">{f.unit(fig.compareValue, fig.unit)}</td>
                  <td className="num">{changeText(t, f, fig.change, fig.unit)}</td>
                </>
              ) : null}
              <td>{trendText(fig)}</td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {charted.length > 0 ? (
        <>
          <h3>{t("report.figureCharts")}</h3>
          <ul className="report-chart-grid">
            {charted.map((fig) => (
              <li key={fig.key} className="card report-card">
                <h4>{name(fig)}</h4>
                <TrendChart
                  points={fig.trend}
                  title={t("report.trendChart", { name: name(fig) })}
                  caption={t("report.trendSummary", {
                    name: name(fig),
                    values: fig.trend.map((p) => `${p.cycleName} ${f.unit(p.value, fig.unit)}`).join(", "),
                  })}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
