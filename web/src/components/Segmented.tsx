/** A choice of one among a few, as buttons that show which is pressed; `legend` names the choice to screen readers. */
export function Segmented<V extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={value === o.value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
