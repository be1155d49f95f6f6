import { describe, expect, it } from "vitest";
import { toVCard, toVCards, type VCardPerson } from "./vcard.ts";

const UID = "0b7e6f5c-3f1e-4c2a-9d8e-1a2b3c4d5e6f";

/** Joins folded lines back together (RFC 6350 3.2). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/** The logical content lines of a card. */
const lines = (text: string) => unfold(text).split("\r\n").slice(0, -1);

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("toVCard", () => {
  it("writes a full card in order with CRLF line ends", () => {
    const person: VCardPerson = {
      uid: UID,
      name: "Aino Maria Virtanen",
      email: "aino.virtanen@kunta.fi",
      phone: "+358 40 123 4567",
      organisation: "Esimerkin kunta",
      title: "Kehittämispäällikkö",
      note: "Harrastaa kuoroa",
      categories: ["fasilitointi", "viestintä"],
      languages: ["fi", "sv"],
      revision: "2026-11-27T10:15:00.000Z",
    };
    expect(toVCard(person)).toBe(
      [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Aino Maria Virtanen",
        "N:Virtanen;Aino Maria;;;",
        "EMAIL;TYPE=work:aino.virtanen@kunta.fi",
        "TEL;VALUE=uri;TYPE=work:tel:+358401234567",
        "ORG:Esimerkin kunta",
        "TITLE:Kehittämispäällikkö",
        "NOTE:Harrastaa kuoroa",
        "CATEGORIES:fasilitointi,viestintä",
        "LANG:fi",
        "LANG:sv",
        `UID:urn:uuid:${UID}`,
        "REV:20261127T101500Z",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
  });

  it("omits properties that are null, empty or missing", () => {
    const card = toVCard({
      uid: UID,
      name: "Bo",
      email: null,
      phone: "  ",
      organisation: "",
      title: undefined,
      note: null,
      categories: ["", "  "],
      languages: [],
      revision: null,
    });
    expect(lines(card)).toEqual(["BEGIN:VCARD", "VERSION:4.0", "FN:Bo", "N:Bo;;;;", `UID:urn:uuid:${UID}`, "END:VCARD"]);
    expect(card.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("omits a revision that is not a date", () => {
    expect(toVCard({ uid: UID, name: "Bo", revision: "eilen" })).not.toContain("REV");
  });

  it("writes the revision in basic format in UTC", () => {
    expect(toVCard({ uid: UID, name: "Bo", revision: "2026-11-27T12:15:30+02:00" })).toContain("\r\nREV:20261127T101530Z\r\n");
  });

  it.each([
    ["Aino Virtanen", "N:Virtanen;Aino;;;"],
    ["  Aino   Maria  Virtanen ", "N:Virtanen;Aino Maria;;;"],
    ["Madonna", "N:Madonna;;;;"],
    ["Anna-Liisa Ek, Jr.", "N:Jr.;Anna-Liisa Ek\\,;;;"],
    ["Ville; Valo", "N:Valo;Ville\\;;;;"],
  ])("splits the name %j into %s", (name, n) => {
    expect(lines(toVCard({ uid: UID, name }))).toContain(n);
  });

  it("escapes backslash, comma, semicolon and line breaks in text values", () => {
    const card = toVCard({
      uid: UID,
      name: "Aino, Virtanen",
      organisation: "Kunta; tekninen toimi",
      title: "C:\\polku",
      note: "Rivi 1\r\nRivi 2\nRivi 3\rRivi 4",
    });
    const content = lines(card);
    expect(content).toContain("FN:Aino\\, Virtanen");
    expect(content).toContain("ORG:Kunta\\; tekninen toimi");
    expect(content).toContain("TITLE:C:\\\\polku");
    expect(content).toContain("NOTE:Rivi 1\\nRivi 2\\nRivi 3\\nRivi 4");
  });

  it("cannot be made to start a new property from a value", () => {
    const card = toVCard({ uid: `${UID}\r\nEMAIL:x@evil.example`, name: "Bo\nEND:VCARD", note: "a\u0000b\u0007c\td" });
    const content = lines(card);
    expect(content.filter((l) => l === "END:VCARD")).toHaveLength(1);
    expect(content.some((l) => l.startsWith("EMAIL"))).toBe(false);
    expect(content).toContain("NOTE:abc\td");
  });

  it("escapes each category and joins them with commas", () => {
    expect(lines(toVCard({ uid: UID, name: "Bo", categories: ["tutkimus, kehitys", "a;b", " sote "] }))).toContain(
      "CATEGORIES:tutkimus\\, kehitys,a\\;b,sote",
    );
  });

  it("writes one LANG per language, as given", () => {
    const content = lines(toVCard({ uid: UID, name: "Bo", languages: ["fi", "sv-FI", " en ", ""] }));
    expect(content.filter((l) => l.startsWith("LANG"))).toEqual(["LANG:fi", "LANG:sv-FI", "LANG:en"]);
  });

  it.each([
    ["+358 40 123 4567", "tel:+358401234567"],
    ["040-123 4567", "tel:040-1234567"],
    ["(09) 310 1234", "tel:093101234"],
  ])("writes the phone %j as %s", (phone, uri) => {
    expect(lines(toVCard({ uid: UID, name: "Bo", phone }))).toContain(`TEL;VALUE=uri;TYPE=work:${uri}`);
  });

  it("omits a phone without digits", () => {
    expect(toVCard({ uid: UID, name: "Bo", phone: "ei ole" })).not.toContain("TEL");
  });

  it("does not repeat an urn:uuid prefix already in the uid", () => {
    expect(lines(toVCard({ uid: `urn:uuid:${UID}`, name: "Bo" }))).toContain(`UID:urn:uuid:${UID}`);
  });

  it("folds lines longer than 75 octets without splitting ä or ö, and unfolds back", () => {
    const note = "Hyvinvointialueen yhteistyöverkoston sidosryhmätyöskentelyä ja yhteisöllistä kehittämistä ".repeat(5);
    const name = "Åsa Öhman-Äijälä";
    const card = toVCard({ uid: UID, name, note, organisation: "Ä".repeat(100), title: "x".repeat(75) });
    const physical = card.split("\r\n").slice(0, -1);
    for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(physical.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(5);
    // A split multi-byte character would have become U+FFFD or lost bytes on the way through UTF-8.
    for (const line of physical) expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    const content = lines(card);
    expect(content).toContain(`NOTE:${note.trim()}`);
    expect(content).toContain(`ORG:${"Ä".repeat(100)}`);
    expect(content).toContain(`TITLE:${"x".repeat(75)}`);
  });

  it("fills folded lines up to 75 octets exactly", () => {
    const card = toVCard({ uid: UID, name: "Bo", note: "a".repeat(200) });
    const noteLines = card.split("\r\n").filter((l) => l.startsWith("NOTE") || l.startsWith(" "));
    expect(noteLines.map(octets)).toEqual([75, 75, 57]);
  });

  it("leaves a line of exactly 75 octets unfolded", () => {
    const note = "a".repeat(70);
    expect(card75(note)).toBe(`NOTE:${note}`);
  });

  it("keeps two-byte characters whole at the fold", () => {
    // "NOTE:" is 5 octets, then 35 × ä = 70 octets; the 36th would need octets 76–77.
    const card = toVCard({ uid: UID, name: "Bo", note: "ä".repeat(36) });
    const [first, second] = card.split("\r\n").filter((l) => l.startsWith("NOTE") || l.startsWith(" "));
    expect(first).toBe(`NOTE:${"ä".repeat(35)}`);
    expect(second).toBe(" ä");
  });

  it("keeps four-byte characters whole at the fold", () => {
    const card = toVCard({ uid: UID, name: "Bo", note: "😀".repeat(30) });
    const physical = card.split("\r\n").filter((l) => l.startsWith("NOTE") || l.startsWith(" "));
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical[0]).toBe(`NOTE:${"😀".repeat(17)}`);
    expect(unfold(card)).toContain(`NOTE:${"😀".repeat(30)}\r\n`);
  });
});

/** The physical NOTE line of a card holding only a note. */
function card75(note: string): string {
  return toVCard({ uid: UID, name: "Bo", note })
    .split("\r\n")
    .filter((l) => l.startsWith("NOTE") || l.startsWith(" "))
    .join("|");
}

describe("toVCards", () => {
  it("puts several cards one after another", () => {
    const text = toVCards([
      { uid: UID, name: "Aino Virtanen" },
      { uid: "11111111-2222-3333-4444-555555555555", name: "Bo Ek" },
    ]);
    expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(2);
    expect(text.match(/END:VCARD\r\n/g)).toHaveLength(2);
    expect(text.indexOf("FN:Aino Virtanen")).toBeLessThan(text.indexOf("FN:Bo Ek"));
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
  });

  it("writes nothing for nobody", () => {
    expect(toVCards([])).toBe("");
  });
});
