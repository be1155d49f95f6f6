// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the built web app, so that the server
// sends them as they are (src/http/web.ts, decision 021) instead of compressing on every request.
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Plugin } from "vite";

/** Text the browser downloads; images other than SVG and fonts are compressed already. */
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** A smaller file fits in a packet or two either way. */
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface Precompressed {
  file: string;
  bytes: number;
  br: number;
  gzip: number;
}

/**
 * Compresses every text file of `dir` of at least 1 KB with brotli at its best quality and gzip at level 9;
 * a copy that would not be smaller is not written. Source maps are not compressed: they are never served.
 */
export async function precompressDir(dir: string): Promise<Precompressed[]> {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  // All at once: node:zlib's asynchronous calls share libuv's thread pool, so every core works.
  const done = await Promise.all(files.map((file) => compressFile(dir, file)));
  return done.filter((d): d is Precompressed => d !== undefined);
}

async function compressFile(dir: string, file: string): Promise<Precompressed | undefined> {
  const body = fs.readFileSync(file);
  for (const suffix of [".br", ".gz"]) fs.rmSync(file + suffix, { force: true });
  if (body.byteLength < MIN_BYTES) return undefined;
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
    gzip(body, { level: 9 }),
  ]);
  if (br.byteLength < body.byteLength) fs.writeFileSync(`${file}.br`, br);
  if (gz.byteLength < body.byteLength) fs.writeFileSync(`${file}.gz`, gz);
  return { file: path.relative(dir, file), bytes: body.byteLength, br: br.byteLength, gzip: gz.byteLength };
}

/** The Vite plugin: precompresses the output folder once the whole build is written. */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "solmu-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        await precompressDir(outDir);
      },
    },
  };
}
