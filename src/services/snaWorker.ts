import { parentPort, workerData } from "node:worker_threads";
import { analyze, buildGraph } from "../domain/sna/index.ts";
import type { AnalysisInput } from "./snaRunner.ts";

// Runs in a worker thread (started through snaWorker.mjs), so a large graph never blocks the requests of others.
const input = workerData as AnalysisInput;
parentPort?.postMessage(analyze(buildGraph(input.nodes, input.edges, input.directed)));
