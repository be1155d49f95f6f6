/** A list of checkboxes, one per option, that keeps the chosen ones in a list (barriers, enablers, resources). */
export function TickList<T extends string>({
  options,
  chosen,
  onChosen,
  idPrefix,
  label,
}: {
  options: readonly T[];
  chosen: T[];
  onChosen: (chosen: T[]) => void;
  idPrefix: string;
  label: (option: T) => string;
}) {
  return (
    <div className="survey-factors">
      {options.map((o) => (
        <div key={o} className="field checkbox">
          <input
            type="checkbox"
            id={`${idPrefix}-${o}`}
            checked={chosen.includes(o)}
            onChange={(e) => onChosen(e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o))}
          />
          <label htmlFor={`${idPrefix}-${o}`}>{label(o)}</label>
        </div>
      ))}
    </div>
  );
}
