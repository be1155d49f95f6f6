import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isComputedSource } from "../../../../../src/domain/evaluation.ts";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { useConfirm } from "../../../components/ConfirmButton.tsx";
import { FormError } from "../../../components/Form.tsx";
import { formatDay, formatNumber } from "../../../i18n.ts";
import type { EvaluationGoal, Indicator } from "../types.ts";
import { type PageContext, replaceIndicator } from "./context.ts";
import { valueText } from "./format.ts";
import { IndicatorForm } from "./IndicatorForm.tsx";
import { MeasurementForm } from "./MeasurementForm.tsx";
import { MeasurementList } from "./MeasurementList.tsx";
import { ProgressView } from "./ProgressView.tsx";
import { TrendView } from "./TrendView.tsx";

export function IndicatorCard({ ctx, goal, indicator }: { ctx: PageContext; goal: EvaluationGoal; indicator: Indicator }) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const [editing, setEditing] = useState(false);
  const { error, save } = useSave();
  const headingId = `ind-${indicator.id}-heading`;
  const computed = isComputedSource(indicator.source);
  const quantitative = indicator.kind === "quantitative";
  const replace = (ind: Indicator) => ctx.setData((d) => replaceIndicator(d, ind));
  const notSet = t("common.notSet");
  const num = (n: number | null) => (n === null ? notSet : formatNumber(n));

  const remove = async () => {
    if (!(await ask({ question: t("evaluation.indicator.confirmDelete", { name: indicator.name }), danger: true }))) return;
    void save(
      () =>
        ok(
          client.DELETE("/api/networks/{networkId}/indicators/{indicatorId}", {
            params: { path: { networkId: ctx.networkId, indicatorId: indicator.id } },
          }),
        ),
      {
        saved: () => {
          ctx.setData(
            (d) => d && { ...d, goals: d.goals.map((g) => ({ ...g, indicators: g.indicators.filter((i) => i.id !== indicator.id) })) },
          );
          ctx.announce(t("evaluation.indicator.deleted", { name: indicator.name }), `goal-${goal.id}-heading`);
        },
        failed: (err) =>
          err instanceof ApiError && err.status === 403 ? new ApiError(403, err.code, t("evaluation.indicator.forbidden")) : err,
      },
    );
  };

  return (
    <li className="ev-indicator">
      <h4 id={headingId} tabIndex={-1}>
        {indicator.name}
      </h4>
      <p className="ev-badges">
        <span className="badge quiet">{t(`evaluation.kind.${indicator.kind}`)}</span>
        {computed ? <span className="badge quiet">{t("evaluation.indicator.computedBadge")}</span> : null}
      </p>
      {quantitative ? (
        <dl className="facts ev-facts">
          <dt>{t("evaluation.indicator.source")}</dt>
          <dd>{t(`evaluation.source.${indicator.source}`)}</dd>
          <dt>{t("evaluation.indicator.unit")}</dt>
          <dd>{indicator.unit || notSet}</dd>
          <dt>{t("evaluation.indicator.baselineTarget")}</dt>
          <dd>
            {t("evaluation.indicator.fromTo", { baseline: num(indicator.baseline), target: num(indicator.target) })}
            {indicator.direction ? <span className="meta"> ({t(`evaluation.direction.${indicator.direction}`)})</span> : null}
          </dd>
          {computed ? (
            <>
              <dt>{t("evaluation.indicator.now")}</dt>
              <dd>
                {indicator.currentComputed === null
                  ? t("evaluation.indicator.noComputed")
                  : valueText(t, indicator.currentComputed, indicator.unit)}
              </dd>
            </>
          ) : null}
          <dt>{computed ? t("evaluation.indicator.lastStored") : t("evaluation.indicator.latest")}</dt>
          <dd>
            {indicator.latest
              ? t("evaluation.indicator.latestOn", {
                  value: valueText(t, indicator.latest.value, indicator.unit),
                  date: formatDay(indicator.latest.measuredOn),
                })
              : t("evaluation.indicator.noLatest")}
          </dd>
          <dt>{t("evaluation.indicator.progress")}</dt>
          <dd>
            <ProgressView progress={indicator.progress} />
          </dd>
        </dl>
      ) : (
        <dl className="facts ev-facts">
          <dt>{t("evaluation.indicator.question")}</dt>
          <dd className="prose">{indicator.question}</dd>
        </dl>
      )}
      {quantitative ? (
        <div className="ev-trend-block">
          <h5>{t("evaluation.trend.heading")}</h5>
          <TrendView indicator={indicator} />
        </div>
      ) : indicator.trend.filter((p) => p.text).length > 1 ? (
        <div className="ev-trend-block">
          <h5>{t("evaluation.trend.textHeading")}</h5>
          <ul className="plain">
            {indicator.trend
              .filter((p) => p.text)
              .map((p) => (
                <li key={p.cycleId}>
                  <span className="strong">{p.cycleName}:</span> <span className="prose">{p.text}</span>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <MeasurementList ctx={ctx} indicator={indicator} onChanged={replace} />
      {ctx.canEdit ? (
        <div className="ev-actions">
          {computed ? (
            // A closed cycle's computed values were stored when it closed.
            ctx.data.cycle.closedAt ? null : (
              <MeasurementForm ctx={ctx} indicator={indicator} onSaved={replace} />
            )
          ) : (
            <details className="ev-details">
              <summary>
                {quantitative ? t("evaluation.measurement.recordValue") : t("evaluation.measurement.recordAnswer")}
                <span className="visually-hidden">: {indicator.name}</span>
              </summary>
              <MeasurementForm ctx={ctx} indicator={indicator} onSaved={replace} />
            </details>
          )}
          <details className="ev-details" open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
            <summary>
              {t("evaluation.indicator.edit")}
              <span className="visually-hidden">: {indicator.name}</span>
            </summary>
            {editing ? (
              <IndicatorForm
                ctx={ctx}
                goalId={goal.id}
                indicator={indicator}
                onDone={(ind) => {
                  replace(ind);
                  setEditing(false);
                  ctx.announce(t("evaluation.indicator.saved", { name: ind.name }), headingId);
                }}
              />
            ) : null}
          </details>
          <FormError error={error} />
          {ctx.coordinator || ctx.addedHere.has(indicator.id) ? (
            <p>
              <button type="button" className="danger" onClick={() => void remove()}>
                {t("evaluation.indicator.delete")}
                <span className="visually-hidden">: {indicator.name}</span>
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
