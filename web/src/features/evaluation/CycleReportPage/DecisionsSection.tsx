import { useTranslation } from "react-i18next";
import type { CycleReport } from "../types.ts";
import { TableFrame } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function DecisionsSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <section className="report-part" aria-labelledby="report-decisions">
      <h2 id="report-decisions">{t("report.decisions")}</h2>
      {report.decisions.length === 0 ? (
        <p>{t("report.noDecisions")}</p>
      ) : (
        <TableFrame caption={t("report.decisions")}>
          <thead>
            <tr>
              <th scope="col">{t("report.date")}</th>
              <th scope="col">{t("report.decision")}</th>
              <th scope="col">{t("report.rule")}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}
