import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../../components/Page.tsx";

export function NoRounds({ networkId, coordinator, scheduled }: { networkId: string; coordinator: boolean; scheduled: boolean }) {
  const { t } = useTranslation();
  return (
    <Section id="no-rounds-heading" className="panel" title={t("surveys.health.noRoundsTitle")}>
      <p>{t("surveys.health.about")}</p>
      <p>{scheduled ? t("surveys.health.onlyScheduled") : t("surveys.health.noRounds")}</p>
      {coordinator ? (
        <p>
          <Link className="button primary" to={`/networks/${networkId}/surveys`}>
            {t("surveys.health.openSurveys")}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
