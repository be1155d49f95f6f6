// SNA benchmark (`npm run bench -- sna`): times Solmu's analysis on seeded random graphs with planted
// communities, and, when a Python with NetworkX and igraph is at hand, the same work in those libraries
// (bench/sna_reference.py). Checks betweenness against NetworkX and writes bench/results/sna.json.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { betweenness } from "../src/domain/sna/centrality.ts";
import { louvain, modularity, undirectedVersion } from "../src/domain/sna/communities.ts";
import { analyze, buildGraph, type Graph } from "../src/domain/sna/index.ts";
import { type GraphSpec, P_INSIDE, P_RECIPROCATE, plantedPartition, SEED, writeEdgeList } from "./graphs.ts";
import { machine } from "./run.ts";
import { coresBench } from "./snaCores.ts";

interface Spec extends GraphSpec {
  /** Timed runs per measurement; the median is reported. */
  runs: { analyze: number; betweenness: number; louvain: number };
}

const SPECS: Spec[] = [
  { name: "200/4k", nodes: 200, edges: 4_000, communities: 5, runs: { analyze: 21, betweenness: 21, louvain: 21 } },
  { name: "2k/20k", nodes: 2_000, edges: 20_000, communities: 20, runs: { analyze: 7, betweenness: 7, louvain: 9 } },
  { name: "10k/100k", nodes: 10_000, edges: 100_000, communities: 50, runs: { analyze: 0, betweenness: 3, louvain: 5 } },
];

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

/** Times Solmu's SNA against NetworkX and igraph, prints a table and writes bench/results/sna.json. */
export async function snaBench(): Promise<void> {
  const python = findPython();
  if (!python)
    console.log("SNA reference: no python3 with networkx and igraph (apt-get install python3-networkx python3-igraph); timing Solmu only");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-sna-bench-"));
  const graphs: Record<string, unknown>[] = [];
  let cores: Awaited<ReturnType<typeof coresBench>> | null = null;
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
    cores = await coresBench(
      python,
      tmp,
      SPECS.filter((s) => s.nodes >= 2_000),
    );
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
    benchmark:
      "SNA: analyze(), betweenness, Louvain + modularity vs NetworkX and igraph; solmu analyze vs python-igraph as whole processes, the worker pool's scaling and sampled estimates (cores)",
    date: new Date().toISOString(),
    machine: machine(),
    generator: { model: "directed planted partition", seed: SEED, pInside: P_INSIDE, pReciprocate: P_RECIPROCATE, weights: "integers 1–5" },
    note: "times are medians in ms; speed-up = reference time / Solmu time; modularity on the undirected version with summed weights",
    graphs,
    targets: { ...targets, ...(cores ? { analyzeWholeProcessVsIgraph: cores.wholeProcess.target } : {}) },
    cores,
  };
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`→ ${path.relative(process.cwd(), file)}`);
}

/**
 * `npm run bench -- sna-cores`: only the multi-core part (bench/snaCores.ts), without the NetworkX references that
 * take many minutes; it replaces that part of results/sna.json and keeps the rest as the last full run left it.
 */
export async function snaCoresBench(): Promise<void> {
  const python = findPython();
  if (!python) console.log("SNA reference: no python3 with igraph (apt-get install python3-igraph); timing Solmu only");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-sna-bench-"));
  try {
    const cores = await coresBench(
      python,
      tmp,
      SPECS.filter((s) => s.nodes >= 2_000),
    );
    const file = path.join(import.meta.dirname, "results", "sna.json");
    const result = JSON.parse(fs.readFileSync(file, "utf8")) as { targets: Record<string, unknown>; cores: unknown };
    result.targets.analyzeWholeProcessVsIgraph = cores.wholeProcess.target;
    result.cores = cores;
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
