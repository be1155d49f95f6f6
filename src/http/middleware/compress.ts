import { promisify } from "node:util";
import zlib from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { chooseCoding } from "../encoding.ts";
import type { AppEnv } from "../env.ts";

/** Below this an answer fits in a packet or two either way, and compressing it costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * JSON and HTML: the API's answers and the server-made pages. An SSE stream (text/event-stream) is never
 * buffered, so it is not in the list; static assets arrive already compressed at build time (see web.ts).
 */
const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]+\+)?json|text\/html)\b/i;

/** Answers that never carry a body. */
const NO_BODY = new Set([101, 204, 205, 304]);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Quality for answers made per request: brotli 4 and gzip 6 take a few ms for a large page; 11 would take far longer. */
function encode(body: Uint8Array, coding: "br" | "gzip") {
  return coding === "br"
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzip(body, { level: 6 });
}

/**
 * Compresses JSON and HTML answers of at least COMPRESS_MIN_BYTES with brotli or gzip, as the client's
 * Accept-Encoding allows, in node:zlib's thread pool (decision 021). It sits outside the read cache, which
 * keeps the plain body; the status and every other header are kept, a strong ETag turns weak.
 */
export const compress: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const res = c.res;
  // Status and headers first: asking for `body` turns @hono/node-server's light answer into a full web Response with
  // a stream, which costs more than the rest of a cached read (issue #22's HTTP bench).
  if (NO_BODY.has(res.status) || res.headers.has("content-encoding") || !COMPRESSIBLE.test(res.headers.get("content-type") ?? "")) return;
  if (/\bno-transform\b/i.test(res.headers.get("cache-control") ?? "")) return;
  // Whether this URL's answer is compressed depends on the request's Accept-Encoding, whatever this one chose.
  const vary = res.headers.get("vary") ?? "";
  if (vary.trim() !== "*" && !/\baccept-encoding\b/i.test(vary)) res.headers.append("Vary", "Accept-Encoding");
  const coding = chooseCoding(c.req.header("accept-encoding"), ["br", "gzip"]);
  if (coding === "identity") return;
  const declared = res.headers.get("content-length");
  if (declared !== null && Number(declared) < COMPRESS_MIN_BYTES) return;
  if (!res.body) return;
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  let sent: Uint8Array = body;
  if (body.byteLength >= COMPRESS_MIN_BYTES) {
    const packed = await encode(body, coding);
    if (packed.byteLength < body.byteLength) {
      sent = packed;
      headers.set("Content-Encoding", coding);
      const etag = headers.get("etag");
      if (etag && !etag.startsWith("W/")) headers.set("ETag", `W/${etag}`);
    }
  }
  headers.set("Content-Length", String(sent.byteLength));
  // Assigning over a response would copy its old headers (Content-Length among them) onto the new one.
  c.res = undefined;
  c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers });
};
