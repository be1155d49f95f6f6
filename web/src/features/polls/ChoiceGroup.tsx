import { useId } from "react";

export interface Choice {
  value: string;
  label: string;
  /** One line that explains the choice, read out with it. */
  description?: string;
}

/**
 * Radio buttons in a fieldset whose legend is the question, each with an optional one-line explanation tied to it
 * (aria-describedby). `name` is also the API field whose error is shown here and the anchor the summary links to.
 */
export function ChoiceGroup({
  name,
  legend,
  choices,
  value,
  onChange,
  error,
  hint,
  inline,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  value: string | undefined;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  /** Choices side by side (a scale, yes/maybe/no). */
  inline?: boolean;
}) {
  const base = useId();
  return (
    <fieldset className={`radio-group${inline ? " inline" : ""}${error ? " field-invalid" : ""}`} id={`field-${name}`}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {error ? <p className="field-problem">{error}</p> : null}
      {choices.map((c) => (
        <div key={c.value} className="radio-option">
          <input
            type="radio"
            id={`${base}-${c.value}`}
            name={`${base}-${name}`}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            aria-describedby={c.description ? `${base}-${c.value}-d` : undefined}
          />
          <div>
            <label htmlFor={`${base}-${c.value}`}>{c.label}</label>
            {c.description ? (
              <p className="hint" id={`${base}-${c.value}-d`}>
                {c.description}
              </p>
            ) : null}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** A checkbox with its label and an optional explanation below it. */
export function CheckField({
  name,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  const base = useId();
  return (
    <div className="poll-check">
      <div className="field checkbox">
        <input
          type="checkbox"
          id={`field-${name}`}
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${base}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={`field-${name}`}>{label}</label>
      </div>
      {hint ? (
        <p className="hint" id={`${base}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
