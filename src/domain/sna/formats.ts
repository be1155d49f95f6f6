import { stringify } from "csv-stringify/sync";
import { stripInvalidChars } from "../text.ts";

/** An attribute value as the export formats can carry it; null means "no value" and is left out. */
export type ExportValue = string | number | boolean | null;

/** A graph ready for export: ids, labels and attributes, no computed structure. */
export interface ExportGraph {
  directed: boolean;
  nodes: Array<{ id: string; label: string; attributes: Record<string, ExportValue> }>;
  edges: Array<{ source: string; target: string; weight?: number; attributes: Record<string, ExportValue> }>;
}

type AttributeType = "integer" | "double" | "boolean" | "string";

interface Attribute {
  name: string;
  type: AttributeType;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * The narrowest type that holds every non-null value of each attribute, names sorted.
 * Integers outside 32 bits become double because GEXF's integer and GraphML's int are Java ints.
 */
function declareAttributes(records: Iterable<Record<string, ExportValue>>): Attribute[] {
  const kinds = new Map<string, Set<AttributeType>>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      let set = kinds.get(name);
      if (!set) {
        set = new Set();
        kinds.set(name, set);
      }
      if (typeof value === "boolean") set.add("boolean");
      else if (typeof value === "number")
        set.add(Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? "integer" : "double");
      else set.add("string");
    }
  }
  const result: Attribute[] = [];
  for (const [name, set] of kinds) {
    let type: AttributeType = "string";
    if (set.size === 1) type = [...set][0] as AttributeType;
    else if (set.size === 2 && set.has("integer") && set.has("double")) type = "double";
    result.push({ name, type });
  }
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Makes any string safe as XML attribute value or element content. */
export function escapeXml(text: string): string {
  return (
    stripInvalidChars(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // A parser normalises literal tabs and line breaks in attribute values to spaces, and CR in content to LF.
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;")
  );
}

/** XML Schema spells the non-finite doubles INF, -INF and NaN. */
function xmlNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "INF" : "-INF";
  return String(value);
}

function xmlValue(value: string | number | boolean): string {
  if (typeof value === "number") return xmlNumber(value);
  return escapeXml(String(value));
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Serialises to GEXF 1.2 (Gephi's native format). */
export function toGexf(g: ExportGraph, meta: { creator: string; description: string }): string {
  const nodeAttributes = declareAttributes(g.nodes.map((n) => n.attributes));
  const edgeAttributes = declareAttributes(g.edges.map((e) => e.attributes));
  const out: string[] = [
    XML_DECLARATION,
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    "  <meta>",
    `    <creator>${escapeXml(meta.creator)}</creator>`,
    `    <description>${escapeXml(meta.description)}</description>`,
    "  </meta>",
    `  <graph mode="static" defaultedgetype="${g.directed ? "directed" : "undirected"}">`,
  ];
  const declare = (cls: "node" | "edge", attributes: Attribute[]) => {
    if (attributes.length === 0) return;
    out.push(`    <attributes class="${cls}">`);
    attributes.forEach((a, i) => {
      out.push(`      <attribute id="${i}" title="${escapeXml(a.name)}" type="${a.type}"/>`);
    });
    out.push("    </attributes>");
  };
  const attvalues = (attributes: Attribute[], values: Record<string, ExportValue>, indent: string): string[] => {
    const lines: string[] = [];
    attributes.forEach((a, i) => {
      const v = values[a.name];
      if (v !== null && v !== undefined) lines.push(`${indent}  <attvalue for="${i}" value="${xmlValue(v)}"/>`);
    });
    return lines.length === 0 ? [] : [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`];
  };
  declare("node", nodeAttributes);
  declare("edge", edgeAttributes);

  out.push("    <nodes>");
  for (const node of g.nodes) {
    const open = `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}"`;
    const values = attvalues(nodeAttributes, node.attributes, "        ");
    if (values.length === 0) out.push(`${open}/>`);
    else out.push(`${open}>`, ...values, "      </node>");
  }
  out.push("    </nodes>");

  out.push("    <edges>");
  g.edges.forEach((edge, i) => {
    const weight = edge.weight === undefined ? "" : ` weight="${xmlNumber(edge.weight)}"`;
    const open = `      <edge id="${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${weight}`;
    const values = attvalues(edgeAttributes, edge.attributes, "        ");
    if (values.length === 0) out.push(`${open}/>`);
    else out.push(`${open}>`, ...values, "      </edge>");
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

const GRAPHML_TYPE: Record<AttributeType, string> = { integer: "int", double: "double", boolean: "boolean", string: "string" };

/** Serialises to GraphML; the node label is the `label` key and the edge weight the `weight` key. */
export function toGraphml(g: ExportGraph): string {
  // The explicit label and weight take the reserved names; same-named attributes would be ambiguous, so they yield.
  const nodeAttributes = declareAttributes(g.nodes.map((n) => n.attributes)).filter((a) => a.name !== "label");
  const edgeAttributes = declareAttributes(g.edges.map((e) => e.attributes)).filter((a) => a.name !== "weight");
  const hasWeight = g.edges.some((e) => e.weight !== undefined);
  const out: string[] = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  let nextKey = 0;
  const key = (forWhat: "node" | "edge", name: string, type: AttributeType): string => {
    const id = `d${nextKey++}`;
    out.push(`  <key id="${id}" for="${forWhat}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`);
    return id;
  };
  const labelKey = key("node", "label", "string");
  const nodeKeys = nodeAttributes.map((a) => ({ ...a, key: key("node", a.name, a.type) }));
  const weightKey = hasWeight ? key("edge", "weight", "double") : null;
  const edgeKeys = edgeAttributes.map((a) => ({ ...a, key: key("edge", a.name, a.type) }));
  const data = (keys: Array<Attribute & { key: string }>, values: Record<string, ExportValue>): string[] => {
    const lines: string[] = [];
    for (const k of keys) {
      const v = values[k.name];
      if (v !== null && v !== undefined) lines.push(`      <data key="${k.key}">${xmlValue(v)}</data>`);
    }
    return lines;
  };

  out.push(`  <graph id="G" edgedefault="${g.directed ? "directed" : "undirected"}">`);
  for (const node of g.nodes) {
    out.push(
      `    <node id="${escapeXml(node.id)}">`,
      `      <data key="${labelKey}">${escapeXml(node.label)}</data>`,
      ...data(nodeKeys, node.attributes),
      "    </node>",
    );
  }
  for (const edge of g.edges) {
    const lines = data(edgeKeys, edge.attributes);
    if (weightKey && edge.weight !== undefined) lines.unshift(`      <data key="${weightKey}">${xmlNumber(edge.weight)}</data>`);
    const open = `    <edge source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    if (lines.length === 0) out.push(`${open}/>`);
    else out.push(`${open}>`, ...lines, "    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

type KumuRecord = Record<string, string | number | boolean>;

/** Kumu's import JSON; a blank label falls back to the id. */
export interface KumuJson {
  elements: Array<KumuRecord & { label: string; id: string }>;
  connections: Array<KumuRecord & { from: string; to: string; direction: "directed" | "mutual" }>;
}

const KUMU_ELEMENT_FIELDS = new Set(["label", "id"]);
const KUMU_CONNECTION_FIELDS = new Set(["from", "to", "direction"]);
const KUMU_WEIGHTED_CONNECTION_FIELDS = new Set([...KUMU_CONNECTION_FIELDS, "weight"]);

function withoutNulls(attributes: Record<string, ExportValue>, reserved: Set<string>): KumuRecord {
  const result: KumuRecord = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && !reserved.has(name)) result[name] = value;
  }
  return result;
}

/**
 * Serialises to Kumu's import JSON. Kumu joins connections to elements by
 * label, so a repeated label gets " (2)", " (3)" … appended.
 */
export function toKumuJson(g: ExportGraph): KumuJson {
  const taken = new Set<string>();
  const labelOf = new Map<string, string>();
  for (const node of g.nodes) {
    const base = node.label.trim() === "" ? node.id : node.label;
    let label = base;
    // Another node may literally be called "X (2)", so keep counting until the label is free.
    for (let k = 2; taken.has(label); k++) label = `${base} (${k})`;
    taken.add(label);
    labelOf.set(node.id, label);
  }
  const direction = g.directed ? "directed" : "mutual";
  return {
    elements: g.nodes.map((node) => ({
      label: labelOf.get(node.id) as string,
      id: node.id,
      ...withoutNulls(node.attributes, KUMU_ELEMENT_FIELDS),
    })),
    connections: g.edges.map((edge) => ({
      from: labelOf.get(edge.source) ?? edge.source,
      to: labelOf.get(edge.target) ?? edge.target,
      direction,
      ...(edge.weight === undefined ? {} : { weight: edge.weight }),
      ...withoutNulls(edge.attributes, edge.weight === undefined ? KUMU_CONNECTION_FIELDS : KUMU_WEIGHTED_CONNECTION_FIELDS),
    })),
  };
}

function attributeNames(records: Iterable<Record<string, ExportValue>>, reserved: readonly string[]): string[] {
  const names = new Set<string>();
  for (const attributes of records) for (const name of Object.keys(attributes)) names.add(name);
  for (const name of reserved) names.delete(name);
  return [...names].sort();
}

/**
 * Plain RFC 4180 CSV for SNA tools (Gephi, R, NetworkX). Formulas are not
 * neutralised as in toCsv: those tools would take the added quote as part of
 * an id or label.
 */
// A spreadsheet runs a cell that starts like this as a formula; names come from users, so they may.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Comma CSV for Gephi and spreadsheets; text cells that would run as formulas get a leading apostrophe, numbers stay numbers. */
function csv(rows: ExportValue[][]): string {
  const safe = rows.map((row) => row.map((v) => (typeof v === "string" && FORMULA_START.test(v) ? `'${v}` : v)));
  return stringify(safe, {
    cast: {
      boolean: (value) => (value ? "true" : "false"),
      number: (value) => String(value),
    },
  });
}

/** Node table: id, label, then every attribute (sorted); nulls are empty cells. */
export function nodesTable(g: ExportGraph): { headers: string[]; rows: ExportValue[][] } {
  const names = attributeNames(
    g.nodes.map((n) => n.attributes),
    ["id", "label"],
  );
  return {
    headers: ["id", "label", ...names],
    rows: g.nodes.map((n) => [n.id, n.label, ...names.map((name) => n.attributes[name] ?? null)]),
  };
}

/** Edge table: source, target, weight (1 when unset), then every attribute (sorted). */
export function edgesTable(g: ExportGraph): { headers: string[]; rows: ExportValue[][] } {
  const names = attributeNames(
    g.edges.map((e) => e.attributes),
    ["source", "target", "weight"],
  );
  return {
    headers: ["source", "target", "weight", ...names],
    rows: g.edges.map((e) => [e.source, e.target, e.weight ?? 1, ...names.map((name) => e.attributes[name] ?? null)]),
  };
}

/** The node table as CSV. */
export const nodesCsv = (g: ExportGraph): string => {
  const { headers, rows } = nodesTable(g);
  return csv([headers, ...rows]);
};

/** The edge table as CSV. */
export const edgesCsv = (g: ExportGraph): string => {
  const { headers, rows } = edgesTable(g);
  return csv([headers, ...rows]);
};
