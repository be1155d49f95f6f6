import fs from "node:fs";
import { stringify } from "csv-stringify/sync";
import { workersSetting } from "../config/env.ts";
import { EdgeListError, parseEdgeList, parseGroupList } from "../domain/sna/edgeList.ts";
import {
  type Analysis,
  BROKERAGE_ROLES,
  buildGraph,
  completeAnalysis,
  type Graph,
  type GraphFigures,
  type NodeFigures,
  type PathFigures,
  prepareAnalysis,
} from "../domain/sna/index.ts";
import { type PathPlan, planPaths, searchAll } from "../domain/sna/paths.ts";
import { AnalysisPool } from "../services/snaPool.ts";

export interface AnalyzeOptions {
  edges?: string | undefined;
  undirected?: boolean | undefined;
  weight?: string | undefined;
  format?: string | undefined;
  groups?: string | undefined;
  sample?: string | undefined;
}

/** What `--sample` adds to the output: how many random sources the betweenness and closeness estimates come from. */
export interface Sampling {
  sources: number;
  seed: number;
}

type Cell = string | number | boolean | null;

// Spelled out rather than taken from Object.keys of a row so that an empty graph still gets a full header.
const NODE_COLUMNS: ReadonlyArray<Exclude<keyof NodeFigures, "brokerage">> = [
  "id",
  "inDegree",
  "outDegree",
  "degree",
  "inStrength",
  "outStrength",
  "strength",
  "degreeCentrality",
  "betweenness",
  "closeness",
  "eigenvector",
  "pagerank",
  "community",
  "isolate",
  "constraint",
  "effectiveSize",
  "weightedConstraint",
  "weightedEffectiveSize",
  "coreNumber",
  "clustering",
  "reciprocity",
  "broker",
  "crossCommunityTies",
  "eiIndex",
];

/** The brokerage roles as columns of their own: brokerageCoordinator, brokerageGatekeeper, … */
const ROLE_COLUMNS = BROKERAGE_ROLES.map((r) => `brokerage${r[0]?.toUpperCase()}${r.slice(1)}`);

const GRAPH_FIGURES: ReadonlyArray<keyof GraphFigures> = [
  "directed",
  "nodeCount",
  "edgeCount",
  "density",
  "reciprocity",
  "degreeCentralization",
  "betweennessCentralization",
  "communityCount",
  "modularity",
  "isolateCount",
  "brokerCount",
  "averageClustering",
  "maxCoreNumber",
  "eiIndex",
  "eiExpected",
];

const csv = (rows: Cell[][]) => stringify(rows, { cast: { boolean: (v) => (v ? "true" : "false"), number: (v) => String(v) } });

/** The csv output: the node table, an empty line, then a figure,value table of the graph figures. */
export function analysisCsv(result: Analysis, sampling: Sampling | null = null): string {
  const nodeRow = (n: NodeFigures): Cell[] => [...NODE_COLUMNS.map((c) => n[c]), ...BROKERAGE_ROLES.map((r) => n.brokerage?.[r] ?? null)];
  const nodes = csv([[...NODE_COLUMNS, ...ROLE_COLUMNS], ...result.nodes.map(nodeRow)]);
  const t = result.graph.brokerThresholds;
  const graph = csv([
    ["figure", "value"],
    ...GRAPH_FIGURES.map((f): Cell[] => [f, result.graph[f] as Cell]),
    ["brokerBetweennessAbove", t?.betweennessAbove ?? null],
    ["brokerConstraintBelow", t?.constraintBelow ?? null],
    ...(sampling ? [["sampledSources", sampling.sources] as Cell[], ["sampleSeed", sampling.seed] as Cell[]] : []),
  ]);
  return `${nodes}\n${graph}`;
}

/** Reads a file for a command, or says on stderr why it cannot. */
async function readInput(file: string): Promise<string | null> {
  try {
    return await fs.promises.readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (err as Error).message;
    console.error(`Cannot read ${file}: ${reason}`);
    return null;
  }
}

/** Below this much path work (sources × ties) one thread finishes before worker threads would have started. */
const PARALLEL_WORK = 20_000_000;
/** The seed of Louvain and of the sampled sources, as everywhere in Solmu's analysis. */
const SEED = 1;

/**
 * Betweenness and closeness of `g` in worker threads, when there are several and the graph is large enough to
 * repay starting them; else null, and this thread computes them. Both give the same bits (src/domain/sna/paths.ts).
 * The threads start at once, so that this thread can compute the other figures meanwhile.
 */
function pathsInWorkers(g: Graph, plan: PathPlan, workers: number): Promise<PathFigures> | null {
  if (workers < 2 || plan.sources.length * g.outTarget.length < PARALLEL_WORK) return null;
  const pool = new AnalysisPool(workers);
  return pool.pathFigures(g, plan).finally(() => pool.close());
}

/** `solmu analyze`: SNA figures of a CSV edge list; needs no database. Returns the exit code. */
export async function analyzeCommand(values: AnalyzeOptions, args: string[] = []): Promise<number> {
  if (args.length > 0) {
    console.error(`analyze takes no file names as such; give the edge list as --edges ${args[0]}`);
    return 2;
  }
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv") {
    console.error(`--format must be json or csv, not "${format}"`);
    return 2;
  }
  if (!values.edges) {
    console.error("analyze needs --edges FILE.csv (a CSV with source and target columns)");
    return 2;
  }
  const sample = values.sample === undefined ? undefined : Number(values.sample);
  if (sample !== undefined && !(/^\d+$/.test(values.sample ?? "") && sample >= 1 && Number.isSafeInteger(sample))) {
    console.error(`--sample must be a whole number of sources, 1 or more, not "${values.sample}"`);
    return 2;
  }
  const workers = workersSetting();
  const text = await readInput(values.edges);
  if (text === null) return 2;
  const groupText = values.groups === undefined ? undefined : await readInput(values.groups);
  if (groupText === null) return 2;
  let list: ReturnType<typeof parseEdgeList>;
  let groups: Map<string, string | null> | undefined;
  let reading = values.edges;
  try {
    list = parseEdgeList(text, values.weight === undefined ? {} : { weightColumn: values.weight });
    reading = values.groups ?? reading;
    groups = groupText === undefined ? undefined : parseGroupList(groupText);
  } catch (err) {
    if (!(err instanceof EdgeListError)) throw err;
    console.error(`${reading}, ${err.message}`);
    return 2;
  }
  // A node named only in the groups file is a node without ties, as in a node list.
  const nodes = groups ? [...new Set([...list.nodes, ...groups.keys()])] : list.nodes;
  const g = buildGraph(nodes, list.edges, !values.undirected);
  const plan = planPaths(g.n, sample === undefined ? undefined : { count: sample, seed: SEED });
  const inWorkers = pathsInWorkers(g, plan, workers);
  const prepared = prepareAnalysis(g, { seed: SEED, ...(groups ? { groups: nodes.map((id) => groups.get(id) ?? null) } : {}) });
  const result = completeAnalysis(prepared, inWorkers ? await inWorkers : searchAll(g, plan));
  // A sample at least as large as the graph searches every source: the figures are exact.
  const sampling = sample !== undefined && sample < g.n ? { sources: sample, seed: SEED } : null;
  if (format === "json") console.log(JSON.stringify(sampling ? { ...result, sample: sampling } : result, null, 2));
  // console.log adds the final newline itself.
  else console.log(analysisCsv(result, sampling).replace(/\n$/, ""));
  return 0;
}
