import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EvaluationGoal } from "../types.ts";
import { appendIndicator, type PageContext } from "./context.ts";
import { GoalResults } from "./GoalResults.tsx";
import { IndicatorCard } from "./IndicatorCard.tsx";
import { IndicatorForm } from "./IndicatorForm.tsx";

export function GoalSection({ ctx, goal }: { ctx: PageContext; goal: EvaluationGoal }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data } = ctx;
  const headingId = `goal-${goal.id}-heading`;
  return (
    <section className="panel ev-goal" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {goal.title}
      </h3>
      <p className="meta">{t(`goalTypes.${goal.goalType}.name`)}</p>
      {goal.indicators.length === 0 ? (
        <p>{t("evaluation.goal.noIndicators")}</p>
      ) : (
        <ul className="plain ev-indicators">
          {goal.indicators.map((i) => (
            <IndicatorCard key={i.id} ctx={ctx} goal={goal} indicator={i} />
          ))}
        </ul>
      )}
      {ctx.canEdit && !data.cycle.closedAt ? (
        <details className="ev-details ev-add" open={adding} onToggle={(e) => setAdding(e.currentTarget.open)}>
          <summary>
            {t("evaluation.indicator.add")}
            <span className="visually-hidden">: {goal.title}</span>
          </summary>
          {adding ? (
            <IndicatorForm
              ctx={ctx}
              goalId={goal.id}
              onDone={(ind) => {
                ctx.addedHere.add(ind.id);
                ctx.setData((d) => appendIndicator(d, ind));
                setAdding(false);
                ctx.announce(t("evaluation.indicator.added", { name: ind.name }), `ind-${ind.id}-heading`);
              }}
            />
          ) : null}
        </details>
      ) : null}
      {goal.evaluation ? (
        <GoalResults goal={goal} evaluation={goal.evaluation} minGroupSize={data.minGroupSize} open={data.round?.status === "open"} />
      ) : null}
    </section>
  );
}
