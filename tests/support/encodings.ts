/** Files as Excel in Finland saves them, for import tests: the encoders Node lacks (#19 point 8). */

/** Windows-1252's characters at 0x80..0x9F that Finnish text uses; the rest of Latin-1 is its own byte. */
const HIGH: Record<string, number> = {
  "€": 0x80,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "—": 0x97,
  Š: 0x8a,
  š: 0x9a,
  Ž: 0x8e,
  ž: 0x9e,
};

/** Text as Excel's "CSV (luetteloerotin)" writes it in Finland: Windows-1252, no byte order mark. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const byte = HIGH[ch] ?? ch.charCodeAt(0);
    if (byte > 0xff) throw new Error(`${ch} has no Windows-1252 byte`);
    return byte;
  });
}

/** Text as Excel's "Unicode text" writes it: UTF-16 code units, little-endian unless asked, after a byte order mark unless asked not to. */
export function utf16(text: string, { endian = "le", bom = true }: { endian?: "le" | "be"; bom?: boolean } = {}): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  units.forEach((unit, i) => {
    view.setUint16(i * 2, unit, endian === "le");
  });
  return out;
}
