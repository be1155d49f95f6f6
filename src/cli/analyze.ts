import fs from "node:fs";
import { stringify } from "csv-stringify/sync";
import { EdgeListError, parseEdgeList } from "../domain/sna/edgeList.ts";
import { type Analysis, analyze, buildGraph, type GraphFigures, type NodeFigures } from "../domain/sna/index.ts";

export interface AnalyzeOptions {
  edges?: string | undefined;
  undirected?: boolean | undefined;
  weight?: string | undefined;
  format?: string | undefined;
}

// Spelled out rather than taken from Object.keys of a row so that an empty graph still gets a full header.
const NODE_COLUMNS: ReadonlyArray<keyof NodeFigures> = [
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
  "broker",
  "crossCommunityTies",
];

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
];

const csv = (rows: Array<Array<string | number | boolean | null>>) =>
  stringify(rows, { cast: { boolean: (v) => (v ? "true" : "false"), number: (v) => String(v) } });

/** The csv output: the node table, an empty line, then a figure,value table of the graph figures. */
export function analysisCsv(result: Analysis): string {
  const nodes = csv([NODE_COLUMNS as string[], ...result.nodes.map((n) => NODE_COLUMNS.map((c) => n[c]))]);
  const graph = csv([["figure", "value"], ...GRAPH_FIGURES.map((f) => [f, result.graph[f]])]);
  return `${nodes}\n${graph}`;
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
  let text: string;
  try {
    text = await fs.promises.readFile(values.edges, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (err as Error).message;
    console.error(`Cannot read ${values.edges}: ${reason}`);
    return 2;
  }
  let list: ReturnType<typeof parseEdgeList>;
  try {
    list = parseEdgeList(text, values.weight === undefined ? {} : { weightColumn: values.weight });
  } catch (err) {
    if (!(err instanceof EdgeListError)) throw err;
    console.error(`${values.edges}, ${err.message}`);
    return 2;
  }
  const result = analyze(buildGraph(list.nodes, list.edges, !values.undirected), { seed: 1 });
  if (format === "json") console.log(JSON.stringify(result, null, 2));
  // console.log adds the final newline itself.
  else console.log(analysisCsv(result).replace(/\n$/, ""));
  return 0;
}
