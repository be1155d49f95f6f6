import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError, type Delimiter, detectDelimiter, parseCsv, parsedRecords, toCsv, unquotedRecords } from "./csv.ts";

/** The CsvError that `fn` throws, so tests can look at its key and line. */
function csvError(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("parseCsv", () => {
  it("reads a semicolon file with a BOM and CRLF as Excel in Finland saves it", () => {
    const text = "\uFEFFNimi;Sähköposti;Organisaatio\r\nAino Virtanen;aino@kunta.fi;Esimerkin kunta\r\nBo Ek;bo@example.fi;\r\n";
    expect(parseCsv(text)).toEqual({
      delimiter: ";",
      headers: ["Nimi", "Sähköposti", "Organisaatio"],
      rows: [
        { line: 2, cells: ["Aino Virtanen", "aino@kunta.fi", "Esimerkin kunta"] },
        { line: 3, cells: ["Bo Ek", "bo@example.fi", ""] },
      ],
    });
  });

  it("reads a comma file with LF line ends and no BOM", () => {
    const text = "name,email\nAino,aino@example.fi\nBo,bo@example.fi";
    expect(parseCsv(text)).toEqual({
      delimiter: ",",
      headers: ["name", "email"],
      rows: [
        { line: 2, cells: ["Aino", "aino@example.fi"] },
        { line: 3, cells: ["Bo", "bo@example.fi"] },
      ],
    });
  });

  it("reads a tab-separated file as Excel saves Unicode text", () => {
    const table = parseCsv('Nimi\tSähköposti\tOsaaminen\r\nÅsa Öhman\tasa@example.fi\t"lean; fasilitointi, viestintä"\r\n');
    expect(table).toEqual({
      delimiter: "\t",
      headers: ["Nimi", "Sähköposti", "Osaaminen"],
      rows: [{ line: 2, cells: ["Åsa Öhman", "asa@example.fi", "lean; fasilitointi, viestintä"] }],
    });
  });

  it("keeps commas inside cells of a semicolon file", () => {
    const table = parseCsv("Nimi;Osaaminen\nAino;fasilitointi, viestintä\n");
    expect(table.delimiter).toBe(";");
    expect(table.rows[0]?.cells).toEqual(["Aino", "fasilitointi, viestintä"]);
  });

  it("unescapes doubled quotes", () => {
    const table = parseCsv('a;b\n"Sanoi ""hei""";"x;y"\n');
    expect(table.rows[0]?.cells).toEqual(['Sanoi "hei"', "x;y"]);
  });

  it("rejects a stray quote inside an unquoted cell, which Excel never writes", () => {
    const error = csvError(() => parseCsv('a;b\n1;2\n24" näyttö;2\n'));
    expect([error.key, error.line]).toEqual(["import.malformed_csv", 3]);
  });

  it("gives later records their start line after quoted LF newlines", () => {
    const text = 'name;note\nAino;"line one\nline two\nline three"\nBo;plain\n"Cai\nDe";x\nEe;y\n';
    const table = parseCsv(text);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5, 6, 8]);
    expect(table.rows[0]?.cells[1]).toBe("line one\nline two\nline three");
    expect(table.rows[2]?.cells[0]).toBe("Cai\nDe");
  });

  it("gives later records their start line after quoted CRLF newlines", () => {
    const text = 'name;note\r\nAino;"one\r\ntwo\r\nthree"\r\nBo;plain\r\nCai;"x\r\ny"\r\nDe;z\r\n';
    expect(parseCsv(text).rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "Aino"],
      [5, "Bo"],
      [6, "Cai"],
      [8, "De"],
    ]);
    expect(parseCsv(text).rows[0]?.cells[1]).toBe("one\r\ntwo\r\nthree");
  });

  it("counts lines right when CRLF records hold LF inside cells, as Windows Excel writes", () => {
    const text = 'a;b\r\n"x\ny\nz";1\r\nq;2\r\n';
    expect(parseCsv(text).rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it("counts lines in a file with old Mac CR line ends", () => {
    const table = parseCsv('a;b\r"x\ry";2\r3;4');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("counts lines after multi-byte characters", () => {
    const table = parseCsv('nimi;kuvaus\nÄänekoski;"ÅÄÖ\n€ 😀"\nÖ;x\n');
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "Äänekoski"],
      [4, "Ö"],
    ]);
  });

  it("skips empty lines and records of empty cells but keeps the line numbers of the file", () => {
    const text = "a;b\n\n1;2\n;\n   ;  \n\n3;4\n\n\n";
    expect(parseCsv(text).rows).toEqual([
      { line: 3, cells: ["1", "2"] },
      { line: 7, cells: ["3", "4"] },
    ]);
  });

  it("takes the first non-empty line as the header", () => {
    const table = parseCsv("\n;;\nname;email\nAino;a@x.fi\n");
    expect(table.headers).toEqual(["name", "email"]);
    expect(table.rows).toEqual([{ line: 4, cells: ["Aino", "a@x.fi"] }]);
  });

  it("trims header names but not cells", () => {
    const table = parseCsv(" Nimi ; Sähköposti \n Aino ;a@x.fi\n");
    expect(table.headers).toEqual(["Nimi", "Sähköposti"]);
    expect(table.rows[0]?.cells).toEqual([" Aino ", "a@x.fi"]);
  });

  it("pads short rows and keeps extra cells of long rows", () => {
    const table = parseCsv("a;b;c\n1\n1;2;3;4;5\n");
    expect(table.rows).toEqual([
      { line: 2, cells: ["1", "", ""] },
      { line: 3, cells: ["1", "2", "3", "4", "5"] },
    ]);
  });

  it("returns a header-only file with no rows", () => {
    expect(parseCsv("name;email\r\n")).toEqual({ delimiter: ";", headers: ["name", "email"], rows: [] });
  });

  it("rejects an unterminated quote at the line where its record starts", () => {
    const error = csvError(() => parseCsv('a;b\n1;2\n3;"never closed\n4;5\n6;7\n'));
    expect(error).toBeInstanceOf(Error);
    expect(error.key).toBe("import.malformed_csv");
    expect(error.line).toBe(3);
  });

  it("reports the start line of a malformed record after quoted CRLF newlines", () => {
    const error = csvError(() => parseCsv('a;b\r\n"x\r\ny";1\r\n\r\nq;"open\r\nr;2\r\n'));
    expect([error.key, error.line]).toEqual(["import.malformed_csv", 5]);
  });

  it("rejects text after a closing quote", () => {
    const error = csvError(() => parseCsv('a;b\n"x"y;2\n'));
    expect([error.key, error.line]).toEqual(["import.malformed_csv", 2]);
  });

  it.each([
    ["empty text", ""],
    ["only a BOM", "\uFEFF"],
    ["only whitespace", " \r\n\t\n"],
    ["only semicolons", ";;\r\n;;\r\n"],
    ["only commas", ",,\n,,"],
    ["only empty quoted cells", '"";""\n'],
  ])("rejects %s as an empty file", (_, text) => {
    const error = csvError(() => parseCsv(text));
    expect([error.key, error.line]).toEqual(["import.empty_file", 1]);
  });
});

describe("reading a file without quotes", () => {
  it("gives the records and lines csv-parse gives, whatever the mix of delimiters and line breaks", () => {
    const text = fc
      .array(fc.constantFrom("a", "bb", "ä", "1.5", " ", ",", ";", "\t", "\n", "\r", "\r\n", "\n\n", "\r\r\n"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom<Delimiter>(",", ";", "\t"), (body, delimiter) => {
        expect(unquotedRecords(body, delimiter)).toEqual(parsedRecords(body, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a large edge list as the parser does", () => {
    const body = `source;target;weight\r\n${Array.from({ length: 3000 }, (_, i) => `n${i % 97};n${(i * 7) % 101};${i % 5},5`).join("\r\n")}\r\n`;
    expect(unquotedRecords(body, ";")).toEqual(parsedRecords(body, ";"));
  });
});

describe("detectDelimiter", () => {
  it("counts delimiters on the header line only", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5,6\n")).toBe(";");
    expect(detectDelimiter("a,b\n1;2;3\n")).toBe(",");
  });

  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"Sukunimi, etunimi";email\n')).toBe(";");
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter('"multi\nline; header",x,y\n')).toBe(",");
  });

  it("prefers the semicolon on a tie, and the comma when neither is present", () => {
    expect(detectDelimiter("a;b,c\n")).toBe(";");
    expect(detectDelimiter("name\nAino\n")).toBe(",");
  });

  it("skips leading lines that hold only delimiters", () => {
    expect(detectDelimiter(",,,\nname;email;title\n")).toBe(";");
  });

  it("finds the tab of Excel's Unicode text, also beside commas and semicolons in the headers", () => {
    expect(detectDelimiter("Nimi\tSähköposti\tOrganisaatio\r\n")).toBe("\t");
    expect(detectDelimiter("Nimi\tOsaaminen, kyvyt\n")).toBe("\t");
    expect(detectDelimiter("a\tb;c\n")).toBe("\t");
    expect(detectDelimiter("a;b;c\tx\n")).toBe(";");
  });
});

describe("toCsv", () => {
  it("writes a BOM, semicolons and CRLF, ending with CRLF", () => {
    expect(toCsv(["Nimi", "Määrä"], [["Aino", 3]])).toBe("\uFEFFNimi;Määrä\r\nAino;3\r\n");
  });

  it("quotes cells holding a semicolon, a quote, CR or LF", () => {
    const csv = toCsv(["a", "b", "c", "d", "e"], [["x;y", 'say "hi"', "one\ntwo", "cr\rhere", "plain, comma"]]);
    expect(csv).toBe('\uFEFFa;b;c;d;e\r\n"x;y";"say ""hi""";"one\ntwo";"cr\rhere";plain, comma\r\n');
  });

  it("writes null as an empty cell", () => {
    expect(toCsv(["a", "b", "c"], [[null, "x", null]])).toBe("\uFEFFa;b;c\r\n;x;\r\n");
  });

  it("neutralises text cells that a spreadsheet would run as a formula", () => {
    const csv = toCsv(["x"], [['=HYPERLINK("http://evil")'], ["+358 40 123"], ["-2+3"], ["@SUM(A1)"], ["\tTab"], ["\rCR"]]);
    expect(csv.split("\r\n").slice(1, 5)).toEqual(['"\'=HYPERLINK(""http://evil"")"', "'+358 40 123", "'-2+3", "'@SUM(A1)"]);
    expect(csv).toContain("\r\n'\tTab\r\n");
    expect(csv).toContain('\r\n"\'\rCR"\r\n');
  });

  it("leaves numbers passed as numbers alone, with a decimal comma for Finnish Excel", () => {
    expect(toCsv(["n"], [[-5], [0], [1.5], [-0.25], [Number.NaN]])).toBe("\uFEFFn\r\n-5\r\n0\r\n1,5\r\n-0,25\r\n\r\n");
  });

  it("does not neutralise text that merely contains formula characters", () => {
    expect(toCsv(["x"], [["a=b"], ["1-2"]])).toBe("\uFEFFx\r\na=b\r\n1-2\r\n");
  });

  it("round-trips through parseCsv", () => {
    const headers = ["Nimi", "Kuvaus", "Kaava", "Luku", "Tyhjä"];
    const rows: (string | number | null)[][] = [
      ["Aino; Virtanen", 'Hän sanoi "moi"\r\nja lähti', "=1+1", 42, null],
      ["Åsa", "rivi\nrivi", "ok", -1, ""],
      ["Bo", "😀 ääkköset", "", 0, "x"],
    ];
    const table = parseCsv(toCsv(headers, rows));
    expect(table.delimiter).toBe(";");
    expect(table.headers).toEqual(headers);
    expect(table.rows).toEqual([
      { line: 2, cells: ["Aino; Virtanen", 'Hän sanoi "moi"\r\nja lähti', "'=1+1", "42", ""] },
      { line: 4, cells: ["Åsa", "rivi\nrivi", "ok", "-1", ""] },
      { line: 6, cells: ["Bo", "😀 ääkköset", "", "0", "x"] },
    ]);
  });
});
