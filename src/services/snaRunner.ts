import { Worker } from "node:worker_threads";
import { type Analysis, analyze, buildGraph, type EdgeInput } from "../domain/sna/index.ts";

export interface AnalysisInput {
  nodes: string[];
  edges: EdgeInput[];
  directed: boolean;
}

/** Above this many ties the analysis takes tens of milliseconds or more, worth a thread's start-up. */
const WORKER_THRESHOLD = 3000;

/** Every network figure of a graph; large graphs are analysed in a worker thread, off the request path. */
export function runAnalysis(input: AnalysisInput): Promise<Analysis> {
  if (input.edges.length < WORKER_THRESHOLD) return Promise.resolve(analyze(buildGraph(input.nodes, input.edges, input.directed)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./snaWorker.mjs", import.meta.url), { workerData: input });
    worker.once("message", (result: Analysis) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`analysis worker stopped with code ${code}`));
    });
  });
}
