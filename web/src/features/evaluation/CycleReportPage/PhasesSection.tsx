import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { TextList } from "../../../components/TextList.tsx";
import type { CycleReport, ReportPhase } from "../types.ts";
import { Prose } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

function PhaseCard({ p, minGroupSize }: { p: ReportPhase; minGroupSize: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  const when = !p.startedAt
    ? t("report.phaseNotStarted")
    : p.endedAt
      ? t("report.phaseDates", { start: f.day(p.startedAt), end: f.day(p.endedAt) })
      : t("report.phaseOngoing", { start: f.day(p.startedAt) });
  return (
    <li className="card report-card">
      <h3>{t(`phases.${p.phase}.name`)}</h3>
      <p className="meta">{when}</p>
      {p.summary ? <Prose text={p.summary} /> : null}
      {p.averageAchieved !== null ? (
        <p>{t("report.phaseAchieved", { mean: f.one(p.averageAchieved), count: p.respondents })}</p>
      ) : p.startedAt || p.respondents > 0 ? (
        <p>{t("report.hiddenBelow", { min: minGroupSize, count: p.respondents })}</p>
      ) : null}
      {p.carryForward.length > 0 ? (
        <>
          <h4>{t("report.carryForward")}</h4>
          <TextList texts={p.carryForward} className="report-quotes" />
        </>
      ) : null}
    </li>
  );
}

export function PhasesSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <Section id="report-phases" className="report-part" title={t("report.phases")}>
      <ul className="report-phases">
        {report.phases.map((p) => (
          <PhaseCard key={p.phase} p={p} minGroupSize={report.minGroupSize} />
        ))}
      </ul>
    </Section>
  );
}
