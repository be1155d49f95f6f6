// SNA benchmark (`npm run bench -- sna`): times Solmu's analysis on seeded random graphs with planted
// communities, and, when a Python with NetworkX and igraph is at hand, the same work in those libraries
// (bench/sna_reference.py). Checks betweenness against NetworkX and writes bench/results/sna.json.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seededRandom } from "../src/domain/random.ts";
import { betweenness } from "../src/domain/sna/centrality.ts";
import { louvain, modularity, undirectedVersion } from "../src/domain/sna/communities.ts";
import { analyze, buildGraph, type EdgeInput, type Graph } from "../src/domain/sna/index.ts";
import { machine } from "./run.ts";

interface Spec {
  name: string;
  nodes: number;
  edges: number;
  communities: number;
  /** Timed runs per measurement; the median is reported. */
  runs: { analyze: number; betweenness: number; louvain: number };
}

const SPECS: Spec[] = [
  { name: "200/4k", nodes: 200, edges: 4_000, communities: 5, runs: { analyze: 21, betweenness: 21, louvain: 21 } },
  { name: "2k/20k", nodes: 2_000, edges: 20_000, communities: 20, runs: { analyze: 7, betweenness: 7, louvain: 9 } },
  { name: "10k/100k", nodes: 10_000, edges: 100_000, communities: 50, runs: { analyze: 0, betweenness: 3, louvain: 5 } },
];

const SEED = 20261127;
/** Share of ties inside a community, and chance that a tie is returned. */
const P_INSIDE = 0.8;
const P_RECIPROCATE = 0.25;

/** Index i with cumulative[i - 1] <= x < cumulative[i], searching [lo, hi). */
function pick(cumulative: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A directed stochastic block model with uneven community sizes and
 * heavy-tailed activity (a few organisations tie to many), some returned ties
 * and integer weights 1–5: closer to a real collaboration network than G(n, m).
 */
export function plantedPartition(spec: Spec, seed: number): { ids: string[]; edges: EdgeInput[] } {
  const { nodes: n, edges: m, communities: k } = spec;
  const random = seededRandom(seed);
  const shares = Array.from({ length: k }, () => 0.5 + random());
  const totalShare = shares.reduce((a, b) => a + b, 0);
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++)
    start[c + 1] = Math.min(n, (start[c] as number) + Math.max(2, Math.round((n * (shares[c] as number)) / totalShare)));
  start[k] = n;
  const communityOf = new Int32Array(n);
  for (let c = 0; c < k; c++) for (let i = start[c] as number; i < (start[c + 1] as number); i++) communityOf[i] = c;
  // Pareto(2.5) activity capped at 10: heavy-tailed but no node that would fill its own community.
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += Math.min(10, (1 - random()) ** (-1 / 1.5));
    cumulative[i] = sum;
  }
  const total = sum;
  const seen = new Set<number>();
  const edges: EdgeInput[] = [];
  const add = (s: number, t: number) => {
    const key = s * n + t;
    if (s === t || seen.has(key)) return false;
    seen.add(key);
    edges.push({ source: String(s), target: String(t), weight: 1 + Math.floor(random() * 5) });
    return true;
  };
  for (let attempts = 0; edges.length < m; attempts++) {
    if (attempts > 100 * m) throw new Error(`cannot place ${m} edges on ${n} nodes`);
    const s = pick(cumulative, 0, n, random() * total);
    let t: number;
    if (random() < P_INSIDE) {
      const c = communityOf[s] as number;
      const lo = start[c] as number;
      const hi = start[c + 1] as number;
      const base = lo === 0 ? 0 : (cumulative[lo - 1] as number);
      t = pick(cumulative, lo, hi, base + random() * ((cumulative[hi - 1] as number) - base));
    } else {
      t = pick(cumulative, 0, n, random() * total);
    }
    if (add(s, t) && edges.length < m && random() < P_RECIPROCATE) add(t, s);
  }
  return { ids: Array.from({ length: n }, (_, i) => String(i)), edges };
}

/** Median wall time in ms of `runs` calls after `warmup` untimed ones, and the last result. */
function time<T>(fn: () => T, runs: number, warmup = Math.min(3, runs)): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Reference {
  networkx: {
    version: string;
    betweennessMs: number;
    louvainMs: number;
    louvainModularity: number;
    louvainCommunities: number;
    betweenness?: number[];
  };
  igraph: {
    version: string;
    betweennessMs: number;
    multilevelMs: number;
    multilevelModularity: number;
    multilevelCommunities: number;
    betweennessMaxAbsDiffVsNetworkx?: number;
  };
}

/** A python3 that imports networkx and igraph, or null. */
function findPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(candidate, ["-c", "import networkx, igraph"], { stdio: "ignore" });
    if (r.status === 0) return candidate;
  }
  return null;
}

function runReference(python: string, file: string, spec: Spec, withValues: boolean): Promise<Reference> {
  const args = [path.join(import.meta.dirname, "sna_reference.py"), "--edges", file, "--nodes", String(spec.nodes), "--label", spec.name];
  if (withValues) args.push("--values");
  return new Promise((resolve, reject) => {
    // stderr passes through so that the reference's progress lines show while NetworkX grinds.
    const child = spawn(python, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`sna_reference.py exited with ${code} on ${spec.name}`));
      else resolve(JSON.parse(out) as Reference);
    });
  });
}

function writeEdgeList(file: string, edges: readonly EdgeInput[]) {
  const lines = ["source,target,weight"];
  for (const e of edges) lines.push(`${e.source},${e.target},${e.weight ?? 1}`);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Times Solmu's SNA against NetworkX and igraph, prints a table and writes bench/results/sna.json. */
export async function snaBench(): Promise<void> {
  const python = findPython();
  if (!python)
    console.log("SNA reference: no python3 with networkx and igraph (apt-get install python3-networkx python3-igraph); timing Solmu only");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-sna-bench-"));
  const graphs: Record<string, unknown>[] = [];
  try {
    for (const spec of SPECS) {
      const { ids, edges } = plantedPartition(spec, SEED + spec.nodes);
      const built = time(() => buildGraph(ids, edges, true), spec.nodes > 2000 ? 3 : 9, 1);
      const g: Graph = built.result;
      const full = spec.runs.analyze > 0 ? time(() => analyze(g, { seed: 1 }), spec.runs.analyze) : null;
      // As a survey round is analysed: with each person's organisation as the group, which adds the E-I
      // index and the brokerage roles (about 15 people an organisation, as in the large demo).
      const groups = ids.map((_, i) => `org${Math.floor(i / 15)}`);
      const grouped = spec.runs.analyze > 0 ? time(() => analyze(g, { seed: 1, groups }), spec.runs.analyze) : null;
      const btw = time(() => betweenness(g), spec.runs.betweenness, 1);
      const com = time(
        () => {
          const und = undirectedVersion(g);
          const partition = louvain(und, { seed: 1 });
          return { partition, q: modularity(und, partition) };
        },
        spec.runs.louvain,
        1,
      );
      let communities = 0;
      for (const c of com.result.partition) communities = Math.max(communities, c + 1);
      console.log(
        `${spec.name}: ${g.n} nodes, ${g.edgeCount} edges; analyze ${full ? `${round(full.ms)} ms` : "not timed"}, betweenness ${round(btw.ms)} ms, louvain ${round(com.ms)} ms`,
      );

      let reference: Reference | null = null;
      if (python) {
        const file = path.join(tmp, `${spec.nodes}.csv`);
        writeEdgeList(file, edges);
        reference = await runReference(python, file, spec, spec.nodes <= 2000);
      }
      let maxAbsDiff: number | null = null;
      const values = reference?.networkx.betweenness;
      if (values) {
        maxAbsDiff = 0;
        for (let i = 0; i < g.n; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs((btw.result[i] as number) - (values[i] as number)));
      }
      graphs.push({
        name: spec.name,
        nodes: g.n,
        edges: g.edgeCount,
        plantedCommunities: spec.communities,
        ours: {
          buildGraphMs: round(built.ms),
          analyzeMs: full ? round(full.ms) : null,
          analyzeWithGroupsMs: grouped ? round(grouped.ms) : null,
          analyzeRuns: spec.runs.analyze,
          betweennessMs: round(btw.ms),
          betweennessRuns: spec.runs.betweenness,
          louvainAndModularityMs: round(com.ms),
          louvainRuns: spec.runs.louvain,
          modularity: com.result.q,
          communities,
        },
        networkx: reference && {
          version: reference.networkx.version,
          betweennessMs: round(reference.networkx.betweennessMs),
          louvainAndModularityMs: round(reference.networkx.louvainMs),
          modularity: reference.networkx.louvainModularity,
          communities: reference.networkx.louvainCommunities,
        },
        igraph: reference && {
          version: reference.igraph.version,
          betweennessMs: round(reference.igraph.betweennessMs),
          multilevelAndModularityMs: round(reference.igraph.multilevelMs),
          modularity: reference.igraph.multilevelModularity,
          communities: reference.igraph.multilevelCommunities,
          betweennessMaxAbsDiffVsNetworkx: reference.igraph.betweennessMaxAbsDiffVsNetworkx ?? null,
        },
        ratios: reference && {
          betweennessSpeedupVsNetworkx: round(reference.networkx.betweennessMs / btw.ms, 1),
          betweennessSpeedupVsIgraph: round(reference.igraph.betweennessMs / btw.ms, 2),
          louvainSpeedupVsNetworkx: round(reference.networkx.louvainMs / com.ms, 1),
          louvainSpeedupVsIgraph: round(reference.igraph.multilevelMs / com.ms, 2),
          modularityMinusIgraph: com.result.q - reference.igraph.multilevelModularity,
          modularityMinusNetworkx: com.result.q - reference.networkx.louvainModularity,
        },
        betweennessMaxAbsDiffVsNetworkx: maxAbsDiff,
      });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  type Row = {
    name: string;
    ours: { analyzeMs: number | null; analyzeWithGroupsMs: number | null; betweennessMs: number; modularity: number };
    ratios: { betweennessSpeedupVsNetworkx: number; betweennessSpeedupVsIgraph: number; modularityMinusIgraph: number } | null;
    betweennessMaxAbsDiffVsNetworkx: number | null;
  };
  const rows = graphs as unknown as Row[];
  const byName = (name: string) => rows.find((r) => r.name === name) as Row;
  const small = byName("200/4k");
  const round2k = byName("2k/20k");
  const large = byName("10k/100k");
  const targets = {
    fullPass200Under100Ms: {
      target: "analyze() on 200 nodes / 4,000 edges < 100 ms",
      value: small.ours.analyzeMs,
      met: (small.ours.analyzeMs ?? Infinity) < 100,
    },
    roundOf2000Under3s: {
      target: "the whole analysis of a 2,000-person round (every figure, organisations as groups) < 3,000 ms",
      value: round2k.ours.analyzeWithGroupsMs,
      met: (round2k.ours.analyzeWithGroupsMs ?? Infinity) < 3000,
    },
    betweenness10kAtLeast10xNetworkx: {
      target: "betweenness on 10,000 / 100,000 ≥ 10× faster than NetworkX",
      value: large.ratios?.betweennessSpeedupVsNetworkx ?? null,
      met: large.ratios ? large.ratios.betweennessSpeedupVsNetworkx >= 10 : null,
    },
    betweenness10kNoSlowerThanIgraph: {
      target: "betweenness on 10,000 / 100,000 no slower than igraph (speed-up ≥ 1)",
      value: large.ratios?.betweennessSpeedupVsIgraph ?? null,
      met: large.ratios ? large.ratios.betweennessSpeedupVsIgraph >= 1 : null,
    },
    modularityWithin001OfIgraph: {
      target: "|modularity − igraph multilevel| ≤ 0.01 on every graph",
      value: rows.map((r) => (r.ratios ? round(r.ratios.modularityMinusIgraph, 4) : null)),
      met: rows.every((r) => r.ratios) ? rows.every((r) => Math.abs(r.ratios?.modularityMinusIgraph ?? Infinity) <= 0.01) : null,
    },
    betweennessMatchesNetworkx1e9: {
      target: "betweenness within 1e-9 of NetworkX on 200 and 2,000 nodes",
      value: rows.filter((r) => r.betweennessMaxAbsDiffVsNetworkx !== null).map((r) => r.betweennessMaxAbsDiffVsNetworkx),
      met: python ? rows.every((r) => r.betweennessMaxAbsDiffVsNetworkx === null || r.betweennessMaxAbsDiffVsNetworkx <= 1e-9) : null,
    },
  };

  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.name,
        {
          "analyze ms": r.ours.analyzeMs ?? "—",
          "with groups ms": r.ours.analyzeWithGroupsMs ?? "—",
          "betweenness ms": r.ours.betweennessMs,
          "× NetworkX": r.ratios?.betweennessSpeedupVsNetworkx ?? "—",
          "× igraph": r.ratios?.betweennessSpeedupVsIgraph ?? "—",
          modularity: round(r.ours.modularity, 4),
          "Q − igraph": r.ratios ? round(r.ratios.modularityMinusIgraph, 4) : "—",
          "max |Δ betweenness|": r.betweennessMaxAbsDiffVsNetworkx ?? "—",
        },
      ]),
    ),
  );
  for (const t of Object.values(targets))
    console.log(`${t.met === null ? "not checked" : t.met ? "met   " : "MISSED"}  ${t.target}: ${JSON.stringify(t.value)}`);

  const outDir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, "sna.json");
  const result = {
    benchmark: "SNA: analyze(), betweenness, Louvain + modularity vs NetworkX and igraph",
    date: new Date().toISOString(),
    machine: machine(),
    generator: { model: "directed planted partition", seed: SEED, pInside: P_INSIDE, pReciprocate: P_RECIPROCATE, weights: "integers 1–5" },
    note: "times are medians in ms; speed-up = reference time / Solmu time; modularity on the undirected version with summed weights",
    graphs,
    targets,
  };
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`→ ${path.relative(process.cwd(), file)}`);
}
