import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { type ExportGraph, edgesCsv, escapeXml, nodesCsv, toGexf, toGraphml, toKumuJson } from "./formats.ts";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === "<") throw new Error(`bare < at ${i}`);
    if (ch !== "&") {
      out += ch;
      i++;
      continue;
    }
    const end = raw.indexOf(";", i);
    if (end < 0) throw new Error(`unterminated entity at ${i}`);
    const name = raw.slice(i + 1, end);
    if (name.startsWith("#x")) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith("#")) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    else if (name in ENTITIES) out += ENTITIES[name];
    else throw new Error(`unknown entity &${name};`);
    i = end + 1;
  }
  return out;
}

/**
 * A strict little XML reader, enough to prove the exports well-formed: tags
 * must nest, attributes must be quoted and unique, entities must be known,
 * and no character outside XML 1.0's Char production may appear.
 */
function parseXml(xml: string): XmlElement {
  for (const ch of xml) {
    const c = ch.codePointAt(0) as number;
    const legal = c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!legal) throw new Error(`illegal character U+${c.toString(16)}`);
  }
  let i = 0;
  const skipSpace = () => {
    while (i < xml.length && " \t\r\n".includes(xml[i] as string)) i++;
  };
  const readName = () => {
    const start = i;
    while (i < xml.length && /[A-Za-z0-9_:.-]/.test(xml[i] as string)) i++;
    if (start === i) throw new Error(`name expected at ${i}`);
    return xml.slice(start, i);
  };
  if (xml.startsWith("<?xml")) i = xml.indexOf("?>") + 2;
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  while (i < xml.length) {
    const top = stack.at(-1) as XmlElement;
    if (xml[i] !== "<") {
      const next = xml.indexOf("<", i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      if (raw.includes(">")) throw new Error(`bare > in text at ${i}`);
      top.text += decode(raw);
      i = next < 0 ? xml.length : next;
      continue;
    }
    i++;
    if (xml[i] === "/") {
      i++;
      const name = readName();
      skipSpace();
      if (xml[i] !== ">") throw new Error(`> expected at ${i}`);
      i++;
      if (stack.length < 2 || top.name !== name) throw new Error(`</${name}> does not close <${top.name}>`);
      stack.pop();
      continue;
    }
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "" };
    top.children.push(element);
    for (;;) {
      skipSpace();
      if (xml.startsWith("/>", i)) {
        i += 2;
        break;
      }
      if (xml[i] === ">") {
        i++;
        stack.push(element);
        break;
      }
      const attribute = readName();
      if (attribute in element.attributes) throw new Error(`duplicate attribute ${attribute}`);
      skipSpace();
      if (xml[i] !== "=") throw new Error(`= expected at ${i}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error(`quoted value expected at ${i}`);
      const end = xml.indexOf(quote, i + 1);
      element.attributes[attribute] = decode(xml.slice(i + 1, end));
      i = end + 1;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== "") throw new Error("exactly one root element expected");
  return root.children[0] as XmlElement;
}

const all = (e: XmlElement, name: string): XmlElement[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const one = (e: XmlElement, name: string): XmlElement => {
  const found = all(e, name);
  if (found.length !== 1) throw new Error(`${found.length} <${name}> elements`);
  return found[0] as XmlElement;
};

const NASTY = `Kela & "Aalto" <x> 'y'`;

const sample: ExportGraph = {
  directed: true,
  nodes: [
    { id: "kela", label: NASTY, attributes: { members: 12, share: 0.5, active: true, sector: "public", note: null } },
    { id: "aalto", label: "Aalto\u0000yliopisto\u0007", attributes: { members: 3, share: 1, active: false, sector: null, note: null } },
    {
      id: "x&y",
      label: "Kela & \"Aalto\" <x> 'y'",
      attributes: { members: 7, share: 2, active: true, sector: "third\nsector", note: null },
    },
  ],
  edges: [
    { source: "kela", target: "aalto", weight: 2.5, attributes: { kind: "funding", since: 2019 } },
    { source: "aalto", target: "x&y", attributes: { kind: null, since: 2021 } },
  ],
};

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect(escapeXml("a\u0000b\u0008c\u000bd\uFFFEe\uD800f")).toBe("abcdef");
    expect(escapeXml("😀 ä")).toBe("😀 ä");
  });
});

describe("toGexf", () => {
  const xml = toGexf(sample, { creator: "Solmu", description: "Kumppanuus & yhteistyö" });
  const root = parseXml(xml);

  it("is well-formed GEXF 1.2 with one <node> per node and one <edge> per edge", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.name).toBe("gexf");
    expect(root.attributes.xmlns).toBe("http://www.gexf.net/1.2draft");
    expect(root.attributes.version).toBe("1.2");
    expect(one(root, "creator").text).toBe("Solmu");
    expect(one(root, "description").text).toBe("Kumppanuus & yhteistyö");
    expect(one(root, "graph").attributes.defaultedgetype).toBe("directed");
    expect(all(root, "node")).toHaveLength(3);
    expect(all(root, "edge")).toHaveLength(2);
  });

  it("declares attributes with inferred types, sorted, leaving out all-null ones", () => {
    const [nodeDecl, edgeDecl] = all(root, "attributes");
    expect(nodeDecl?.attributes.class).toBe("node");
    expect(nodeDecl?.children.map((a) => [a.attributes.title, a.attributes.type])).toEqual([
      ["active", "boolean"],
      ["members", "integer"],
      ["sector", "string"],
      ["share", "double"],
    ]);
    expect(edgeDecl?.attributes.class).toBe("edge");
    expect(edgeDecl?.children.map((a) => [a.attributes.title, a.attributes.type])).toEqual([
      ["kind", "string"],
      ["since", "integer"],
    ]);
  });

  it("round-trips labels, ids and values through escaping, and omits nulls", () => {
    const nodes = all(root, "node");
    expect(nodes.map((n) => n.attributes.label)).toEqual([NASTY, "Aaltoyliopisto", NASTY]);
    expect(nodes[2]?.attributes.id).toBe("x&y");
    const values = (n: XmlElement | undefined) => all(n as XmlElement, "attvalue").map((v) => [v.attributes.for, v.attributes.value]);
    // ids follow the sorted declaration: active 0, members 1, sector 2, share 3
    expect(values(nodes[0])).toEqual([
      ["0", "true"],
      ["1", "12"],
      ["2", "public"],
      ["3", "0.5"],
    ]);
    expect(values(nodes[1])).toEqual([
      ["0", "false"],
      ["1", "3"],
      ["3", "1"],
    ]);
    expect(values(nodes[2])?.[2]).toEqual(["2", "third\nsector"]);
    const edges = all(root, "edge");
    expect(edges[0]?.attributes).toMatchObject({ source: "kela", target: "aalto", weight: "2.5" });
    expect(edges[1]?.attributes.weight).toBeUndefined();
    expect(edges[1]?.attributes.target).toBe("x&y");
    expect(all(edges[1] as XmlElement, "attvalue").map((v) => v.attributes.for)).toEqual(["1"]);
  });

  it("writes an undirected graph and one without attributes", () => {
    const bare = parseXml(
      toGexf({ directed: false, nodes: [{ id: "a", label: "A", attributes: {} }], edges: [] }, { creator: "", description: "" }),
    );
    expect(one(bare, "graph").attributes.defaultedgetype).toBe("undirected");
    expect(all(bare, "attributes")).toHaveLength(0);
    expect(all(bare, "node")).toHaveLength(1);
  });

  it("types a mix of integers and decimals as double, and anything else mixed as string", () => {
    const g: ExportGraph = {
      directed: true,
      nodes: [
        { id: "a", label: "a", attributes: { n: 1, mixed: 1, big: 2 ** 40 } },
        { id: "b", label: "b", attributes: { n: 1.5, mixed: "x", big: 1 } },
      ],
      edges: [],
    };
    const types = Object.fromEntries(
      all(parseXml(toGexf(g, { creator: "", description: "" })), "attribute").map((a) => [a.attributes.title, a.attributes.type]),
    );
    expect(types).toEqual({ n: "double", mixed: "string", big: "double" });
  });
});

describe("toGraphml", () => {
  const xml = toGraphml(sample);
  const root = parseXml(xml);
  const keys = all(root, "key");
  const keyId = (forWhat: string, name: string) =>
    keys.find((k) => k.attributes.for === forWhat && k.attributes["attr.name"] === name)?.attributes.id;

  it("is well-formed GraphML with key declarations and edgedefault", () => {
    expect(root.name).toBe("graphml");
    expect(root.attributes.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(one(root, "graph").attributes.edgedefault).toBe("directed");
    expect(all(root, "node")).toHaveLength(3);
    expect(all(root, "edge")).toHaveLength(2);
    expect(keys.map((k) => [k.attributes.for, k.attributes["attr.name"], k.attributes["attr.type"]])).toEqual([
      ["node", "label", "string"],
      ["node", "active", "boolean"],
      ["node", "members", "int"],
      ["node", "sector", "string"],
      ["node", "share", "double"],
      ["edge", "weight", "double"],
      ["edge", "kind", "string"],
      ["edge", "since", "int"],
    ]);
    expect(new Set(keys.map((k) => k.attributes.id)).size).toBe(keys.length);
  });

  it("round-trips labels and values, and omits nulls and unset weights", () => {
    const nodes = all(root, "node");
    const data = (e: XmlElement | undefined) => Object.fromEntries(all(e as XmlElement, "data").map((d) => [d.attributes.key, d.text]));
    expect(data(nodes[0])).toEqual({
      [keyId("node", "label") as string]: NASTY,
      [keyId("node", "active") as string]: "true",
      [keyId("node", "members") as string]: "12",
      [keyId("node", "sector") as string]: "public",
      [keyId("node", "share") as string]: "0.5",
    });
    expect(data(nodes[1])[keyId("node", "sector") as string]).toBeUndefined();
    expect(data(nodes[2])[keyId("node", "sector") as string]).toBe("third\nsector");
    const edges = all(root, "edge");
    expect(data(edges[0])[keyId("edge", "weight") as string]).toBe("2.5");
    expect(data(edges[1])).toEqual({ [keyId("edge", "since") as string]: "2021" });
  });

  it("declares no weight key when no edge has a weight, and writes edgedefault undirected", () => {
    const g: ExportGraph = {
      directed: false,
      nodes: [
        { id: "a", label: "a", attributes: {} },
        { id: "b", label: "b", attributes: {} },
      ],
      edges: [{ source: "a", target: "b", attributes: {} }],
    };
    const r = parseXml(toGraphml(g));
    expect(one(r, "graph").attributes.edgedefault).toBe("undirected");
    expect(all(r, "key").map((k) => k.attributes["attr.name"])).toEqual(["label"]);
    expect(one(r, "edge").children).toHaveLength(0);
  });
});

describe("toKumuJson", () => {
  it("lists elements by unique label and connections between those labels", () => {
    const k = toKumuJson(sample);
    expect(k.elements.map((e) => e.label)).toEqual([NASTY, "Aalto\u0000yliopisto\u0007", `${NASTY} (2)`]);
    expect(k.elements[0]).toEqual({ label: NASTY, id: "kela", members: 12, share: 0.5, active: true, sector: "public" });
    expect(k.connections).toEqual([
      { from: NASTY, to: "Aalto\u0000yliopisto\u0007", direction: "directed", weight: 2.5, kind: "funding", since: 2019 },
      { from: "Aalto\u0000yliopisto\u0007", to: `${NASTY} (2)`, direction: "directed", since: 2021 },
    ]);
    expect(JSON.parse(JSON.stringify(k))).toEqual(k);
  });

  it("skips a label another node already has literally, falls back to the id for a blank one, and marks undirected ties mutual", () => {
    const k = toKumuJson({
      directed: false,
      nodes: [
        { id: "1", label: "A", attributes: {} },
        { id: "2", label: "A (2)", attributes: {} },
        { id: "3", label: "A", attributes: {} },
        { id: "4", label: " ", attributes: {} },
      ],
      edges: [{ source: "3", target: "4", attributes: {} }],
    });
    expect(k.elements.map((e) => e.label)).toEqual(["A", "A (2)", "A (3)", "4"]);
    expect(k.connections).toEqual([{ from: "A (3)", to: "4", direction: "mutual" }]);
  });
});

describe("nodesCsv and edgesCsv", () => {
  it("write a header then one row per node, attributes sorted, nulls empty", () => {
    const rows = parse(nodesCsv(sample)) as string[][];
    expect(rows[0]).toEqual(["id", "label", "active", "members", "note", "sector", "share"]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(["kela", NASTY, "true", "12", "", "public", "0.5"]);
    expect(rows[2]).toEqual(["aalto", "Aalto\u0000yliopisto\u0007", "false", "3", "", "", "1"]);
    expect(rows[3]?.[5]).toBe("third\nsector");
  });

  it("write source, target, weight (1 when unset) and the edge attributes", () => {
    const rows = parse(edgesCsv(sample)) as string[][];
    expect(rows).toEqual([
      ["source", "target", "weight", "kind", "since"],
      ["kela", "aalto", "2.5", "funding", "2019"],
      ["aalto", "x&y", "1", "", "2021"],
    ]);
  });

  it("neutralise text that a spreadsheet would run as a formula, and keep negative numbers numbers", () => {
    const g: ExportGraph = {
      directed: true,
      nodes: [
        { id: "a", label: '=HYPERLINK("http://x")', attributes: { change: -0.25, note: "@SUM(A1)" } },
        { id: "b", label: "-Kela", attributes: { change: 1, note: "+358 40 123" } },
      ],
      edges: [],
    };
    expect(parse(nodesCsv(g))).toEqual([
      ["id", "label", "change", "note"],
      ["a", '\'=HYPERLINK("http://x")', "-0.25", "'@SUM(A1)"],
      ["b", "'-Kela", "1", "'+358 40 123"],
    ]);
  });

  it("write just the header for an empty graph", () => {
    const empty: ExportGraph = { directed: true, nodes: [], edges: [] };
    expect(nodesCsv(empty)).toBe("id,label\n");
    expect(edgesCsv(empty)).toBe("source,target,weight\n");
  });
});
