import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betweenness, centralization, degrees, density, eigenvector, harmonicCloseness, pagerank, reciprocity } from "./centrality.ts";
import { karateGraph } from "./fixtures.ts";
import { buildGraph, type Graph } from "./graph.ts";

type Edge = [string, string] | [string, string, number];

const graphOf = (edges: Edge[], directed: boolean, nodes: string[] = []): Graph =>
  buildGraph(
    nodes,
    edges.map(([source, target, weight]) => ({ source, target, weight })),
    directed,
  );

/** Element-wise comparison; iterative results only agree with NetworkX to rounding. */
function expectClose(actual: ArrayLike<number> | null, expected: readonly number[], tolerance = 1e-9) {
  expect(actual).not.toBeNull();
  const got = Array.from(actual as ArrayLike<number>);
  expect(got).toHaveLength(expected.length);
  got.forEach((v, i) => {
    expect(Math.abs(v - (expected[i] as number)), `index ${i}: ${v} vs ${expected[i]}`).toBeLessThan(tolerance);
  });
}

// Unweighted karate club figures from NetworkX 3.6.1 (betweenness_centrality,
// eigenvector_centrality, pagerank, harmonic_centrality with defaults), node 0..33.
const karate = {
  betweenness: [
    0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283, 0.0006313131313131313, 0.02998737373737374,
    0.029987373737373736, 0.0, 0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0,
    0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595, 0.0038404882154882154, 0.0,
    0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218, 0.014411976911976909, 0.13827561327561325, 0.145247113997114,
    0.30407497594997596,
  ],
  eigenvector: [
    0.35548349418519426, 0.2659538704545024, 0.3171893899684447, 0.21117407832057056, 0.0759664588165738, 0.07948057788594245,
    0.07948057788594245, 0.1709551149803543, 0.22740509147166046, 0.10267519030637756, 0.0759664588165738, 0.05285416945233646,
    0.08425192086558085, 0.22646969838808145, 0.10140627846270832, 0.10140627846270832, 0.02363479426059687, 0.0923967566684595,
    0.10140627846270832, 0.14791134007618667, 0.10140627846270832, 0.0923967566684595, 0.10140627846270832, 0.15012328691726787,
    0.057053735638028055, 0.0592082025027901, 0.07558192219009324, 0.13347932684333308, 0.13107925627221215, 0.13496528673866567,
    0.17476027834493088, 0.191036269797917, 0.3086510477336959, 0.37337121301323506,
  ],
  pagerank: [
    0.09700181758983706, 0.052878391037427, 0.05707842304763673, 0.035860643223064786, 0.021979406974834498, 0.02911334166344221,
    0.029113341663442205, 0.02449075803950918, 0.029765339186167028, 0.014308950284462798, 0.021979406974834494, 0.009564916863537146,
    0.014645186487916188, 0.02953631497720298, 0.014535161524273824, 0.014535161524273824, 0.016785378110253487, 0.01455885977424349,
    0.014535161524273824, 0.01960441671193729, 0.014535161524273824, 0.01455885977424349, 0.014535161524273824, 0.03152091531163227,
    0.021075455001162945, 0.02100562817474579, 0.015043395360629753, 0.025638803528350497, 0.019572960509438537, 0.026287262837112076,
    0.024589336534292478, 0.037156635922679405, 0.07169213006588289, 0.1009179167487121,
  ],
  harmonic: [
    23.16666666666666, 19.16666666666667, 21.0, 17.66666666666667, 14.66666666666667, 15.16666666666667, 15.16666666666667,
    16.41666666666667, 18.5, 15.583333333333334, 14.66666666666667, 13.500000000000004, 14.000000000000004, 18.5, 14.200000000000003,
    14.200000000000003, 11.099999999999996, 14.16666666666667, 14.200000000000003, 17.5, 14.200000000000003, 14.16666666666667,
    14.200000000000003, 16.033333333333335, 13.916666666666666, 13.916666666666664, 13.950000000000001, 16.916666666666664,
    16.416666666666664, 15.366666666666669, 16.916666666666668, 19.333333333333336, 20.916666666666668, 23.25,
  ],
};

describe("karate club (NetworkX 3.x values)", () => {
  const g = karateGraph();

  it("has 34 nodes and 78 edges", () => {
    expect(g.n).toBe(34);
    expect(g.edgeCount).toBe(78);
  });

  it("degrees and density", () => {
    const d = degrees(g);
    expect(d.degree[0]).toBe(16);
    expect(d.degree[33]).toBe(17);
    expect(d.inDegree[33]).toBe(17);
    expect(d.outDegree[33]).toBe(17);
    expect(d.strength[33]).toBe(17);
    expect(d.degreeCentrality[33]).toBeCloseTo(17 / 33, 15);
    // nx.density(G) = 0.13903743315508021
    expect(density(g)).toBeCloseTo(0.13903743315508021, 15);
  });

  it("betweenness", () => {
    expectClose(betweenness(g), karate.betweenness, 1e-12);
  });

  it("harmonic closeness", () => {
    expectClose(harmonicCloseness(g), karate.harmonic, 1e-12);
  });

  it("eigenvector", () => {
    expectClose(eigenvector(g), karate.eigenvector, 1e-12);
  });

  it("pagerank", () => {
    expectClose(pagerank(g), karate.pagerank, 1e-12);
  });

  it("centralization", () => {
    // Freeman centralization computed in Python from the NetworkX scores.
    expect(centralization(degrees(g).degreeCentrality, g.n, "degree")).toBeCloseTo(0.39962121212121215, 12);
    expect(centralization(betweenness(g), g.n, "betweenness")).toBeCloseTo(0.4055571953299228, 12);
  });

  it("reciprocity of an undirected graph is 1", () => {
    expect(reciprocity(g)).toBe(1);
  });
});

describe("weighted directed graph with reciprocal ties, a sink and an isolate (NetworkX 3.x values)", () => {
  // Nodes a..g; g is an isolate, f a sink. Pairs a↔b and c↔e are reciprocal.
  const g = graphOf(
    [
      ["a", "b", 2],
      ["b", "a", 1],
      ["b", "c", 1],
      ["c", "d", 3],
      ["d", "b", 1],
      ["c", "e", 0.5],
      ["e", "c", 0.5],
      ["a", "e", 1],
      ["e", "f", 4],
    ],
    true,
    ["a", "b", "c", "d", "e", "f", "g"],
  );

  it("degrees and strengths", () => {
    const d = degrees(g);
    expect(Array.from(d.inDegree)).toEqual([1, 2, 2, 1, 2, 1, 0]);
    expect(Array.from(d.outDegree)).toEqual([2, 2, 2, 1, 2, 0, 0]);
    expect(Array.from(d.degree)).toEqual([3, 4, 4, 2, 4, 1, 0]);
    expect(Array.from(d.outStrength)).toEqual([3, 2, 3.5, 1, 4.5, 0, 0]);
    expect(Array.from(d.inStrength)).toEqual([1, 3, 1.5, 3, 1.5, 4, 0]);
    expect(Array.from(d.strength)).toEqual([4, 5, 5, 4, 6, 4, 0]);
    expectClose(d.degreeCentrality, [0.5, 2 / 3, 2 / 3, 1 / 3, 2 / 3, 1 / 6, 0], 1e-15);
  });

  it("density and reciprocity", () => {
    expect(density(g)).toBeCloseTo(9 / 42, 15);
    // 4 of the 9 edges have their reverse.
    expect(reciprocity(g)).toBeCloseTo(4 / 9, 15);
  });

  it("betweenness", () => {
    expectClose(
      betweenness(g),
      [0.06666666666666667, 0.23333333333333334, 0.23333333333333334, 0.13333333333333333, 0.16666666666666666, 0, 0],
      1e-12,
    );
  });

  it("harmonic closeness counts distances towards the node", () => {
    expectClose(
      harmonicCloseness(g),
      [2.083333333333333, 2.833333333333333, 3.0, 2.333333333333333, 2.833333333333333, 2.5833333333333335, 0],
      1e-12,
    );
  });

  it("weighted pagerank", () => {
    expectClose(
      pagerank(g),
      [
        0.15240890166273247, 0.2624352541035323, 0.16220778995755208, 0.1590549441747104, 0.10375376809598143, 0.1192652241820241,
        0.040874117823467025,
      ],
      1e-12,
    );
  });

  it("eigenvector uses in-edges", () => {
    expectClose(
      eigenvector(g),
      [
        0.2390119925332123, 0.37692417081394386, 0.5604793123129486, 0.3554031743869857, 0.5069632351608527, 0.3214673221054117,
        2.3256755036397754e-9,
      ],
      1e-12,
    );
  });
});

describe("disconnected undirected graph with an isolate (NetworkX 3.x values)", () => {
  // A triangle 0-1-2 with a pendant 3, a path 4-5-6-7 and the isolate 8.
  const g = graphOf(
    [
      ["0", "1"],
      ["1", "2"],
      ["2", "0"],
      ["2", "3"],
      ["4", "5"],
      ["5", "6"],
      ["6", "7"],
    ],
    false,
    ["0", "1", "2", "3", "4", "5", "6", "7", "8"],
  );

  it("betweenness", () => {
    const b = 0.07142857142857142;
    expectClose(betweenness(g), [0, 0, b, 0, 0, b, b, 0, 0], 1e-15);
  });

  it("harmonic closeness", () => {
    expectClose(harmonicCloseness(g), [2.5, 2.5, 3, 2, 1.8333333333333333, 2.5, 2.5, 1.8333333333333333, 0], 1e-12);
  });

  it("pagerank", () => {
    expectClose(
      pagerank(g),
      [
        0.12070117361793392, 0.12070117361793392, 0.17999157531344717, 0.06940362346295492, 0.08610483281475628, 0.1592939401913787,
        0.1592939401913787, 0.08610483281475628, 0.018404907975460127,
      ],
      1e-12,
    );
  });

  it("eigenvector", () => {
    expectClose(
      eigenvector(g),
      [
        0.5227207255553261, 0.5227207255553261, 0.6116284572516427, 0.28184519880706643, 6.8467033862542795e-6, 1.1078198789848423e-5,
        1.1078198789848423e-5, 6.8467033862542795e-6, 1.4170588513131147e-29,
      ],
      1e-12,
    );
  });

  it("degree of the isolate is 0", () => {
    const d = degrees(g);
    expect(d.degree[8]).toBe(0);
    expect(d.degreeCentrality[8]).toBe(0);
    expect(d.degree[2]).toBe(3);
  });
});

describe("small hand-computed cases", () => {
  it("directed path a→b→c", () => {
    const g = graphOf(
      [
        ["a", "b"],
        ["b", "c"],
      ],
      true,
    );
    // b lies on the only a→c path: 1 / ((3-1)(3-2)).
    expect(Array.from(betweenness(g))).toEqual([0, 0.5, 0]);
    // c is reached from b at 1 and from a at 2.
    expect(Array.from(harmonicCloseness(g))).toEqual([0, 1, 1.5]);
    expect(density(g)).toBeCloseTo(2 / 6, 15);
    expect(reciprocity(g)).toBe(0);
    // A + I is a single Jordan block here; NetworkX raises PowerIterationFailedConvergence.
    expect(eigenvector(g)).toBeNull();
  });

  it("star with centre 0 and four leaves", () => {
    const g = graphOf(
      [
        ["0", "1"],
        ["0", "2"],
        ["0", "3"],
        ["0", "4"],
      ],
      false,
    );
    const btw = betweenness(g);
    expect(Array.from(btw)).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(harmonicCloseness(g))).toEqual([4, 2.5, 2.5, 2.5, 2.5]);
    const d = degrees(g);
    expect(Array.from(d.degreeCentrality)).toEqual([1, 0.25, 0.25, 0.25, 0.25]);
    // The star is the extreme case for both.
    expect(centralization(d.degreeCentrality, g.n, "degree")).toBeCloseTo(1, 15);
    expect(centralization(btw, g.n, "betweenness")).toBeCloseTo(1, 15);
    // By symmetry, leaves share what the centre does not keep.
    const pr = pagerank(g);
    expect(Array.from(pr).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pr[1]).toBeCloseTo(pr[4] as number, 15);
  });

  it("centralization is 0 for a complete graph and below 3 nodes", () => {
    const g = graphOf(
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
      ],
      false,
    );
    expect(centralization(degrees(g).degreeCentrality, 3, "degree")).toBe(0);
    expect(centralization(betweenness(g), 3, "betweenness")).toBe(0);
    expect(centralization([1, 0], 2, "degree")).toBe(0);
  });

  it("weighted pagerank on a → b (3), a → c (1), b → a, c → a", () => {
    const g = graphOf(
      [
        ["a", "b", 3],
        ["a", "c", 1],
        ["b", "a"],
        ["c", "a"],
      ],
      true,
    );
    // Stationary equations: x_a = 0.05 + 0.85(x_b + x_c), x_b = 0.05 + 0.85·¾·x_a, x_c = 0.05 + 0.85·¼·x_a.
    const xa = 0.135 / 0.2775;
    const pr = pagerank(g);
    expect(pr[0]).toBeCloseTo(xa, 5);
    expect(pr[1]).toBeCloseTo(0.05 + 0.6375 * xa, 5);
    expect(pr[2]).toBeCloseTo(0.05 + 0.2125 * xa, 5);
    // Power iteration stops within tol of that, at the same iterate as NetworkX 3.x.
    expectClose(pr, [0.48648582432442083, 0.36013563175668406, 0.1533785439188947], 1e-12);
  });

  it("reciprocity of a graph without edges is 0 rather than an error", () => {
    expect(reciprocity(graphOf([], true, ["a", "b"]))).toBe(0);
  });

  it("tiny graphs", () => {
    const empty = graphOf([], false);
    expect(betweenness(empty)).toHaveLength(0);
    expect(eigenvector(empty)).toHaveLength(0);
    expect(pagerank(empty)).toHaveLength(0);
    expect(density(empty)).toBe(0);
    const single = graphOf([], true, ["x"]);
    // NetworkX degree_centrality gives 1 to the lone node.
    expect(Array.from(degrees(single).degreeCentrality)).toEqual([1]);
    expect(density(single)).toBe(0);
    expect(Array.from(pagerank(single))).toEqual([1]);
    const pair = graphOf([["x", "y"]], false);
    expect(Array.from(betweenness(pair))).toEqual([0, 0]);
  });
});

/**
 * Betweenness by definition: all-pairs distances and path counts by
 * Floyd–Warshall, then sum over ordered pairs (s, t) of σ_st(v) / σ_st.
 */
function bruteBetweenness(n: number, arcs: Array<[number, number]>): number[] {
  const inf = Number.POSITIVE_INFINITY;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : inf)));
  for (const [a, b] of arcs) if (a !== b) (d[a] as number[])[b] = 1;
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const via = (d[i] as number[])[k] as number;
        const rest = (d[k] as number[])[j] as number;
        if (via + rest < ((d[i] as number[])[j] as number)) (d[i] as number[])[j] = via + rest;
      }
  // Path counts by increasing distance from each source.
  const sigma = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const adjacent = new Set(arcs.filter(([a, b]) => a !== b).map(([a, b]) => `${a},${b}`));
  for (let s = 0; s < n; s++) {
    const row = sigma[s] as number[];
    row[s] = 1;
    const byDistance = [...Array(n).keys()].filter((t) => t !== s && (d[s] as number[])[t] !== inf);
    byDistance.sort((x, y) => ((d[s] as number[])[x] as number) - ((d[s] as number[])[y] as number));
    for (const t of byDistance) {
      let count = 0;
      for (let u = 0; u < n; u++) {
        if (adjacent.has(`${u},${t}`) && ((d[s] as number[])[u] as number) + 1 === (d[s] as number[])[t]) count += row[u] as number;
      }
      row[t] = count;
    }
  }
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      const dst = (d[s] as number[])[t] as number;
      if (s === t || dst === inf) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        if (((d[s] as number[])[v] as number) + ((d[v] as number[])[t] as number) === dst) {
          bc[v] =
            (bc[v] as number) +
            (((sigma[s] as number[])[v] as number) * ((sigma[v] as number[])[t] as number)) / ((sigma[s] as number[])[t] as number);
        }
      }
    }
  // Undirected arcs come in both directions, so ordered pairs suit both kinds.
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return bc.map((b) => b * scale);
}

const smallGraph = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    arcs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 25 }),
  }),
);

const build = (n: number, arcs: Array<[number, number]>, directed: boolean): Graph =>
  buildGraph(
    Array.from({ length: n }, (_, i) => String(i)),
    arcs.map(([a, b]) => ({ source: String(a), target: String(b) })),
    directed,
  );

describe("properties", () => {
  it("betweenness is non-negative and matches the definition on directed and undirected graphs", () => {
    fc.assert(
      fc.property(smallGraph, fc.boolean(), ({ n, arcs }, directed) => {
        const both: Array<[number, number]> = directed
          ? arcs
          : arcs.flatMap(([a, b]) => [[a, b] as [number, number], [b, a] as [number, number]]);
        const got = Array.from(betweenness(build(n, arcs, directed)));
        const want = bruteBetweenness(n, both);
        got.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeCloseTo(want[i] as number, 12);
        });
      }),
    );
  });

  it("an undirected graph scores as the directed graph with every edge both ways", () => {
    fc.assert(
      fc.property(smallGraph, ({ n, arcs }) => {
        const both = arcs.flatMap(([a, b]) => [[a, b] as [number, number], [b, a] as [number, number]]);
        const u = build(n, arcs, false);
        const d = build(n, both, true);
        const pairs: Array<[ArrayLike<number>, ArrayLike<number>]> = [
          [betweenness(u), betweenness(d)],
          [harmonicCloseness(u), harmonicCloseness(d)],
          [pagerank(u), pagerank(d)],
        ];
        for (const [x, y] of pairs) for (let i = 0; i < n; i++) expect(x[i]).toBeCloseTo(y[i] as number, 12);
        expect(reciprocity(d)).toBe(arcs.some(([a, b]) => a !== b) ? 1 : 0);
      }),
    );
  });

  it("pagerank is a probability vector", () => {
    fc.assert(
      fc.property(smallGraph, fc.boolean(), ({ n, arcs }, directed) => {
        const pr = Array.from(pagerank(build(n, arcs, directed)));
        for (const p of pr) expect(p).toBeGreaterThan(0);
        expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
