import type ExcelJS from "exceljs";
import { CsvError, type CsvRow, headedTable } from "./csv.ts";
import type { Cell, Table } from "./table.ts";
import { stripInvalidChars } from "./text.ts";

/**
 * Excel workbooks in and out (#19), the one place that knows exceljs: every XLSX download is written by
 * toXlsx, and every XLSX import is read by readXlsx into the same rows a CSV file gives.
 */
let exceljs: Promise<typeof ExcelJS> | undefined;
/** exceljs takes most of a second to load, so it is loaded when the first workbook is read or written, not at start. */
const excel = () => {
  exceljs ??= import("exceljs").then((m) => m.default);
  return exceljs;
};

/** The most characters Excel keeps in a cell; a longer text would make it report the file as damaged. */
const CELL_MAX = 32_767;
/** Excel's built-in formats 14 and 22: a date, and a date with the time, each shown in the reader's own locale. */
const DAY_FORMAT = "mm-dd-yy";
const MOMENT_FORMAT = 'm/d/yy "h":mm';
/** Unpacked, a workbook may hold at most this much: a small upload cannot be made to fill the server's memory. */
const MAX_EXPANDED_BYTES = 100 * 1_048_576;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not blank, not used twice. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const wallClockParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Helsinki",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/**
 * A moment as Finland's clock shows it, for Excel, whose dates have no time zone (as the app shows moments,
 * src/domain/format.ts); a wall-clock time without a zone ("2026-03-16T10:00", a meeting's local start) stays as it is.
 */
function wallClock(iso: string): Date | null {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(iso);
  // A bare day ("2026-03-16", an all-day event) reads as its midnight.
  const moment = new Date(zoned ? iso : `${iso.length === 10 ? `${iso}T00:00` : iso}Z`);
  if (Number.isNaN(moment.getTime())) return null;
  if (!zoned) return moment;
  const parts = wallClockParts.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")));
}

/** The value and number format of one cell: numbers stay numbers, days and moments become Excel dates. */
function excelValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null || typeof cell === "boolean") return { value: cell };
  if (typeof cell === "number") return { value: Number.isFinite(cell) ? cell : null };
  // A text cell stays text: unlike CSV, a workbook never runs "=…" typed in a cell, so nothing needs escaping.
  if (typeof cell === "string") return { value: cell.length > CELL_MAX ? cell.slice(0, CELL_MAX) : cell };
  if ("day" in cell) {
    const day = new Date(`${cell.day}T00:00:00Z`);
    return Number.isNaN(day.getTime()) ? { value: null } : { value: day, numFmt: DAY_FORMAT };
  }
  return { value: wallClock(cell.moment), numFmt: MOMENT_FORMAT };
}

/** How wide a column is drawn: its longest header or text among the first rows, within sensible bounds. */
function columnWidth(table: Table, column: number): number {
  let longest = table.headers[column]?.length ?? 0;
  for (const row of table.rows.slice(0, 200)) {
    const cell = row[column];
    const length = typeof cell === "string" ? cell.length : typeof cell === "number" ? String(cell).length : cell ? 16 : 0;
    longest = Math.max(longest, length);
  }
  return Math.min(Math.max(longest + 2, 8), 60);
}

/** A workbook with one sheet per table: a bold, frozen header row with filters, and typed cells. */
export async function toXlsx(tables: Table[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "Solmu";
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({ header, width: columnWidth(table, i) }));
    sheet.getRow(1).font = { bold: true };
    if (table.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
    for (const cells of table.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, i) => {
        const { value, numFmt } = excelValue(cell);
        const target = row.getCell(i + 1);
        target.value = value;
        if (numFmt) target.numFmt = numFmt;
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The unpacked size the archive's central directory declares, or null when the directory cannot be read
 * (ZIP64 and damaged archives included): checked before unpacking, so that a zip bomb is refused cheaply.
 */
export function declaredExpandedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell read from a sheet as the text a CSV file would hold in its place. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() * 60 + value.getUTCMinutes();
    return time === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return "";
}

/**
 * Reads the first sheet of a workbook as CSV rows: the first non-blank row is the header, blank rows are
 * skipped, and each row keeps its number in the sheet, so that problems are reported as in a CSV file.
 * A file that is not a workbook, or would unpack to too much, throws a CsvError.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ headers: string[]; rows: CsvRow[] }> {
  const expanded = declaredExpandedSize(bytes);
  if (expanded === null) throw new CsvError("import.unreadable_xlsx", 1);
  if (expanded > MAX_EXPANDED_BYTES) throw new CsvError("import.xlsx_too_large", 1);
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new CsvError("import.unreadable_xlsx", 1);
  }
  const sheet = workbook.worksheets[0];
  const records: CsvRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(stripInvalidChars(cellText(row.getCell(i).value)));
    records.push({ line, cells });
  });
  return headedTable(records);
}
