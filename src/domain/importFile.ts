import { CsvError, type CsvRow, type Delimiter, detectDelimiter, parseCsv } from "./csv.ts";
import { isXlsx } from "./table.ts";
import { stripInvalidChars } from "./text.ts";
import { decodeText, type TextEncodingName } from "./textEncoding.ts";
import { readXlsx } from "./xlsx.ts";

/** What an uploaded import file holds: its header and rows, or the one reason it cannot be read. */
export interface ImportFile {
  format: "csv" | "xlsx";
  /** The encoding a CSV file was read in (null for a workbook, or for text that came as text). */
  encoding: TextEncodingName | null;
  /** A CSV file's delimiter; null for a workbook. */
  delimiter: Delimiter | null;
  headers: string[];
  rows: CsvRow[];
  /** Why nothing could be read (then there are no rows), or null. */
  problem: { key: string; line: number } | null;
}

const unreadable = (error: unknown) => {
  if (!(error instanceof CsvError)) throw error;
  return { headers: [], rows: [], problem: { key: error.key, line: error.line } };
};

/** Reads CSV text (comma, semicolon or tab), without the characters no document may hold. */
export function readCsvText(text: string, encoding: TextEncodingName | null = null): ImportFile {
  const clean = stripInvalidChars(text);
  try {
    return { format: "csv", encoding, problem: null, ...parseCsv(clean) };
  } catch (error) {
    return { format: "csv", encoding, delimiter: detectDelimiter(clean), ...unreadable(error) };
  }
}

/**
 * Reads an uploaded file as it came: the first sheet of an Excel workbook, or CSV text in whatever encoding
 * Excel or another tool wrote it (src/domain/textEncoding.ts).
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportFile> {
  if (!isXlsx(bytes)) {
    const { text, encoding } = decodeText(bytes);
    return readCsvText(text, encoding);
  }
  try {
    return { format: "xlsx", encoding: null, delimiter: null, problem: null, ...(await readXlsx(bytes)) };
  } catch (error) {
    return { format: "xlsx", encoding: null, delimiter: null, ...unreadable(error) };
  }
}
