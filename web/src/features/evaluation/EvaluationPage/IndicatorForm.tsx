import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  DIRECTIONS,
  type Direction,
  INDICATOR_KINDS,
  INDICATOR_SOURCES,
  type IndicatorKind,
  type IndicatorSource,
  isComputedSource,
} from "../../../../../src/domain/evaluation.ts";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { ConflictNote, FormError, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { formatNumber } from "../../../i18n.ts";
import type { Indicator, IndicatorInput } from "../types.ts";
import type { PageContext } from "./context.ts";
import { numberForInput, parseNumber, valueText } from "./format.ts";

/** Adds an indicator to a goal, or edits one: kind, name and either the number's source, unit, baseline, target and direction or the question. */
export function IndicatorForm({
  ctx,
  goalId,
  indicator,
  onDone,
}: {
  ctx: PageContext;
  goalId: string;
  /** The indicator to edit; none to add a new one. */
  indicator?: Indicator;
  onDone: (ind: Indicator) => void;
}) {
  const { t, i18n } = useTranslation();
  const prefix = `ind-${indicator?.id ?? `new-${goalId}`}`;
  const lang = i18n.language;
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<Indicator>({ version: indicator?.version ?? 0, prefix });
  const { draft, setDraft, set, field } = useDraft(
    {
      kind: indicator?.kind ?? ("quantitative" as IndicatorKind),
      name: indicator?.name ?? "",
      source: indicator?.source ?? ("manual" as IndicatorSource),
      unit: indicator?.unit ?? "",
      baseline: numberForInput(indicator?.baseline ?? null, lang),
      target: numberForInput(indicator?.target ?? null, lang),
      direction: indicator?.direction ?? ("" as Direction | ""),
      question: indicator?.question ?? "",
    },
    { error, savePrefix: prefix },
  );
  const { kind, name, source, unit, baseline, target, direction, question } = draft;
  const computed = isComputedSource(source);
  const figure = computed ? ctx.data.figures.find((f) => f.key === source) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = parseNumber(baseline);
    const tg = parseNumber(target);
    const problems: Record<string, string> = {};
    if (!name.trim()) problems[`${prefix}-name`] = t("validation.required");
    if (kind === "quantitative") {
      if (Number.isNaN(b)) problems[`${prefix}-baseline`] = t("evaluation.form.notNumber");
      if (Number.isNaN(tg)) problems[`${prefix}-target`] = t("evaluation.form.notNumber");
      if (tg !== null && !direction) problems[`${prefix}-direction`] = t("evaluation.form.directionNeeded");
    } else if (!question.trim()) problems[`${prefix}-question`] = t("validation.required");
    const body: IndicatorInput =
      kind === "quantitative"
        ? { kind, name, source, unit: computed ? "" : unit, baseline: b, target: tg, direction: direction || null, question: "" }
        : { kind, name, source: "manual", unit: "", baseline: null, target: null, direction: null, question };
    void save(
      () =>
        indicator
          ? ok(
              client.PATCH("/api/networks/{networkId}/indicators/{indicatorId}", {
                params: { path: { networkId: ctx.networkId, indicatorId: indicator.id } },
                body: { ...body, version: version ?? indicator.version },
              }),
            )
          : ok(
              client.POST("/api/networks/{networkId}/goals/{goalId}/indicators", {
                params: { path: { networkId: ctx.networkId, goalId } },
                body,
              }),
            ),
      {
        problems,
        saved: (saved) => {
          if (!indicator)
            setDraft((d) => ({ ...d, name: "", unit: "", baseline: "", target: "", direction: "", question: "", source: "manual" }));
          else setVersion(saved.version);
          onDone(saved);
        },
        conflict: () => void ctx.reload(),
      },
    );
  };

  const fieldError = error instanceof ApiError ? error.fields : {};
  return (
    <form onSubmit={submit} noValidate className="ev-form">
      {conflict ? (
        <ConflictNote alert message={t("evaluation.indicator.conflict")}>
          <dl className="facts">
            <dt>{t("evaluation.form.name")}</dt>
            <dd>{conflict.name}</dd>
            {conflict.kind === "quantitative" ? (
              <>
                <dt>{t("evaluation.form.source")}</dt>
                <dd>{t(`evaluation.source.${conflict.source}`)}</dd>
                <dt>{t("evaluation.form.unit")}</dt>
                <dd>{conflict.unit || t("common.notSet")}</dd>
                <dt>{t("evaluation.form.baseline")}</dt>
                <dd>{conflict.baseline === null ? t("common.notSet") : formatNumber(conflict.baseline)}</dd>
                <dt>{t("evaluation.form.target")}</dt>
                <dd>{conflict.target === null ? t("common.notSet") : formatNumber(conflict.target)}</dd>
                <dt>{t("evaluation.form.direction")}</dt>
                <dd>{conflict.direction ? t(`evaluation.direction.${conflict.direction}`) : t("common.notSet")}</dd>
              </>
            ) : (
              <>
                <dt>{t("evaluation.form.question")}</dt>
                <dd className="prose">{conflict.question}</dd>
              </>
            )}
          </dl>
        </ConflictNote>
      ) : null}
      <FormError error={error} />
      {indicator ? null : (
        <RadioGroup
          name={`${prefix}-kind`}
          legend={t("evaluation.form.kind")}
          options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`evaluation.kind.${k}`) }))}
          value={kind}
          onChange={(v) => set("kind", v as IndicatorKind)}
          error={fieldError[`${prefix}-kind`]}
        />
      )}
      <p className="hint">{kind === "quantitative" ? t("evaluation.form.quantitativeHelp") : t("evaluation.form.qualitativeHelp")}</p>
      <TextField {...field("name")} label={t("evaluation.form.name")} maxLength={200} required />
      {kind === "quantitative" ? (
        <>
          <SelectField
            {...field("source")}
            label={t("evaluation.form.source")}
            hint={t("evaluation.form.sourceHint")}
            options={INDICATOR_SOURCES.map((s) => ({ value: s, label: t(`evaluation.source.${s}`) }))}
          />
          {computed ? (
            <p className="hint ev-unit-note">
              {t("evaluation.form.computedUnit", { unit: figure?.unit || "–" })}{" "}
              {figure ? t("evaluation.form.computedNow", { value: valueText(t, figure.value, figure.unit) }) : null}
            </p>
          ) : (
            <TextField {...field("unit")} label={t("evaluation.form.unit")} hint={t("evaluation.form.unitHint")} maxLength={40} />
          )}
          <div className="ev-pair">
            <TextField
              {...field("baseline")}
              label={t("evaluation.form.baseline")}
              hint={t("evaluation.form.baselineHint")}
              inputMode="decimal"
              autoComplete="off"
            />
            <TextField
              {...field("target")}
              label={t("evaluation.form.target")}
              hint={t("evaluation.form.targetHint")}
              inputMode="decimal"
              autoComplete="off"
            />
          </div>
          <SelectField
            {...field("direction")}
            label={t("evaluation.form.direction")}
            options={[
              { value: "", label: t("evaluation.form.directionNone") },
              ...DIRECTIONS.map((d) => ({ value: d, label: t(`evaluation.direction.${d}`) })),
            ]}
          />
        </>
      ) : (
        <TextArea
          {...field("question")}
          label={t("evaluation.form.question")}
          hint={t("evaluation.form.questionHint")}
          rows={3}
          maxLength={1000}
        />
      )}
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {indicator ? t("evaluation.form.saveChanges") : t("evaluation.form.add")}
      </button>
    </form>
  );
}
