/** What a person's contact card holds; empty and null values are left out of the card. */
export interface VCardPerson {
  uid: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  organisation?: string | null;
  title?: string | null;
  note?: string | null;
  categories?: string[];
  languages?: string[];
  /** ISO 8601 timestamp of the last change. */
  revision?: string | null;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Octets the code point takes in UTF-8. */
const utf8Length = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Escapes a text value per RFC 6350 section 3.4. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/,/g, "\\,")
      .replace(/;/g, "\\;")
      .replace(/\r\n|\r|\n/g, "\\n")
      // Other control characters are not allowed in a value (RFC 6350 3.3); tab is.
      .replace(/[^\P{Cc}\t]/gu, "")
  );
}

/** Drops control characters from a value that has no escaping (URIs), so it cannot start a new property. */
const singleLine = (value: string) => value.replace(/\p{Cc}/gu, "");

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined && value.trim() !== "";

/** Splits a content line into physical lines of at most 75 octets, never inside a UTF-8 character (RFC 6350 3.2). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Family name is the last word, given names the rest; a single word is taken as the family name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? "";
  return `${escapeText(family)};${escapeText(words.join(" "))};;;`;
}

/** "2026-11-27T10:15:00.000Z" → "20261127T101500Z"; null when the timestamp is not a date. */
function basicTimestamp(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** One vCard 4.0 (RFC 6350) for a person. */
export function toVCard(p: VCardPerson): string {
  const lines = ["BEGIN:VCARD", "VERSION:4.0", `FN:${escapeText(p.name.trim())}`];
  if (present(p.name)) lines.push(`N:${structuredName(p.name)}`);
  if (present(p.email)) lines.push(`EMAIL;TYPE=work:${escapeText(p.email.trim())}`);
  const tel = present(p.phone) ? p.phone.replace(/[^+0-9-]/g, "") : "";
  if (/[0-9]/.test(tel)) lines.push(`TEL;VALUE=uri;TYPE=work:tel:${tel}`);
  if (present(p.organisation)) lines.push(`ORG:${escapeText(p.organisation.trim())}`);
  if (present(p.title)) lines.push(`TITLE:${escapeText(p.title.trim())}`);
  if (present(p.note)) lines.push(`NOTE:${escapeText(p.note.trim())}`);
  const categories = (p.categories ?? []).map((c) => c.trim()).filter((c) => c !== "");
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(",")}`);
  for (const language of p.languages ?? []) {
    if (present(language)) lines.push(`LANG:${escapeText(language.trim())}`);
  }
  const uid = singleLine(p.uid.trim()).replace(/^urn:uuid:/i, "");
  if (uid !== "") lines.push(`UID:urn:uuid:${uid}`);
  const rev = present(p.revision) ? basicTimestamp(p.revision) : null;
  if (rev) lines.push(`REV:${rev}`);
  lines.push("END:VCARD");
  return lines.map((l) => fold(l) + CRLF).join("");
}

/** Several vCards in one .vcf text. */
export function toVCards(people: VCardPerson[]): string {
  return people.map(toVCard).join("");
}
