import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CsvError } from "./csv.ts";
import { dayCell, isXlsx, momentCell } from "./table.ts";
import { declaredExpandedSize, readXlsx, toXlsx } from "./xlsx.ts";

/** The workbook exceljs reads from the bytes: the tests look at what Excel would see, not at what toXlsx meant. */
async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** A workbook made with exceljs itself, as another program would hand one in. */
async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        sheet.getCell(i + 1, j + 1).value = value;
      });
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function thrown(promise: Promise<unknown>): Promise<CsvError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("toXlsx", () => {
  it("writes one sheet per table with a bold, frozen header and typed cells", async () => {
    const bytes = await toXlsx([
      {
        name: "Päätökset",
        headers: ["Päivämäärä", "Päätös", "Luku", "Vahvistettu"],
        rows: [
          [dayCell("2026-05-12"), '=HYPERLINK("http://evil")', 4.5, momentCell("2026-06-01T09:30:00.000Z")],
          [null, "Ääni – “lainaus”", -2, momentCell("2026-01-15T22:30:00.000Z")],
          [null, null, null, momentCell("2026-03-16T10:00")],
        ],
      },
      { name: "Toinen/taulu?", headers: ["a"], rows: [[true]] },
    ]);
    expect(isXlsx(bytes)).toBe(true);
    const book = await open(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Päätökset", "Toinen taulu"]);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, "Päivämäärä", "Päätös", "Luku", "Vahvistettu"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const day = sheet.getCell("A2");
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect(day.value).toEqual(new Date("2026-05-12T00:00:00Z"));
    expect(day.numFmt).toBe("mm-dd-yy");
    // A text that looks like a formula stays text: a workbook never runs it.
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").value).toBe('=HYPERLINK("http://evil")');
    expect(sheet.getCell("C2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("C2").value).toBe(4.5);
    // Moments as Finland's clock shows them: summer time is UTC+3, winter time UTC+2.
    expect(sheet.getCell("D2").value).toEqual(new Date("2026-06-01T12:30:00Z"));
    expect(sheet.getCell("D3").value).toEqual(new Date("2026-01-16T00:30:00Z"));
    expect(sheet.getCell("D2").type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell("D4").value).toEqual(new Date("2026-03-16T10:00:00Z"));
    expect(sheet.getCell("A3").value).toBeNull();
    expect(sheet.getCell("B3").value).toBe("Ääni – “lainaus”");
    expect(book.worksheets[1]?.getCell("A2").value).toBe(true);
  });

  it("cuts a text to what a cell holds, leaves out NaN, and gives every sheet its own name", async () => {
    const long = "x".repeat(40_000);
    const book = await open(
      await toXlsx([
        { name: "Sama", headers: ["a", "b"], rows: [[long, Number.NaN]] },
        { name: "sama", headers: [], rows: [] },
        { name: "", headers: ["c"], rows: [] },
      ]),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(["Sama", "sama 2", "Sheet"]);
    expect(String(book.worksheets[0]?.getCell("A2").value)).toHaveLength(32_767);
    expect(book.worksheets[0]?.getCell("B2").value).toBeNull();
  });
});

describe("readXlsx", () => {
  it("reads the first sheet as text rows numbered as in the sheet, skipping blank rows", async () => {
    const bytes = await workbook({
      Ihmiset: [
        [],
        ["Nimi", "Sähköposti", "Puhelin", "Päivä", "Linkki", "Kaava", "Muotoiltu"],
        ["Åsa Öhman", "asa@example.fi", 401234567, new Date("2026-05-12T00:00:00Z"), { text: "www", hyperlink: "https://x.fi" }],
        [null, null],
        [
          "Bo",
          "bo@example.fi",
          "+358 40 1",
          new Date("2026-05-12T08:15:00Z"),
          null,
          { formula: "1+1", result: 2 },
          { richText: [{ text: "li" }, { text: "hava", font: { bold: true } }] },
        ],
      ],
      Toinen: [["ei luettu"]],
    });
    expect(await readXlsx(bytes)).toEqual({
      headers: ["Nimi", "Sähköposti", "Puhelin", "Päivä", "Linkki", "Kaava", "Muotoiltu"],
      rows: [
        { line: 3, cells: ["Åsa Öhman", "asa@example.fi", "401234567", "2026-05-12", "www", "", ""] },
        { line: 5, cells: ["Bo", "bo@example.fi", "+358 40 1", "2026-05-12 08:15", "", "2", "lihava"] },
      ],
    });
  });

  it("refuses a file that is no workbook, an empty workbook and one that would unpack to too much", async () => {
    expect((await thrown(readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])))).key).toBe("import.unreadable_xlsx");
    expect((await thrown(readXlsx(await workbook({ Tyhjä: [] })))).key).toBe("import.empty_file");
    const bomb = await workbook({ Iso: [["a"]] });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const directory = bomb.findIndex((_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(directory + 24, 500 * 1_048_576, true);
    expect(declaredExpandedSize(bomb)).toBeGreaterThan(500 * 1_048_576);
    expect((await thrown(readXlsx(bomb))).key).toBe("import.xlsx_too_large");
  });
});
