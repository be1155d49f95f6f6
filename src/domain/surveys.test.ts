import { describe, expect, it } from "vitest";
import type { GraphFigures } from "./sna/index.ts";
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

const r = (over: Partial<RatingValues> = {}): RatingValues => ({
  knowing: 2,
  goodwill: 4,
  competence: 4,
  vulnerability: 3,
  consistency: 4,
  commitment: 4,
  frequency: 3,
  ...over,
});
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
      [r({ vulnerability: 1 }), r({ vulnerability: null, knowing: 3 })],
      [{ autonomy: 2, meaningfulness: 5, connectedness: null }],
    );
    expect(e.knowing.mean).toBe(2.5);
    expect(e.trust.vulnerability).toEqual({ mean: 1, n: 1, counts: [1, 0, 0, 0, 0] });
    expect(e.self.connectedness.mean).toBeNull();
    expect(e.frequency.counts).toEqual([0, 0, 0, 2, 0]);
  });

  it("shows trust received only from the minimum group size of raters", () => {
    expect(receivedFigures([r(), r()], 2, 3)).toEqual({
      goodwill: null,
      competence: null,
      vulnerability: null,
      consistency: null,
      commitment: null,
      raters: 2,
    });
    expect(receivedFigures([r({ goodwill: 5 }), r({ goodwill: 2 }), r({ goodwill: null })], 3, 3).goodwill).toBe(3.5);
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
    const now = elementFigures([r({ vulnerability: 2, consistency: 3 })], [{ autonomy: 2, meaningfulness: 4, connectedness: 4 }]);
    const before = elementFigures([r({ vulnerability: 3, consistency: 3 })], []);
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

  it("observes isolates, groups that barely know each other, one-way ties, brokers and a change in density", () => {
    const graph: GraphFigures = {
      directed: true,
      nodeCount: 40,
      edgeCount: 100,
      density: 100 / 1560,
      reciprocity: 0.2,
      degreeCentralization: 0.1,
      betweennessCentralization: 0.1,
      communityCount: 2,
      modularity: 0.45,
      isolateCount: 2,
      brokerCount: 3,
    };
    const seen = observeStructure({
      graph,
      previous: { ...graph, density: 0.08 },
      communitySizes: [20, 18],
      tiesBetweenLargest: 5,
      brokerNames: ["Aino", "Bertil"],
    });
    expect(seen.map((o) => o.key)).toEqual(["isolates", "separatedGroups", "lowReciprocity", "brokers", "densityDown"]);
    expect(seen.find((o) => o.key === "densityDown")?.params).toEqual({ delta: 1.6 });
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
