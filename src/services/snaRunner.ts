import { Worker } from "node:worker_threads";
import { type Analysis, analyze, buildGraph, type EdgeInput } from "../domain/sna/index.ts";

export interface AnalysisInput {
  nodes: string[];
  edges: EdgeInput[];
  directed: boolean;
  /** Each node's group (organisation or kind), in the order of `nodes`: gives the E-I index and brokerage roles. */
  groups?: Array<string | null>;
}

/** The analysis of one input, in this thread: what the worker runs too. */
export const analyzeInput = (input: AnalysisInput): Analysis =>
  analyze(buildGraph(input.nodes, input.edges, input.directed), input.groups ? { groups: input.groups } : {});

/** Above this many ties the analysis takes tens of milliseconds or more, worth handing to the worker. */
const WORKER_THRESHOLD = 3000;

type Pending = { resolve: (a: Analysis) => void; reject: (e: Error) => void };
let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

// One long-lived worker: starting one (and its TypeScript loader) costs more than a typical analysis.
function analysisWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL("./snaWorker.mjs", import.meta.url));
  w.unref();
  w.on("message", (m: { id: number; result?: Analysis; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.result) p?.resolve(m.result);
    else p?.reject(new Error(m.error ?? "analysis failed"));
  });
  const fail = (err: Error) => {
    worker = undefined;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`analysis worker stopped with code ${code}`)));
  worker = w;
  return w;
}

/** Every network figure of a graph; large graphs are analysed in a worker thread, off the request path. */
export function runAnalysis(input: AnalysisInput): Promise<Analysis> {
  if (input.edges.length < WORKER_THRESHOLD) return Promise.resolve(analyzeInput(input));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    analysisWorker().postMessage({ id, input });
  });
}
