import { CsvError as ParserError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { type Cell, plainCell } from "./table.ts";

/** One record of a CSV file. */
export interface CsvRow {
  /** 1-based line number in the file where this record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** The delimiters Excel writes: comma, semicolon (CSV where the decimal separator is a comma) and tab ("Unicode text"). */
export type Delimiter = "," | ";" | "\t";

/** A parsed CSV file: its delimiter, trimmed header names and non-empty records. */
export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  rows: CsvRow[];
}

/** A CSV file or workbook that cannot be read; `key` is a translation key, `line` where the problem is. */
export class CsvError extends Error {
  constructor(
    readonly key: string,
    readonly line: number,
  ) {
    super(`${key} at line ${line}`);
    this.name = "CsvError";
  }
}

const BOM = "\uFEFF";
const LF = 0x0a;
const CR = 0x0d;

/**
 * Picks the delimiter of the header (first non-blank) line: the most frequent of tab, `;` and `,` outside quotes,
 * a tie going to tab and then `;`, as a header holds those only as delimiters; `,` when none occurs.
 */
export function detectDelimiter(text: string): Delimiter {
  const pick = (tabs: number, semicolons: number, commas: number): Delimiter =>
    tabs > 0 && tabs >= semicolons && tabs >= commas ? "\t" : semicolons > 0 && semicolons >= commas ? ";" : ",";
  let tabs = 0;
  let semicolons = 0;
  let commas = 0;
  // Decides for a file of nothing but delimiters, so that parseCsv still sees its records as blank.
  let firstLine: Delimiter | null = null;
  let inQuotes = false;
  // A line of bare delimiters or empty quoted cells is skipped by parseCsv, so it must not decide either.
  let hasContent = false;
  for (const ch of text) {
    if (ch === '"') {
      // A doubled quote inside a quoted field toggles twice, which leaves the state right.
      inQuotes = !inQuotes;
    } else if (inQuotes) {
      if (ch.trim() !== "") hasContent = true;
    } else if (ch === "\t") {
      tabs++;
    } else if (ch === ";") {
      semicolons++;
    } else if (ch === ",") {
      commas++;
    } else if (ch === "\n" || ch === "\r") {
      if (hasContent) break;
      firstLine ??= pick(tabs, semicolons, commas);
      tabs = 0;
      semicolons = 0;
      commas = 0;
    } else if (ch.trim() !== "") {
      hasContent = true;
    }
  }
  return hasContent ? pick(tabs, semicolons, commas) : (firstLine ?? pick(tabs, semicolons, commas));
}

/**
 * Maps offsets to 1-based line numbers, counting CRLF, LF and a lone CR as one break each: offsets in UTF-8
 * bytes or in UTF-16 code units alike, as a line break is one unit in both. Offsets must be asked in ascending
 * order; the scan continues where the last call stopped.
 */
function lineLocator(units: { readonly length: number; at(index: number): number | undefined }): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset && position < units.length; position++) {
      const b = units.at(position);
      if (b === LF || (b === CR && units.at(position + 1) !== LF)) line++;
    }
    return line;
  };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * The records of CSV text that holds no quote, with the line each starts on, read as csv-parse reads it:
 * the first line break in the text (CRLF, LF or a lone CR) ends every record, other breaks stay in the cells.
 * Without quotes nothing else can happen, and a plain split is many times faster than the parser on the edge
 * lists of `solmu analyze`, which run to hundreds of thousands of lines.
 */
export function unquotedRecords(body: string, delimiter: Delimiter): CsvRow[] {
  const first = body.search(/[\r\n]/);
  const end = first < 0 ? "\n" : body.startsWith("\r\n", first) ? "\r\n" : (body[first] as string);
  const records = body.split(end);
  // A final record end closes the last record rather than opening an empty one.
  if (records.at(-1) === "") records.pop();
  const codes = { length: body.length, at: (i: number) => (i < body.length ? body.charCodeAt(i) : undefined) };
  const lineAt = lineLocator(codes);
  const rows: CsvRow[] = [];
  let start = 0;
  for (const record of records) {
    rows.push({ line: lineAt(start), cells: record.split(delimiter) });
    start += record.length + end.length;
  }
  return rows;
}

/** The records of CSV text by csv-parse, which reads quotes, with the line each starts on. */
export function parsedRecords(body: string, delimiter: Delimiter): CsvRow[] {
  // csv-parse reports positions in UTF-8 bytes, so it gets the same bytes we count lines in.
  const bytes = new TextEncoder().encode(body);
  // Byte offset just past each record (its line break included), so the next record starts there.
  // info.lines is not used because csv-parse counts a CRLF inside a quoted field as two lines.
  const ends: number[] = [];
  let records: string[][];
  try {
    records = parse(bytes, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof ParserError)) throw error;
    const lineAt = lineLocator(bytes);
    throw new CsvError("import.malformed_csv", lineAt(ends.at(-1) ?? 0));
  }
  const lineAt = lineLocator(bytes);
  return records.map((cells, i) => ({ line: lineAt(i === 0 ? 0 : (ends[i - 1] ?? 0)), cells }));
}

/** Parses CSV as Excel writes it in Finland or elsewhere. */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === "") throw new CsvError("import.empty_file", 1);
  const delimiter = detectDelimiter(body);
  const records = body.includes('"') ? parsedRecords(body, delimiter) : unquotedRecords(body, delimiter);
  return { delimiter, ...headedTable(records) };
}

/**
 * The first non-blank record as trimmed headers and the other non-blank records as rows, each at least as
 * wide as the header; a CSV file and a sheet of a workbook are read alike. Throws when every record is blank.
 */
export function headedTable(records: CsvRow[]): { headers: string[]; rows: CsvRow[] } {
  const [header, ...data] = records.filter((r) => !isBlank(r.cells));
  if (!header) throw new CsvError("import.empty_file", 1);
  const headers = header.cells.map((h) => h.trim());
  const rows = data.map(({ line, cells }) => ({
    line,
    cells: cells.length < headers.length ? [...cells, ...Array<string>(headers.length - cells.length).fill("")] : cells,
  }));
  return { headers, rows };
}

/** Writes CSV for Excel in Finland: semicolon, CRLF, UTF-8 BOM; neutralises spreadsheet formulas. */
export function toCsv(headers: string[], rows: Cell[][]): string {
  return stringify([headers, ...rows.map((row) => row.map(plainCell))], {
    delimiter: ";",
    record_delimiter: "windows",
    // Setting record_delimiter turns off quoting of cells holding a bare CR or LF unless asked for.
    quote_record_delimiter: true,
    bom: true,
    escape_formulas: true,
    cast: {
      // Finnish Excel takes "1.5" for a date, so decimals get a comma; NaN and Infinity mean nothing to it.
      number: (value) => (Number.isFinite(value) ? String(value).replace(".", ",") : ""),
      boolean: (value) => (value ? "1" : "0"),
    },
  });
}
