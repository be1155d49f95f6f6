import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import "../report.css";
import { Contents } from "./Contents.tsx";
import { DecisionsSection } from "./DecisionsSection.tsx";
import { FiguresSection } from "./FiguresSection.tsx";
import { GoalsSection } from "./GoalsSection.tsx";
import { MeetingsSection } from "./MeetingsSection.tsx";
import { PhasesSection } from "./PhasesSection.tsx";
import { PromisesSection } from "./PromisesSection.tsx";
import { SurveySection } from "./SurveySection.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { useCycleReport } from "./useCycleReport.ts";
import { WrittenSection } from "./WrittenSection.tsx";

/**
 * One cycle's report: goals and indicators, Solmu's figures, what members wrote, network health,
 * promises, meetings, decisions and phases — optionally compared with another cycle. Printable on
 * A4 and downloadable as a self-contained HTML file, CSV or JSON.
 */
export function CycleReportPage() {
  const { t } = useTranslation();
  const { networkId = "", cycleId } = useParams();
  const [params] = useSearchParams();
  const compare = params.get("compare") ?? "";
  const { report: current, error } = useCycleReport(networkId, cycleId, compare);

  if (error) {
    return (
      <Page title={t("nav.report")}>
        {error instanceof ApiError && error.fields.compare ? (
          <p className="form-error" role="alert">
            {t("report.badCompare")}
          </p>
        ) : (
          <FormError error={error} />
        )}
        {compare ? (
          <p>
            <Link to={`/networks/${networkId}/report${cycleId ? `/${cycleId}` : ""}`}>{t("report.withoutCompare")}</Link>
          </p>
        ) : null}
      </Page>
    );
  }
  if (!current) {
    return (
      <Page title={t("nav.report")}>
        <Loading />
      </Page>
    );
  }
  const r = current;
  return (
    <div className="cycle-report">
      <Page title={t("report.title", { network: r.network.name, cycle: r.cycle.name })}>
        <p className="meta report-generated">
          {t("report.generated", { date: formatDate(r.generatedAt) })}
          {r.compare ? ` · ${t("report.comparedWith", { cycle: r.compare.name })}` : ""}
        </p>
        <Toolbar key={`${r.cycle.id}|${r.compare?.id ?? ""}`} report={r} networkId={networkId} />
        <Contents report={r} />
        <GoalsSection report={r} />
        <FiguresSection report={r} />
        <WrittenSection report={r} />
        <SurveySection report={r} />
        <PromisesSection report={r} />
        <MeetingsSection report={r} />
        <DecisionsSection report={r} />
        <PhasesSection report={r} />
      </Page>
    </div>
  );
}
