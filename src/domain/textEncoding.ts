/**
 * The character encodings people's text files come in (#19): Excel in Finland saves "CSV (luetteloerotin)"
 * in Windows-1252, "CSV UTF-8" with a BOM, and "Unicode text" in UTF-16 LE with a BOM; other tools write UTF-8.
 * Pure: the server decodes uploads with it, and the web shows the same text before sending the file's bytes.
 */
export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** How the bytes of a text file are to be read: the encoding and the length of its byte order mark (0 when none). */
export interface DetectedEncoding {
  encoding: TextEncodingName;
  bomLength: number;
}

/** How many leading bytes the UTF-16 guess looks at: enough for a header line and a few rows. */
const SAMPLE = 4096;

/** True when `bytes` are well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, nothing cut off. */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // E0 needs A0..BF (no overlongs), ED needs 80..9F (no surrogates).
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      // F0 needs 90..BF (no overlongs), F4 needs 80..8F (nothing above U+10FFFF).
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return false;
      const c = bytes[i + k] as number;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * UTF-16 without a byte order mark, from where the zero bytes fall: text in Latin script has a zero high byte
 * in nearly every code unit, so one half of the positions is mostly zeros and the other hardly ever.
 */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros > units * 0.4 && evenZeros < units * 0.05) return "utf-16le";
  if (evenZeros > units * 0.4 && oddZeros < units * 0.05) return "utf-16be";
  return null;
}

/** The encoding of a text file: its byte order mark, else UTF-16 by its zero bytes, else UTF-8 when valid, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  // Windows-1252 is the fallback because every byte sequence is valid in it, and it is what Finnish Excel writes.
  return { encoding: isUtf8(bytes) ? "utf-8" : "windows-1252", bomLength: 0 };
}

/**
 * Windows-1252's characters for bytes 0x80..0x9F, as the WHATWG Encoding Standard maps them (the five bytes it
 * leaves unassigned keep their C1 code points). Every other byte is the code point of the same number.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Windows-1252 by its table: Node's TextDecoder decodes it as Latin-1 since 20.18.3 and 22.13.0
 * (nodejs/node#60888), which would turn €, curly quotes and dashes into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let chunk = "";
    for (const b of bytes.subarray(start, start + CHUNK)) {
      chunk += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join("");
}

/** Decodes a text file in the encoding detectEncoding finds; the byte order mark is dropped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  // ignoreBOM keeps the decoder from looking for a mark itself: the one it would drop is already cut off.
  const text = encoding === "windows-1252" ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding };
}
