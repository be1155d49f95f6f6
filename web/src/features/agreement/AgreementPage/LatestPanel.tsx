import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type Agreement, DecisionList, statusText } from "../agreementParts.tsx";
import { ChangedNotice } from "../ChangedNotice.tsx";
import { DecisionForm } from "./DecisionForm.tsx";
import { ProposeBox } from "./ProposeBox.tsx";
import { VersionLinks } from "./VersionLinks.tsx";

/** A member who does not speak for their organisation still sees what it decided on the version. */
function OwnDecision({ data }: { data: Agreement }) {
  const { t } = useTranslation();
  const own = data.myOrganisation;
  if (!own || !data.latest || data.representing) return null;
  const params = {
    organisation: own.name,
    number: data.latest.number,
    name: own.decidedByName ?? "",
    date: own.decidedAt ? formatDate(own.decidedAt) : "",
  };
  return <p className="agreement-own-decision">{t(`agreement.myOrganisation.${own.decision ?? "pending"}`, params)}</p>;
}

/** Who decides: the organisation the person speaks for, and the organisations that have named nobody and so cannot. */
function Representation({ data }: { data: Agreement }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  return (
    <>
      <p>{data.representing ? t("agreement.representing", { organisation: data.representing }) : t("agreement.notRepresenting")}</p>
      <OwnDecision data={data} />
      {data.unrepresented.length > 0 ? (
        <div className="notice">
          <p>{t("agreement.unrepresented", { count: data.unrepresented.length })}</p>
          <ul>
            {data.unrepresented.map((o) => (
              <li key={o.id}>
                <Link to={`/networks/${networkId}/organisations/${o.id}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** Where the latest version stands: status, each organisation's decision, the decision form and links. */
export function LatestPanel({ data, onChange }: { data: Agreement; onChange: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const latest = data.latest;
  const approved = data.versions.find((v) => v.status === "approved");
  const acceptedCount = latest?.organisations.filter((o) => o.decision === "accepted").length ?? 0;
  return (
    <Section id="agreement-latest-heading" className="panel agreement-latest" title={t("agreement.latest.heading")}>
      {!latest ? (
        <p>{t("agreement.latest.none")}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t("agreement.version")}</dt>
            <dd>{latest.number}</dd>
            <dt>{t("agreement.latest.status")}</dt>
            <dd>{statusText(t, latest.status)}</dd>
            <dt>{t("agreement.latest.proposedAt")}</dt>
            <dd>{formatDate(latest.proposedAt)}</dd>
            {latest.approvedAt ? (
              <>
                <dt>{t("agreement.latest.approvedAt")}</dt>
                <dd>{formatDate(latest.approvedAt)}</dd>
              </>
            ) : null}
          </dl>
          <ChangedNotice version={latest} />
          <h3>
            {latest.status === "approved"
              ? t("agreement.decisions.headingApproved", { number: latest.number })
              : latest.status === "proposed"
                ? t("agreement.decisions.headingVersion", { number: latest.number })
                : t("agreement.decisions.heading")}
          </h3>
          {latest.organisations.length === 0 ? (
            <p>{t("agreement.decisions.noOrganisations")}</p>
          ) : (
            <>
              <p>{t("agreement.decisions.summary", { accepted: acceptedCount, count: latest.organisations.length })}</p>
              <DecisionList decisions={latest.organisations} />
            </>
          )}
          <Representation data={data} />
          {latest.canDecide ? <DecisionForm key={latest.id} version={latest} onDecided={onChange} /> : null}
          <VersionLinks networkId={networkId} version={latest} />
        </>
      )}
      {approved && approved.id !== latest?.id ? (
        <div className="agreement-current">
          <h3>{t("agreement.latest.currentHeading")}</h3>
          <p>{t("agreement.latest.current", { number: approved.number, date: formatDate(approved.approvedAt ?? approved.proposedAt) })}</p>
          <VersionLinks networkId={networkId} version={approved} />
        </div>
      ) : null}
      {data.canPropose ? <ProposeBox onProposed={onChange} /> : null}
    </Section>
  );
}
