import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NoRounds({ networkId, coordinator, scheduled }: { networkId: string; coordinator: boolean; scheduled: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="no-rounds-heading" className="panel">
      <h2 id="no-rounds-heading">{t("surveys.health.noRoundsTitle")}</h2>
      <p>{t("surveys.health.about")}</p>
      <p>{scheduled ? t("surveys.health.onlyScheduled") : t("surveys.health.noRounds")}</p>
      {coordinator ? (
        <p>
          <Link className="button primary" to={`/networks/${networkId}/surveys`}>
            {t("surveys.health.openSurveys")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
