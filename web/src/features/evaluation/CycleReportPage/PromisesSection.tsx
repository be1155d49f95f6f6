import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { CycleReport } from "../types.ts";
import { ReportTable } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function PromisesSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const k = report.promises.rate;
  return (
    <Section id="report-promises" className="report-part" title={t("report.promises")}>
      <p>
        {t("report.promiseSummary", {
          total: k.total,
          kept: k.keptOnTime + k.keptLate,
          renegotiated: k.renegotiated,
          notKept: k.notKept,
          open: k.open,
          rate: f.pct1(k.rate),
        })}
      </p>
      {report.promises.items.length > 0 ? (
        <ReportTable
          caption={t("report.promiseLedger")}
          columns={[t("report.promise"), t("report.promiser"), t("report.due"), t("report.state"), t("promises.closedOn")]}
        >
          {report.promises.items.map((p, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the ledger has no ids and keeps the server's order
            <tr key={n}>
              <td className="report-long">{p.text}</td>
              <td>{p.promiser ?? t("report.removedPerson")}</td>
              <td className="nowrap">{f.day(p.dueOn)}</td>
              <td>{t(`promises.state.${p.state}`)}</td>
              <td className="nowrap">{p.closedOn ? f.day(p.closedOn) : "–"}</td>
            </tr>
          ))}
        </ReportTable>
      ) : null}
    </Section>
  );
}
