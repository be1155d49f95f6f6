import { detectImageType } from "./image.ts";

/**
 * The files a meeting or an agreement version may carry (agenda, slides, minutes): PDF, the Office
 * Open XML and OpenDocument formats, and images, each with the extension people know it by. Nothing
 * a browser would run (HTML, SVG, scripts) is among them.
 */
export const ATTACHMENT_TYPES = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** What an attachment hangs on. */
export const ATTACHMENT_OWNERS = ["meeting", "agreement_version"] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

/** The part of a Content-Type header before its parameters, in lower case: "application/pdf; x=y" → "application/pdf". */
export const bareType = (header: string | null | undefined) => (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

export const isAttachmentType = (type: string): type is AttachmentType => Object.hasOwn(ATTACHMENT_TYPES, type);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** Whether a ZIP archive names an entry: names are stored uncompressed in its headers, whatever the compression of the data. */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const wanted = new TextEncoder().encode(name);
  outer: for (let i = 30; i + wanted.length <= bytes.length; i++) {
    for (let j = 0; j < wanted.length; j++) if (bytes[i + j] !== wanted[j]) continue outer;
    return true;
  }
  return false;
}

/** An OpenDocument file's type: its first ZIP entry is "mimetype", stored uncompressed, holding the type itself. */
function openDocumentType(bytes: Uint8Array): string | undefined {
  if (ascii(bytes, 30, 38) !== "mimetype") return undefined;
  const rest = ascii(bytes, 38, 38 + 80);
  return Object.keys(ATTACHMENT_TYPES).find((t) => t.startsWith("application/vnd.oasis") && rest.startsWith(t));
}

/**
 * The type of a file from its content (its magic bytes), never from its name or the type a browser
 * claimed: %PDF- for PDF; a ZIP archive holding word/, xl/ or ppt/ parts for Office Open XML; a ZIP
 * whose first entry names the OpenDocument type; the image signatures. Undefined for anything else.
 */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  if (ascii(bytes, 0, 5) === "%PDF-") return "application/pdf";
  const image = detectImageType(bytes);
  if (image) return image;
  if (ascii(bytes, 0, 4) !== "PK\u0003\u0004") return undefined;
  const odf = openDocumentType(bytes);
  if (odf) return odf as AttachmentType;
  if (!zipHasEntry(bytes, "[Content_Types].xml")) return undefined;
  if (zipHasEntry(bytes, "word/document.xml")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (zipHasEntry(bytes, "xl/workbook.xml")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (zipHasEntry(bytes, "ppt/presentation.xml")) return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  return undefined;
}

/**
 * A file name as it may be stored and sent back: the last part of any path, without control
 * characters or characters Windows forbids, at most 200 characters (keeping the extension); null
 * when nothing is left.
 */
export function cleanFileName(name: string): string | null {
  const last = name.split(/[/\\]/).pop() ?? "";
  const clean = last
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (clean === "") return null;
  if (clean.length <= MAX_FILE_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, MAX_FILE_NAME_LENGTH - extension.length) + extension;
}

/**
 * The Content-Disposition of a download: always "attachment", so a browser saves the file instead of
 * showing it, with an ASCII fallback name and the real one in UTF-8 (RFC 6266, RFC 8187).
 */
export function contentDisposition(fileName: string): string {
  // Accents drop (ä → a) and dashes become hyphens; whatever else is not printable ASCII becomes "_".
  const fallback = fileName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
