import { useId } from "react";

/**
 * The map's loading and arranging: a sentence that screen readers hear as it changes (one status throughout, so
 * that the last word, "arranged", is heard too) and, until `done`, a bar labelled by it. `percent` null: how far is
 * not known, and the bar shows only that work goes on.
 */
export function MapProgress({ label, percent, done = false }: { label: string; percent: number | null; done?: boolean }) {
  const id = useId();
  return (
    <div className="map-progress">
      <p role="status" className="status" id={id}>
        {label}
      </p>
      {done ? null : <progress aria-labelledby={id} max={100} value={percent ?? undefined} />}
    </div>
  );
}
