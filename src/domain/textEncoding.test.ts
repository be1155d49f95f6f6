import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf16, windows1252 } from "../../tests/support/encodings.ts";
import { decodeText, detectEncoding, isUtf8 } from "./textEncoding.ts";

const TEXT = "Nimi;Sähköposti;Organisaatio\r\nÄänekosken Åsa Öhman;asa@example.fi;“Kehittäjä” – 5 €\r\n";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("detectEncoding and decodeText", () => {
  it("reads UTF-8 with a BOM (Excel's CSV UTF-8) and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-16 LE with a BOM (Excel's Unicode text)", () => {
    const text = "Nimi\tSähköposti\r\nÅsa Öhman\tasa@example.fi\r\n";
    const bytes = utf16(text);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });

  it("reads UTF-16 BE with a BOM, and UTF-16 of either order without one", () => {
    expect(decodeText(utf16(TEXT, { endian: "be" }))).toEqual({ text: TEXT, encoding: "utf-16be" });
    expect(decodeText(utf16(TEXT, { endian: "be", bom: false }))).toEqual({ text: TEXT, encoding: "utf-16be" });
    expect(decodeText(utf16(TEXT, { bom: false }))).toEqual({ text: TEXT, encoding: "utf-16le" });
  });

  it("reads Windows-1252 (Excel's CSV in Finland) so that ä, ö, å, € and curly quotes survive", () => {
    const bytes = windows1252(TEXT);
    expect([...bytes.slice(bytes.indexOf(0xc4), bytes.indexOf(0xc4) + 3)]).toEqual([0xc4, 0xe4, 0x6e]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "windows-1252", bomLength: 0 });
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "windows-1252" });
  });

  it("maps all of Windows-1252's bytes 0x80..0x9F as the WHATWG table does, whatever Node's own decoder does", () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    // Bytes 0xC0.. make the sample invalid UTF-8, so the file is read as Windows-1252.
    const { text, encoding } = decodeText(new Uint8Array([...high, 0xc4]));
    expect(encoding).toBe("windows-1252");
    expect(text).toBe("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸÄ");
  });

  it("takes plain ASCII and an empty file for UTF-8", () => {
    expect(decodeText(utf8("name,email\n"))).toEqual({ text: "name,email\n", encoding: "utf-8" });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("isUtf8", () => {
  it("refuses overlong forms, surrogates, code points above U+10FFFF and cut-off sequences", () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe4],
      [0x61, 0xc3],
    ]) {
      expect(isUtf8(new Uint8Array(bad)), bad.join(" ")).toBe(false);
    }
    expect(isUtf8(utf8("ä€𝄞"))).toBe(true);
  });

  it("agrees with a strict UTF-8 decoder on any bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const valid = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => isUtf8(bytes) === valid(bytes)),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => isUtf8(utf8(s))));
  });
});
