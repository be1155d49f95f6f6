import { useTranslation } from "react-i18next";
import { Section } from "../../components/Page.tsx";
import { formatDay } from "../../i18n.ts";
import { useNetworkResources } from "./useResources.ts";

/** The organisation card's "what it brings to the network", as its people said in the latest released round that asked. */
export function OrganisationBrings({ networkId, organisationId }: { networkId: string; organisationId: string }) {
  const { t } = useTranslation();
  const { data } = useNetworkResources(networkId);
  if (!data) return null;
  const own = data.organisations.find((o) => o.organisationId === organisationId);
  return (
    <Section id="brings-heading" className="panel" title={t("organisations.brings.title")}>
      {!data.round ? (
        <p>{t("organisations.brings.noRound")}</p>
      ) : (
        <>
          {own && own.resources.length > 0 ? (
            <ul className="plain" aria-labelledby="brings-heading">
              {own.resources.map((r) => (
                <li key={r} className="tag">
                  {t(`resourceKinds.${r}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("organisations.brings.none")}</p>
          )}
          <p className="hint">{t("organisations.brings.from", { title: data.round.title, date: formatDay(data.round.closedOn) })}</p>
        </>
      )}
    </Section>
  );
}
