import { useTranslation } from "react-i18next";
import type { CycleReport } from "../types.ts";
import { TableFrame } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function PromisesSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const k = report.promises.rate;
  return (
    <section className="report-part" aria-labelledby="report-promises">
      <h2 id="report-promises">{t("report.promises")}</h2>
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
        <TableFrame caption={t("report.promiseLedger")}>
          <thead>
            <tr>
              <th scope="col">{t("report.promise")}</th>
              <th scope="col">{t("report.promiser")}</th>
              <th scope="col">{t("report.due")}</th>
              <th scope="col">{t("report.state")}</th>
              <th scope="col">{t("promises.closedOn")}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </TableFrame>
      ) : null}
    </section>
  );
}
