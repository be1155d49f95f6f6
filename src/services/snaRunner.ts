import os from "node:os";
import { type Analysis, analyze, buildGraph, type EdgeInput, type PathFigures } from "../domain/sna/index.ts";
import { planPaths } from "../domain/sna/paths.ts";
import { AnalysisPool } from "./snaPool.ts";

export interface AnalysisInput {
  nodes: string[];
  edges: EdgeInput[];
  directed: boolean;
  /** Each node's group (organisation or kind), in the order of `nodes`: gives the E-I index and brokerage roles. */
  groups?: Array<string | null>;
}

/** The analysis of one input, in this thread: what a worker runs too, there with the pool's path figures. */
export const analyzeInput = (input: AnalysisInput, paths: PathFigures | null = null): Analysis =>
  analyze(buildGraph(input.nodes, input.edges, input.directed), {
    ...(input.groups ? { groups: input.groups } : {}),
    ...(paths ? { paths } : {}),
  });

/** Above this many ties the analysis takes tens of milliseconds or more, worth handing to the workers. */
const WORKER_THRESHOLD = 3000;

let poolSize = os.availableParallelism();
let pool: AnalysisPool | undefined;

/** Sets the number of analysis threads (SOLMU_WORKERS), once the settings are read; a running pool of another size is replaced. */
export function setAnalysisWorkers(size: number): void {
  if (size === poolSize) return;
  poolSize = size;
  void pool?.close();
  pool = undefined;
}

/**
 * Every network figure of a graph. A large graph is analysed off the request thread: the pool's threads
 * share its path figures, then one of them computes the rest, so the figures are those of `analyzeInput`.
 */
export async function runAnalysis(input: AnalysisInput): Promise<Analysis> {
  if (input.edges.length < WORKER_THRESHOLD) return analyzeInput(input);
  pool ??= new AnalysisPool(poolSize);
  // Building the graph here costs a few milliseconds for a round of thousands of ties; the path figures it
  // hands to the pool cost seconds.
  const g = buildGraph(input.nodes, input.edges, input.directed);
  const paths = await pool.pathFigures(g, planPaths(g.n));
  return pool.analyze(input, paths);
}
