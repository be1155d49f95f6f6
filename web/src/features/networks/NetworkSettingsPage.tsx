import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { Page, Section } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";
import { type NetworkFields, NetworkForm } from "./NetworkForm.tsx";
import { useNetwork } from "./NetworkLayout.tsx";

type Network = Schemas["Network"];

const fieldsOf = (n: Network): NetworkFields => ({
  name: n.name,
  purpose: n.purpose,
  networkType: n.networkType,
  governance: n.governance,
  staleAfterDays: n.staleAfterDays,
  surveyRetentionMonths: n.surveyRetentionMonths,
  surveyAnswersOnLeave: n.surveyAnswersOnLeave,
  surveyTiesVisibility: n.surveyTiesVisibility,
  requireSso: n.requireSso,
});

/**
 * Edits a network. When someone else saved first (409), the stored version is
 * shown beside the form and the next save is based on it, so the user merges
 * by hand instead of overwriting the other person's work.
 */
export function NetworkSettingsPage() {
  const { t } = useTranslation();
  const { home, reload } = useNetwork();
  const { refresh } = useSession();
  const [version, setVersion] = useState(home.network.version);
  const [conflict, setConflict] = useState<Network | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  return (
    <Page title={t("network.settings")}>
      {conflict ? (
        <Section id="conflict-heading" className="conflict" title={t("network.conflictTitle")}>
          <p>{t("network.conflictHelp")}</p>
          <dl>
            <dt>{t("networks.name")}</dt>
            <dd>{conflict.name}</dd>
            <dt>{t("networks.purpose")}</dt>
            <dd>{conflict.purpose}</dd>
            <dt>{t("networks.type")}</dt>
            <dd>{t(`networkType.${conflict.networkType}.name`)}</dd>
            <dt>{t("networks.governance")}</dt>
            <dd>{conflict.governance}</dd>
            <dt>{t("networks.staleAfterDays")}</dt>
            <dd>{conflict.staleAfterDays}</dd>
            <dt>{t("networks.retention.months")}</dt>
            <dd>{conflict.surveyRetentionMonths ?? t("networks.retention.noLimit")}</dd>
            <dt>{t("networks.retention.onLeave.legend")}</dt>
            <dd>{t(`networks.retention.onLeave.${conflict.surveyAnswersOnLeave}`)}</dd>
          </dl>
        </Section>
      ) : null}
      <NetworkForm
        initial={fieldsOf(home.network)}
        submitLabel={t("common.save")}
        error={error}
        done={saved ? t("common.saved") : null}
        onSubmit={async (fields) => {
          setError(null);
          setSaved(false);
          try {
            const n = await ok(
              client.PATCH("/api/networks/{networkId}", { params: { path: { networkId: home.network.id } }, body: { ...fields, version } }),
            );
            setVersion(n.version);
            setConflict(null);
            setSaved(true);
            await reload();
            await refresh();
          } catch (err) {
            if (err instanceof ApiError && err.status === 409 && err.current) {
              const current = err.current as Network;
              setConflict(current);
              setVersion(current.version);
            }
            setError(err);
          }
        }}
      />
    </Page>
  );
}
