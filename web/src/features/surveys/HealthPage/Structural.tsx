import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { TextList } from "../../../components/TextList.tsx";
import { BarList } from "../charts.tsx";
import type { RoundResults } from "../types.ts";

/** One column of the free texts: what respondents wrote of a barrier or of an enabler. */
function FreeTexts({ heading, texts }: { heading: string; texts: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <h4>{heading}</h4>
      {texts.length ? <TextList texts={texts} className="free-texts" /> : <p>{t("surveys.health.noTexts")}</p>}
    </div>
  );
}

/** What hinders and helps the network's work, the free texts (coordinators), and the kind of network members see. */

export function Structural({ results, coordinator }: { results: RoundResults; coordinator: boolean }) {
  const { t } = useTranslation();
  const factor = (code: string) => t(`surveys.health.factor.${code}`);
  const factorItems = (list: RoundResults["barriers"]) =>
    [...list].sort((a, b) => b.count - a.count).map((b) => ({ key: b.factor, label: factor(b.factor), count: b.count }));
  const nt = results.networkType;
  const texts = coordinator ? results.texts : null;
  return (
    <Section id="structural-heading" title={t("surveys.health.structuralTitle")}>
      <p>{t("surveys.health.structuralIntro")}</p>
      <div className="two-columns">
        <div>
          <h3>{t("surveys.health.barriers")}</h3>
          {results.barriers.length ? <BarList items={factorItems(results.barriers)} /> : <p>{t("surveys.health.noneNamed")}</p>}
        </div>
        <div>
          <h3>{t("surveys.health.enablers")}</h3>
          {results.enablers.length ? <BarList items={factorItems(results.enablers)} /> : <p>{t("surveys.health.noneNamed")}</p>}
        </div>
      </div>
      {texts && (texts.barriers.length > 0 || texts.enablers.length > 0) ? (
        <>
          <h3>{t("surveys.health.textsTitle")}</h3>
          <p className="hint">{t("surveys.health.textsHelp")}</p>
          <div className="two-columns">
            <FreeTexts heading={t("surveys.health.barriers")} texts={texts.barriers} />
            <FreeTexts heading={t("surveys.health.enablers")} texts={texts.enablers} />
          </div>
        </>
      ) : null}
      {nt ? (
        <>
          <h3>{t("surveys.health.networkTypeTitle")}</h3>
          <p>
            {nt.declared
              ? t("surveys.health.declaredType", { type: t(`networkType.${nt.declared}.name`) })
              : t("surveys.health.noDeclaredType")}
          </p>
          {nt.votes.length ? (
            <BarList
              items={[...nt.votes]
                .sort((a, b) => b.count - a.count)
                .map((v) => ({
                  key: v.type,
                  label: t(`networkType.${v.type}.name`),
                  count: v.count,
                  ...(v.type === nt.declared ? { note: t("surveys.health.declared") } : {}),
                }))}
            />
          ) : (
            <p>{t("surveys.health.noVotes")}</p>
          )}
        </>
      ) : null}
    </Section>
  );
}
