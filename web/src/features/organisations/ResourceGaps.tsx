import { useTranslation } from "react-i18next";
import { formatDay } from "../../i18n.ts";
import { useNetworkResources } from "./useResources.ts";

/** The gaps view's resources: the kinds no organisation brings and those only one brings, from the latest released round that asked. */
export function ResourceGaps({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useNetworkResources(networkId);
  if (!data) return null;
  const label = (r: string) => t(`resourceKinds.${r}`);
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(items);
  return (
    <>
      <h3 id="gaps-resources-heading">{t("gaps.resources.title")}</h3>
      {!data.round ? (
        <p>{t("gaps.resources.noRound")}</p>
      ) : (
        <>
          <p className="hint">
            {t("gaps.resources.intro", {
              title: data.round.title,
              date: formatDay(data.round.closedOn),
              answered: data.organisations.length,
              total: data.organisationCount,
            })}
          </p>
          <p>
            {data.gaps.nobody.length > 0
              ? t("gaps.resources.nobody", { list: list(data.gaps.nobody.map(label)) })
              : t("gaps.resources.noneMissing")}
          </p>
          {data.gaps.onlyOne.length > 0 ? (
            <>
              <h4 id="gaps-only-one-heading">{t("gaps.resources.onlyOne")}</h4>
              <ul className="plain" aria-labelledby="gaps-only-one-heading">
                {data.gaps.onlyOne.map((g) => (
                  <li key={g.resource}>{t("gaps.resources.onlyOneItem", { resource: label(g.resource), name: g.name })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
