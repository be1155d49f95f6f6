/**
 * Geometry of the line charts (trends across rounds and cycles), shared by the web's charts and the
 * server-made report and public page, so that every chart places its points by the same rules.
 */

/** The vertical range for `values` (and reference lines in `include`): from zero when `fromZero`, widened by `padShare` of the span; never empty. */
export function valueRange(values: number[], options: { include?: number[]; fromZero?: boolean; padShare?: number } = {}) {
  const all = [...values, ...(options.include ?? []), ...(options.fromZero ? [0] : [])];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (all.length === 0) return { lo: 0, hi: 1 };
  if (lo === hi) {
    if (options.fromZero) hi = lo + 1;
    else {
      lo -= 1;
      hi += 1;
    }
  }
  const pad = (hi - lo) * (options.padShare ?? 0);
  return { lo: lo - pad, hi: hi + pad };
}

/** Where the i-th of `n` points stands between `from` and `to`, `inset` in from both ends; a single point in the middle. */
export const xPosition =
  (n: number, from: number, to: number, inset = 0) =>
  (i: number): number =>
    n <= 1 ? (from + to) / 2 : from + inset + (i * (to - from - 2 * inset)) / (n - 1);

/** The pixel height of a value: `lo` at `bottom`, `hi` at `top` (SVG y grows downwards); values outside are clamped. */
export const yPosition =
  (lo: number, hi: number, top: number, bottom: number) =>
  (v: number): number =>
    bottom - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (bottom - top);

/** SVG path data for one series: consecutive known values joined, a missing value (hidden or not measured) breaks the line. */
export function linePaths(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const paths: string[] = [];
  let d = "";
  values.forEach((v, i) => {
    if (v === null) {
      if (d) paths.push(d);
      d = "";
    } else d += `${d ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
  });
  if (d) paths.push(d);
  return paths;
}

/**
 * Which of `n` axis labels to show when labels need `minGap` pixels and points stand `spacing` apart:
 * every step-th, and always the last, so that labels never overlap at any width.
 */
export function shownLabels(n: number, spacing: number, minGap: number): (i: number) => boolean {
  const step = Math.max(1, Math.ceil(minGap / Math.max(spacing, 1)));
  return (i) => i === n - 1 || (i % step === 0 && n - 1 - i >= step);
}
