/**
 * Releasing live figures in steps (decision 014). A figure over answers that
 * keep coming in is recomputed only once at least the minimum group size of
 * raters has come in since it was last released; in between, viewers see the
 * released figure unchanged. So the difference between two figures a viewer
 * sees always covers at least the minimum group size of new raters, and one
 * more answer, or one changed answer, cannot be read off.
 */

/** Whether a figure now over `raters` distinct raters is released afresh, given the raters of the last release (null: none yet). */
export function dueForRelease(raters: number, released: number | null, minGroupSize: number): boolean {
  return raters >= Math.max(1, minGroupSize) && raters >= (released ?? 0) + Math.max(1, minGroupSize);
}

/** Whether a release may be shown: it stands on at least today's minimum group size of raters. */
export const isShown = (released: number | null, minGroupSize: number): released is number =>
  released !== null && released >= Math.max(1, minGroupSize);

/** How many raters it takes for the next release. */
export const nextReleaseAt = (released: number | null, minGroupSize: number): number => (released ?? 0) + Math.max(1, minGroupSize);

/** A stable order of released answers that tells nothing of who answered when. */
export const sortedAnswers = <T>(answers: readonly T[]): T[] =>
  answers
    .map((a) => [JSON.stringify(a), a] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, a]) => a);
