import { useTranslation } from "react-i18next";
import { VIEWERS } from "../../../../src/domain/surveyVisibility.ts";
import { formatNumber } from "../../i18n.ts";
import type { SurveyRound } from "./types.ts";

/**
 * What each role sees of the respondent's answer in this round, listed from the policy the server
 * enforces (the round's `seenBy`), so that what the page promises is what the code does.
 */
export function WhoSeesWhat({ round, minGroupSize }: { round: SurveyRound; minGroupSize: number | null }) {
  const { t } = useTranslation();
  const min = formatNumber(minGroupSize ?? 3);
  return (
    <>
      <p>{t("surveys.visibility.intro")}</p>
      <dl className="who-sees-what">
        {VIEWERS.map((viewer) => (
          <div key={viewer}>
            <dt>{t(`surveys.visibility.viewer.${viewer}`)}</dt>
            {round.seenBy[viewer].map((sight) => (
              <dd key={sight}>{t(`surveys.visibility.sight.${sight}`, { min })}</dd>
            ))}
          </div>
        ))}
      </dl>
      <p>
        <strong>{t("surveys.visibility.nobody", { min })}</strong>
      </p>
    </>
  );
}
