import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { CycleReport } from "../types.ts";
import { ReportTable } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function DecisionsSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <Section id="report-decisions" className="report-part" title={t("report.decisions")}>
      {report.decisions.length === 0 ? (
        <p>{t("report.noDecisions")}</p>
      ) : (
        <ReportTable caption={t("report.decisions")} columns={[t("report.date"), t("report.decision"), t("report.rule")]}>
          {report.decisions.map((d, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: decisions have no ids here and keep the server's order
            <tr key={n}>
              <td className="nowrap">{f.day(d.decidedOn)}</td>
              <td className="report-long">
                <span className="strong">{d.title}</span>
                {d.body ? <span className="report-sub prose">{d.body}</span> : null}
              </td>
              <td>{t(`decisions.rule.${d.rule}`)}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </Section>
  );
}
