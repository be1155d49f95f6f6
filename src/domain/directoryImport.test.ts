import { describe, expect, it } from "vitest";
import { translator } from "../i18n/index.ts";
import { ORGANISATION_KINDS } from "./directory.ts";
import { type RowError, splitTags, validateOrganisations, validatePeople } from "./directoryImport.ts";
import { KIND_ALIASES } from "./directoryImportWords.ts";
import { readCsvText } from "./importFile.ts";
import { LOCALES } from "./locale.ts";

const validatePeopleCsv = (text: string) => validatePeople(readCsvText(text));
const validateOrganisationsCsv = (text: string) => validateOrganisations(readCsvText(text));

/** A semicolon CSV with CRLF and a BOM, as Excel in Finland saves it. */
const excel = (...lines: string[]) => `\uFEFF${lines.join("\r\n")}\r\n`;

/** Errors as [row, column, key] triples, for compact expectations. */
const brief = (errors: RowError[]) => errors.map((e) => [e.row, e.column, e.message.key]);

const PEOPLE_HEADER = "Nimi;Sähköposti;Organisaatio;Tehtävänimike;Puhelin;Osaaminen;Tarpeet;Kielet;Ihminen tittelin takana;Odotukset";

describe("splitTags", () => {
  it("splits on commas, pipes, semicolons and line breaks, and trims", () => {
    expect(splitTags("a, b | c")).toEqual(["a", "b", "c"]);
    expect(splitTags(" fasilitointi ;viestintä\nhankehallinto\r\nrahoitus ")).toEqual([
      "fasilitointi",
      "viestintä",
      "hankehallinto",
      "rahoitus",
    ]);
  });

  it("drops empty tags and collapses inner whitespace", () => {
    expect(splitTags(",, a  b ,|, ")).toEqual(["a b"]);
    expect(splitTags("")).toEqual([]);
  });

  it("removes duplicates case-insensitively, keeping the first spelling", () => {
    expect(splitTags("Suomi, suomi, SUOMI, Ruotsi, ruotsi")).toEqual(["Suomi", "Ruotsi"]);
    expect(splitTags("Ääni, ÄÄNI")).toEqual(["Ääni"]);
  });
});

describe("validatePeopleCsv", () => {
  it("reads a complete Finnish file as Excel saves it", () => {
    const result = validatePeopleCsv(
      excel(
        PEOPLE_HEADER,
        'Aino Virtanen;Aino.Virtanen@Kunta.FI;Esimerkin kunta;Kehittämispäällikkö;+358 40 123 4567;"fasilitointi, viestintä | Viestintä";hankerahoitus;suomi, ruotsi;"Harrastan kuoroa.\nJa kalastusta.";Uusia kumppaneita',
        "Bo Ek;bo@example.fi;;;;;;;;",
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(";");
    expect(result.totalRows).toBe(2);
    expect(result.mapping).toEqual([
      { header: "Nimi", field: "name" },
      { header: "Sähköposti", field: "email" },
      { header: "Organisaatio", field: "organisation" },
      { header: "Tehtävänimike", field: "title" },
      { header: "Puhelin", field: "phone" },
      { header: "Osaaminen", field: "competences" },
      { header: "Tarpeet", field: "needs" },
      { header: "Kielet", field: "languages" },
      { header: "Ihminen tittelin takana", field: "behindTitle" },
      { header: "Odotukset", field: "expectations" },
    ]);
    expect(result.rows).toEqual([
      {
        row: 2,
        name: "Aino Virtanen",
        email: "aino.virtanen@kunta.fi",
        organisation: "Esimerkin kunta",
        title: "Kehittämispäällikkö",
        phone: "+358 40 123 4567",
        competences: ["fasilitointi", "viestintä"],
        needs: ["hankerahoitus"],
        languages: ["suomi", "ruotsi"],
        behindTitle: "Harrastan kuoroa.\nJa kalastusta.",
        expectations: "Uusia kumppaneita",
      },
      {
        row: 4,
        name: "Bo Ek",
        email: "bo@example.fi",
        organisation: null,
        title: null,
        phone: null,
        competences: [],
        needs: [],
        languages: [],
        behindTitle: null,
        expectations: null,
      },
    ]);
  });

  it("reads Swedish headers in a comma file", () => {
    const text = [
      "Namn,E-post,Organisation,Titel,Telefon,Kompetenser,Behov,Språk,Människan bakom titeln,Förväntningar",
      'Åsa Lind,asa@example.se,Förening rf,Ordförande,040 123 456,"ledarskap, ekonomi",nätverk,"svenska, finska",Seglare,Samarbete',
    ].join("\n");
    const result = validatePeopleCsv(text);
    expect(result.delimiter).toBe(",");
    expect(result.errors).toEqual([]);
    expect(result.mapping.map((m) => m.field)).toEqual([
      "name",
      "email",
      "organisation",
      "title",
      "phone",
      "competences",
      "needs",
      "languages",
      "behindTitle",
      "expectations",
    ]);
    expect(result.rows[0]).toMatchObject({ name: "Åsa Lind", competences: ["ledarskap", "ekonomi"], languages: ["svenska", "finska"] });
  });

  it("reads English headers in any case and with surrounding spaces", () => {
    const result = validatePeopleCsv(
      excel(
        " FULL NAME ;E-Mail;Organization;Job Title;Phone Number;Skills;Needs;Languages;Person behind the title;Expectations",
        "Ann Lee;ann@example.com;;;;;;;;",
      ),
    );
    expect(result.mapping.map((m) => [m.header, m.field])).toEqual([
      ["FULL NAME", "name"],
      ["E-Mail", "email"],
      ["Organization", "organisation"],
      ["Job Title", "title"],
      ["Phone Number", "phone"],
      ["Skills", "competences"],
      ["Needs", "needs"],
      ["Languages", "languages"],
      ["Person behind the title", "behindTitle"],
      ["Expectations", "expectations"],
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it.each([
    ["name", ["nimi", "koko nimi", "namn", "name", "full name"]],
    ["email", ["sähköposti", "sahkoposti", "e-mail", "email", "e-post", "epost"]],
    ["organisation", ["organisaatio", "taustaorganisaatio", "organisation", "organization", "org"]],
    ["title", ["tehtävänimike", "nimike", "titteli", "titel", "title", "job title"]],
    ["phone", ["puhelin", "puhelinnumero", "telefon", "phone", "phone number"]],
    ["competences", ["osaaminen", "osaamiset", "osaaminen ja kyvyt", "kompetenser", "kompetens", "competences", "skills"]],
    ["needs", ["tarpeet", "behov", "needs"]],
    ["languages", ["kielet", "språk", "languages"]],
    ["behindTitle", ["ihminen tittelin takana", "människan bakom titeln", "person behind the title", "about"]],
    ["expectations", ["odotukset", "förväntningar", "expectations"]],
  ])("recognises every header for %s", (field, headers) => {
    for (const header of headers) {
      const { mapping } = validatePeopleCsv(`${header.toUpperCase()};x\n`);
      expect(mapping[0], header).toEqual({ header: header.toUpperCase(), field });
    }
  });

  it.each([
    ["name", ["Henkilön nimi", "Fullständigt namn", "Full name"]],
    ["email", ["Sähköpostiosoite", "S-posti", "E-postadress", "E-mail address", "Email Address"]],
    ["organisation", ["Organisaation nimi", "Työnantaja", "Organisationens namn", "Arbetsgivare", "Organization name", "Employer"]],
    ["title", ["Ammattinimike", "Tehtävä", "Befattning", "Yrkestitel", "Position"]],
    ["phone", ["Puh.", "Matkapuhelin", "Mobil", "Telefonnummer", "Mobile", "Telephone"]],
    ["competences", ["Osaamisalueet", "Kunnande", "Expertise"]],
    ["languages", ["Kielitaito", "Språkkunskaper"]],
  ])("recognises other words for %s in Finnish, Swedish and English", (field, headers) => {
    for (const header of headers) expect(validatePeopleCsv(`${header};x\n`).mapping[0]?.field, header).toBe(field);
  });

  it("recognises headers with a form's marks, underscores and decomposed letters", () => {
    const decomposed = "Sa\u0308hko\u0308posti";
    const result = validatePeopleCsv(`Nimi *;${decomposed}:;tehtävä_nimike;Job_Title\n`);
    expect(result.mapping.map((m) => m.field)).toEqual(["name", "email", null, "title"]);
  });

  it.each(LOCALES)("reads back the headers of its own export in %s", (locale) => {
    const t = translator(locale);
    const headers = ["name", "organisation", "title", "email", "phone", "competences", "needs", "languages"];
    const result = validatePeopleCsv(`${headers.map((h) => t(`people.export.${h}`)).join(";")}\n`);
    expect(result.mapping.map((m) => m.field)).toEqual(headers);
  });

  it("ignores unknown columns", () => {
    const result = validatePeopleCsv(excel("Nimi;Kengännumero;Sähköposti", "Aino;38;aino@example.fi"));
    expect(result.mapping[1]).toEqual({ header: "Kengännumero", field: null });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ name: "Aino", email: "aino@example.fi" });
  });

  it("reports a second column for the same field and reads the first", () => {
    const result = validatePeopleCsv(excel("Nimi;Email;Name;Sähköposti", "Aino;aino@example.fi;Other;other@example.fi"));
    expect(result.errors).toEqual([
      { row: 1, column: "Name", message: { key: "import.duplicate_column", params: { column: "Name" } } },
      { row: 1, column: "Sähköposti", message: { key: "import.duplicate_column", params: { column: "Sähköposti" } } },
    ]);
    expect(result.mapping.map((m) => m.field)).toEqual(["name", "email", null, null]);
    expect(result.rows[0]).toMatchObject({ name: "Aino", email: "aino@example.fi" });
  });

  it("reports each missing required column once and validates no rows", () => {
    const result = validatePeopleCsv(excel("Organisaatio;Puhelin", "Kunta;040 123 4567", ";"));
    expect(result.errors).toEqual([
      { row: 1, column: "name", message: { key: "import.missing_column", params: { column: "name" } } },
      { row: 1, column: "email", message: { key: "import.missing_column", params: { column: "email" } } },
    ]);
    expect(result.rows).toEqual([]);
    expect(result.totalRows).toBe(1);
  });

  it("reports only the email column when the name is there", () => {
    const result = validatePeopleCsv(excel("Nimi", "Aino", ""));
    expect(brief(result.errors)).toEqual([[1, "email", "import.missing_column"]]);
    expect(result.rows).toEqual([]);
  });

  it("requires a name and an email, naming the column as written", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti;Organisaatio", ";aino@example.fi;Kunta", "Bo;  ;Kunta", "  ;;Kunta"));
    expect(brief(result.errors)).toEqual([
      [2, "Nimi", "import.required"],
      [3, "Sähköposti", "import.required"],
      [4, "Nimi", "import.required"],
      [4, "Sähköposti", "import.required"],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.totalRows).toBe(3);
  });

  it("limits the name, title and organisation to 200 characters", () => {
    const ok = "ä".repeat(200);
    const long = "ä".repeat(201);
    const result = validatePeopleCsv(
      excel("Nimi;Sähköposti;Nimike;Organisaatio", `${ok};a@example.fi;${ok};${ok}`, `${long};b@example.fi;${long};${long}`),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: "Nimi", message: { key: "import.too_long", params: { max: 200 } } },
      { row: 3, column: "Nimike", message: { key: "import.too_long", params: { max: 200 } } },
      { row: 3, column: "Organisaatio", message: { key: "import.too_long", params: { max: 200 } } },
    ]);
  });

  it("counts an emoji as one character", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", `${"😀".repeat(200)};a@example.fi`));
    expect(result.errors).toEqual([]);
  });

  it.each([
    "aino",
    "aino@",
    "@example.fi",
    "aino@example",
    "aino virtanen@example.fi",
    "aino@@example.fi",
    "aino@example.",
    "a@b@example.fi",
    "aino@.fi",
  ])("rejects the email %j", (email) => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", `Aino;${email}`));
    expect(result.errors).toEqual([{ row: 2, column: "Sähköposti", message: { key: "import.invalid_email" } }]);
    expect(result.rows).toEqual([]);
  });

  it.each(["aino@example.fi", "aino.virtanen+verkosto@kunta.example.fi", "Ä@ÄÄKKÖNEN.FI"])("accepts the email %j, lower-cased", (email) => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", `Aino; ${email} `));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.email).toBe(email.toLowerCase());
  });

  it("rejects an email longer than 254 characters", () => {
    const email = `${"a".repeat(250)}@example.fi`;
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", `Aino;${email}`));
    expect(result.errors).toEqual([{ row: 2, column: "Sähköposti", message: { key: "import.too_long", params: { max: 254 } } }]);
  });

  it("reports a repeated email on each later row, pointing to the first, whatever its case", () => {
    const result = validatePeopleCsv(
      excel("Nimi;Sähköposti", "Aino;aino@example.fi", "Bo;bo@example.fi", "Aino 2;AINO@example.fi", "Aino 3;aino@example.fi"),
    );
    expect(result.errors).toEqual([
      { row: 4, column: "Sähköposti", message: { key: "import.duplicate_email", params: { row: 2 } } },
      { row: 5, column: "Sähköposti", message: { key: "import.duplicate_email", params: { row: 2 } } },
    ]);
    expect(result.rows.map((r) => r.name)).toEqual(["Aino", "Bo"]);
  });

  it("reports file line numbers for duplicates after a cell with line breaks", () => {
    const result = validatePeopleCsv(
      excel("Nimi;Sähköposti;Odotukset", 'Aino;aino@example.fi;"yksi\r\nkaksi\r\nkolme"', "Bo;AINO@EXAMPLE.FI;"),
    );
    expect(result.errors).toEqual([{ row: 5, column: "Sähköposti", message: { key: "import.duplicate_email", params: { row: 2 } } }]);
  });

  it.each(["+358 40 123 4567", "040-123 4567", "(09) 310 1234", "12345"])("accepts the phone number %j", (phone) => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti;Puhelin", `Aino;a@example.fi;${phone}`));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.phone).toBe(phone);
  });

  it.each(["1234", "040 123 456 ext 7", "+358+40", "040/123456", `+${"1".repeat(31)}`, "puh. 040 123"])(
    "rejects the phone number %j",
    (phone) => {
      const result = validatePeopleCsv(excel("Nimi;Sähköposti;Puhelin", `Aino;a@example.fi;${phone}`));
      expect(result.errors).toEqual([{ row: 2, column: "Puhelin", message: { key: "import.invalid_phone" } }]);
    },
  );

  it("limits each competence, need and language to 60 characters, once per cell", () => {
    const tag60 = "x".repeat(60);
    const tag61 = "y".repeat(61);
    const result = validatePeopleCsv(
      excel(
        "Nimi;Sähköposti;Osaaminen;Tarpeet;Kielet",
        `Aino;a@example.fi;${tag60};${tag60};${tag60}`,
        `Bo;b@example.fi;"${tag61}, ${tag61}2";ok;"suomi, ${tag61}"`,
      ),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: "Osaaminen", message: { key: "import.too_long", params: { max: 60 } } },
      { row: 3, column: "Kielet", message: { key: "import.too_long", params: { max: 60 } } },
    ]);
  });

  it("limits the person behind the title and the expectations to 2000 characters", () => {
    const ok = "a".repeat(2000);
    const long = "b".repeat(2001);
    const result = validatePeopleCsv(
      excel("Nimi;Sähköposti;Ihminen tittelin takana;Odotukset", `Aino;a@example.fi;${ok};${ok}`, `Bo;b@example.fi;${long};${long}`),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(brief(result.errors)).toEqual([
      [3, "Ihminen tittelin takana", "import.too_long"],
      [3, "Odotukset", "import.too_long"],
    ]);
    expect(result.errors[0]?.message.params).toEqual({ max: 2000 });
  });

  it("reports cells beyond the header on column '' but not a blank trailing delimiter", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", "Aino;a@example.fi;surprise", "Bo;b@example.fi;;", "Cai;c@example.fi"));
    expect(result.errors).toEqual([{ row: 2, column: "", message: { key: "import.extra_cells" } }]);
    expect(result.rows.map((r) => r.name)).toEqual(["Bo", "Cai"]);
  });

  it("collects every problem of a row", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti;Puhelin;Osaaminen", `;not-an-email;abc;${"z".repeat(61)};extra`));
    expect(brief(result.errors)).toEqual([
      [2, "Nimi", "import.required"],
      [2, "Sähköposti", "import.invalid_email"],
      [2, "Puhelin", "import.invalid_phone"],
      [2, "Osaaminen", "import.too_long"],
      [2, "", "import.extra_cells"],
    ]);
    expect(result.rows).toEqual([]);
  });

  it("trims cells and turns CRLF inside a cell into LF", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti;Odotukset", '  Aino Virtanen ; a@example.fi ;" Yksi\r\nKaksi "'));
    expect(result.rows[0]).toMatchObject({ name: "Aino Virtanen", email: "a@example.fi", expectations: "Yksi\nKaksi" });
  });

  it("skips empty lines and keeps file line numbers in rows and errors", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti", "", "Aino;a@example.fi", ";", "Bo;bad"));
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(brief(result.errors)).toEqual([[5, "Sähköposti", "import.invalid_email"]]);
  });

  it("turns an unreadable file into one error without rows", () => {
    const result = validatePeopleCsv('Nimi;Sähköposti\nAino;a@example.fi\nBo;"b@example.fi\n');
    expect(result).toEqual({
      delimiter: ";",
      mapping: [],
      rows: [],
      errors: [{ row: 3, column: "", message: { key: "import.malformed_csv" } }],
      totalRows: 0,
    });
  });

  it("turns an empty file into one error", () => {
    expect(validatePeopleCsv("\uFEFF\r\n").errors).toEqual([{ row: 1, column: "", message: { key: "import.empty_file" } }]);
  });

  it("accepts a file with headers only", () => {
    const result = validatePeopleCsv(excel("Nimi;Sähköposti"));
    expect(result).toMatchObject({ rows: [], errors: [], totalRows: 0 });
  });
});

describe("validateOrganisationsCsv", () => {
  it("reads a Finnish file as Excel saves it", () => {
    const result = validateOrganisationsCsv(
      excel(
        "Nimi;Tyyppi;Verkkosivu;Kuvaus",
        "Esimerkin kaupunki;kaupunki;https://www.esimerkki.fi;Kaupunki Pohjanmaalla",
        "Kylätoimikunta ry;Yhdistys;www.kyla.fi;",
        'Tutkimus Oy;company;;"Rivi 1\r\nRivi 2"',
        "Muu taho;;;",
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.mapping.map((m) => m.field)).toEqual(["name", "kind", "website", "description"]);
    expect(result.rows).toEqual([
      {
        row: 2,
        name: "Esimerkin kaupunki",
        kind: "municipality",
        website: "https://www.esimerkki.fi",
        description: "Kaupunki Pohjanmaalla",
      },
      { row: 3, name: "Kylätoimikunta ry", kind: "ngo", website: "https://www.kyla.fi", description: null },
      { row: 4, name: "Tutkimus Oy", kind: "company", website: null, description: "Rivi 1\nRivi 2" },
      { row: 6, name: "Muu taho", kind: "other", website: null, description: null },
    ]);
  });

  it.each([
    ["name", ["nimi", "namn", "name", "organisaatio", "organisation"]],
    ["kind", ["tyyppi", "laji", "typ", "kind", "type"]],
    ["website", ["verkkosivu", "verkkosivusto", "www", "webbplats", "website", "web site", "url"]],
    ["description", ["kuvaus", "beskrivning", "description"]],
  ])("recognises every header for %s", (field, headers) => {
    for (const header of headers) {
      expect(validateOrganisationsCsv(` ${header.toUpperCase()} ,x\n`).mapping[0], header).toEqual({ header: header.toUpperCase(), field });
    }
  });

  it("reads Swedish headers and kinds", () => {
    const result = validateOrganisationsCsv(
      excel("Namn;Typ;Webbplats;Beskrivning", "Vasa stad;Stad;vasa.fi;Kust", "Församlingen;församling;;"),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.name, r.kind, r.website])).toEqual([
      ["Vasa stad", "municipality", "https://vasa.fi"],
      ["Församlingen", "parish", null],
    ]);
  });

  it("requires the name column", () => {
    const result = validateOrganisationsCsv(excel("Tyyppi;Kuvaus", "kunta;x"));
    expect(result.errors).toEqual([{ row: 1, column: "name", message: { key: "import.missing_column", params: { column: "name" } } }]);
    expect(result.rows).toEqual([]);
  });

  it("reports a second name column", () => {
    const result = validateOrganisationsCsv(excel("Nimi;Organisaatio", "A;B"));
    expect(brief(result.errors)).toEqual([[1, "Organisaatio", "import.duplicate_column"]]);
    expect(result.rows.map((r) => r.name)).toEqual(["A"]);
  });

  it("requires a name of at most 200 characters", () => {
    const result = validateOrganisationsCsv(excel("Nimi;Tyyppi", ";kunta", `${"n".repeat(201)};kunta`, `${"n".repeat(200)};kunta`));
    expect(result.errors).toEqual([
      { row: 2, column: "Nimi", message: { key: "import.required" } },
      { row: 3, column: "Nimi", message: { key: "import.too_long", params: { max: 200 } } },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([4]);
  });

  it("reports a repeated name case-insensitively, pointing to the first", () => {
    const result = validateOrganisationsCsv(excel("Nimi", "Kylätoimikunta ry", "Toinen", "KYLÄTOIMIKUNTA RY", " kylätoimikunta  ry "));
    expect(result.errors).toEqual([
      { row: 4, column: "Nimi", message: { key: "import.duplicate_name", params: { row: 2 } } },
      { row: 5, column: "Nimi", message: { key: "import.duplicate_name", params: { row: 2 } } },
    ]);
    expect(result.rows.map((r) => r.name)).toEqual(["Kylätoimikunta ry", "Toinen"]);
  });

  it.each([
    ["kunta", "municipality"],
    ["Kaupunki", "municipality"],
    ["HYVINVOINTIALUE", "wellbeing_county"],
    ["järjestö", "ngo"],
    ["yhdistys", "ngo"],
    ["yritys", "company"],
    ["seurakunta", "parish"],
    ["tutkimus", "research"],
    ["oppilaitos", "research"],
    ["muu", "other"],
    ["kommun", "municipality"],
    ["stad", "municipality"],
    ["välfärdsområde", "wellbeing_county"],
    ["förening", "ngo"],
    ["företag", "company"],
    ["församling", "parish"],
    ["forskning", "research"],
    ["annan", "other"],
    ["municipality", "municipality"],
    ["City", "municipality"],
    ["Wellbeing services county", "wellbeing_county"],
    ["NGO", "ngo"],
    ["association", "ngo"],
    ["company", "company"],
    ["parish", "parish"],
    ["research", "research"],
    ["university", "research"],
    ["other", "other"],
    ["wellbeing_county", "wellbeing_county"],
    ["  Wellbeing_County ", "wellbeing_county"],
    ["", "other"],
  ])("reads the kind %j as %s", (cell, kind) => {
    const result = validateOrganisationsCsv(excel("Nimi;Tyyppi", `Taho;${cell}`));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.kind).toBe(kind);
  });

  it.each(["kuntayhtymä", "organisation", "constructor", "toString", "__proto__"])("rejects the kind %j and lists the options", (cell) => {
    const result = validateOrganisationsCsv(excel("Nimi;Tyyppi", `Taho;${cell}`));
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "Tyyppi",
        message: {
          key: "import.invalid_kind",
          params: { options: "municipality, wellbeing_county, ngo, company, parish, research, other" },
        },
      },
    ]);
    expect(result.rows).toEqual([]);
  });

  it.each(LOCALES)("reads the name of every kind as the app writes it in %s", (locale) => {
    const t = translator(locale);
    const result = validateOrganisationsCsv(["name;kind", ...ORGANISATION_KINDS.map((k) => `${k} ry;${t(`orgKinds.${k}`)}`)].join("\n"));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.kind)).toEqual([...ORGANISATION_KINDS]);
  });

  it("maps every alias to a known kind, all in lower case", () => {
    for (const [word, kind] of Object.entries(KIND_ALIASES)) {
      expect(word).toBe(word.toLowerCase());
      expect(ORGANISATION_KINDS).toContain(kind);
    }
  });

  it.each([
    ["https://www.example.fi", "https://www.example.fi"],
    ["http://example.fi/polku?x=1", "http://example.fi/polku?x=1"],
    ["www.example.fi", "https://www.example.fi"],
    ["example.fi/sivu", "https://example.fi/sivu"],
    ["www.example.fi:8080/x", "https://www.example.fi:8080/x"],
    ["HTTPS://ääkkönen.fi", "HTTPS://ääkkönen.fi"],
  ])("accepts the website %j as %j", (cell, website) => {
    const result = validateOrganisationsCsv(excel("Nimi;Verkkosivu", `Taho;${cell}`));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.website).toBe(website);
  });

  it.each([
    "javascript:alert(1)",
    "ftp://example.fi",
    "mailto:info@example.fi",
    "https://",
    "example",
    "https://localhost",
    "https://exa mple.fi",
    "http://www.kunta.fi@example.com",
    "https://user:pw@example.fi",
  ])("rejects the website %j", (cell) => {
    const result = validateOrganisationsCsv(excel("Nimi;Verkkosivu", `Taho;${cell}`));
    expect(result.errors).toEqual([{ row: 2, column: "Verkkosivu", message: { key: "import.invalid_url" } }]);
  });

  it("limits the description to 4000 characters", () => {
    const result = validateOrganisationsCsv(excel("Nimi;Kuvaus", `A;${"d".repeat(4000)}`, `B;${"d".repeat(4001)}`));
    expect(result.errors).toEqual([{ row: 3, column: "Kuvaus", message: { key: "import.too_long", params: { max: 4000 } } }]);
    expect(result.rows.map((r) => r.name)).toEqual(["A"]);
  });

  it("collects every problem of a row, including extra cells", () => {
    const result = validateOrganisationsCsv(excel("Nimi;Tyyppi;Verkkosivu", ";maatila;not a url;extra"));
    expect(brief(result.errors)).toEqual([
      [2, "Nimi", "import.required"],
      [2, "Tyyppi", "import.invalid_kind"],
      [2, "Verkkosivu", "import.invalid_url"],
      [2, "", "import.extra_cells"],
    ]);
  });

  it("turns an unterminated quote into one error at its line", () => {
    const result = validateOrganisationsCsv('name,kind\nA,"municipality\nB,ngo\n');
    expect(result.delimiter).toBe(",");
    expect(result.errors).toEqual([{ row: 2, column: "", message: { key: "import.malformed_csv" } }]);
    expect(result.rows).toEqual([]);
  });
});
