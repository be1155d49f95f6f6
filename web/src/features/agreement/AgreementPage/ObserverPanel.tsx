import { useTranslation } from "react-i18next";
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
    <section className="panel agreement-latest" aria-labelledby="agreement-approved-heading">
      <h2 id="agreement-approved-heading">{t("agreement.latest.currentHeading")}</h2>
      {approved ? (
        <>
          <p>{t("agreement.latest.current", { number: approved.number, date: formatDate(approved.approvedAt ?? approved.proposedAt) })}</p>
          <VersionLinks networkId={home.network.id} version={approved} />
        </>
      ) : (
        <p>{t("agreement.latest.noneApproved")}</p>
      )}
    </section>
  );
}
