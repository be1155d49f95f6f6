import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBrokers, quantile } from "./brokers.ts";
import { clustering, coreNumber, nodeReciprocity } from "./cohesion.ts";
import { undirectedVersion } from "./communities.ts";
import { egoNetwork } from "./ego.ts";
import { buildGraph, type Graph } from "./graph.ts";
import { brokerageRoles, eiIndex, groupNumbers } from "./groups.ts";
import { analyze } from "./index.ts";
import { pathFigures } from "./paths.ts";
import reference from "./reference/structure.json" with { type: "json" };
import { constraint, effectiveSize } from "./structuralHoles.ts";

interface Reference {
  name: string;
  directed: boolean;
  n: number;
  edges: number[][];
  expected: Record<string, Array<number | null> | number[]> & {
    ego: Array<{ node: number; alters: number[]; ties: number; density: number }>;
  };
}

const graphOf = (r: Reference): Graph =>
  buildGraph(
    Array.from({ length: r.n }, (_, i) => String(i)),
    r.edges.map(([s, t, w]) => ({ source: String(s), target: String(t), weight: w as number })),
    r.directed,
  );

const nullable = (a: Float64Array) => Array.from(a, (x) => (Number.isNaN(x) ? null : x));

function expectClose(actual: Array<number | null>, expected: Array<number | null>) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((x, i) => {
    const e = expected[i] ?? null;
    if (e === null) expect(x, `node ${i}`).toBeNull();
    else expect(x, `node ${i}`).toBeCloseTo(e, 12);
  });
}

const graphs = (reference as unknown as { graphs: Reference[] }).graphs;

// Made by reference/make_structure.py with NetworkX (version in the file).
describe.each(graphs)("against NetworkX: $name", (r) => {
  const g = graphOf(r);
  const x = r.expected;
  it("constraint and effective size, unweighted", () => {
    expectClose(nullable(constraint(g)), x.constraint as Array<number | null>);
    expectClose(nullable(effectiveSize(g)), x.effectiveSize as Array<number | null>);
  });
  it("core number and clustering", () => {
    expect(Array.from(coreNumber(g))).toEqual(x.coreNumber);
    expectClose(Array.from(clustering(g)), x.clustering as number[]);
  });
  it("ego networks as nx.ego_graph(G, v, undirected=True)", () => {
    for (const e of x.ego) {
      const ego = egoNetwork(g, e.node);
      expect(ego.alters.map((a) => a.node)).toEqual(e.alters);
      expect(ego.ties.length).toBe(e.ties);
      expect(ego.density).toBeCloseTo(e.density, 12);
    }
  });
  it("brokers: the rule of docs/analysis.md computed with NumPy", () => {
    const { broker } = findBrokers({ betweenness: pathFigures(g).betweenness, constraint: constraint(g) });
    expect(broker.flatMap((b, i) => (b ? [i] : []))).toEqual(x.brokers);
  });
});

describe.each(graphs.filter((r) => r.expected.weightedConstraint))("against NetworkX, weighted: $name", (r) => {
  it("constraint and effective size with the ties' weights", () => {
    const g = graphOf(r);
    expectClose(nullable(constraint(g, true)), r.expected.weightedConstraint as Array<number | null>);
    expectClose(nullable(effectiveSize(g, true)), r.expected.weightedEffectiveSize as Array<number | null>);
  });
});

describe.each(graphs.filter((r) => r.directed))("against NetworkX, directed: $name", (r) => {
  it("reciprocity of each node", () => {
    expectClose(nullable(nodeReciprocity(graphOf(r))), r.expected.reciprocity as Array<number | null>);
  });
});

describe("brokers", () => {
  it("names the centre of a star, the bridge between two cliques, and Mr. Hi, the Officer and the three who join their factions", () => {
    const names = (name: string) => graphs.find((g) => g.name === name)?.expected.brokers;
    expect(names("star")).toEqual([0]);
    expect(names("two cliques and a bridge")).toEqual([4, 5, 10]);
    expect(names("karate")).toEqual([0, 2, 31, 32, 33]);
  });

  it("never calls half of a network brokers, and a network where all stand alike has none", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 25 }),
        fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { maxLength: 120 }),
        fc.boolean(),
        (n, pairs, directed) => {
          const ids = Array.from({ length: n }, (_, i) => String(i));
          const g = buildGraph(
            ids,
            pairs.filter(([a, b]) => a < n && b < n).map(([a, b]) => ({ source: String(a), target: String(b) })),
            directed,
          );
          const con = constraint(g);
          const { broker } = findBrokers({ betweenness: pathFigures(g).betweenness, constraint: con });
          const tied = Array.from(con).filter((c) => !Number.isNaN(c)).length;
          expect(broker.filter(Boolean).length * 2).toBeLessThan(Math.max(1, tied));
        },
      ),
    );
    const ring = buildGraph(
      ["a", "b", "c", "d", "e"],
      ["ab", "bc", "cd", "de", "ea"].map((p) => ({ source: p[0] as string, target: p[1] as string })),
      false,
    );
    expect(analyze(ring).graph.brokerCount).toBe(0);
  });

  it("tells the cut-offs it applied", () => {
    const star = buildGraph(
      ["c", "1", "2", "3"],
      ["1", "2", "3"].map((leaf) => ({ source: "c", target: leaf })),
      false,
    );
    const { thresholds } = findBrokers({ betweenness: pathFigures(star).betweenness, constraint: constraint(star) });
    // Betweenness 1, 0, 0, 0: mean 0.25; constraint 1/3 for the centre and 1 for each leaf.
    expect(thresholds?.betweennessAbove).toBeCloseTo(0.5, 12);
    expect(thresholds?.constraintBelow).toBeCloseTo(1, 12);
    expect(findBrokers({ betweenness: [0, 0], constraint: [Number.NaN, Number.NaN] }).thresholds).toBeNull();
  });

  it("quantile interpolates as NumPy's percentile does", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.9)).toBe(7);
  });
});

describe("E-I index (hand-computed)", () => {
  // Groups A = {0, 1, 2}, B = {3, 4}, node 5 unknown. Ties 0-1, 1-2, 3-4 inside; 0-3, 2-4 across; 0-5 not counted.
  const ids = ["0", "1", "2", "3", "4", "5"];
  const ties = ["01", "12", "34", "03", "24", "05"].map((p) => ({ source: p[0] as string, target: p[1] as string }));
  const groups = groupNumbers(["A", "A", "A", "B", "B", null]).group;

  it("for the network, each group and each node", () => {
    const ei = eiIndex(buildGraph(ids, ties, false), groups);
    expect(ei.network).toEqual({ external: 2, internal: 3, index: -0.2, expected: 0.2 });
    expect(ei.groups).toEqual([
      { group: 0, size: 3, external: 2, internal: 2, index: 0 },
      { group: 1, size: 2, external: 2, internal: 1, index: 1 / 3 },
    ]);
    expect(ei.nodes).toEqual([0, -1, 0, 0, 0, null]);
  });

  it("counts a returned tie once, on the undirected version", () => {
    const both = [...ties, ...ties.map((t) => ({ source: t.target, target: t.source }))];
    const ei = eiIndex(undirectedVersion(buildGraph(ids, both, true)), groups);
    expect(ei.network.index).toBe(-0.2);
    expect(() => eiIndex(buildGraph(ids, ties, true), groups)).toThrow();
  });

  it("is null without ties between known groups, and −1 / 1 at the extremes", () => {
    expect(eiIndex(buildGraph(["a", "b"], [], false), groupNumbers(["x", "y"]).group).network.index).toBeNull();
    const g = buildGraph(["a", "b", "c"], [{ source: "a", target: "b" }], false);
    expect(eiIndex(g, groupNumbers(["x", "x", "y"]).group).network.index).toBe(-1);
    expect(eiIndex(g, groupNumbers(["x", "y", "y"]).group).network.index).toBe(1);
  });
});

describe("Gould–Fernandez brokerage (hand-computed)", () => {
  const chain = (a: string, v: string, c: string) => [
    { source: a, target: v },
    { source: v, target: c },
  ];
  it("gives each of the five roles for its two-path, and none when a already reaches c", () => {
    const edges = [
      ...chain("a1", "v1", "c1"), // A A A: coordinator
      ...chain("a2", "v2", "c2"), // A B A: itinerant
      ...chain("a3", "v3", "c3"), // A A B: representative
      ...chain("a4", "v4", "c4"), // A B B: gatekeeper
      ...chain("a5", "v5", "c5"), // A B C: liaison
      ...chain("a6", "v6", "c6"), // closed by a6 → c6: no brokerage
      { source: "a6", target: "c6" },
      ...chain("a7", "v7", "c7"), // c7 → a7 does not close a7 → c7
      { source: "c7", target: "a7" },
    ];
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const group: Record<string, string> = { v2: "B", c3: "B", v4: "B", c4: "B", v5: "B", c5: "C" };
    const g = buildGraph(ids, edges, true);
    const counts = brokerageRoles(g, groupNumbers(ids.map((id) => group[id] ?? "A")).group);
    const at = (id: string) => counts[ids.indexOf(id)];
    expect(at("v1")).toEqual({ coordinator: 1, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0 });
    expect(at("v2")).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 1, liaison: 0 });
    expect(at("v3")).toEqual({ coordinator: 0, gatekeeper: 0, representative: 1, itinerant: 0, liaison: 0 });
    expect(at("v4")).toEqual({ coordinator: 0, gatekeeper: 1, representative: 0, itinerant: 0, liaison: 0 });
    expect(at("v5")).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 1 });
    expect(Object.values(at("v6") ?? {})).toEqual([0, 0, 0, 0, 0]);
    // a7 → v7 → c7 brokers, and so do v7 → c7 → a7 (c7 brokers) and c7 → a7 → v7 (a7 brokers).
    expect(at("v7")?.coordinator).toBe(1);
    expect(at("a1")?.coordinator).toBe(0);
  });

  it("reads an undirected tie both ways, and leaves out nodes of unknown group", () => {
    const g = buildGraph(["a", "v", "c"], chain("a", "v", "c"), false);
    expect(brokerageRoles(g, groupNumbers(["x", "x", "x"]).group)[1]?.coordinator).toBe(2);
    expect(brokerageRoles(g, groupNumbers(["x", "x", null]).group)[1]?.coordinator).toBe(0);
  });
});

describe("ego network (hand-computed)", () => {
  it("tells which way each tie runs and counts the groups it spans", () => {
    // e → a, b → e, c ↔ e; among the alters a → b; d is not an alter.
    const ids = ["e", "a", "b", "c", "d"];
    const edges = ["ea", "be", "ce", "ec", "ab", "cd"].map((p) => ({ source: p[0] as string, target: p[1] as string }));
    const ego = egoNetwork(buildGraph(ids, edges, true), 0, groupNumbers(["x", "x", "y", null, "z"]).group);
    expect(ego.alters).toEqual([
      { node: 1, out: true, in: false },
      { node: 2, out: false, in: true },
      { node: 3, out: true, in: true },
    ]);
    expect(ego.ties).toEqual([[1, 2]]);
    expect(ego.size).toBe(3);
    expect(ego.density).toBeCloseTo(1 / 6, 12);
    expect(ego.groups).toBe(2);
    const lone = egoNetwork(buildGraph(["e"], [], true), 0);
    expect(lone).toMatchObject({ size: 0, density: 0, groups: null });
    expect(() => egoNetwork(buildGraph(["e"], [], true), 3)).toThrow(RangeError);
  });
});

describe("analyze() with groups", () => {
  it("adds the E-I index and brokerage roles, and leaves them null without groups", () => {
    const g = buildGraph(
      ["a", "v", "c"],
      [
        { source: "a", target: "v" },
        { source: "v", target: "c" },
      ],
      true,
    );
    const plain = analyze(g);
    expect(plain.graph.eiIndex).toBeNull();
    expect(plain.nodes[1]?.brokerage).toBeNull();
    const grouped = analyze(g, { groups: ["x", "y", "x"] });
    expect(grouped.graph.eiIndex).toBe(1);
    // Sizes 2 and 1: one possible pair inside, two across.
    expect(grouped.graph.eiExpected).toBeCloseTo(1 / 3, 12);
    expect(grouped.nodes[1]?.brokerage?.itinerant).toBe(1);
    expect(grouped.nodes.map((n) => n.eiIndex)).toEqual([1, 1, 1]);
  });

  it("gives isolates null for the figures NetworkX leaves undefined", () => {
    const n = analyze(buildGraph(["a", "b", "alone"], [{ source: "a", target: "b" }], true)).nodes[2];
    expect(n).toMatchObject({ constraint: null, effectiveSize: null, reciprocity: null, coreNumber: 0, clustering: 0, broker: false });
  });
});
