import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { CycleReport, ReportFigure } from "../types.ts";
import { changeText } from "./format.ts";
import { ReportTable } from "./pieces.tsx";
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
    <Section id="report-figures" className="report-part" title={t("report.figures")}>
      <p className="meta">{t("report.figuresIntro", { min: report.minGroupSize })}</p>
      <ReportTable
        caption={t("report.figures")}
        columns={[
          t("report.figure"),
          { label: t("report.value", { cycle: report.cycle.name }), numeric: true, key: "value" },
          compare && { label: t("report.value", { cycle: compare.name }), numeric: true, key: "compare" },
          compare && { label: t("report.change"), numeric: true, key: "change" },
          t("report.trend"),
        ]}
      >
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
      </ReportTable>
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
    </Section>
  );
}
