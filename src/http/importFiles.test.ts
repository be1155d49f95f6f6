import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { utf16, windows1252 } from "../../tests/support/encodings.ts";
import { readWorkbook } from "../../tests/support/workbook.ts";
import { XLSX_TYPE } from "../domain/table.ts";

type Person = {
  name: string;
  email: string | null;
  organisationName: string | null;
  title: string | null;
  phone: string | null;
  competences: string[];
  needs: string[];
  languages: string[];
  expectations: string | null;
};

/** A workbook as another program would write it: one sheet of plain values. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Taul1");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

// Issue #19 points 8–10: files as people have them — Excel's encodings, new organisations, and workbooks.
describe.each(databases)("importing files as Excel writes them, on %s", (kind) => {
  const t = apiWorld(kind);
  const upload = (path: string, body: Uint8Array | string, type = "application/octet-stream") =>
    t.w.as.coordinator.call("POST", `${t.base}/${path}`, undefined, { headers: { "content-type": type }, raw: body });
  const people = async () =>
    ((await t.w.as.coordinator.get(`${t.base}/people?limit=200`)).body.items as (Person & { version: number })[]).map(
      ({ version: _, ...p }) => p,
    );
  const person = async (name: string) => (await people()).find((p) => p.name === name);
  const organisations = async () =>
    ((await t.w.as.coordinator.get(`${t.base}/organisations`)).body.items as { name: string; kind: string }[]).map((o) => [o.name, o.kind]);

  it("reads a Windows-1252 semicolon file from Finnish Excel as its bytes, so that ä, ö, å, € and quotes survive", async () => {
    expect((await upload("organisations/import", "nimi;tyyppi\nKuopion kaupunki;kunta\n", "text/csv")).body.created).toBe(1);
    const file = windows1252(
      "Nimi;Sähköposti;Organisaatio;Tehtävänimike;Odotukset\r\n" +
        "Åke Äänismaa;ake@example.fi;Kuopion kaupunki;Kehittäjä;“Yhteistyötä” – 5 € kuussa\r\n",
    );
    expect(file).toContain(0xe4);
    const dry = await upload("people/import?dryRun=true", file);
    expect(dry.body).toMatchObject({
      format: "csv",
      encoding: "windows-1252",
      delimiter: ";",
      created: 1,
      newOrganisations: [],
      errors: [],
    });
    expect((await upload("people/import", file)).body).toMatchObject({ written: true, created: 1 });
    expect(await person("Åke Äänismaa")).toMatchObject({
      organisationName: "Kuopion kaupunki",
      title: "Kehittäjä",
      expectations: "“Yhteistyötä” – 5 € kuussa",
    });
  });

  it("reads Excel's Unicode text (UTF-16 with a byte order mark, tab-separated) and UTF-8 with or without a BOM", async () => {
    const text = "Namn\tE-post\tTitel\r\nÖsten Åberg\tosten@example.fi\tUtvecklare, ”ledare”\r\n";
    const unicode = await upload("people/import?dryRun=true", utf16(text), "text/tab-separated-values");
    expect(unicode.body).toMatchObject({ encoding: "utf-16le", delimiter: "\t", created: 1, errors: [] });
    expect((await upload("people/import", utf16(text, { endian: "be" }))).body).toMatchObject({ encoding: "utf-16be", created: 1 });
    expect(await person("Östen Åberg")).toMatchObject({ title: "Utvecklare, ”ledare”" });
    const utf8 = new TextEncoder().encode("nimi,sähköposti\nÄijä Öljynen,aija@example.fi\n");
    expect((await upload("people/import?dryRun=true", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).body).toMatchObject({
      encoding: "utf-8",
      delimiter: ",",
      mapping: [
        { header: "nimi", field: "name" },
        { header: "sähköposti", field: "email" },
      ],
      errors: [],
    });
    // An API client that posts UTF-8 text as text/csv, as before.
    expect((await upload("people/import", "nimi,sähköposti\nÄijä Öljynen,aija@example.fi\n", "text/csv")).body).toMatchObject({
      encoding: "utf-8",
      created: 1,
    });
    expect(await person("Äijä Öljynen")).toBeDefined();
  });

  it("names the organisations a people import would add, and adds them with the people", async () => {
    const file = [
      "Nimi;Sähköposti;Organisaatio",
      "Aila Ahonen;aila@example.fi;Siilinjärven kunta",
      "Bertta Berg;bertta@example.fi;SIILINJÄRVEN KUNTA",
      "Cecilia Cox;cecilia@example.fi;kuopion kaupunki",
      "Daavid Dahl;daavid@example.fi;Pohjois-Savon Järjestö ry",
    ].join("\r\n");
    const before = await organisations();
    const dry = await upload("people/import?dryRun=true", file, "text/csv");
    expect(dry.body).toMatchObject({ dryRun: true, written: false, created: 4, errors: [] });
    expect(dry.body.newOrganisations).toEqual(["Siilinjärven kunta", "Pohjois-Savon Järjestö ry"]);
    expect(await organisations()).toEqual(before);
    const done = await upload("people/import", file, "text/csv");
    expect(done.body).toMatchObject({ written: true, created: 4, newOrganisations: ["Siilinjärven kunta", "Pohjois-Savon Järjestö ry"] });
    expect(await organisations()).toEqual(
      expect.arrayContaining([
        ["Siilinjärven kunta", "other"],
        ["Pohjois-Savon Järjestö ry", "other"],
      ]),
    );
    expect((await person("Bertta Berg"))?.organisationName).toBe("Siilinjärven kunta");
    expect((await person("Cecilia Cox"))?.organisationName).toBe("Kuopion kaupunki");
    // Once there, they are known: the same file adds nothing more.
    expect((await upload("people/import?dryRun=true", file, "text/csv")).body).toMatchObject({ updated: 4, newOrganisations: [] });
  });

  it("reports rows with unknown organisations as problems when told not to add organisations, and writes nothing", async () => {
    const file = "nimi;sähköposti;organisaatio\nEero Eskola;eero@example.fi;Tuntematon Oy\nFanny Frost;fanny@example.fi;Kuopion kaupunki\n";
    const before = (await people()).length;
    const refused = await upload("people/import?createOrganisations=false", file, "text/csv");
    expect(refused.body).toMatchObject({ written: false, created: 0, newOrganisations: [] });
    expect(refused.body.errors).toEqual([
      {
        row: 2,
        column: "organisaatio",
        code: "import.unknown_organisation",
        message:
          "Organisaatiota ”Tuntematon Oy” ei ole verkostossa. Tarkista kirjoitusasu, tuo organisaatiot ensin tai salli uusien organisaatioiden lisääminen.",
      },
    ]);
    expect((await people()).length).toBe(before);
    expect((await organisations()).map(([name]) => name)).not.toContain("Tuntematon Oy");
    // Only the good rows: Fanny comes in, and no organisation is made for the row left out.
    const good = await upload("people/import?createOrganisations=false&onlyValid=true", file, "text/csv");
    expect(good.body).toMatchObject({ written: true, created: 1, newOrganisations: [] });
    expect((await organisations()).map(([name]) => name)).not.toContain("Tuntematon Oy");
  });

  it("adds no organisation for a bad row left out of the import", async () => {
    const file = "nimi;sähköposti;organisaatio\nGunnar;ei-osoite;Huono Oy\nHelmi Hakala;helmi@example.fi;Hyvä ry\n";
    const dry = await upload("people/import?dryRun=true", file, "text/csv");
    expect(dry.body.newOrganisations).toEqual(["Hyvä ry"]);
    expect((await upload("people/import?onlyValid=true", file, "text/csv")).body).toMatchObject({
      created: 1,
      newOrganisations: ["Hyvä ry"],
    });
    expect((await organisations()).map(([name]) => name)).not.toContain("Huono Oy");
  });

  it("exports the directory as a workbook with typed cells, and importing it back changes nobody", async () => {
    await t.w.as.member.post(`${t.base}/people/${(await t.w.as.member.get(`${t.base}/people?q=member`)).body.items[0].id}/confirm`);
    const res = await t.w.as.coordinator.get(`${t.base}/people/export?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX_TYPE);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="solmu.xlsx"');
    const book = await readWorkbook(res.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Ihmiset"]);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Nimi",
      "Organisaatio",
      "Tehtävänimike",
      "Sähköposti",
      "Puhelin",
      "Osaaminen",
      "Tarpeet",
      "Kielet",
      "Vahvistettu",
      "Vanhentunut (1 = kyllä)",
    ]);
    const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
    const member = rows.find((r) => r.getCell(1).value === "Member");
    expect(member?.getCell(9).type).toBe(ExcelJS.ValueType.Date);
    expect(member?.getCell(9).value).toBeInstanceOf(Date);
    expect(member?.getCell(10).value).toBe(0);
    expect(member?.getCell(10).type).toBe(ExcelJS.ValueType.Number);
    const stale = rows.find((r) => r.getCell(1).value === "Åke Äänismaa");
    expect(stale?.getCell(10).value).toBe(1);
    expect(stale?.getCell(2).value).toBe("Kuopion kaupunki");

    const before = await people();
    const back = await upload("people/import", res.bytes, XLSX_TYPE);
    expect(back.body).toMatchObject({ format: "xlsx", encoding: null, delimiter: null, written: true, created: 0, errors: [] });
    expect(back.body.updated).toBe(before.length);
    expect(back.body.mapping.map((m: { field: string | null }) => m.field)).toEqual([
      "name",
      "organisation",
      "title",
      "email",
      "phone",
      "competences",
      "needs",
      "languages",
      null,
      null,
    ]);
    expect(await people()).toEqual(before);
  });

  it("exports the organisations as a workbook and CSV that import back unchanged", async () => {
    const res = await t.w.as.member.get(`${t.base}/organisations/export?format=xlsx`);
    const sheet = (await readWorkbook(res.bytes)).worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Nimi", "Tyyppi", "Verkkosivut", "Kuvaus"]);
    const kuopio = (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((r) => r.getCell(1).value === "Kuopion kaupunki");
    expect(kuopio?.values).toEqual([undefined, "Kuopion kaupunki", "Kunta"]);
    const before = await organisations();
    const back = await upload("organisations/import", res.bytes, XLSX_TYPE);
    expect(back.body).toMatchObject({ written: true, created: 0, updated: before.length, errors: [] });
    expect(await organisations()).toEqual(before);
    const csv = await t.w.as.member.get(`${t.base}/organisations/export`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(String(csv.body)).toMatch(/^Nimi;Tyyppi;Verkkosivut;Kuvaus\r\n/);
    expect(String(csv.body)).toContain("\r\nKuopion kaupunki;Kunta;;\r\n");
    expect((await upload("organisations/import?dryRun=true", csv.bytes)).body).toMatchObject({ updated: before.length, errors: [] });
  });

  it("reads the first sheet of a workbook through the same checks, naming rows and columns as in a CSV file", async () => {
    const file = await workbook([
      ["Nimi", "Sähköposti", "Organisaatio", "Puhelin"],
      ["Iida Ikonen", "iida@example.fi", "Kuopion kaupunki", 401234567],
      [],
      ["Jussi", "jussi(at)example.fi", null, "soita"],
    ]);
    const r = await upload("people/import?dryRun=true", file);
    expect(r.body).toMatchObject({ format: "xlsx", totalRows: 2, created: 1 });
    expect(r.body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [4, "Sähköposti", "import.invalid_email"],
      [4, "Puhelin", "import.invalid_phone"],
    ]);
    const damaged = await upload("people/import?dryRun=true", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]));
    expect(damaged.status).toBe(200);
    expect(damaged.body.errors).toEqual([
      {
        row: 1,
        column: "",
        code: "import.unreadable_xlsx",
        message: "Tiedostoa ei voitu lukea Excel-työkirjana. Tallenna se Excelissä uudelleen muodossa .xlsx tai CSV.",
      },
    ]);
  });
});
