import { describe, expect, it } from "vitest";
import { linePaths, shownLabels, valueRange, xPosition, yPosition } from "./lineChart.ts";

describe("line chart geometry", () => {
  it("ranges over the values and reference lines, from zero when asked, padded, never empty", () => {
    expect(valueRange([2, 4])).toEqual({ lo: 2, hi: 4 });
    expect(valueRange([2, 4], { include: [10] })).toEqual({ lo: 2, hi: 10 });
    expect(valueRange([2, 4], { fromZero: true })).toEqual({ lo: 0, hi: 4 });
    expect(valueRange([2, 4], { padShare: 0.1 })).toEqual({ lo: 1.8, hi: 4.2 });
    expect(valueRange([3])).toEqual({ lo: 2, hi: 4 });
    expect(valueRange([3], { fromZero: true })).toEqual({ lo: 0, hi: 3 });
    expect(valueRange([0], { fromZero: true })).toEqual({ lo: 0, hi: 1 });
    expect(valueRange([])).toEqual({ lo: 0, hi: 1 });
  });

  it("spreads points evenly inside the inset and puts a single point in the middle", () => {
    const x = xPosition(3, 0, 100, 10);
    expect([x(0), x(1), x(2)]).toEqual([10, 50, 90]);
    expect(xPosition(1, 0, 100, 10)(0)).toBe(50);
  });

  it("maps the range onto the height upside down and clamps what lies outside", () => {
    const y = yPosition(0, 10, 20, 120);
    expect([y(0), y(5), y(10), y(-3), y(99)]).toEqual([120, 70, 20, 120, 20]);
  });

  it("breaks the line at a missing value", () => {
    const paths = linePaths(
      [1, 2, null, 4, null],
      (i) => i * 10,
      (v) => v,
    );
    expect(paths).toEqual(["M0.0 1.0L10.0 2.0", "M30.0 4.0"]);
    expect(
      linePaths(
        [null, null],
        (i) => i,
        (v) => v,
      ),
    ).toEqual([]);
  });

  it("thins labels out so that they keep their distance, and always shows the last", () => {
    const every = shownLabels(5, 80, 72);
    expect([0, 1, 2, 3, 4].map(every)).toEqual([true, true, true, true, true]);
    const half = shownLabels(6, 40, 72);
    expect([0, 1, 2, 3, 4, 5].map(half)).toEqual([true, false, true, false, false, true]);
  });
});
