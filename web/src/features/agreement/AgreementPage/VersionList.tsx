import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { statusText, type VersionSummary, versionPath } from "../agreementParts.tsx";

/** Every version proposed so far; observers may open only the approved ones. */
export function VersionList({ versions, observer }: { versions: VersionSummary[]; observer: boolean }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  return (
    <Section id="agreement-versions-heading" className="agreement-versions" title={t("agreement.versions.heading")}>
      {versions.length === 0 ? (
        <p>{t("agreement.versions.none")}</p>
      ) : (
        <ol className="plain">
          {versions.map((v) => {
            const name = t("agreement.versions.item", { number: v.number });
            const readable = !observer || v.status === "approved";
            return (
              <li key={v.id}>
                {readable ? <Link to={versionPath(home.network.id, v.id)}>{name}</Link> : <span>{name}</span>}
                {" – "}
                {statusText(t, v.status)}
                {", "}
                {v.approvedAt
                  ? t("agreement.versions.approvedOn", { date: formatDate(v.approvedAt) })
                  : t("agreement.versions.proposedOn", { date: formatDate(v.proposedAt) })}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
