import { describe, expect, it } from "vitest";
import { analyze, buildGraph } from "../domain/sna/index.ts";
import { runAnalysis } from "./snaRunner.ts";

describe("running an analysis off the request thread", () => {
  it("gives a large graph the same figures in the worker as in the calling thread", async () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const nodes = Array.from({ length: 600 }, (_, i) => `p${i}`);
    const edges = Array.from({ length: 4000 }, () => ({
      source: `p${Math.floor(rnd() * 600)}`,
      target: `p${Math.floor(rnd() * 600)}`,
      weight: 1 + Math.floor(rnd() * 3),
    }));
    const [first, second] = await Promise.all([
      runAnalysis({ nodes, edges, directed: true }),
      runAnalysis({ nodes, edges: edges.slice(0, 3500), directed: false }),
    ]);
    expect(first).toEqual(analyze(buildGraph(nodes, edges, true)));
    expect(second).toEqual(analyze(buildGraph(nodes, edges.slice(0, 3500), false)));
  });
});
