import type { CsvRow, Delimiter } from "./csv.ts";
import { ORGANISATION_KINDS, type OrganisationKind } from "./directory.ts";
import { KIND_ALIASES, ORGANISATION_HEADERS, type OrganisationField, PERSON_HEADERS, type PersonField } from "./directoryImportWords.ts";
import type { ImportFile } from "./importFile.ts";

/** A translatable message: a catalogue key and its placeholders. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** A problem in an imported file: row = file line number of the record; column = header as written, or the field name when missing. */
export interface RowError {
  row: number;
  column: string;
  message: Message;
}

/** How one header of the file is read; field null means the column is ignored. */
export interface ColumnMapping<F> {
  header: string;
  field: F | null;
}

/** A valid person row ready to be imported. */
export interface PersonRow {
  row: number;
  name: string;
  email: string;
  organisation: string | null;
  title: string | null;
  phone: string | null;
  competences: string[];
  needs: string[];
  languages: string[];
  behindTitle: string | null;
  expectations: string | null;
}

/** A valid organisation row ready to be imported. */
export interface OrganisationRow {
  row: number;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  description: string | null;
}

/** The outcome of reading an import file: valid rows, and every problem found. */
export interface Validated<R, F> {
  /** The CSV file's delimiter; null for a workbook. */
  delimiter: Delimiter | null;
  mapping: ColumnMapping<F>[];
  rows: R[];
  errors: RowError[];
  totalRows: number;
}

const NAME_MAX = 200;
const EMAIL_MAX = 254;
const TAG_MAX = 60;
const LONG_TEXT_MAX = 2000;
const DESCRIPTION_MAX = 4000;

/** Lower-cases and collapses whitespace so that " Koko  Nimi " matches "koko nimi". */
const normaliseWord = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A header as it is looked up: composed (an ä typed on a Mac may arrive as a + ¨), underscores as spaces, and
 * without the marks forms put after a label, so that "Sähköposti *", "e_mail" and "Nimi:" are recognised.
 */
const normaliseHeader = (s: string) =>
  normaliseWord(
    s
      .normalize("NFC")
      .replace(/_/g, " ")
      .replace(/[\s*:]+$/, ""),
  );

/** Length in characters as a person counts them, so that an emoji is one, not two. */
const length = (s: string) => [...s].length;

/** Splits a cell of tags ("a, b | c") into trimmed, de-duplicated (case-insensitively) tags. */
export function splitTags(cell: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  // Semicolons and line breaks also separate, as people type them inside a quoted Excel cell.
  for (const part of cell.split(/[,;|\r\n]/)) {
    const tag = part.trim().replace(/\s+/g, " ");
    const folded = tag.toLowerCase();
    if (tag === "" || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;

/** Maps every header to a field; a second header for the same field is ignored and reported. */
function mapHeaders<F extends string>(
  headers: string[],
  aliases: Record<F, string[]>,
): { mapping: ColumnMapping<F>[]; errors: RowError[] } {
  const lookup = new Map<string, F>();
  for (const [field, words] of Object.entries(aliases) as [F, string[]][]) {
    for (const word of words) lookup.set(normaliseHeader(word), field);
  }
  const taken = new Set<F>();
  const errors: RowError[] = [];
  const mapping = headers.map((header): ColumnMapping<F> => {
    const field = lookup.get(normaliseHeader(header)) ?? null;
    if (field === null) return { header, field };
    if (taken.has(field)) {
      errors.push({ row: 1, column: header, message: { key: "import.duplicate_column", params: { column: header } } });
      return { header, field: null };
    }
    taken.add(field);
    return { header, field };
  });
  return { mapping, errors };
}

/** Reads cells of one record by field, and collects the record's problems. */
class RowReader<F extends string> {
  readonly errors: RowError[] = [];

  constructor(
    private readonly record: CsvRow,
    private readonly mapping: ColumnMapping<F>[],
  ) {}

  /** File line number where the record starts. */
  get row(): number {
    return this.record.line;
  }

  /** The header the field is read from (as written in the file), or the field name. */
  column(field: F): string {
    return this.mapping.find((m) => m.field === field)?.header ?? field;
  }

  /** The trimmed cell of the field with line breaks as LF; "" when the column is absent. */
  text(field: F): string {
    const index = this.mapping.findIndex((m) => m.field === field);
    if (index < 0) return "";
    return (this.record.cells[index] ?? "").replace(/\r\n?/g, "\n").trim();
  }

  fail(field: F, message: Message): void {
    this.errors.push({ row: this.record.line, column: this.column(field), message });
  }

  required(field: F, max: number): string {
    const value = this.text(field);
    if (value === "") this.fail(field, { key: "import.required" });
    else this.checkLength(field, value, max);
    return value;
  }

  optional(field: F, max: number): string | null {
    const value = this.text(field);
    if (value === "") return null;
    this.checkLength(field, value, max);
    return value;
  }

  tags(field: F): string[] {
    const tags = splitTags(this.text(field));
    if (tags.some((t) => length(t) > TAG_MAX)) this.fail(field, { key: "import.too_long", params: { max: TAG_MAX } });
    return tags;
  }

  /** Reports cells beyond the header, unless they are blank (a trailing delimiter carries no data). */
  checkExtraCells(): void {
    const extra = this.record.cells.slice(this.mapping.length);
    if (extra.some((c) => c.trim() !== "")) {
      this.errors.push({ row: this.record.line, column: "", message: { key: "import.extra_cells" } });
    }
  }

  private checkLength(field: F, value: string, max: number): void {
    if (length(value) > max) this.fail(field, { key: "import.too_long", params: { max } });
  }
}

/** Maps the file's headers and validates its rows; a file that cannot be read becomes a single error. */
function read<F extends string, R>(
  file: ImportFile,
  aliases: Record<F, string[]>,
  required: F[],
  validateRow: (reader: RowReader<F>) => R,
): Validated<R, F> {
  if (file.problem) {
    return {
      delimiter: file.delimiter,
      mapping: [],
      rows: [],
      errors: [{ row: file.problem.line, column: "", message: { key: file.problem.key } }],
      totalRows: 0,
    };
  }
  const { mapping, errors } = mapHeaders(file.headers, aliases);
  const result: Validated<R, F> = { delimiter: file.delimiter, mapping, rows: [], errors, totalRows: file.rows.length };
  const missing = required.filter((field) => !mapping.some((m) => m.field === field));
  if (missing.length > 0) {
    for (const field of missing) {
      errors.push({ row: 1, column: field, message: { key: "import.missing_column", params: { column: field } } });
    }
    return result;
  }
  for (const record of file.rows) {
    const reader = new RowReader(record, mapping);
    const row = validateRow(reader);
    reader.checkExtraCells();
    // In the order of the file's columns, whatever order the checks ran in; extra cells come last.
    const position = (e: RowError) => {
      const index = mapping.findIndex((m) => m.header === e.column);
      return index < 0 ? mapping.length : index;
    };
    errors.push(...reader.errors.toSorted((a, b) => position(a) - position(b)));
    if (reader.errors.length === 0) result.rows.push(row);
  }
  return result;
}

/** Reads a people file (CSV or a workbook's first sheet): maps its headers, validates every row, and reports every problem with its row and column. */
export function validatePeople(file: ImportFile): Validated<PersonRow, PersonField> {
  const firstRowOfEmail = new Map<string, number>();
  return read<PersonField, PersonRow>(file, PERSON_HEADERS, ["name", "email"], (r) => {
    const name = r.required("name", NAME_MAX);
    const email = r.text("email").toLowerCase();
    if (email === "") r.fail("email", { key: "import.required" });
    else if (length(email) > EMAIL_MAX) r.fail("email", { key: "import.too_long", params: { max: EMAIL_MAX } });
    else if (!EMAIL.test(email)) r.fail("email", { key: "import.invalid_email" });
    else {
      const first = firstRowOfEmail.get(email);
      if (first === undefined) firstRowOfEmail.set(email, r.row);
      else r.fail("email", { key: "import.duplicate_email", params: { row: first } });
    }
    const phone = r.text("phone");
    if (phone !== "" && !PHONE.test(phone)) r.fail("phone", { key: "import.invalid_phone" });
    return {
      row: r.row,
      name,
      email,
      organisation: r.optional("organisation", NAME_MAX),
      title: r.optional("title", NAME_MAX),
      phone: phone === "" ? null : phone,
      competences: r.tags("competences"),
      needs: r.tags("needs"),
      languages: r.tags("languages"),
      behindTitle: r.optional("behindTitle", LONG_TEXT_MAX),
      expectations: r.optional("expectations", LONG_TEXT_MAX),
    };
  });
}

/** The kind a cell names by code or alias (any case); "other" when blank, null when unknown. */
function parseKind(cell: string): OrganisationKind | null {
  const word = normaliseWord(cell);
  if (word === "") return "other";
  const code = ORGANISATION_KINDS.find((k) => k === word);
  if (code) return code;
  // hasOwn keeps words such as "constructor" from reaching Object.prototype.
  return Object.hasOwn(KIND_ALIASES, word) ? (KIND_ALIASES[word] ?? null) : null;
}

/** An http(s) address with a dotted host, "https://" added when the scheme is left out; null when not one. */
function parseWebsite(cell: string): string | null {
  if (/\s/.test(cell)) return null;
  // "www.x.fi:8080" has a port, not a scheme, so a colon followed by a digit does not count.
  const candidate = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(cell) ? cell : `https://${cell}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname.includes(".")) return null;
  // https://www.kunta.fi@example.com would look like the municipality's site but lead elsewhere.
  if (url.username !== "" || url.password !== "") return null;
  return candidate;
}

/** Reads an organisations file the same way. */
export function validateOrganisations(file: ImportFile): Validated<OrganisationRow, OrganisationField> {
  const firstRowOfName = new Map<string, number>();
  return read<OrganisationField, OrganisationRow>(file, ORGANISATION_HEADERS, ["name"], (r) => {
    const name = r.required("name", NAME_MAX);
    if (name !== "") {
      const folded = normaliseWord(name);
      const first = firstRowOfName.get(folded);
      if (first === undefined) firstRowOfName.set(folded, r.row);
      else r.fail("name", { key: "import.duplicate_name", params: { row: first } });
    }
    const kind = parseKind(r.text("kind"));
    if (kind === null) r.fail("kind", { key: "import.invalid_kind", params: { options: ORGANISATION_KINDS.join(", ") } });
    const websiteCell = r.text("website");
    const website = websiteCell === "" ? null : parseWebsite(websiteCell);
    if (websiteCell !== "" && website === null) r.fail("website", { key: "import.invalid_url" });
    return {
      row: r.row,
      name,
      kind: kind ?? "other",
      website,
      description: r.optional("description", DESCRIPTION_MAX),
    };
  });
}
