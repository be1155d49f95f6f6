import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NoRounds({ networkId, coordinator, scheduled }: { networkId: string; coordinator: boolean; scheduled: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="no-rounds-heading" className="panel">
      <h2 id="no-rounds-heading">{t("surveysUi.health.noRoundsTitle")}</h2>
      <p>{t("surveysUi.health.about")}</p>
      <p>{scheduled ? t("surveysUi.health.onlyScheduled") : t("surveysUi.health.noRounds")}</p>
      {coordinator ? (
        <p>
          <Link className="button primary" to={`/networks/${networkId}/surveys`}>
            {t("surveysUi.health.openSurveys")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
