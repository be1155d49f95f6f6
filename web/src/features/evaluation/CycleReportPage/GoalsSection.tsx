import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { TextList } from "../../../components/TextList.tsx";
import type { CycleReport, ReportGoal, ReportGoalEvaluation } from "../types.ts";
import { DistributionChart } from "./DistributionChart.tsx";
import { IndicatorCard } from "./IndicatorCard.tsx";
import { useFormats } from "./useFormats.ts";

function GoalEvaluation({ e, minGroupSize }: { e: ReportGoalEvaluation; minGroupSize: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <div className="report-joint">
      <h4>{t("report.jointEvaluation")}</h4>
      {e.shown && e.distribution ? (
        <>
          <p>{t("report.meanRating", { mean: f.num(e.distribution.mean), n: e.distribution.n })}</p>
          <DistributionChart
            counts={e.distribution.counts}
            label={t("report.distributionSummary", { counts: e.distribution.counts.map((c, k) => `${k + 1}: ${c}`).join(", ") })}
          />
          {e.comments.length > 0 ? (
            <>
              <h5>{t("report.comments")}</h5>
              <TextList texts={e.comments} className="report-quotes" />
            </>
          ) : null}
        </>
      ) : (
        <p className="meta">{t("report.hiddenBelow", { min: minGroupSize, count: e.respondents })}</p>
      )}
    </div>
  );
}

function Goal({ g, report }: { g: ReportGoal; report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-goal" aria-labelledby={`goal-${g.id}`}>
      <h3 id={`goal-${g.id}`}>
        {g.title} <span className="badge quiet">{t(`goalTypes.${g.goalType}.name`)}</span>
      </h3>
      {g.indicators.length > 0 ? (
        <ul className="cards report-cards">
          {g.indicators.map((i) => (
            <IndicatorCard key={i.id} i={i} report={report} />
          ))}
        </ul>
      ) : (
        <p className="meta">{t("report.noIndicators")}</p>
      )}
      {g.evaluation ? <GoalEvaluation e={g.evaluation} minGroupSize={report.minGroupSize} /> : null}
    </section>
  );
}

export function GoalsSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <Section id="report-goals" className="report-part" title={t("report.goals")}>
      {report.goals.length === 0 ? <p>{t("report.noGoals")}</p> : report.goals.map((g) => <Goal key={g.id} g={g} report={report} />)}
    </Section>
  );
}
