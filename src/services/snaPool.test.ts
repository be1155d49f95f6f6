import { afterAll, describe, expect, it } from "vitest";
import { seededRandom } from "../domain/random.ts";
import { karateGraph } from "../domain/sna/fixtures.ts";
import { analyze, buildGraph, type Graph } from "../domain/sna/index.ts";
import { type PathFigures, pathFigures, planPaths } from "../domain/sna/paths.ts";
import reference from "../domain/sna/reference/structure.json" with { type: "json" };
import { AnalysisPool } from "./snaPool.ts";

/** A random graph with heavy-tailed degrees, large enough to be cut into several blocks of sources. */
function randomGraph(n: number, m: number, directed: boolean, seed: number): Graph {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  // Squaring the draw makes low indices ends of many ties, so some searches reach far and some do not.
  const end = () => ids[Math.floor(random() ** 2 * n)] as string;
  return buildGraph(
    ids,
    Array.from({ length: m }, () => ({ source: end(), target: end() })),
    directed,
  );
}

const referenceGraphs = (
  reference as unknown as { graphs: Array<{ name: string; directed: boolean; n: number; edges: number[][] }> }
).graphs.map(
  (r) =>
    [
      r.name,
      buildGraph(
        Array.from({ length: r.n }, (_, i) => String(i)),
        r.edges.map(([s, t]) => ({ source: String(s), target: String(t) })),
        r.directed,
      ),
    ] as const,
);

const graphs: Array<readonly [string, Graph]> = [
  ...referenceGraphs,
  ["karate club", karateGraph()],
  ["random digraph, 900 nodes", randomGraph(900, 6000, true, 11)],
  ["random graph, 700 nodes", randomGraph(700, 3000, false, 12)],
];

/** Equal to the last bit, -0 and 0 told apart: the pool must not change a single rounding. */
function expectSameBits(actual: PathFigures, expected: PathFigures) {
  for (const key of ["betweenness", "closeness"] as const) {
    expect(actual[key].length).toBe(expected[key].length);
    const differing = Array.from(actual[key]).findIndex((x, i) => !Object.is(x, expected[key][i]));
    expect(differing, `${key} differs first at node ${differing}`).toBe(-1);
  }
}

describe("the analysis pool", () => {
  const pools = [1, 2, 3].map((size) => new AnalysisPool(size).start());
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it("cuts the random graphs into several blocks, so that the threads really share them", () => {
    expect(planPaths(900).starts.length - 1).toBeGreaterThan(3);
    expect(planPaths(34).starts.length - 1).toBe(1);
  });

  it.each(pools.map((p) => [p.size, p] as const))("gives exactly the single-threaded figures with %i worker(s)", async (_, pool) => {
    for (const [name, g] of graphs) {
      const single = pathFigures(g);
      expectSameBits(await pool.pathFigures(g, planPaths(g.n)), single);
      // The whole analysis with the pool's figures is the analysis computed in one thread.
      expect(analyze(g, { paths: await pool.pathFigures(g, planPaths(g.n)) }), name).toEqual(analyze(g));
    }
  });

  it.each(pools.map((p) => [p.size, p] as const))(
    "gives exactly the single-threaded estimate from sampled sources with %i worker(s)",
    async (_, pool) => {
      const [, g] = graphs.at(-2) as readonly [string, Graph];
      const sample = { count: 250, seed: 5 };
      expectSameBits(await pool.pathFigures(g, planPaths(g.n, sample)), pathFigures(g, { sample }));
    },
  );

  it("runs tasks of several graphs at once, each to its own result", async () => {
    const [pool] = pools as [AnalysisPool];
    const big = graphs.slice(-2).map(([, g]) => g);
    const [a, b] = await Promise.all(big.map((g) => pool.pathFigures(g, planPaths(g.n))));
    expectSameBits(a as PathFigures, pathFigures(big[0] as Graph));
    expectSameBits(b as PathFigures, pathFigures(big[1] as Graph));
  });

  it("refuses a pool without workers", () => {
    expect(() => new AnalysisPool(0)).toThrow(/at least one worker/);
  });
});
