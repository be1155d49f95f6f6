import { CsvError as ParserError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** One record of a CSV file. */
export interface CsvRow {
  /** 1-based line number in the file where this record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** A parsed CSV file: its delimiter, trimmed header names and non-empty records. */
export interface CsvTable {
  delimiter: "," | ";";
  headers: string[];
  rows: CsvRow[];
}

/** A CSV file that cannot be read; `key` is a translation key, `line` where the problem is. */
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

/** Picks the delimiter of the header (first non-blank) line: the more frequent of `;` and `,` outside quotes; `,` when neither occurs. */
export function detectDelimiter(text: string): "," | ";" {
  const pick = (semicolons: number, commas: number) => (semicolons > 0 && semicolons >= commas ? ";" : ",");
  let semicolons = 0;
  let commas = 0;
  // Decides for a file of nothing but delimiters, so that parseCsv still sees its records as blank.
  let firstLine: "," | ";" | null = null;
  let inQuotes = false;
  // A line of bare delimiters or empty quoted cells is skipped by parseCsv, so it must not decide either.
  let hasContent = false;
  for (const ch of text) {
    if (ch === '"') {
      // A doubled quote inside a quoted field toggles twice, which leaves the state right.
      inQuotes = !inQuotes;
    } else if (inQuotes) {
      if (ch.trim() !== "") hasContent = true;
    } else if (ch === ";") {
      semicolons++;
    } else if (ch === ",") {
      commas++;
    } else if (ch === "\n" || ch === "\r") {
      if (hasContent) break;
      firstLine ??= pick(semicolons, commas);
      semicolons = 0;
      commas = 0;
    } else if (ch.trim() !== "") {
      hasContent = true;
    }
  }
  return hasContent ? pick(semicolons, commas) : (firstLine ?? pick(semicolons, commas));
}

/**
 * Maps byte offsets to 1-based line numbers, counting CRLF, LF and a lone CR as one break each.
 * Offsets must be asked in ascending order; the scan continues where the last call stopped.
 */
function lineLocator(bytes: Uint8Array): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset && position < bytes.length; position++) {
      const b = bytes[position];
      if (b === LF || (b === CR && bytes[position + 1] !== LF)) line++;
    }
    return line;
  };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/** Parses CSV as Excel writes it in Finland or elsewhere. */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === "") throw new CsvError("import.empty_file", 1);
  const delimiter = detectDelimiter(body);
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
  const numbered = records.map((cells, i) => ({ line: lineAt(i === 0 ? 0 : (ends[i - 1] ?? 0)), cells }));
  const content = numbered.filter((r) => !isBlank(r.cells));
  const [header, ...data] = content;
  if (!header) throw new CsvError("import.empty_file", 1);
  const headers = header.cells.map((h) => h.trim());
  const rows = data.map(({ line, cells }) => ({
    line,
    cells: cells.length < headers.length ? [...cells, ...Array<string>(headers.length - cells.length).fill("")] : cells,
  }));
  return { delimiter, headers, rows };
}

/** Writes CSV for Excel in Finland: semicolon, CRLF, UTF-8 BOM; neutralises spreadsheet formulas. */
export function toCsv(headers: string[], rows: (string | number | null)[][]): string {
  return stringify([headers, ...rows], {
    delimiter: ";",
    record_delimiter: "windows",
    // Setting record_delimiter turns off quoting of cells holding a bare CR or LF unless asked for.
    quote_record_delimiter: true,
    bom: true,
    escape_formulas: true,
    cast: {
      // Finnish Excel takes "1.5" for a date, so decimals get a comma; NaN and Infinity mean nothing to it.
      number: (value) => (Number.isFinite(value) ? String(value).replace(".", ",") : ""),
    },
  });
}
