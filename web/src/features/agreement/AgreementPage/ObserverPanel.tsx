import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { Agreement } from "../agreementParts.tsx";
import { VersionLinks } from "./VersionLinks.tsx";

/** Observers read only what the network approved. */
export function ObserverPanel({ data }: { data: Agreement }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const approved = data.versions.find((v) => v.status === "approved");
  return (
    <Section id="agreement-approved-heading" className="panel agreement-latest" title={t("agreement.latest.currentHeading")}>
      {approved ? (
        <>
          <p>{t("agreement.latest.current", { number: approved.number, date: formatDate(approved.approvedAt ?? approved.proposedAt) })}</p>
          <VersionLinks networkId={home.network.id} version={approved} />
        </>
      ) : (
        <p>{t("agreement.latest.noneApproved")}</p>
      )}
    </Section>
  );
}
