import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeColumns, encodeColumns } from "./columns.ts";

/** What a client gets: the value after a trip through JSON text. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("the compact form of an answer", () => {
  it("decodes to what plain JSON gives, whatever the rows hold", () => {
    const scalar = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constantFrom("", "a", "ä", "same", "same", "__proto__"),
      fc.string(),
    );
    const nested = fc.oneof(
      scalar,
      fc.dictionary(fc.constantFrom("a", "b", "c"), scalar, { maxKeys: 3 }),
      fc.array(scalar, { maxLength: 3 }),
    );
    // Few keys, so that most rows share fields and columns of one type meet rows without the field.
    const row = fc.dictionary(fc.constantFrom("id", "x", "y", "label", "inner", "__proto__"), nested, { maxKeys: 6 });
    const answer = fc.record({ rows: fc.array(row, { maxLength: 30 }), other: fc.array(row, { maxLength: 3 }), title: fc.string() });
    fc.assert(
      fc.property(answer, (a) => {
        const compact = overTheWire(encodeColumns(a, ["rows", "other"]));
        expect(decodeColumns(compact)).toStrictEqual(overTheWire(a));
      }),
      { numRuns: 300 },
    );
  });

  it("sends each field name and each string once, with numbers, flags and strings as columns", () => {
    const doc = encodeColumns(
      {
        title: "Kierros",
        nodes: [
          { id: "n1", label: "Aino", broker: true, score: 0.25, value: { power: 3 } },
          { id: "n2", label: "Aino", broker: false, score: null, value: null },
          { id: "n3", label: "Bertil", broker: false, score: 1 },
        ],
        edges: [{ source: "n1", target: "n2" }],
      },
      ["nodes", "edges"],
    );
    expect(doc.data).toEqual({ title: "Kierros" });
    expect(doc.strings).toEqual(["n1", "n2", "n3", "Aino", "Bertil"]);
    expect(doc.tables.nodes).toEqual({
      rows: 3,
      columns: [
        { key: "id", type: "string", values: [0, 1, 2] },
        { key: "label", type: "string", values: [3, 3, 4] },
        { key: "broker", type: "boolean", values: [1, 0, 0] },
        { key: "score", type: "number", values: [0.25, null, 1] },
        { key: "value", type: "object", values: [1, null, null], absent: [2], columns: [{ key: "power", type: "number", values: [3] }] },
      ],
    });
    expect(doc.tables.edges).toEqual({
      rows: 1,
      columns: [
        { key: "source", type: "string", values: [0] },
        { key: "target", type: "string", values: [1] },
      ],
    });
  });

  it("leaves a list that is not of plain objects as it is", () => {
    const answer = { mixed: [{ a: 1 }, 2], when: [new Date(0)] };
    const doc = encodeColumns(answer, ["mixed", "when"]);
    expect(doc.tables).toEqual({});
    expect(decodeColumns(overTheWire(doc))).toStrictEqual(overTheWire(answer));
  });
});
