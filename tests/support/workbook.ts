import ExcelJS from "exceljs";

/** The workbook exceljs reads from a download's bytes: tests look at what Excel would see. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

/** The first sheet's rows under the header, as the values of their cells (1-based, as Excel counts columns). */
export async function sheetRows(bytes: Uint8Array): Promise<ExcelJS.Row[]> {
  const sheet = (await readWorkbook(bytes)).worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  return sheet.getRows(2, Math.max(sheet.rowCount - 1, 0)) ?? [];
}
