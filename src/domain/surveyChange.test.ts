import { describe, expect, it } from "vitest";
import {
  changeOf,
  countTieChanges,
  type NodeFigures,
  networkChange,
  nodeChanges,
  type OrganisationFigures,
  organisationChanges,
  type ReleasedMean,
  tieChanges,
  trustChange,
} from "./surveyChange.ts";

const tie = (source: string, target: string, knowing: number, frequency: number) => ({ source, target, knowing, frequency });

describe("tie changes between two rounds", () => {
  // Earlier: a→b (1, 2), b→a (2, 2), a→c (3, 4), c→d (2, 1). Later: a→b (2, 1), b→a (2, 2), a→c (1, 4), d→c (2, 1), b→c (1, 0).
  const before = [tie("a", "b", 1, 2), tie("b", "a", 2, 2), tie("a", "c", 3, 4), tie("c", "d", 2, 1)];
  const after = [tie("a", "b", 2, 1), tie("b", "a", 2, 2), tie("a", "c", 1, 4), tie("d", "c", 2, 1), tie("b", "c", 1, 0)];
  const changes = tieChanges(before, after);

  it("names each tie new, lost or kept by its source and target, so a reversed tie is another tie", () => {
    expect(changes.map((c) => `${c.source}>${c.target}:${c.presence}`)).toEqual([
      "a>b:kept",
      "b>a:kept",
      "a>c:kept",
      "d>c:new",
      "b>c:new",
      "c>d:lost",
    ]);
  });

  it("says which way knowing and frequency moved on a kept tie, separately", () => {
    const ab = changes[0];
    expect(ab).toMatchObject({ knowingDirection: "strengthened", frequencyDirection: "weakened" });
    expect(ab?.knowing).toEqual({ before: 1, after: 2, change: 1 });
    expect(ab?.frequency).toEqual({ before: 2, after: 1, change: -1 });
    expect(changes[1]).toMatchObject({ knowingDirection: "unchanged", frequencyDirection: "unchanged" });
    expect(changes[2]).toMatchObject({ knowingDirection: "weakened", frequencyDirection: "unchanged" });
    expect(changes[2]?.knowing.change).toBe(-2);
  });

  it("gives a new tie no earlier value and a lost one no later value, and no direction to either", () => {
    expect(changes[3]).toMatchObject({ knowing: { before: null, after: 2, change: null }, knowingDirection: null });
    expect(changes[5]).toMatchObject({ frequency: { before: 1, after: null, change: null }, frequencyDirection: null });
  });

  it("counts them: 2 new, 1 lost, 3 kept; knowing 1 up, 1 down, 1 same; frequency 0 up, 1 down, 2 same", () => {
    expect(countTieChanges(changes)).toEqual({
      new: 2,
      lost: 1,
      kept: 3,
      knowing: { strengthened: 1, weakened: 1, unchanged: 1 },
      frequency: { strengthened: 0, weakened: 1, unchanged: 2 },
    });
  });

  it("takes two equal means of an organisation-level tie as unchanged, however they were summed", () => {
    const [c] = tieChanges([tie("x", "y", 0.1 + 0.2, 2)], [tie("x", "y", 0.3, 2)]);
    expect(c?.knowingDirection).toBe("unchanged");
  });

  it("finds nothing to compare between two rounds without ties", () => {
    expect(countTieChanges(tieChanges([], []))).toMatchObject({ new: 0, lost: 0, kept: 0 });
  });
});

describe("position change per node", () => {
  const node = (id: string, over: Partial<NodeFigures> = {}): NodeFigures => ({
    id,
    label: id.toUpperCase(),
    organisationName: null,
    inDegree: 1,
    outDegree: 1,
    betweenness: 0,
    constraint: 0.5,
    broker: false,
    ...over,
  });
  const before = [node("a", { inDegree: 2, outDegree: 3, betweenness: 0.25, broker: true }), node("b"), node("c", { constraint: null })];
  const after = [node("a", { inDegree: 4, outDegree: 1, betweenness: 0.1 }), node("b", { broker: true }), node("d", { inDegree: 3 })];
  const changes = nodeChanges(before, after);

  it("compares degree in and out, betweenness, constraint and broker of the same node", () => {
    const a = changes.find((n) => n.id === "a");
    expect(a).toMatchObject({ presence: "both", inDegree: { before: 2, after: 4, change: 2 }, outDegree: { change: -2 } });
    expect(a?.betweenness.change).toBeCloseTo(-0.15, 12);
    expect(a?.broker).toEqual({ before: true, after: false, change: "lost" });
    expect(changes.find((n) => n.id === "b")?.broker.change).toBe("gained");
  });

  it("marks who joined and who left, with no change for the round they are missing from", () => {
    expect(changes.find((n) => n.id === "d")).toMatchObject({ presence: "joined", inDegree: { before: null, after: 3, change: null } });
    expect(changes.find((n) => n.id === "c")).toMatchObject({
      presence: "left",
      constraint: { before: null, after: null, change: null },
      broker: { before: false, after: null, change: null },
    });
  });

  it("orders by how much the position moved: degree first (d +4, c −2, b 0, a 0), then betweenness (a 0.15 before b 0)", () => {
    expect(changes.map((n) => n.id)).toEqual(["d", "c", "a", "b"]);
  });
});

describe("organisations' change", () => {
  const org = (id: string, over: Partial<OrganisationFigures> = {}): OrganisationFigures => ({
    id,
    name: id,
    kind: "ngo",
    nodes: 3,
    meanDegree: 2,
    meanBetweenness: 0.1,
    received: { goodwill: null, competence: null, vulnerability: null, consistency: null },
    ...over,
  });

  it("compares size, mean degree, mean betweenness and each trust dimension, and orders by name", () => {
    const before = [org("Sosiaalitoimi", { received: { goodwill: 3.5, competence: 4, vulnerability: null, consistency: 3 } })];
    const after = [
      org("Sosiaalitoimi", { nodes: 4, meanDegree: 3.5, received: { goodwill: 4, competence: null, vulnerability: 2.5, consistency: 3 } }),
      org("Kirkko"),
    ];
    const [kirkko, sos] = organisationChanges(before, after);
    expect(kirkko).toMatchObject({ name: "Kirkko", presence: "joined", nodes: { before: null, after: 3, change: null } });
    expect(sos).toMatchObject({ presence: "both", nodes: { change: 1 }, meanDegree: { change: 1.5 }, meanBetweenness: { change: 0 } });
    // Trust below the minimum group size is null in a round's figures, so it is never compared.
    expect(sos?.trust).toEqual({
      goodwill: { before: 3.5, after: 4, change: 0.5 },
      competence: { before: 4, after: null, change: null },
      vulnerability: { before: null, after: 2.5, change: null },
      consistency: { before: 3, after: 3, change: 0 },
    });
  });
});

describe("the network's trust and figures", () => {
  const mean = (m: number | null, raters: number, hidden = false): ReleasedMean => ({ mean: m, raters, hidden });

  it("compares a trust dimension only when both rounds released it from at least the minimum group size of raters", () => {
    const before = { goodwill: mean(3.2, 5), competence: mean(3.9, 5), vulnerability: mean(null, 2, true), consistency: mean(3.0, 3) };
    const after = { goodwill: mean(3.6, 4), competence: mean(4.1, 2), vulnerability: mean(2.8, 6), consistency: mean(2.5, 3) };
    const change = trustChange(before, after, 3);
    expect(change.goodwill.change).toBeCloseTo(0.4, 12);
    // A mean from two raters is not released, even if a stored figure were to carry it.
    expect(change.competence).toEqual({ before: 3.9, after: null, change: null });
    expect(change.vulnerability).toEqual({ before: null, after: 2.8, change: null });
    expect(change.consistency).toEqual({ before: 3, after: 2.5, change: -0.5 });
  });

  it("compares whole-network figures, leaving a figure an older round lacks unknown", () => {
    const figures = {
      nodeCount: 10,
      edgeCount: 18,
      density: 0.2,
      reciprocity: 0.5,
      isolateCount: 1,
      brokerCount: null,
      averageClustering: 0.3,
      betweennessCentralization: 0.1,
    };
    const change = networkChange(figures, { ...figures, edgeCount: 27, density: 0.3, brokerCount: 2 });
    expect(change.edgeCount).toEqual({ before: 18, after: 27, change: 9 });
    expect(change.density.change).toBeCloseTo(0.1, 12);
    expect(change.brokerCount).toEqual({ before: null, after: 2, change: null });
    expect(changeOf(undefined, 1)).toEqual({ before: null, after: 1, change: null });
  });
});
