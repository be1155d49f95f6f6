import { useTranslation } from "react-i18next";
import { TextList } from "../../../components/TextList.tsx";
import { formatNumber } from "../../../i18n.ts";
import type { EvaluationGoal, GoalEvaluation } from "../types.ts";
import { RatingChart } from "./RatingChart.tsx";

/** One goal's results in the joint evaluation, shown once the round has closed, from the minimum group size of raters up. */
export function GoalResults({
  goal,
  evaluation,
  minGroupSize,
  open,
}: {
  goal: EvaluationGoal;
  evaluation: GoalEvaluation;
  minGroupSize: number;
  open: boolean;
}) {
  const { t } = useTranslation();
  const d = evaluation.distribution;
  return (
    <div className="ev-results">
      <h4>{t("evaluation.results.heading")}</h4>
      {open ? (
        <p>{t("evaluation.results.afterClose", { min: minGroupSize })}</p>
      ) : !evaluation.shown || !d ? (
        <p>{t("evaluation.results.hidden", { count: evaluation.respondents, min: minGroupSize })}</p>
      ) : d.n === 0 || d.mean === null ? (
        <p>{t("evaluation.results.noRatings", { count: evaluation.respondents })}</p>
      ) : (
        <>
          <p>
            {t("evaluation.results.mean", {
              mean: formatNumber(Math.round(d.mean * 10) / 10),
              n: formatNumber(d.n),
              count: evaluation.respondents,
            })}
          </p>
          <RatingChart goal={goal.title} counts={d.counts} />
          <p className="meta">{t("evaluation.results.scale")}</p>
        </>
      )}
      {evaluation.shown && evaluation.comments.length > 0 ? (
        <>
          <h5>{t("evaluation.results.comments")}</h5>
          <TextList texts={evaluation.comments} className="ev-comments" itemClassName="prose" />
        </>
      ) : null}
    </div>
  );
}
