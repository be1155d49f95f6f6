// The multi-core part of the SNA benchmark (#22 target 4), run by bench/sna.ts:
// - whole process: `solmu analyze` on a 5,000-node / 50,000-edge digraph against python-igraph computing the same
//   figures (bench/sna_figures.py), each timed from spawn to exit, runs interleaved so that both meet the same load;
//   `solmu analyze` with 1, 2, 4, … worker threads up to the number of cores (SOLMU_WORKERS);
// - in-process scaling: the path figures (betweenness and closeness) in one thread and in the pool;
// - sampling: `--sample K` (Brandes–Pich) against the exact figures, with its error.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isCurrent } from "../bin/currentBuild.js";
import { buildGraph, type Graph } from "../src/domain/sna/index.ts";
import { type PathFigures, pathFigures, planPaths } from "../src/domain/sna/paths.ts";
import { AnalysisPool } from "../src/services/snaPool.ts";
import { type GraphSpec, plantedPartition, SEED, writeEdgeList } from "./graphs.ts";
import { machine } from "./run.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin/solmu.js");
const WHOLE: GraphSpec = { name: "5k/50k", nodes: 5_000, edges: 50_000, communities: 25 };
const WHOLE_RUNS = 7;
/** Ours at most this share of igraph's time, whole process (issue #22 target 4). */
const TARGET_RATIO = 0.6;
const SAMPLES = [100, 500, 2_000];

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const load = () => os.loadavg().map((l) => round(l, 1));

/** 1, 2, 4, … worker threads, and the number of cores itself (the default) when it is not a power of two. */
export function workerCounts(cores: number): number[] {
  const counts: number[] = [];
  for (let w = 1; w < cores; w *= 2) counts.push(w);
  return [...counts, cores];
}

const TIME = "/usr/bin/time";

/**
 * Wall time in ms from spawning `command` until it exits (0 required), its stdout into `out` (or discarded); and,
 * when GNU time is installed, the process's CPU time (user + system, all threads), which a busy machine disturbs
 * far less than the wall time.
 */
async function timeProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  out?: string,
): Promise<{ wallMs: number; cpuMs: number | null }> {
  const withTime = fs.existsSync(TIME);
  const sink = fs.openSync(out ?? "/dev/null", "w");
  try {
    const started = performance.now();
    const child = spawn(withTime ? TIME : command, withTime ? ["-f", "cpu %U %S", command, ...args] : args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", sink, "pipe"],
    });
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (d: string) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    const wallMs = performance.now() - started;
    if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}: ${stderr}`);
    const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
    return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
  } finally {
    fs.closeSync(sink);
  }
}

type Figures = { nodes: Array<{ id: string; betweenness: number; closeness: number }> };

/** The largest difference between two outputs' betweenness and closeness, node by node (by id). */
function maxDiff(a: Figures, b: Figures) {
  const other = new Map(b.nodes.map((n) => [n.id, n]));
  let betweenness = 0;
  let closeness = 0;
  for (const n of a.nodes) {
    const m = other.get(n.id);
    if (!m) throw new Error(`node ${n.id} missing from one output`);
    betweenness = Math.max(betweenness, Math.abs(n.betweenness - m.betweenness));
    closeness = Math.max(closeness, Math.abs(n.closeness - m.closeness));
  }
  return { betweenness, closeness };
}

/** `solmu analyze` against python-igraph as whole processes on the 5,000 / 50,000 digraph. */
async function wholeProcess(python: string | null, tmp: string, cores: number) {
  const serverDir = path.join(root, "dist/server");
  if (!isCurrent(serverDir, root)) {
    console.log("dist/server is missing or older than the sources: building the server");
    const r = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--config", "vite.server.config.ts"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    if (r.status !== 0) throw new Error(`the server build failed:\n${r.stdout}${r.stderr}`);
  }
  const { edges } = plantedPartition(WHOLE, SEED + WHOLE.nodes);
  const file = path.join(tmp, "whole.csv");
  writeEdgeList(file, edges);
  const analyze = (env: Record<string, string>, out?: string) => timeProcess(process.execPath, [bin, "analyze", "--edges", file], env, out);
  const variants: Array<{ name: string; run: (out?: string) => Promise<{ wallMs: number; cpuMs: number | null }> }> = workerCounts(
    cores,
  ).map((w) => ({
    name: w === cores ? `solmu analyze, ${w} workers (default)` : `solmu analyze, ${w} worker${w === 1 ? "" : "s"}`,
    run: (out) => analyze(w === cores ? {} : { SOLMU_WORKERS: String(w) }, out),
  }));
  variants.push({ name: "solmu analyze from the sources (tsx), default workers", run: (out) => analyze({ SOLMU_FROM_SOURCE: "1" }, out) });
  if (python)
    variants.push({
      name: "python-igraph",
      run: (out) => timeProcess(python, [path.join(import.meta.dirname, "sna_figures.py"), file], {}, out),
    });

  const loadBefore = load();
  // One untimed run of each warms the file cache and Python's bytecode, and leaves outputs to compare.
  const outputs = variants.map((_, i) => path.join(tmp, `out-${i}.json`));
  for (const [i, v] of variants.entries()) await v.run(outputs[i]);
  const times = variants.map(() => [] as number[]);
  const cpu = variants.map(() => [] as number[]);
  for (let r = 0; r < WHOLE_RUNS; r++)
    for (const [i, v] of variants.entries()) {
      const t = await v.run();
      times[i]?.push(t.wallMs);
      if (t.cpuMs !== null) cpu[i]?.push(t.cpuMs);
    }
  const loadAfter = load();

  const read = (i: number) => fs.readFileSync(outputs[i] as string, "utf8");
  const defaultIndex = variants.findIndex((v) => v.name.includes("(default)"));
  // Every worker count, and the sources, print the very same bytes.
  const identicalOutputs = variants.every((v, i) => v.name === "python-igraph" || read(i) === read(defaultIndex));
  const igraphIndex = variants.findIndex((v) => v.name === "python-igraph");
  const vsIgraph = igraphIndex >= 0 ? maxDiff(JSON.parse(read(defaultIndex)), JSON.parse(read(igraphIndex))) : null;
  const rows = variants.map((v, i) => ({
    name: v.name,
    medianMs: round(median(times[i] as number[]), 0),
    minMs: round(Math.min(...(times[i] as number[])), 0),
    cpuMedianMs: cpu[i]?.length ? round(median(cpu[i] as number[]), 0) : null,
    runsMs: (times[i] as number[]).map((t) => round(t, 0)),
  }));
  // Within a run the two processes follow each other, so they meet about the same load: the median of the runs'
  // ratios is the estimate a busy, changing load disturbs least.
  const ours = times[defaultIndex] as number[];
  const igraph = igraphIndex >= 0 ? (times[igraphIndex] as number[]) : null;
  const ratio = igraph ? round(median(ours.map((t, r) => t / (igraph[r] as number))), 3) : null;
  return {
    graph: { name: WHOLE.name, nodes: WHOLE.nodes, edges: edges.length, seed: SEED + WHOLE.nodes },
    compiled: isCurrent(serverDir, root),
    runs: WHOLE_RUNS,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    processes: rows,
    identicalOutputsForEveryWorkerCount: identicalOutputs,
    maxAbsDiffVsIgraph: vsIgraph,
    ratioToIgraph: {
      medianOfRunRatios: ratio,
      ofMedians: igraph ? round(median(ours) / median(igraph), 3) : null,
      ofBestRuns: igraph ? round(Math.min(...ours) / Math.min(...igraph), 3) : null,
      ofCpuTimes:
        igraph && cpu[defaultIndex]?.length && cpu[igraphIndex]?.length
          ? round(median(cpu[defaultIndex] as number[]) / median(cpu[igraphIndex] as number[]), 3)
          : null,
    },
    target: {
      target: `solmu analyze on ${WHOLE.name}, whole process, at most ${TARGET_RATIO} × python-igraph's time for the same figures (median of the runs' ratios)`,
      value: ratio,
      met: ratio === null ? null : ratio <= TARGET_RATIO,
    },
  };
}

const sameBits = (a: PathFigures, b: PathFigures) =>
  a.betweenness.every((x, i) => Object.is(x, b.betweenness[i])) && a.closeness.every((x, i) => Object.is(x, b.closeness[i]));

/** Median and best wall time of `runs` calls after one untimed call, and the last result. */
async function timed<T>(fn: () => Promise<T> | T, runs: number): Promise<{ ms: number; minMs: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), minMs: Math.min(...times), result };
}

/** Relative errors of an estimate, over the nodes whose exact value is above 0 (an exact 0 is always estimated as 0). */
function relativeErrors(estimate: Float64Array, exact: Float64Array) {
  const errors: Array<{ exact: number; error: number }> = [];
  let zerosMissed = 0;
  for (let i = 0; i < exact.length; i++) {
    const x = exact[i] as number;
    if (x > 0) errors.push({ exact: x, error: Math.abs((estimate[i] as number) - x) / x });
    else if ((estimate[i] as number) !== 0) zerosMissed++;
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  // The top 1 % are the nodes a report names (brokers, the most central): their error is what a reader meets,
  // and whether the estimate names the same nodes.
  const topCount = Math.max(1, Math.ceil(exact.length / 100));
  const top = [...errors].sort((a, b) => b.exact - a.exact).slice(0, topCount);
  const topNodes = (values: Float64Array) =>
    Array.from(values.keys())
      .sort((a, b) => (values[b] as number) - (values[a] as number))
      .slice(0, topCount);
  const estimatedTop = new Set(topNodes(estimate));
  return {
    max: round(Math.max(0, ...errors.map((e) => e.error)), 4),
    mean: round(mean(errors.map((e) => e.error)), 4),
    meanTop1Percent: round(mean(top.map((e) => e.error)), 4),
    top1PercentFound: round(topNodes(exact).filter((v) => estimatedTop.has(v)).length / topCount, 3),
    zerosMissed,
  };
}

/** In-process: the path figures in one thread and in pools of 1, 2, 4, … workers; then sampled estimates and their error. */
async function scalingAndSampling(specs: GraphSpec[], cores: number) {
  const counts = workerCounts(cores);
  const pools = new Map(counts.map((w) => [w, new AnalysisPool(w).start()]));
  const scaling: Record<string, unknown>[] = [];
  const sampling: Record<string, unknown>[] = [];
  try {
    for (const spec of specs) {
      const { ids, edges } = plantedPartition(spec, SEED + spec.nodes);
      const g: Graph = buildGraph(ids, edges, true);
      const runs = spec.nodes > 5_000 ? 2 : 5;
      const single = await timed(() => pathFigures(g), runs);
      const byWorkers: Record<string, { ms: number; minMs: number; speedUp: number; sameBits: boolean }> = {};
      for (const [w, pool] of pools) {
        const r = await timed(() => pool.pathFigures(g, planPaths(g.n)), runs);
        byWorkers[w] = {
          ms: round(r.ms, 0),
          minMs: round(r.minMs, 0),
          // From the best runs: what the threads can do when the machine lets them.
          speedUp: round(single.minMs / r.minMs, 2),
          sameBits: sameBits(r.result, single.result),
        };
      }
      scaling.push({
        graph: spec.name,
        runs,
        oneThreadMs: round(single.ms, 0),
        oneThreadMinMs: round(single.minMs, 0),
        workers: byWorkers,
      });
      console.log(`${spec.name}: path figures in one thread ${round(single.ms, 0)} ms; ${JSON.stringify(byWorkers)}`);

      const pool = pools.get(cores) as AnalysisPool;
      for (const count of SAMPLES.filter((k) => k < g.n)) {
        const plan = planPaths(g.n, { count, seed: 1 });
        const r = await timed(() => pool.pathFigures(g, plan), runs);
        sampling.push({
          graph: spec.name,
          sources: count,
          ms: round(r.ms, 0),
          exactMs: byWorkers[cores]?.ms ?? null,
          betweenness: relativeErrors(r.result.betweenness, single.result.betweenness),
          closeness: relativeErrors(r.result.closeness, single.result.closeness),
        });
      }
    }
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
  return { scaling, sampling };
}

/** Runs the three parts and returns what bench/sna.ts writes into results/sna.json. */
export async function coresBench(python: string | null, tmp: string, specs: GraphSpec[]) {
  const cores = os.availableParallelism();
  // The date and machine of this part, which `npm run bench -- sna-cores` reruns apart from the rest of sna.json.
  const date = new Date().toISOString();
  const whole = await wholeProcess(python, tmp, cores);
  console.table(
    Object.fromEntries(
      whole.processes.map((p) => [p.name, { "median ms": p.medianMs, "best ms": p.minMs, "CPU ms": p.cpuMedianMs ?? "—" }]),
    ),
  );
  console.log(`ratio to igraph: ${JSON.stringify(whole.ratioToIgraph)}; load ${whole.loadAverageBefore} → ${whole.loadAverageAfter}`);
  console.log(
    `${whole.target.met === null ? "not checked" : whole.target.met ? "met   " : "MISSED"}  ${whole.target.target}: ${whole.target.value}`,
  );
  const { scaling, sampling } = await scalingAndSampling(
    [...specs, WHOLE].sort((a, b) => a.nodes - b.nodes),
    cores,
  );
  console.table(
    Object.fromEntries(
      sampling.map((s) => [
        `${s.graph} K=${s.sources}`,
        {
          ms: s.ms,
          "exact ms": s.exactMs,
          "btw max rel": (s.betweenness as { max: number }).max,
          "btw mean rel": (s.betweenness as { mean: number }).mean,
          "btw top 1 % mean": (s.betweenness as { meanTop1Percent: number }).meanTop1Percent,
          "top 1 % found": (s.betweenness as { top1PercentFound: number }).top1PercentFound,
          "clo max rel": (s.closeness as { max: number }).max,
        },
      ]),
    ),
  );
  return { date, machine: machine(), cores, wholeProcess: whole, scaling, sampling };
}
