import { describe, expect, it } from "vitest";
import { brokers, louvain, modularity, undirectedVersion } from "./communities.ts";
import { karateGraph } from "./fixtures.ts";
import { buildGraph, type EdgeInput, type Graph } from "./graph.ts";

// Zachary's "Mr. Hi" faction: NetworkX karate_club_graph() nodes whose "club" attribute is "Mr. Hi".
const mrHi = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);

function partitionOf(g: Graph, communityOf: (index: number) => number): Int32Array {
  return Int32Array.from({ length: g.n }, (_, i) => communityOf(i));
}

/** Two 5-cliques, nodes 0..4 and 5..9, joined by the single edge 4–5. */
function twoCliques(): Graph {
  const edges: EdgeInput[] = [];
  for (const base of [0, 5]) {
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) edges.push({ source: String(base + a), target: String(base + b) });
  }
  edges.push({ source: "4", target: "5" });
  return buildGraph([], edges, false);
}

function groups(g: Graph, community: Int32Array): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < g.n; i++) {
    const c = community[i] as number;
    if (out[c] === undefined) out[c] = [];
    out[c]?.push(g.ids[i] as string);
  }
  return out;
}

describe("modularity", () => {
  it("matches NetworkX for the karate club's two factions", () => {
    const g = karateGraph();
    const q = modularity(
      g,
      partitionOf(g, (i) => (mrHi.has(Number(g.ids[i])) ? 0 : 1)),
    );
    // nx.community.modularity(unweighted karate, [Mr. Hi, Officer]) in NetworkX 2.8.8.
    expect(q).toBeCloseTo(0.3582347140039448, 12);
  });

  it("is 0 with everything in one community", () => {
    const g = karateGraph();
    expect(modularity(g, new Int32Array(g.n))).toBeCloseTo(0, 12);
  });

  it("is 0 on a graph without edges", () => {
    const g = buildGraph(["a", "b"], [], false);
    expect(modularity(g, Int32Array.of(0, 1))).toBe(0);
  });

  it("matches NetworkX on two cliques split at the bridge", () => {
    const g = twoCliques();
    // nx.community.modularity(G, [{0..4}, {5..9}]) in NetworkX 2.8.8.
    expect(
      modularity(
        g,
        partitionOf(g, (i) => (Number(g.ids[i]) < 5 ? 0 : 1)),
      ),
    ).toBeCloseTo(0.45238095238095233, 12);
  });
});

describe("louvain", () => {
  it("finds a near-optimal partition of the karate club", () => {
    const g = karateGraph();
    // The optimum is 0.4198; NetworkX 2.8.8 louvain_communities gives 0.4151–0.4198 by seed, igraph multilevel 0.4156.
    for (const seed of [1, 2, 3, 42]) {
      const community = louvain(g, { seed });
      expect(modularity(g, community)).toBeGreaterThanOrEqual(0.41);
    }
  });

  it("splits two cliques joined by one edge into the two cliques", () => {
    const g = twoCliques();
    const community = louvain(g, { seed: 1 });
    const found = groups(g, community)
      .map((members) => members.sort().join(","))
      .sort();
    expect(found).toEqual(["0,1,2,3,4", "5,6,7,8,9"]);
  });

  it("gives the same partition for the same seed", () => {
    const g = karateGraph();
    expect(louvain(g, { seed: 7 })).toEqual(louvain(g, { seed: 7 }));
  });

  it("numbers communities by size, largest first", () => {
    const edges: EdgeInput[] = [
      { source: "a", target: "b" },
      { source: "b", target: "c" },
      { source: "a", target: "c" },
      { source: "d", target: "e" },
    ];
    const h = buildGraph(["d", "e"], edges, false);
    expect(Array.from(louvain(h, { seed: 1 }))).toEqual([1, 1, 0, 0, 0]);
  });

  it("leaves an isolate in a community of its own", () => {
    const base = twoCliques();
    const edges: EdgeInput[] = [];
    for (let u = 0; u < base.n; u++) {
      for (let e = base.outOffset[u] as number; e < (base.outOffset[u + 1] as number); e++) {
        const v = base.outTarget[e] as number;
        if (u < v) edges.push({ source: base.ids[u] as string, target: base.ids[v] as string });
      }
    }
    const g = buildGraph(["lonely"], edges, false);
    const community = louvain(g, { seed: 3 });
    const lonely = community[0] as number;
    expect(Array.from(community).filter((c) => c === lonely)).toHaveLength(1);
    // Two cliques of five come first; the isolate is the smallest community.
    expect(lonely).toBe(2);
  });

  it("puts every node of an edgeless graph alone, in node order", () => {
    const g = buildGraph(["a", "b", "c"], [], false);
    expect(Array.from(louvain(g, { seed: 1 }))).toEqual([0, 1, 2]);
  });
});

describe("brokers", () => {
  it("counts only the two ends of the bridge between two cliques", () => {
    const g = twoCliques();
    const cross = brokers(g, louvain(g, { seed: 1 }));
    const byId = Object.fromEntries(g.ids.map((id, i) => [id, cross[i]]));
    expect(byId).toEqual({ "0": 0, "1": 0, "2": 0, "3": 0, "4": 1, "5": 1, "6": 0, "7": 0, "8": 0, "9": 0 });
  });

  it("counts a reciprocated directed tie once", () => {
    const g = buildGraph(
      [],
      [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
        { source: "b", target: "c" },
      ],
      true,
    );
    expect(Array.from(brokers(g, Int32Array.of(0, 1, 1)))).toEqual([1, 1, 0]);
  });
});

describe("undirectedVersion", () => {
  it("returns an undirected graph unchanged", () => {
    const g = karateGraph();
    expect(undirectedVersion(g)).toBe(g);
  });

  it("sums the weights of reciprocal edges", () => {
    const g = buildGraph(
      ["a", "b", "c"],
      [
        { source: "a", target: "b", weight: 2 },
        { source: "b", target: "a", weight: 3 },
        { source: "b", target: "c", weight: 1.5 },
      ],
      true,
    );
    const u = undirectedVersion(g);
    expect(u.directed).toBe(false);
    expect(u.ids).toEqual(["a", "b", "c"]);
    expect(u.edgeCount).toBe(2);
    const weightOf = (s: number, t: number): number | undefined => {
      for (let e = u.outOffset[s] as number; e < (u.outOffset[s + 1] as number); e++) if (u.outTarget[e] === t) return u.outWeight[e];
      return undefined;
    };
    expect([weightOf(0, 1), weightOf(1, 0), weightOf(1, 2), weightOf(2, 1), weightOf(0, 2)]).toEqual([5, 5, 1.5, 1.5, undefined]);
    expect(u.inOffset).toEqual(u.outOffset);
    expect(u.inSource).toEqual(u.outTarget);
    // nx.community.modularity of as_undirected(collapse, sum) with [{a, b}, {c}] in NetworkX 2.8.8.
    expect(modularity(u, Int32Array.of(0, 0, 1))).toBeCloseTo(-0.026627218934911143, 12);
  });
});
