import { parentPort } from "node:worker_threads";
import { type AnalysisInput, analyzeInput } from "./snaRunner.ts";

// Runs in a worker thread (started through snaWorker.mjs), so a large graph never blocks the requests of others.
parentPort?.on("message", ({ id, input }: { id: number; input: AnalysisInput }) => {
  try {
    parentPort?.postMessage({ id, result: analyzeInput(input) });
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
