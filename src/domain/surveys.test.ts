import { describe, expect, it } from "vitest";
import { RATING_VALUES } from "../../tests/support/surveys.ts";
import {
  answersDeletedOn,
  distribution,
  elementFigures,
  factorCounts,
  type NodeRating,
  observeAnswers,
  observeStructure,
  type RatingValues,
  receivedFigures,
  roundStatus,
  ties,
  typeVotes,
} from "./surveys.ts";

const r = (over: Partial<RatingValues> = {}): RatingValues => ({ ...RATING_VALUES, ...over });
const rated = (source: string, target: string, respondent: string, over: Partial<RatingValues> = {}): NodeRating => ({
  ...r(over),
  source,
  target,
  respondent,
});

describe("the health survey's figures", () => {
  it("counts a scale and leaves can't-say out of the mean", () => {
    expect(distribution([1, 5, null, 3, 3], 1, 5)).toEqual({ mean: 3, n: 4, counts: [1, 0, 2, 0, 1] });
    expect(distribution([null, null], 1, 5)).toEqual({ mean: null, n: 0, counts: [0, 0, 0, 0, 0] });
    expect(distribution([0, 3, 3], 0, 3).counts).toEqual([1, 0, 0, 2]);
  });

  it("puts ratings and respondents' own commitment into the three core elements", () => {
    const e = elementFigures(
      [
        { ...r({ vulnerability: 1 }), respondent: "a" },
        { ...r({ vulnerability: null, knowing: 3 }), respondent: "b" },
      ],
      [{ respondent: "a", autonomy: 2, meaningfulness: 5, connectedness: null }],
      1,
    );
    expect(e.knowing).toMatchObject({ mean: 2.5, raters: 2, hidden: false });
    expect(e.trust.vulnerability).toEqual({ mean: 1, n: 1, counts: [1, 0, 0, 0, 0], raters: 1, hidden: false });
    expect(e.self.connectedness).toMatchObject({ mean: null, raters: 0, hidden: true });
    expect(e.frequency.counts).toEqual([0, 0, 0, 2, 0]);
  });

  it("hides each figure that fewer raters than the minimum group size gave, however many ratings they gave", () => {
    const lone = ["x", "y", "z"].map(() => ({ ...r({ goodwill: 1 }), respondent: "a" }));
    const e = elementFigures(
      lone,
      ["a", "b", "c"].map((respondent) => ({ respondent, autonomy: 4, meaningfulness: 4, connectedness: 4 })),
      3,
    );
    expect(e.trust.goodwill).toEqual({ mean: null, n: 3, counts: [], raters: 1, hidden: true });
    expect(e.self.autonomy).toMatchObject({ mean: 4, raters: 3, hidden: false });
  });

  it("shows trust received only from the minimum group size of raters", () => {
    const by = (respondent: string, over: Partial<RatingValues> = {}) => ({ ...r(over), respondent });
    expect(receivedFigures([by("a"), by("b"), by("b")], 3)).toEqual({
      goodwill: null,
      competence: null,
      vulnerability: null,
      consistency: null,
      commitment: null,
      raters: 2,
    });
    // Each dimension counts the raters who gave it a value: c said can't-say to goodwill.
    const three = receivedFigures([by("a", { goodwill: 5 }), by("b", { goodwill: 2 }), by("c", { goodwill: null })], 2);
    expect(three).toMatchObject({ goodwill: 3.5, competence: 4, raters: 3 });
    expect(receivedFigures([by("a", { goodwill: 5 }), by("b", { goodwill: 2 }), by("c", { goodwill: null })], 3)).toMatchObject({
      goodwill: null,
      competence: 4,
      raters: 3,
    });
  });

  it("collapses ratings into ties: knowing zero and one's own node make none, several raters pool", () => {
    const out = ties(
      [
        rated("A", "B", "a1", { goodwill: 5, knowing: 3 }),
        rated("A", "B", "a2", { goodwill: 3, knowing: 1 }),
        rated("A", "B", "a3", { goodwill: 4, knowing: 2 }),
        rated("B", "A", "b1"),
        rated("A", "A", "a1"),
        rated("C", "A", "c1", { knowing: 0 }),
      ],
      3,
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ source: "A", target: "B", raters: 3, knowing: 2, goodwill: 4 });
    expect(out[1]).toMatchObject({ source: "B", target: "A", raters: 1, goodwill: null });
  });

  it("knows when a round is open", () => {
    const round = { opensOn: "2026-03-01", closesOn: "2026-03-20", closedAt: null };
    expect(roundStatus(round, "2026-02-28")).toBe("scheduled");
    expect(roundStatus(round, "2026-03-20")).toBe("open");
    expect(roundStatus(round, "2026-03-21")).toBe("closed");
    expect(roundStatus({ ...round, closedAt: "2026-03-05T10:00:00Z" }, "2026-03-06")).toBe("closed");
  });

  it("counts factors once per respondent and votes in the framework's order", () => {
    expect(factorCounts([["time", "time", "money"], ["time"], []])).toEqual([
      { factor: "time", count: 2 },
      { factor: "money", count: 1 },
    ]);
    expect(typeVotes(["chaotic", null, "chaotic", "joint_strategic"]).map((v) => v.count)).toEqual([0, 1, 0, 2]);
  });

  it("observes the lowest trust, falling trust, a low response and a type seen differently than declared", () => {
    const now = elementFigures(
      [{ ...r({ vulnerability: 2, consistency: 3 }), respondent: "a" }],
      [{ respondent: "a", autonomy: 2, meaningfulness: 4, connectedness: 4 }],
      1,
    );
    const before = elementFigures([{ ...r({ vulnerability: 3, consistency: 3 }), respondent: "a" }], [], 1);
    const seen = observeAnswers({
      invited: 10,
      respondents: 4,
      elements: now,
      previous: before,
      barriers: [{ factor: "time", count: 3 }],
      typeVotes: typeVotes(["chaotic", "chaotic", "joint_strategic"]),
      declaredType: "joint_strategic",
    });
    expect(seen).toEqual([
      { key: "lowResponse", params: { rate: 40 } },
      { key: "lowestTrust", params: { dimension: "vulnerability", value: 2 } },
      { key: "trustDown", params: { dimension: "vulnerability", delta: 1 } },
      { key: "lowSelfCommitment", params: { item: "autonomy", value: 2 } },
      { key: "topBarrier", params: { factor: "time", count: 3 } },
      { key: "typeMismatch", params: { type: "chaotic", declared: "joint_strategic" } },
    ]);
  });

  const graph = { edgeCount: 100, density: 100 / 1560, reciprocity: 0.2, isolateCount: 2, brokerCount: 3 };
  it("observes isolates, groups that barely know each other, one-way ties, brokers, ties within each kind and a change in density", () => {
    const seen = observeStructure({
      graph,
      previous: { ...graph, density: 0.08 },
      communitySizes: [20, 18],
      tiesBetweenLargest: 5,
      brokerNames: ["Aino", "Bertil"],
      byKind: { index: -0.456, expected: 0.3 },
    });
    expect(seen.map((o) => o.key)).toEqual(["isolates", "separatedGroups", "lowReciprocity", "brokers", "ownKind", "densityDown"]);
    expect(seen.find((o) => o.key === "densityDown")?.params).toEqual({ delta: 1.6 });
    expect(seen.find((o) => o.key === "ownKind")?.params).toEqual({ index: -0.46, expected: 0.3 });
  });

  it("says ties stay within each kind only well below an even spread, and brokers only when the round can tell", () => {
    const keys = (byKind: { index: number | null; expected: number | null } | null, brokerCount: number | null = 3) =>
      observeStructure({
        graph: { ...graph, brokerCount },
        previous: null,
        communitySizes: [],
        tiesBetweenLargest: 0,
        brokerNames: ["Aino"],
        byKind,
      }).map((o) => o.key);
    expect(keys({ index: -0.1, expected: 0.19 })).not.toContain("ownKind");
    expect(keys({ index: -0.11, expected: 0.19 })).toContain("ownKind");
    expect(keys({ index: 0.1, expected: 0.6 })).not.toContain("ownKind");
    expect(keys({ index: null, expected: 0.6 })).not.toContain("ownKind");
    expect(keys(null, null)).not.toContain("brokers");
  });
});

describe("answersDeletedOn", () => {
  it("counts calendar months from the day the round closed", () => {
    expect(answersDeletedOn("2025-03-15", 12)).toBe("2026-03-15");
    expect(answersDeletedOn("2025-11-30", 3)).toBe("2026-02-28");
    expect(answersDeletedOn("2023-08-31", 6)).toBe("2024-02-29");
    expect(answersDeletedOn("2024-12-01", 1)).toBe("2025-01-01");
    expect(answersDeletedOn("2020-01-31", 120)).toBe("2030-01-31");
  });
});
