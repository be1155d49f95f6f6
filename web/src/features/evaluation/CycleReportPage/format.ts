import type { Formats } from "./useFormats.ts";

export type T = (key: string, options?: Record<string, unknown>) => string;

/** The change from the compared cycle, signed; a change of a percentage is in percentage points. */
export function changeText(t: T, f: Formats, change: number | null, unit: string) {
  if (change === null) return "–";
  if (unit === "%") return t("report.changePp", { value: f.signed(change) });
  return f.signed(change);
}

/** Report query string for the exports: the shown cycle and the compared one. */
export function reportQuery(cycle: string | undefined, compare: string | undefined) {
  const q = new URLSearchParams();
  if (cycle) q.set("cycle", cycle);
  if (compare) q.set("compare", compare);
  const s = q.toString();
  return s ? `?${s}` : "";
}
