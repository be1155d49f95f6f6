import type { Worker } from "node:worker_threads";
import type { Analysis, PathFigures } from "../domain/sna/index.ts";
import { addBlock, finishPaths, type PathGraph, type PathPlan } from "../domain/sna/paths.ts";
import type { AnalysisInput } from "./snaRunner.ts";
import { startWorker } from "./workers.ts";

/** What the pool sends a worker (snaWorker.ts). */
export type PoolTask =
  | { kind: "paths"; job: number; graph: PathGraph; plan: PathPlan; next: Int32Array }
  | { kind: "analyze"; job: number; input: AnalysisInput; paths: PathFigures | null };

/** What a worker answers: one block's sums, a whole analysis, or why it failed. */
export type PoolReply =
  | { job: number; block: number; betweenness: Float64Array; closeness: Float64Array }
  | { job: number; result: Analysis }
  | { job: number; error: string };

type Job =
  | {
      kind: "paths";
      plan: PathPlan;
      total: PathFigures;
      /** Blocks that came before an earlier one: added once every block before them is in. */
      early: Map<number, { betweenness: Float64Array; closeness: Float64Array }>;
      nextBlock: number;
      resolve: (p: PathFigures) => void;
      reject: (e: Error) => void;
    }
  | { kind: "analyze"; resolve: (a: Analysis) => void; reject: (e: Error) => void };

const blockCount = (plan: PathPlan) => plan.starts.length - 1;

function shared(a: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
}

/**
 * A pool of worker threads for the path figures (betweenness, closeness), which cost O(n·m) where every
 * other figure costs about O(m). The graph's out-adjacency and the plan go to the workers once, in
 * SharedArrayBuffers; each worker takes the next block of sources from a shared counter, so a slower
 * thread simply takes fewer blocks, and the blocks' sums are added here in block order. The result is
 * therefore bit for bit what `pathFigures` gives in one thread, whatever the number of workers.
 */
export class AnalysisPool {
  private workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextJob = 1;
  private turn = 0;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker, not ${size}`);
  }

  /** Starts the threads now, so that they load while the caller reads its input; otherwise the first task starts them. */
  start(): this {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    return this;
  }

  /** Betweenness and closeness of `g` by `plan` (planPaths), shared among the workers. */
  pathFigures(g: PathGraph, plan: PathPlan): Promise<PathFigures> {
    const total = { betweenness: new Float64Array(g.n), closeness: new Float64Array(g.n) };
    if (blockCount(plan) === 0) return Promise.resolve(finishPaths(total, plan));
    this.start();
    const job = this.nextJob++;
    const graph: PathGraph = { n: g.n, outOffset: shared(g.outOffset), outTarget: shared(g.outTarget) };
    const sharedPlan: PathPlan = { sources: shared(plan.sources), starts: plan.starts, scale: plan.scale };
    const next = new Int32Array(new SharedArrayBuffer(4));
    return new Promise((resolve, reject) => {
      this.jobs.set(job, { kind: "paths", plan, total, early: new Map(), nextBlock: 0, resolve, reject });
      this.busy();
      // Every worker is told; one that comes to it after the last block was taken answers nothing.
      for (const w of this.workers.slice(0, blockCount(plan))) w.postMessage({ kind: "paths", job, graph, plan: sharedPlan, next });
    });
  }

  /** Every figure of an input in one of the workers, off the calling thread; `paths` when already computed. */
  analyze(input: AnalysisInput, paths: PathFigures | null): Promise<Analysis> {
    this.start();
    const job = this.nextJob++;
    const worker = this.workers[this.turn++ % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.jobs.set(job, { kind: "analyze", resolve, reject });
      this.busy();
      worker.postMessage({ kind: "analyze", job, input, paths });
    });
  }

  /** Stops the threads; a task after this starts new ones. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    this.fail(new Error("the analysis pool was closed"));
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const w = startWorker(new URL("./snaWorker.ts", import.meta.url));
    // Idle threads must not keep a CLI process or a stopping server alive; busy() refs them while a task runs.
    w.unref();
    w.on("message", (m: PoolReply) => this.receive(m));
    w.on("error", (err) => this.crash(err));
    w.on("exit", (code) => {
      if (this.workers.includes(w)) this.crash(new Error(`an analysis worker stopped with code ${code}`));
    });
    return w;
  }

  private receive(m: PoolReply) {
    const job = this.jobs.get(m.job);
    if (!job) return;
    if ("error" in m) {
      this.settle(m.job);
      job.reject(new Error(m.error));
    } else if ("result" in m) {
      if (job.kind !== "analyze") return;
      this.settle(m.job);
      job.resolve(m.result);
    } else if (job.kind === "paths") {
      job.early.set(m.block, m);
      for (let b = job.early.get(job.nextBlock); b; b = job.early.get(job.nextBlock)) {
        addBlock(job.total, b.betweenness, b.closeness);
        job.early.delete(job.nextBlock++);
      }
      if (job.nextBlock === blockCount(job.plan)) {
        this.settle(m.job);
        job.resolve(finishPaths(job.total, job.plan));
      }
    }
  }

  private busy() {
    for (const w of this.workers) w.ref();
  }

  private settle(job: number) {
    this.jobs.delete(job);
    if (this.jobs.size === 0) for (const w of this.workers) w.unref();
  }

  private fail(err: Error) {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j.reject(err);
  }

  /** A thread that failed takes the pool with it: its claimed blocks are lost, so every task under way fails and the next starts afresh. */
  private crash(err: Error) {
    const workers = this.workers;
    this.workers = [];
    this.fail(err);
    for (const w of workers) void w.terminate();
  }
}
