import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { slugify } from "../../../../../src/domain/evaluation.ts";
import type { CycleReport } from "../types.ts";
import { reportQuery } from "./format.ts";

export function Toolbar({ report, networkId }: { report: CycleReport; networkId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [cycle, setCycle] = useState(report.cycle.id);
  const [compare, setCompare] = useState(report.compare?.id ?? "");
  const cycles = [...report.cycles].reverse();
  const go = (e: FormEvent) => {
    e.preventDefault();
    const q = compare && compare !== cycle ? `?compare=${encodeURIComponent(compare)}` : "";
    navigate(`/networks/${networkId}/report/${encodeURIComponent(cycle)}${q}`);
  };
  const chooseCycle = (id: string) => {
    setCycle(id);
    if (compare === id) setCompare("");
  };
  const query = reportQuery(report.cycle.id, report.compare?.id);
  const base = `/api/networks/${networkId}`;
  const file = `${slugify(report.network.name) || "solmu"}-${slugify(report.cycle.name) || "cycle"}`;
  return (
    <div className="report-toolbar no-print">
      <form className="report-picker" onSubmit={go}>
        <div className="field">
          <label htmlFor="report-cycle">{t("report.cycle")}</label>
          <select id="report-cycle" value={cycle} onChange={(e) => chooseCycle(e.target.value)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-compare">{t("report.compare")}</label>
          <select id="report-compare" value={compare} onChange={(e) => setCompare(e.target.value)}>
            <option value="">{t("report.noCompare")}</option>
            {cycles
              .filter((c) => c.id !== cycle)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t("report.show")}
        </button>
      </form>
      <div className="report-actions">
        <button type="button" onClick={() => window.print()}>
          {t("report.print")}
        </button>
        <a className="button" href={`${base}/report.html${query}`} download>
          {t("report.downloadHtml")}
        </a>
        <a className="button" href={`${base}/report.csv${query}`} download>
          {t("report.downloadCsv")}
        </a>
        <a className="button" href={`${base}/report.xlsx${query}`} download>
          {t("report.downloadXlsx")}
        </a>
        <a className="button" href={`${base}/report${query}`} download={`${file}.json`}>
          {t("report.downloadJson")}
        </a>
        <p className="hint">{t("report.exportHint")}</p>
      </div>
    </div>
  );
}
