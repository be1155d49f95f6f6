import { useTranslation } from "react-i18next";
import type { CycleReport } from "../types.ts";

export function Contents({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const parts: [id: string, label: string][] = [
    ["report-goals", t("report.goals")],
    ["report-figures", t("report.figures")],
    ["report-written", t("report.written")],
    ["report-survey", t("report.survey")],
    ["report-promises", t("report.promises")],
    ["report-meetings", t("report.meetings")],
    ["report-decisions", t("report.decisions")],
    ["report-phases", t("report.phases")],
  ];
  return (
    <nav className="report-contents no-print" aria-label={t("report.contents", { cycle: report.cycle.name })}>
      <ul>
        {parts.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
