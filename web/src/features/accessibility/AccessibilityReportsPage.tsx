import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Answer, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import "./accessibility.css";

type AccessibilityReport = Answer<"/api/admin/accessibility/reports">["items"][number];

/** Law 306/2019: whoever reports a problem gets an answer within 14 days. */
const ANSWER_DAYS = 14;

const answerBy = (createdAt: string) => new Date(new Date(createdAt).getTime() + ANSWER_DAYS * 86_400_000);

function ReportTable({ reports, onHandled }: { reports: AccessibilityReport[]; onHandled: (id: string) => void }) {
  const { t } = useTranslation();
  const now = Date.now();
  return (
    <DataTable
      caption={t("accessibility.reports.caption")}
      captionHidden
      className="a11y-reports"
      columns={[
        t("accessibility.reports.col.date"),
        t("accessibility.reports.col.page"),
        t("accessibility.reports.col.description"),
        t("accessibility.reports.col.email"),
        t("accessibility.reports.col.status"),
        t("common.actions"),
      ]}
    >
      {reports.map((r) => {
        const due = answerBy(r.createdAt);
        const late = !r.handledAt && due.getTime() < now;
        return (
          <tr key={r.id}>
            <td className="a11y-nowrap">{formatDate(r.createdAt, true)}</td>
            <td>{r.page || t("accessibility.reports.noPage")}</td>
            <td className="a11y-description">{r.description}</td>
            <td>
              {r.email ? (
                <a href={`mailto:${r.email}?subject=${encodeURIComponent(t("accessibility.reports.mailSubject"))}`}>{r.email}</a>
              ) : (
                t("accessibility.reports.noEmail")
              )}
            </td>
            <td>
              <span id={`a11y-report-status-${r.id}`} tabIndex={-1}>
                {r.handledAt ? (
                  t("accessibility.reports.handledOn", { date: formatDate(r.handledAt) })
                ) : (
                  <>
                    <span className={`badge${late ? " warn" : " quiet"}`}>
                      {late ? t("accessibility.reports.late") : t("accessibility.reports.open")}
                    </span>{" "}
                    {t("accessibility.reports.answerBy", { date: formatDate(due.toISOString()) })}
                  </>
                )}
              </span>
            </td>
            <td>
              {r.handledAt ? null : (
                <button type="button" onClick={() => onHandled(r.id)}>
                  {t("accessibility.reports.markHandled")}
                  <span className="visually-hidden">
                    {" "}
                    {t("accessibility.reports.markHandledWhich", { date: formatDate(r.createdAt, true) })}
                  </span>
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function Reports() {
  const { t } = useTranslation();
  const { data, error, setData } = useLoad(() => ok(client.GET("/api/admin/accessibility/reports")), "accessibility-reports");
  const [actionError, setActionError] = useState<unknown>(null);
  const [handled, setHandled] = useState<string | null>(null);

  // The button goes away once a report is handled; keep the keyboard user in the same row.
  useEffect(() => {
    if (handled) document.getElementById(`a11y-report-status-${handled}`)?.focus();
  }, [handled]);

  const markHandled = async (id: string) => {
    setActionError(null);
    setHandled(null);
    try {
      setData(await ok(client.POST("/api/admin/accessibility/reports/{reportId}/handled", { params: { path: { reportId: id } } })));
      setHandled(id);
    } catch (err) {
      setActionError(err);
    }
  };

  const open = data?.items.filter((r) => !r.handledAt).length ?? 0;
  return (
    <>
      <FormError error={error ?? actionError} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : data.items.length === 0 ? (
        <p>{t("accessibility.reports.empty")}</p>
      ) : (
        <>
          <p>{t("accessibility.reports.summary", { count: data.items.length, open: formatNumber(open) })}</p>
          <ReportTable reports={data.items} onHandled={(id) => void markHandled(id)} />
        </>
      )}
      <p className="status" role="status">
        {handled ? t("accessibility.reports.markedHandled") : ""}
      </p>
    </>
  );
}

/** Reported accessibility problems for the instance admin, who answers them within 14 days. */
export function AccessibilityReportsPage() {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  return (
    <div className="a11y-page">
      <Page title={t("accessibility.reports.title")}>
        {loading ? (
          <Loading />
        ) : !me?.isAdmin ? (
          <p>{t("accessibility.reports.adminOnly")}</p>
        ) : (
          <>
            <p>{t("accessibility.reports.intro")}</p>
            <p>{t("accessibility.reports.duty")}</p>
            <p>
              <Link to="/accessibility">{t("accessibility.reports.statementLink")}</Link>
            </p>
            <Reports />
          </>
        )}
      </Page>
    </div>
  );
}
