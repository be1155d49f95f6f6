import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../i18n.ts";

/**
 * One question as a row of radio buttons in a fieldset. `values` are the numbers to offer; with `cantSay`
 * a last option stands for null. Without `labelOf` the numbers are shown, and 1 and 5 carry the end labels
 * for screen readers (the page explains them once in view).
 */
export function Scale({
  id,
  name,
  legend,
  description,
  values,
  labelOf,
  value,
  onChange,
  cantSay = false,
  error,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  description?: string;
  values: readonly number[];
  labelOf?: (v: number) => string;
  value: number | null;
  onChange: (v: number | null) => void;
  cantSay?: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const base = useId();
  const descId = description ? `${base}-desc` : undefined;
  const errId = error ? `${base}-err` : undefined;
  const ends = (v: number) =>
    labelOf ? null : v === 1 ? t("surveys.scale.low") : v === values[values.length - 1] ? t("surveys.scale.high") : null;
  return (
    <fieldset
      className={`survey-scale${labelOf ? " survey-scale-labelled" : " survey-scale-numbers"}${error ? " field-invalid" : ""}`}
      id={id}
      aria-describedby={[descId, errId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legend}</legend>
      {description ? (
        <p className="hint" id={descId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="field-problem" id={errId}>
          {error}
        </p>
      ) : null}
      <div className="survey-scale-options">
        {values.map((v) => {
          const end = ends(v);
          return (
            <label key={v} className="survey-scale-option">
              <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
              <span>{labelOf ? labelOf(v) : formatNumber(v)}</span>
              {end ? <span className="visually-hidden"> ({end})</span> : null}
            </label>
          );
        })}
        {cantSay ? (
          <label className="survey-scale-option survey-cant-say">
            <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
            <span>{t("surveys.scale.cantSay")}</span>
          </label>
        ) : null}
      </div>
    </fieldset>
  );
}
