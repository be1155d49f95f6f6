// `npm run bench -- transfer`: what a first visit downloads. Chromium (playwright-core) opens sign-in, the network
// home, the directory and the health dashboard of the demo, each in a fresh browser context (empty cache), against a
// real `solmu serve` process with the built web app in dist/web; every GET it made is then fetched again over plain
// HTTP asking for brotli, for gzip only and for no compression, to weigh the same files each way.
// It builds nothing: run `npm run build` first. Writes bench/results/transfer.json.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../src/demo/index.ts";
import { startServer } from "../tests/support/server.ts";
import { machine } from "./run.ts";

const root = path.resolve(import.meta.dirname, "..");
const WEB_DIR = path.join(root, "dist/web");
/** Issue #22, target 1: a first visit to the network home moves at most 170 KiB of JavaScript and CSS. */
const HOME_BUDGET_BYTES = 170 * 1024;
/** What Chromium asks for; zstd is not offered by the server, so it answers brotli. */
const ASK = { compressed: "gzip, deflate, br, zstd", gzip: "gzip", none: "identity" } as const;
type Ask = keyof typeof ASK;

interface Loaded {
  url: string;
  kind: "js" | "css" | "api" | "html" | "other";
  /** The response body as Chromium received it, compressed or not. */
  browserBytes: number;
}

const kindOf = (resourceType: string, url: string): Loaded["kind"] => {
  if (resourceType === "script" || url.endsWith(".js")) return "js";
  if (resourceType === "stylesheet" || url.endsWith(".css")) return "css";
  if (new URL(url).pathname.startsWith("/api/")) return "api";
  if (resourceType === "document") return "html";
  return "other";
};

/** The body's size on the wire for one Accept-Encoding, without decoding it. */
function wireBytes(url: string, acceptEncoding: string, cookie: string) {
  return new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": acceptEncoding, cookie } }, (res) => {
      let bytes = 0;
      res.on("data", (d: Buffer) => {
        bytes += d.byteLength;
      });
      res.on("end", () => resolve({ bytes, encoding: res.headers["content-encoding"] ?? "identity" }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

async function signInCookie(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = (await (await fetch(`${base}/api/me`, { headers: { cookie } })).json()) as { networks: { id: string; name: string }[] };
  const network = me.networks.find((n) => n.name.startsWith("Pohjois-Savon"));
  if (!network) throw new Error("the demo network is missing");
  return { cookie, networkId: network.id };
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function transferBench() {
  if (!fs.existsSync(path.join(WEB_DIR, "index.html"))) {
    console.error("transfer: dist/web is not built; run `npm run build` first");
    process.exitCode = 1;
    return;
  }
  const precompressed = fs.readdirSync(path.join(WEB_DIR, "assets")).filter((f) => f.endsWith(".br")).length;
  if (precompressed === 0) console.warn("transfer: dist/web has no precompressed files (built before issue #22?); rebuild it");

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const { cookie, networkId } = await signInCookie(server.url);
    const pages = [
      { name: "sign-in", path: "/login", signedIn: false, ready: "#root form" },
      { name: "network home", path: `/networks/${networkId}`, signedIn: true, ready: "main h1" },
      { name: "directory", path: `/networks/${networkId}/people`, signedIn: true, ready: "main h1" },
      { name: "health dashboard", path: `/networks/${networkId}/health`, signedIn: true, ready: "main h1" },
    ];
    const results = [];
    for (const p of pages) {
      const context = await browser.newContext({ locale: "fi-FI" });
      if (p.signedIn) {
        const [name = "", value = ""] = cookie.split("=");
        await context.addCookies([{ name, value, url: server.url }]);
      }
      const page = await context.newPage();
      const pending: Promise<Loaded | undefined>[] = [];
      page.on("requestfinished", (request) => {
        pending.push(
          (async () => {
            if (request.method() !== "GET") return undefined;
            const sizes = await request.sizes();
            return { url: request.url(), kind: kindOf(request.resourceType(), request.url()), browserBytes: sizes.responseBodySize };
          })(),
        );
      });
      await page.goto(`${server.url}${p.path}`, { waitUntil: "networkidle" });
      await page.locator(p.ready).first().waitFor();
      const loaded = (await Promise.all(pending)).filter((l): l is Loaded => l !== undefined);
      await context.close();

      // Each file weighed three ways, one after another so that the figures do not compete for the cores.
      const weighed: (Loaded & { bytes: Record<Ask, number> })[] = [];
      for (const l of loaded) {
        const cookieFor = p.signedIn ? cookie : "";
        const bytes = {} as Record<Ask, number>;
        for (const ask of Object.keys(ASK) as Ask[]) bytes[ask] = (await wireBytes(l.url, ASK[ask], cookieFor)).bytes;
        weighed.push({ ...l, bytes });
      }
      const total = (items: typeof weighed, ask: Ask) => items.reduce((a, i) => a + i.bytes[ask], 0);
      const jsCss = weighed.filter((i) => i.kind === "js" || i.kind === "css");
      const api = weighed.filter((i) => i.kind === "api");
      const catalogues = loaded
        .map((l) => l.url.match(/\/i18n-(\w+)-(\w+)-[\w-]+\.js$/))
        .filter((m): m is RegExpMatchArray => m !== null)
        .map((m) => `${m[1]}/${m[2]}`);
      results.push({
        page: p.name,
        path: p.path.replace(networkId, ":networkId"),
        requests: loaded.length,
        jsCssFiles: jsCss.length,
        jsCssBytes: {
          asChromiumReceived: jsCss.reduce((a, i) => a + i.browserBytes, 0),
          brotli: total(jsCss, "compressed"),
          gzip: total(jsCss, "gzip"),
          uncompressed: total(jsCss, "none"),
        },
        allBytes: { brotli: total(weighed, "compressed"), gzip: total(weighed, "gzip"), uncompressed: total(weighed, "none") },
        apiBytes: { brotli: total(api, "compressed"), gzip: total(api, "gzip"), uncompressed: total(api, "none") },
        catalogues,
        files: jsCss.map((i) => ({
          file: new URL(i.url).pathname,
          brotli: i.bytes.compressed,
          gzip: i.bytes.gzip,
          uncompressed: i.bytes.none,
        })),
      });
    }

    const home = results.find((r) => r.page === "network home");
    const homeBytes = home?.jsCssBytes.asChromiumReceived ?? Number.POSITIVE_INFINITY;
    const result = {
      benchmark: "transfer: JS and CSS a first visit downloads, with and without compression",
      date: new Date().toISOString(),
      machine: machine(),
      browser: browser.version(),
      target: "first visit to the network home ≤ 170 KiB of JS+CSS as transferred (issue #22 target 1)",
      homeJsCssKiB: kib(homeBytes),
      targetMet: homeBytes <= HOME_BUDGET_BYTES,
      onlyActiveLanguage: results.every((r) => r.catalogues.every((c) => c.startsWith("fi/"))),
      pages: results,
    };
    const file = path.join(import.meta.dirname, "results", "transfer.json");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.table(
      results.map((r) => ({
        page: r.page,
        "JS+CSS files": r.jsCssFiles,
        "brotli KiB": kib(r.jsCssBytes.brotli),
        "gzip KiB": kib(r.jsCssBytes.gzip),
        "uncompressed KiB": kib(r.jsCssBytes.uncompressed),
        "all (brotli) KiB": kib(r.allBytes.brotli),
        "all (uncompressed) KiB": kib(r.allBytes.uncompressed),
      })),
    );
    console.log(`network home: ${result.homeJsCssKiB} KiB of JS+CSS (target ≤ 170 KiB: ${result.targetMet ? "met" : "missed"})`);
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
