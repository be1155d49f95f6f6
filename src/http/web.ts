import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { getMimeType } from "hono/utils/mime";
import { isLocale, type Locale, negotiateLocale } from "../domain/locale.ts";
import { type ContentCoding, chooseCoding } from "./encoding.ts";
import type { AppEnv } from "./env.ts";
import { LANGUAGE_COOKIE } from "./middleware/session.ts";

/** One way of sending a file: as built, or the brotli or gzip copy written beside it at build time. */
interface Variant {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

interface WebFile {
  type: string;
  variants: Partial<Record<ContentCoding, Variant>> & { identity: Variant };
}

/** Vite names every file under /assets/ by its content, so a browser may keep it for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const PRECOMPRESSED: [Exclude<ContentCoding, "identity">, string][] = [
  ["br", ".br"],
  ["gzip", ".gz"],
];
/** Source maps (built only on request, see vite.config.ts) and the compressed copies are never files of their own. */
const NOT_SERVED = /\.(?:map|br|gz)$/;

const variant = (file: string): Variant => {
  const body = new Uint8Array(fs.readFileSync(file));
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
};

/**
 * Reads the built web app into memory once, keyed by URL path: about 2 MB, and a rebuild under a running server
 * then cannot mix two builds' files. Source maps are left out, so no request can reach one.
 */
export function readWebFiles(webDir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const entry of fs.readdirSync(webDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || NOT_SERVED.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const variants: WebFile["variants"] = { identity: variant(file) };
    for (const [coding, suffix] of PRECOMPRESSED) {
      if (fs.existsSync(file + suffix)) variants[coding] = variant(file + suffix);
    }
    const urlPath = `/${path.relative(webDir, file).split(path.sep).join("/")}`;
    files.set(urlPath, { type: getMimeType(file) ?? "application/octet-stream", variants });
  }
  return files;
}

const NETWORK_PAGE = /^\/networks\/([0-9a-f-]{36})(?:\/|$)/;
const UUID = /^[0-9a-f-]{36}$/;
/** The shell's catalogues of one language as vite.config.ts names their chunk: /assets/i18n-<lang>-shell-<hash>.js. */
const SHELL_CHUNK = /^\/assets\/i18n-([a-z]{2})-shell-[\w-]+\.js$/;

/** Each language → the URL of its shell catalogues' chunk in this build. */
function shellChunks(files: Map<string, WebFile>): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const urlPath of files.keys()) {
    const lang = SHELL_CHUNK.exec(urlPath)?.[1];
    if (lang) chunks.set(lang, urlPath);
  }
  return chunks;
}

/**
 * What a client route will ask for first, as preload links on index.html: the browser fetches it while it downloads
 * the code, instead of one thing after another once the code has run (issue #22, page speed on a slow line). That is
 * the signed-in person, a network page's network, a round's map its analysis, and the shell's catalogues in the
 * language the app will choose (its cookie, else the browser's languages, as web/src/i18n.ts does). `crossorigin`
 * asks as the app's own fetch and module loads do (CORS, same-origin credentials), so the browser hands them the
 * preloaded answers. The links name only paths: what they answer is the reader's own.
 */
export function preloadLinks(urlPath: string, round: string | undefined, locale: Locale, chunks: Map<string, string>): string {
  const network = NETWORK_PAGE.exec(urlPath)?.[1];
  const data = network ? ["/api/me", `/api/networks/${network}`] : ["/api/me"];
  // The map of a named round waits for nothing else: its analysis is most of the bytes the page needs.
  if (network && round && UUID.test(round) && urlPath.endsWith("/health/map")) {
    data.push(`/api/networks/${network}/surveys/${round}/analysis?format=columns`);
  }
  const catalogues = chunks.get(locale);
  return [
    ...data.map((u) => `<${u}>; rel=preload; as=fetch; crossorigin`),
    ...(catalogues ? [`<${catalogues}>; rel=modulepreload; crossorigin`] : []),
  ].join(", ");
}

/** The language the web app will start in: web/src/i18n.ts chooses the same way. */
function startLocale(c: Context<AppEnv>): Locale {
  const chosen = getCookie(c, LANGUAGE_COOKIE);
  return isLocale(chosen) ? chosen : negotiateLocale(c.req.header("accept-language"));
}

/** Sends a file in the best coding the client accepts, or 304 when its copy is current. */
function send(c: Context<AppEnv>, file: WebFile, cacheControl: string | undefined, extra: Record<string, string> = {}) {
  const codings = Object.keys(file.variants) as ContentCoding[];
  const coding = chooseCoding(c.req.header("accept-encoding"), codings);
  const chosen = file.variants[coding] ?? file.variants.identity;
  const headers: Record<string, string> = { ...extra, ETag: chosen.etag };
  if (cacheControl) headers["Cache-Control"] = cacheControl;
  // Only a file with compressed copies answers differently by Accept-Encoding; shared caches must know that.
  if (codings.length > 1) headers.Vary = "Accept-Encoding";
  const ifNoneMatch = c.req.header("if-none-match");
  if (ifNoneMatch && (ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === chosen.etag))) {
    return c.body(null, 304, headers);
  }
  headers["Content-Type"] = file.type;
  headers["Content-Length"] = String(chosen.body.byteLength);
  if (coding !== "identity") headers["Content-Encoding"] = coding;
  return c.body(chosen.body, 200, headers);
}

/**
 * Serves the built single-page app: each file as built or precompressed (decision 021), every other path
 * index.html for the client's routes. A missing file under /assets/ or any source map is a 404, never
 * index.html read as code.
 */
export function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string | undefined) {
  const indexFile = webDir ? path.join(webDir, "index.html") : undefined;
  if (!webDir || !indexFile || !fs.existsSync(indexFile)) {
    app.get("*", (c) => c.text("The web app is not built. Run `npm run build` (npm start does it for you).", 503));
    return;
  }
  const files = readWebFiles(webDir);
  const index = files.get("/index.html") as WebFile;
  const chunks = shellChunks(files);
  app.get("*", (c) => {
    const urlPath = c.req.path;
    if (urlPath === "/index.html") return send(c, index, "no-cache");
    const file = files.get(urlPath);
    if (file) return send(c, file, urlPath.startsWith("/assets/") ? IMMUTABLE : undefined);
    if (urlPath.startsWith("/assets/") || urlPath.endsWith(".map")) return c.text("Not found", 404);
    // A new build names new assets in index.html: the browser asks again each time rather than keep an old one.
    return send(c, index, "no-cache", { Link: preloadLinks(urlPath, c.req.query("round"), startLocale(c), chunks) });
  });
}
