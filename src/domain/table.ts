/**
 * Tables people download and upload: CSV files and Excel workbooks (src/domain/csv.ts, src/domain/xlsx.ts).
 * A cell of an exported table. Days and moments are tagged so that each writer can type them: CSV writes them
 * as ISO text, XLSX as real Excel dates (src/domain/xlsx.ts).
 */
export type Cell = string | number | boolean | null | { day: string } | { moment: string };

/** A table for download: one CSV file, or one sheet of a workbook. */
export interface Table {
  /** The sheet's name in a workbook (in the user's language, as the headers are). */
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** A calendar day ("2026-05-12", or the day of a timestamp) as a cell; null stays empty. */
export const dayCell = (iso: string | null): Cell => (iso === null ? null : { day: iso.slice(0, 10) });

/** A moment as a cell: an ISO timestamp, or a wall-clock time without a zone (a meeting's local start); null stays empty. */
export const momentCell = (iso: string | null): Cell => (iso === null ? null : { moment: iso });

/** A cell as CSV writes it: days and moments as their ISO text, everything else as it is. */
export function plainCell(cell: Cell): string | number | boolean | null {
  if (cell === null || typeof cell !== "object") return cell;
  return "day" in cell ? cell.day : cell.moment;
}

/** The media type of an Excel workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** True when the bytes are a ZIP archive, as every XLSX file is (a text file never starts with "PK\3\4"). */
export const isXlsx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
