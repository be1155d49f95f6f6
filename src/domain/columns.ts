// The compact wire form of a large answer (issue #22, target 6): a list of like objects travels as columns of typed
// values, and every string once in a list the whole document shares, so that 17,000 ties of a round neither repeat
// their field names nor the ids of their ends. Decoding gives back exactly what plain JSON of the same answer parses
// to. The server encodes, the web decodes: both import this module.

/** The media type that asks for the compact form (`Accept`) and names it in the answer (`Content-Type`). */
export const COLUMNS_MEDIA_TYPE = "application/vnd.solmu.columns+json";

/** The header that tells how long the answer is before content coding, so that a client can show its progress. */
export const DECODED_LENGTH_HEADER = "Solmu-Decoded-Length";

export type ColumnType = "number" | "boolean" | "string" | "object" | "json";

/**
 * One field of every row. `values` has a place for each row: a number for `number`; 1 or 0 for `boolean`; the
 * position in the document's `strings` for `string`; 1 for `object`, whose rows that hold one are in `columns`;
 * the value as JSON has it for `json`. A null is null in every type; a row without the field is listed in `absent`.
 */
export interface Column {
  key: string;
  type: ColumnType;
  values: unknown[];
  absent?: number[];
  columns?: Column[];
}

export interface Table {
  rows: number;
  columns: Column[];
}

/** An answer with some of its lists as tables: its other fields are in `data`, as they are. */
export interface ColumnDocument {
  strings: string[];
  tables: Record<string, Table>;
  data: Record<string, unknown>;
}

type Row = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Row => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Each distinct string once, in the order first met. */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** The one type every present, non-null value has; `json` when they differ or are of a kind with no column of its own. */
function typeOf(values: unknown[]): ColumnType {
  let type: ColumnType | null = null;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const t: ColumnType =
      typeof v === "number"
        ? "number"
        : typeof v === "boolean"
          ? "boolean"
          : typeof v === "string"
            ? "string"
            : isPlainObject(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function"
              ? "object"
              : "json";
    if (type === null) type = t;
    else if (type !== t) return "json";
  }
  return type ?? "json";
}

function encodeRows(rows: Row[], strings: Strings): Column[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      // JSON leaves out a field whose value is undefined, so it is no column unless some row has it.
      if (row[key] !== undefined && !seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  return keys.map((key) => {
    // Own fields only: a row without "__proto__" would otherwise give its prototype.
    const raw = rows.map((row) => (Object.hasOwn(row, key) ? row[key] : undefined));
    const type = typeOf(raw);
    const absent: number[] = [];
    const inner: Row[] = [];
    const values = raw.map((v, i) => {
      if (v === undefined) {
        absent.push(i);
        return null;
      }
      if (v === null) return null;
      switch (type) {
        case "boolean":
          return v ? 1 : 0;
        case "string":
          return strings.of(v as string);
        case "object":
          inner.push(v as Row);
          return 1;
        default:
          return v;
      }
    });
    const column: Column = { key, type, values };
    if (absent.length > 0) column.absent = absent;
    if (type === "object") column.columns = encodeRows(inner, strings);
    return column;
  });
}

/** Whether a value can travel as a table: a list of plain objects. */
const isTableable = (v: unknown): v is Row[] => Array.isArray(v) && v.every((row) => isPlainObject(row));

/**
 * The compact form of `answer`: each of `tableKeys` that holds a list of plain objects becomes a table; everything
 * else stays as it is. `decodeColumns` of its JSON equals JSON's own round trip of `answer`.
 */
export function encodeColumns(answer: Record<string, unknown>, tableKeys: readonly string[]): ColumnDocument {
  const strings = new Strings();
  const tables: Record<string, Table> = {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answer)) {
    if (tableKeys.includes(key) && isTableable(value)) tables[key] = { rows: value.length, columns: encodeRows(value, strings) };
    else data[key] = value;
  }
  return { strings: strings.list, tables, data };
}

// JSON.parse makes "__proto__" an own field; a plain assignment would set the object's prototype instead.
function put(row: Row, key: string, value: unknown) {
  if (key === "__proto__") Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
  else row[key] = value;
}

function decodeRows(count: number, columns: Column[], strings: string[]): Row[] {
  const rows: Row[] = Array.from({ length: count }, () => ({}));
  for (const column of columns) {
    const { key, type, values } = column;
    const absent = new Set(column.absent ?? []);
    const inner =
      type === "object"
        ? decodeRows(
            values.reduce<number>((n, v) => (v === 1 ? n + 1 : n), 0),
            column.columns ?? [],
            strings,
          )
        : [];
    let next = 0;
    for (let i = 0; i < count; i++) {
      if (absent.has(i)) continue;
      const v = values[i] ?? null;
      let value: unknown = v;
      if (v !== null) {
        if (type === "boolean") value = v === 1;
        else if (type === "string") value = strings[v as number];
        else if (type === "object") value = inner[next++];
      }
      put(rows[i] as Row, key, value);
    }
  }
  return rows;
}

/** The answer a compact document stands for, as JSON would have given it (its fields in another order). */
export function decodeColumns<T = Record<string, unknown>>(doc: ColumnDocument): T {
  const out: Row = {};
  for (const [key, value] of Object.entries(doc.data)) put(out, key, value);
  for (const [key, table] of Object.entries(doc.tables)) put(out, key, decodeRows(table.rows, table.columns, doc.strings));
  return out as T;
}
