import { useTranslation } from "react-i18next";

/**
 * Said wherever a version's status shows: the draft has moved on since the version being decided (or in
 * force) was frozen, so that nobody approves words believing they are the ones now on the page.
 */
export function ChangedNotice({ version }: { version: { number: number; status: string; changedSinceProposal: boolean } }) {
  const { t } = useTranslation();
  if (!version.changedSinceProposal) return null;
  return (
    <p className="notice agreement-changed">
      {t(version.status === "approved" ? "agreement.changed.approved" : "agreement.changed.proposed", { number: version.number })}
    </p>
  );
}
