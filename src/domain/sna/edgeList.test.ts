import { describe, expect, it } from "vitest";
import { EdgeListError, parseEdgeList } from "./edgeList.ts";

/** The error parseEdgeList throws on `text`. */
function failure(text: string, options: { weightColumn?: string } = {}): EdgeListError {
  try {
    parseEdgeList(text, options);
  } catch (error) {
    if (error instanceof EdgeListError) return error;
    throw error;
  }
  throw new Error("expected an EdgeListError");
}

describe("parseEdgeList", () => {
  it("reads source, target and a column named weight; nodes in order of first appearance", () => {
    const r = parseEdgeList("source,target,weight,kind\na,b,2,x\nb,c,0.5,y\nc,a,0,z\n");
    expect(r.columns).toEqual(["source", "target", "weight", "kind"]);
    expect(r.nodes).toEqual(["a", "b", "c"]);
    expect(r.edges).toEqual([
      { source: "a", target: "b", weight: 2 },
      { source: "b", target: "c", weight: 0.5 },
      { source: "c", target: "a", weight: 0 },
    ]);
  });

  it("leaves the weight unset without a weight column", () => {
    const r = parseEdgeList("Source,Target\n a , b \n");
    expect(r.edges).toEqual([{ source: "a", target: "b" }]);
  });

  it("takes the weight from the chosen column, ignoring one named weight", () => {
    const r = parseEdgeList("source,target,weight,euros\na,b,x,1e3\n", { weightColumn: "euros" });
    expect(r.edges).toEqual([{ source: "a", target: "b", weight: 1000 }]);
  });

  it("reads a semicolon file with a BOM, CRLF, blank lines and decimal commas", () => {
    const r = parseEdgeList('\uFEFFsource;target;weight\r\n\r\nKela;Aalto;1,5\r\n;;\r\nAalto;"Kela; Oy";2\r\n');
    expect(r.edges).toEqual([
      { source: "Kela", target: "Aalto", weight: 1.5 },
      { source: "Aalto", target: "Kela; Oy", weight: 2 },
    ]);
  });

  it("names a missing source or target column at the header line", () => {
    const e = failure("\nfrom,target\na,b\n");
    expect(e.line).toBe(2);
    expect(e.message).toBe("line 2: the header has no source column (found: from, target)");
    expect(failure("a,b\n").message).toContain("no source or target column");
  });

  it("names a weight column that is not in the header", () => {
    const e = failure("source,target\na,b\n", { weightColumn: "euros" });
    expect(e.line).toBe(1);
    expect(e.message).toContain('no weight column "euros"');
  });

  it("gives the line of an empty source or target, counting blank lines", () => {
    expect(failure("source,target\na,b\n\n,c\n").message).toBe("line 4: the source is empty");
    expect(failure("source,target\na,b\nc, \n").message).toBe("line 3: the target is empty");
    expect(failure("source,target\na,b\nc\n").line).toBe(3);
  });

  it("rejects a non-numeric, empty, infinite or negative weight with its line", () => {
    expect(failure("source,target,weight\na,b,1\na,c,lots\n").message).toBe('line 3: the weight (weight) "lots" is not a number');
    expect(failure("source,target,weight\na,b,\n").message).toBe("line 2: the weight (weight) is empty");
    expect(failure("source,target,weight\na,b,Infinity\n").line).toBe(2);
    expect(failure("source,target,weight\na,b,0x10\n").line).toBe(2);
    expect(failure("source,target,weight\na,b,1e999\n").message).toContain("out of range");
    expect(failure("source,target,w\na,b,1\n\na,b,-2\n", { weightColumn: "w" }).message).toBe("line 4: the weight (w) -2 is negative");
    // A decimal comma only makes sense when the comma is not the delimiter.
    expect(failure('source,target,weight\na,b,"1,5"\n').line).toBe(2);
  });

  it("reports an empty file and malformed CSV with a line", () => {
    expect(failure("").message).toBe("line 1: the file is empty");
    expect(failure("\uFEFF\n\n").line).toBe(1);
    const e = failure('source,target\na,b\n"c,d\n');
    expect(e.message).toContain("malformed CSV");
    expect(e).toBeInstanceOf(Error);
  });
});
