/** Image formats a profile photo may be uploaded in. */
export type ImageType = "image/jpeg" | "image/png" | "image/webp";

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** The format of an image from its first bytes (its "magic number"), never from a file name; undefined for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => at(i) === b)) return "image/png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return undefined;
}
