import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isComputedSource } from "../../../../../src/domain/evaluation.ts";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { Indicator, Measurement, MeasurementInput } from "../types.ts";
import type { PageContext } from "./context.ts";
import { parseNumber, todayIso, valueText } from "./format.ts";

/** Records a measurement: a number, an answer in words, or for a computed indicator Solmu's value of today. */
export function MeasurementForm({
  ctx,
  indicator,
  onSaved,
}: {
  ctx: PageContext;
  indicator: Indicator;
  onSaved: (ind: Indicator) => void;
}) {
  const { t } = useTranslation();
  const prefix = `meas-${indicator.id}`;
  const [message, setMessage] = useState("");
  const { busy, error, save } = useSave(prefix);
  const { draft, setDraft, field } = useDraft({ value: "", text: "", measuredOn: todayIso(), source: "" }, { error, savePrefix: prefix });
  const { value, text, measuredOn, source } = draft;
  const computed = isComputedSource(indicator.source);

  const send = (body: MeasurementInput, problems?: Record<string, string>) => {
    setMessage("");
    const path = { networkId: ctx.networkId, indicatorId: indicator.id };
    void save(() => ok(client.POST("/api/networks/{networkId}/indicators/{indicatorId}/measurements", { params: { path }, body })), {
      problems,
      saved: (saved) => {
        // The measurement just made is the one entered last (a computed one takes Solmu's value, not what was sent).
        const made = saved.measurements.reduce<Measurement | null>((a, m) => (!a || m.createdAt > a.createdAt ? m : a), null);
        setDraft((d) => ({ ...d, value: "", text: "" }));
        setMessage(
          made && made.value !== null
            ? t("evaluation.measurement.savedValue", { value: valueText(t, made.value, saved.unit), date: formatDay(made.measuredOn) })
            : t("evaluation.measurement.savedText", { date: formatDay(made?.measuredOn ?? body.measuredOn) }),
        );
        onSaved(saved);
      },
    });
  };

  if (computed) {
    const problem = error instanceof ApiError ? (error.fields[`${prefix}-value`] ?? null) : null;
    return (
      <div className="ev-store">
        <p className="hint">
          {indicator.currentComputed === null
            ? t("evaluation.measurement.computedNone")
            : t("evaluation.measurement.computedHint", { value: valueText(t, indicator.currentComputed, indicator.unit) })}
        </p>
        {problem ? (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        ) : (
          <FormError error={error} />
        )}
        <button
          type="button"
          onClick={() => send({ value: null, text: "", measuredOn: todayIso(), source: "" })}
          aria-disabled={busy || undefined}
        >
          {t("evaluation.measurement.storeToday")}
          <span className="visually-hidden">: {indicator.name}</span>
        </button>
        <p className="status" role="status">
          {message}
        </p>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const v = parseNumber(value);
    if (indicator.kind === "quantitative") {
      if (v === null) problems[`${prefix}-value`] = t("validation.required");
      else if (Number.isNaN(v)) problems[`${prefix}-value`] = t("evaluation.form.notNumber");
    } else if (!text.trim()) problems[`${prefix}-text`] = t("validation.required");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(measuredOn)) problems[`${prefix}-measuredOn`] = t("validation.invalid_date");
    send(
      indicator.kind === "quantitative" ? { value: v, text: "", measuredOn, source } : { value: null, text, measuredOn, source },
      problems,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="ev-form">
      <FormError error={error} />
      {indicator.kind === "quantitative" ? (
        <TextField
          {...field("value")}
          label={indicator.unit ? t("evaluation.measurement.valueIn", { unit: indicator.unit }) : t("evaluation.measurement.value")}
          inputMode="decimal"
          autoComplete="off"
        />
      ) : (
        <TextArea {...field("text")} label={t("evaluation.measurement.answer")} hint={indicator.question} rows={4} maxLength={4000} />
      )}
      <div className="ev-pair">
        <TextField {...field("measuredOn")} type="date" label={t("evaluation.measurement.date")} />
        <TextField
          {...field("source")}
          label={t("evaluation.measurement.source")}
          hint={indicator.kind === "quantitative" ? t("evaluation.measurement.sourceHint") : t("evaluation.measurement.sourceHintText")}
          maxLength={300}
        />
      </div>
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("evaluation.measurement.save")}
        <span className="visually-hidden">: {indicator.name}</span>
      </button>
      <p className="status" role="status">
        {message}
      </p>
    </form>
  );
}
