import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { Loaded, Page, Section } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { AttachmentsSection } from "../attachments/AttachmentsSection.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { DecisionList, markdownUrl, sectionHeading, statusText } from "./agreementParts.tsx";
import { ChangedNotice } from "./ChangedNotice.tsx";
import "./agreement.css";

/**
 * One version of the agreement as a document to print or save: the network,
 * version number and date, the organisations that approved it, then every
 * section. Printed on A4 without the app's navigation.
 */
export function AgreementVersionPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { versionId = "" } = useParams();
  const { data, error } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/agreement/versions/{versionId}", { params: { path: { networkId, versionId } } })),
    `agreement-version:${networkId}:${versionId}`,
  );
  const title = data ? t("agreement.document.title", { network: data.networkName }) : t("agreement.title");
  const accepted = data?.organisations.filter((o) => o.decision === "accepted") ?? [];
  const others = data?.organisations.filter((o) => o.decision !== "accepted") ?? [];
  return (
    <div className="agreement-document">
      <Page
        title={title}
        actions={
          data ? (
            <div className="agreement-actions no-print">
              <button type="button" className="primary" onClick={() => window.print()}>
                {t("agreement.document.print")}
              </button>
              <a className="button" href={markdownUrl(networkId, data.id)} download={`pelisaannot-${data.number}.md`}>
                {t("agreement.links.markdown", { number: data.number })}
              </a>
            </div>
          ) : null
        }
      >
        <p className="no-print">
          <Link to={`/networks/${networkId}/agreement`}>{t("agreement.document.back")}</Link>
        </p>
        <Loaded data={data} error={error}>
          {(data) => (
            <>
              <dl className="facts agreement-doc-facts">
                <dt>{t("agreement.document.network")}</dt>
                <dd>{data.networkName}</dd>
                <dt>{t("agreement.version")}</dt>
                <dd>{data.number}</dd>
                <dt>{data.approvedAt ? t("agreement.latest.approvedAt") : t("agreement.latest.proposedAt")}</dt>
                <dd>{formatDate(data.approvedAt ?? data.proposedAt)}</dd>
                <dt>{t("agreement.latest.status")}</dt>
                <dd>{statusText(t, data.status)}</dd>
              </dl>
              <ChangedNotice version={data} />
              <Section id="agreement-approvers-heading" className="agreement-approvers" title={t("agreement.approvers")}>
                {accepted.length === 0 ? <p>{t("agreement.document.noApprovers")}</p> : <DecisionList decisions={accepted} />}
                {data.status === "proposed" && others.length > 0 ? (
                  <>
                    <h3>{t("agreement.document.waiting")}</h3>
                    <DecisionList decisions={others} />
                  </>
                ) : null}
              </Section>
              {data.sections.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a frozen version's sections never change order and have no ids
                <section key={i} className="agreement-doc-section" aria-labelledby={`doc-section-${i}`}>
                  <h2 id={`doc-section-${i}`}>{sectionHeading(t, s)}</h2>
                  <div className="prose agreement-text">{s.body}</div>
                </section>
              ))}
              <AttachmentsSection networkId={networkId} owner={{ kind: "agreement_version", versionId: data.id }} />
            </>
          )}
        </Loaded>
      </Page>
    </div>
  );
}
