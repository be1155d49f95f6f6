import { describe, expect, it } from "vitest";
import {
  aggregateMap,
  averageTrust,
  change,
  goalEvaluation,
  indicatorProgress,
  isSlug,
  latestMeasurement,
  meetingFeedbackMean,
  percentage,
  slugify,
} from "./evaluation.ts";

describe("averageTrust", () => {
  const ratings = [
    { respondent: "a", goodwill: 5, competence: 4, vulnerability: 3, consistency: null },
    { respondent: "b", goodwill: 2, competence: null, vulnerability: null, consistency: 4 },
    { respondent: "c", goodwill: null, competence: null, vulnerability: null, consistency: null },
  ];
  it("is the mean of every value given, can't-say left out", () => {
    // (5 + 4 + 3 + 2 + 4) / 5 = 3.6, from the two raters a and b.
    expect(averageTrust(ratings, 2)).toBe(3.6);
  });
  it("is hidden below the minimum group size of raters: one who said only can't-say is no rater", () => {
    expect(averageTrust(ratings, 3)).toBeNull();
    const oneRater = [ratings[0], { ...ratings[1], respondent: "a" }] as typeof ratings;
    expect(averageTrust(oneRater, 2)).toBeNull();
  });
  it("is null when nobody gave a value", () => {
    expect(averageTrust([{ respondent: "a", goodwill: null, competence: null, vulnerability: null, consistency: null }], 0)).toBeNull();
  });
  it("rounds to two decimals", () => {
    // (5 + 4 + 4) / 3 = 4.333…
    expect(averageTrust([{ respondent: "a", goodwill: 5, competence: 4, vulnerability: 4, consistency: null }], 1)).toBe(4.33);
  });
});

describe("meetingFeedbackMean", () => {
  const entry = (a: number, b: number, c: number) => ({ timeWellUsed: a, realDialogue: b, concreteProgress: c });
  it("averages all items of all released feedback", () => {
    // (4+5+3 + 2+2+2 + 5+5+5 + 3+4+5) / 12 = 45 / 12 = 3.75
    const released = [
      { raters: 3, entries: [entry(4, 5, 3), entry(2, 2, 2), entry(5, 5, 5)] },
      { raters: 3, entries: [entry(3, 4, 5)] },
    ];
    expect(meetingFeedbackMean(released, 3)).toBe(3.75);
  });
  it("leaves out meetings released on fewer people than the minimum group size", () => {
    const released = [
      { raters: 2, entries: [entry(1, 1, 1), entry(1, 1, 1)] },
      { raters: 3, entries: [entry(5, 5, 5), entry(4, 4, 4), entry(3, 3, 3)] },
    ];
    expect(meetingFeedbackMean(released, 3)).toBe(4);
    expect(meetingFeedbackMean(released, 4)).toBeNull();
    expect(meetingFeedbackMean([], 0)).toBeNull();
  });
});

describe("percentage", () => {
  it("gives one decimal and null for an empty whole", () => {
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(5, 5)).toBe(100);
    expect(percentage(0, 0)).toBeNull();
  });
});

describe("indicatorProgress", () => {
  it("measures the share of the way from baseline to target", () => {
    expect(indicatorProgress({ baseline: 40, target: 60, direction: "increase" }, 45)).toEqual({ share: 0.25, status: "progressing" });
    expect(indicatorProgress({ baseline: 40, target: 60, direction: "increase" }, 60)).toEqual({ share: 1, status: "reached" });
    expect(indicatorProgress({ baseline: 40, target: 60, direction: "increase" }, 35)).toEqual({ share: -0.25, status: "no_progress" });
  });
  it("treats lower as better for decrease", () => {
    expect(indicatorProgress({ baseline: 10, target: 4, direction: "decrease" }, 7)).toEqual({ share: 0.5, status: "progressing" });
    expect(indicatorProgress({ baseline: 10, target: 4, direction: "decrease" }, 3)).toEqual({ share: 1.17, status: "reached" });
  });
  it("keeps within five per cent of the target", () => {
    expect(indicatorProgress({ baseline: null, target: 80, direction: "keep" }, 77).status).toBe("reached");
    expect(indicatorProgress({ baseline: null, target: 80, direction: "keep" }, 75).status).toBe("no_progress");
  });
  it("is unknown without a value or target", () => {
    expect(indicatorProgress({ baseline: 1, target: null, direction: "increase" }, 3).status).toBe("unknown");
    expect(indicatorProgress({ baseline: 1, target: 5, direction: "increase" }, null).status).toBe("unknown");
    expect(indicatorProgress({ baseline: null, target: 5, direction: "increase" }, 3)).toEqual({ share: null, status: "unknown" });
  });
});

describe("latestMeasurement and change", () => {
  it("takes the one measured last, then entered last", () => {
    const a = { value: 1, text: "", measuredOn: "2026-03-01", createdAt: "2026-03-02T00:00:00Z" };
    const b = { value: 2, text: "", measuredOn: "2026-05-01", createdAt: "2026-05-01T00:00:00Z" };
    const c = { value: 3, text: "", measuredOn: "2026-05-01", createdAt: "2026-05-03T00:00:00Z" };
    expect(latestMeasurement([a, c, b])).toBe(c);
    expect(latestMeasurement([])).toBeNull();
  });
  it("gives the difference when both values exist", () => {
    expect(change(3.6, 3.15)).toBe(0.45);
    expect(change(null, 2)).toBeNull();
  });
});

describe("goalEvaluation", () => {
  const ratings = [
    { rating: 4, comment: "Hyvä alku" },
    { rating: null, comment: " " },
    { rating: 2, comment: "" },
    { rating: 3, comment: "" },
  ];
  it("shows the distribution of a closed round from the minimum group size of raters up", () => {
    const e = goalEvaluation(ratings, true, 3);
    expect(e).toMatchObject({ respondents: 3, shown: true });
    expect(e.distribution).toEqual({ mean: 3, n: 3, counts: [0, 1, 1, 1, 0] });
    expect(e.comments).toEqual(["Hyvä alku"]);
  });
  it("counts only those who rated the goal, not those who said they can't say", () => {
    expect(goalEvaluation(ratings, true, 4)).toEqual({ respondents: 3, shown: false, distribution: null, comments: [] });
  });
  it("hides everything while the round is open", () => {
    expect(goalEvaluation(ratings, false, 3)).toEqual({ respondents: 3, shown: false, distribution: null, comments: [] });
  });
});

describe("aggregateMap", () => {
  const nodes = [
    { id: "a", community: 7 },
    { id: "b", community: 7 },
    { id: "c", community: 7 },
    { id: "d", community: 2 },
    { id: "e", community: 2 },
    { id: "f", community: 2 },
    { id: "g", community: 2 },
    { id: "h", community: 9 },
  ];
  const edges = [
    { source: "a", target: "b" },
    { source: "b", target: "a" },
    { source: "c", target: "d" },
    { source: "e", target: "a" },
    { source: "d", target: "e" },
    { source: "h", target: "a" },
  ];
  it("numbers groups by size, counts ties within and between, hides small groups", () => {
    expect(aggregateMap(nodes, edges, 3)).toEqual({
      groups: [
        { id: 1, size: 4 },
        { id: 2, size: 3 },
      ],
      links: [
        { source: 1, target: 1, ties: 1 },
        { source: 1, target: 2, ties: 2 },
        { source: 2, target: 2, ties: 2 },
      ],
      hiddenPeople: 1,
    });
  });
});

describe("slugs", () => {
  it("folds Nordic letters and checks the form", () => {
    expect(slugify("Pohjois-Savon hyvinvointiverkosto")).toBe("pohjois-savon-hyvinvointiverkosto");
    expect(slugify("Österbottens nätverk för äldre")).toBe("osterbottens-natverk-for-aldre");
    expect(isSlug("savo-2026")).toBe(true);
    expect(isSlug("Savo")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
    expect(isSlug("ab")).toBe(false);
  });
});
