import { CsvError, parseCsv } from "../csv.ts";
import type { EdgeInput } from "./graph.ts";

/** An edge list that cannot be read; the message is English and names the line. */
export class EdgeListError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "EdgeListError";
  }
}

/** An edge list read from CSV: its edges, node ids in order of first appearance, and the header names. */
export interface EdgeList {
  edges: EdgeInput[];
  nodes: string[];
  columns: string[];
}

const CSV_REASONS: Record<string, string> = {
  "import.empty_file": "the file is empty",
  "import.malformed_csv": "malformed CSV (an unclosed quote?)",
};

// Plain decimal notation only: Number() would also take "0x10", "Infinity" and "" (as 0).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const findColumn = (headers: readonly string[], name: string): number => {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const lower = name.toLowerCase();
  return headers.findIndex((h) => h.toLowerCase() === lower);
};

/** 1-based line of the header: the first line with anything but delimiters and blanks. */
function headerLine(text: string): number {
  const lines = text.split(/\r\n|\n|\r/);
  const index = lines.findIndex((l) => l.replace(/[,;"\s\uFEFF]/g, "") !== "");
  return index < 0 ? 1 : index + 1;
}

/** The CSV's table, or an EdgeListError naming the line where it cannot be read. */
function readTable(text: string): ReturnType<typeof parseCsv> {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new EdgeListError(error.line, CSV_REASONS[error.key] ?? error.key);
    throw error;
  }
}

/**
 * Reads a CSV edge list whose header has `source` and `target` columns
 * (any case, comma or semicolon separated). The weight comes from
 * `weightColumn`, else from a column named `weight` when there is one; it must
 * be a non-negative number. Without a weight column every edge weighs 1.
 */
export function parseEdgeList(text: string, options: { weightColumn?: string } = {}): EdgeList {
  const { headers, rows, delimiter } = readTable(text);
  const header = headerLine(text);
  const source = findColumn(headers, "source");
  const target = findColumn(headers, "target");
  const missing = [source < 0 ? "source" : null, target < 0 ? "target" : null].filter((c) => c !== null);
  if (missing.length > 0) {
    throw new EdgeListError(header, `the header has no ${missing.join(" or ")} column (found: ${headers.join(", ") || "nothing"})`);
  }
  let weight = -1;
  if (options.weightColumn !== undefined) {
    weight = findColumn(headers, options.weightColumn);
    if (weight < 0)
      throw new EdgeListError(header, `the header has no weight column "${options.weightColumn}" (found: ${headers.join(", ")})`);
  } else {
    weight = findColumn(headers, "weight");
  }
  const weightName = weight >= 0 ? headers[weight] : undefined;

  const edges: EdgeInput[] = [];
  const seen = new Set<string>();
  const nodes: string[] = [];
  const node = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push(id);
    }
  };
  for (const { line, cells } of rows) {
    const s = (cells[source] ?? "").trim();
    const t = (cells[target] ?? "").trim();
    if (s === "") throw new EdgeListError(line, "the source is empty");
    if (t === "") throw new EdgeListError(line, "the target is empty");
    node(s);
    node(t);
    if (weight < 0) {
      edges.push({ source: s, target: t });
      continue;
    }
    const raw = (cells[weight] ?? "").trim();
    // Excel in Finland writes decimals with a comma, and only a semicolon file can hold one unquoted.
    const normalised = delimiter === ";" ? raw.replace(",", ".") : raw;
    if (!DECIMAL.test(normalised)) {
      throw new EdgeListError(
        line,
        raw === "" ? `the weight (${weightName}) is empty` : `the weight (${weightName}) "${raw}" is not a number`,
      );
    }
    const w = Number(normalised);
    if (!Number.isFinite(w)) throw new EdgeListError(line, `the weight (${weightName}) "${raw}" is out of range`);
    if (w < 0) throw new EdgeListError(line, `the weight (${weightName}) ${raw} is negative`);
    edges.push({ source: s, target: t, weight: w });
  }
  return { edges, nodes, columns: headers };
}

/**
 * Reads a CSV of node groups: a `node` (or `id`) column and a `group` column.
 * An empty group leaves the node without one; a node listed twice is an error.
 */
export function parseGroupList(text: string): Map<string, string | null> {
  const { headers, rows } = readTable(text);
  const nodeColumn = findColumn(headers, "node") >= 0 ? findColumn(headers, "node") : findColumn(headers, "id");
  const groupColumn = findColumn(headers, "group");
  if (nodeColumn < 0 || groupColumn < 0) {
    const missing = [nodeColumn < 0 ? "node" : null, groupColumn < 0 ? "group" : null].filter((c) => c !== null);
    throw new EdgeListError(
      headerLine(text),
      `the header has no ${missing.join(" or ")} column (found: ${headers.join(", ") || "nothing"})`,
    );
  }
  const groups = new Map<string, string | null>();
  for (const { line, cells } of rows) {
    const node = (cells[nodeColumn] ?? "").trim();
    if (node === "") throw new EdgeListError(line, "the node is empty");
    if (groups.has(node)) throw new EdgeListError(line, `the node "${node}" is listed twice`);
    const group = (cells[groupColumn] ?? "").trim();
    groups.set(node, group === "" ? null : group);
  }
  return groups;
}
