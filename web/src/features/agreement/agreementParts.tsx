// What the agreement page and the printable version share: the API's shapes by their names here, headings, links and a decision as text.
import { useTranslation } from "react-i18next";
import type { Answer, Schemas } from "../../api/client.ts";
import { formatDate } from "../../i18n.ts";

export type Agreement = Schemas["Agreement"];
export type AgreementSection = Schemas["AgreementSection"];
export type AgreementVersion = Schemas["AgreementVersion"];
export type VersionSummary = Agreement["versions"][number];
export type VersionStatus = AgreementVersion["status"];
export type OrganisationDecision = AgreementVersion["organisations"][number];
export type Decision = NonNullable<OrganisationDecision["decision"]>;
export type SectionHistoryData = Answer<"/api/networks/{networkId}/agreement/sections/{sectionId}/history">;

type T = ReturnType<typeof useTranslation>["t"];

/** A section's heading: "N. question" for the framework's questions, the title for free sections. */
export const sectionHeading = (t: T, s: { question: number | null; title: string }) =>
  s.question ? `${s.question}. ${t(`agreement.question.${s.question}`)}` : s.title;

/** A short name for a section, for the hidden context of its buttons ("3", or a free section's title). */
export const sectionRef = (s: { question: number | null; title: string }) => (s.question ? String(s.question) : s.title);

export const versionPath = (networkId: string, versionId: string) => `/networks/${networkId}/agreement/versions/${versionId}`;
export const markdownUrl = (networkId: string, versionId: string) => `/api/networks/${networkId}/agreement/versions/${versionId}/markdown`;

/** One organisation's decision as text, with a badge that repeats it (never colour alone). */
function DecisionText({ o }: { o: OrganisationDecision }) {
  const { t } = useTranslation();
  const label =
    o.decision === "accepted"
      ? t("agreement.decisions.accepted")
      : o.decision === "changes_requested"
        ? t("agreement.decisions.changesRequested")
        : t("agreement.decisions.pending");
  const badge = o.decision === "accepted" ? "badge" : o.decision === "changes_requested" ? "badge warn" : "badge quiet";
  return (
    <>
      <strong>{o.name}</strong>
      <span className="visually-hidden">: </span> <span className={badge}>{label}</span>
      {o.decision && o.decidedAt ? (
        <span className="meta agreement-decided">
          {" "}
          {t("agreement.decisions.by", { name: o.decidedByName ?? t("agreement.unknownPerson"), date: formatDate(o.decidedAt) })}
        </span>
      ) : null}
      {o.comment ? <blockquote className="agreement-quote prose">{o.comment}</blockquote> : null}
    </>
  );
}

/** Organisations' decisions on a version, one to a line. */
export function DecisionList({ decisions }: { decisions: OrganisationDecision[] }) {
  return (
    <ul className="plain agreement-decisions">
      {decisions.map((o) => (
        <li key={o.id}>
          <DecisionText o={o} />
        </li>
      ))}
    </ul>
  );
}

/** How the version stands, as text: proposed, approved or superseded. */
export const statusText = (t: T, status: VersionStatus) =>
  status === "approved"
    ? t("agreement.status.approved")
    : status === "superseded"
      ? t("agreement.status.superseded")
      : t("agreement.status.proposed");
