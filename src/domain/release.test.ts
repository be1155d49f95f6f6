import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueForRelease, isShown, nextReleaseAt, sortedAnswers } from "./release.ts";

describe("dueForRelease", () => {
  it("releases from the minimum group size and then only in steps of it", () => {
    expect(dueForRelease(2, null, 3)).toBe(false);
    expect(dueForRelease(3, null, 3)).toBe(true);
    expect(dueForRelease(5, 3, 3)).toBe(false);
    expect(dueForRelease(6, 3, 3)).toBe(true);
    expect(nextReleaseAt(3, 3)).toBe(6);
    expect(isShown(3, 3)).toBe(true);
    expect(isShown(3, 4)).toBe(false);
    expect(isShown(null, 1)).toBe(false);
  });

  it("never releases twice with fewer than the minimum group size of raters in between", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 200 })), (min, counts) => {
        let released: number | null = null;
        for (const n of counts) {
          if (!dueForRelease(n, released, min)) continue;
          expect(n - (released ?? 0)).toBeGreaterThanOrEqual(min);
          released = n;
        }
      }),
    );
  });
});

describe("sortedAnswers", () => {
  it("orders answers by content, not by when they came", () => {
    expect(sortedAnswers([{ a: 2 }, { a: 1 }])).toEqual(sortedAnswers([{ a: 1 }, { a: 2 }]));
  });
});
