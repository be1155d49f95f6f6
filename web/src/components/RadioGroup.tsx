/** One question with its options as radio buttons, in a fieldset whose legend is the question. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className={`radio-group${error ? " field-invalid" : ""}`} id={`field-${name}`}>
      <legend>{legend}</legend>
      {error ? <p className="field-problem">{error}</p> : null}
      {options.map((o) => (
        <div key={o.value} className="radio-option">
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
