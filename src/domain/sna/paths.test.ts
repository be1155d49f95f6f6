import { describe, expect, it } from "vitest";
import { seededRandom } from "../random.ts";
import { karateGraph } from "./fixtures.ts";
import { buildGraph, type Graph } from "./graph.ts";
import { pathFigures, planPaths } from "./paths.ts";

/** Shortest-path counts and distances from s by plain BFS: the definition, without Brandes' accumulation. */
function bfs(g: Graph, s: number) {
  const dist = new Array<number>(g.n).fill(-1);
  const sigma = new Array<number>(g.n).fill(0);
  dist[s] = 0;
  sigma[s] = 1;
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (let e = g.outOffset[v] as number; e < (g.outOffset[v + 1] as number); e++) {
      const w = g.outTarget[e] as number;
      if (dist[w] === -1) {
        dist[w] = (dist[v] as number) + 1;
        queue.push(w);
      }
      if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
    }
  }
  return { dist, sigma };
}

/**
 * Brandes–Pich by its definition: for each chosen source s, every target t and every v between them,
 * σ_st(v)/σ_st = σ_sv·σ_vt/σ_st when d(s,v) + d(v,t) = d(s,t); then scaled by n / |sources|.
 */
function sampledByDefinition(g: Graph, sources: number[]) {
  const from = Array.from({ length: g.n }, (_, v) => bfs(g, v));
  const betweenness = new Array<number>(g.n).fill(0);
  const closeness = new Array<number>(g.n).fill(0);
  const scale = g.n / sources.length;
  for (const s of sources) {
    const fs = from[s] as ReturnType<typeof bfs>;
    for (let t = 0; t < g.n; t++) {
      const dst = fs.dist[t] as number;
      if (t === s || dst <= 0) continue;
      closeness[t] = (closeness[t] as number) + scale / dst;
      for (let v = 0; v < g.n; v++) {
        if (v === s || v === t) continue;
        const fv = from[v] as ReturnType<typeof bfs>;
        const dsv = fs.dist[v] as number;
        const dvt = fv.dist[t] as number;
        if (dsv > 0 && dvt > 0 && dsv + dvt === dst)
          betweenness[v] = (betweenness[v] as number) + ((fs.sigma[v] as number) * (fv.sigma[t] as number)) / (fs.sigma[t] as number);
      }
    }
  }
  return { betweenness: betweenness.map((b) => (b * scale) / ((g.n - 1) * (g.n - 2))), closeness };
}

function randomDigraph(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const edges = Array.from({ length: m }, () => ({ source: String(Math.floor(random() * n)), target: String(Math.floor(random() * n)) }));
  return buildGraph(ids, edges, true);
}

describe("planning the path searches", () => {
  it("cuts every source into blocks by the number of sources alone, one block for a small graph", () => {
    for (const n of [0, 1, 34, 64, 65, 900, 5000, 100_000]) {
      const { sources, starts, scale } = planPaths(n);
      expect(Array.from(sources)).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(scale).toBe(1);
      expect(starts[0]).toBe(0);
      expect(starts.at(-1)).toBe(n);
      const sizes = Array.from(starts.slice(1), (end, b) => end - (starts[b] as number));
      expect(sizes.every((s) => s > 0)).toBe(true);
      expect(sizes.length).toBeLessThanOrEqual(64);
      if (n <= 64) expect(sizes.length).toBe(Math.min(n, 1));
    }
  });

  it("draws the same distinct sources for the same seed, others for another, all for a sample of n or more", () => {
    const a = planPaths(1000, { count: 100, seed: 1 });
    expect(a.sources).toHaveLength(100);
    expect(new Set(a.sources).size).toBe(100);
    expect(Array.from(a.sources)).toEqual(Array.from(a.sources).sort((x, y) => x - y));
    expect(a.scale).toBe(10);
    expect(planPaths(1000, { count: 100, seed: 1 }).sources).toEqual(a.sources);
    expect(planPaths(1000, { count: 100, seed: 2 }).sources).not.toEqual(a.sources);
    expect(planPaths(50, { count: 50, seed: 1 })).toEqual(planPaths(50));
    expect(planPaths(50, { count: 80, seed: 1 })).toEqual(planPaths(50));
  });
});

describe("Brandes–Pich estimates from sampled sources", () => {
  it.each([
    ["the karate club", karateGraph(), 10],
    ["a random digraph", randomDigraph(40, 160, 3), 13],
  ])("on %s are the chosen sources' dependencies scaled by n / k", (_, g, count) => {
    const plan = planPaths(g.n, { count, seed: 7 });
    const got = pathFigures(g, { sample: { count, seed: 7 } });
    const want = sampledByDefinition(g, Array.from(plan.sources));
    for (let v = 0; v < g.n; v++) {
      expect(got.betweenness[v], `betweenness of ${v}`).toBeCloseTo(want.betweenness[v] as number, 12);
      expect(got.closeness[v], `closeness of ${v}`).toBeCloseTo(want.closeness[v] as number, 12);
    }
  });

  it("with every node as a source are the exact figures, to the last bit", () => {
    const g = randomDigraph(200, 900, 4);
    expect(pathFigures(g, { sample: { count: 200, seed: 9 } })).toEqual(pathFigures(g));
  });

  it("come close to the exact figures on the karate club from half of its nodes", () => {
    const g = karateGraph();
    const exact = pathFigures(g).closeness;
    const estimate = pathFigures(g, { sample: { count: 17, seed: 1 } }).closeness;
    const total = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    // Harmonic closeness sums to the same total from either end; half the sources estimate it within a few per cent.
    expect(Math.abs(total(estimate) / total(exact) - 1)).toBeLessThan(0.1);
  });
});
