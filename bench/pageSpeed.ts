// `npm run bench -- page-speed`: page speed as a user on a slow line and a modest phone feels it (issue #22, targets
// 2 and 6). Chromium (playwright-core) opens sign-in, the network home, the directory, the health dashboard and the
// network map of the large demo's 2,000-person round against a real `solmu serve` process, with the network and the
// CPU throttled through the DevTools protocol, each page in a fresh browser context (empty cache), and records
// largest contentful paint, cumulative layout shift and total blocking time; for the map, the time until it is
// interactive. It also weighs the round's analysis as plain JSON and in the compact form, raw and compressed.
// It builds nothing: run `npm run build` first. Writes bench/results/page-speed.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import zlib from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../src/demo/index.ts";
import { COLUMNS_MEDIA_TYPE, type ColumnDocument, decodeColumns } from "../src/domain/columns.ts";
import { startServer } from "../tests/support/server.ts";
import { machine } from "./run.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin/solmu.js");

/** A slow mobile line (Lighthouse's "slow 4G"): ~1.6 Mbps down, 750 kbps up, 150 ms round trip. */
const NETWORK = { latencyMs: 150, downKbps: 1600, upKbps: 750 };
/** A phone that is four times slower than this machine's core. */
const CPU_SLOWDOWN = 4;
/** Loads of each page; the figures reported are their medians. `PAGE_SPEED_RUNS` changes it. */
const RUNS = Number(process.env.PAGE_SPEED_RUNS ?? 3);
/** Issue #22 target 2: Core Web Vitals' "good" limits, and the map of 2,000 people usable within 5 s. */
const TARGET = { lcpMs: 2500, cls: 0.1, mapInteractiveMs: 5000 };
/** After the page has settled, how long without a long task counts as done; and the most to wait for it. */
const QUIET_MS = 2000;
const SETTLE_LIMIT_MS = 30_000;

interface PageMetrics {
  lcpMs: number | null;
  lcpElement: string | null;
  cls: number;
  tbtMs: number;
  fcpMs: number | null;
  longTasks: number;
  layoutShifts: [number, number, string][];
  transferKiB: number;
  /** The map only: when its canvas was drawn with the search field in the page. */
  mapReadyMs: number | null;
}

interface Collected {
  lcp: number | null;
  lcpElement: string | null;
  cls: number;
  fcp: number | null;
  longTasks: [number, number][];
  mapReady: number | null;
  /** Each layout shift: when, how much, and what moved (so that a CLS miss names its cause). */
  shifts: [number, number, string][];
}

// The browser's globals as far as the in-page scripts below use them: the bench compiles without the DOM library.
interface Entry {
  name: string;
  startTime: number;
  duration: number;
  value?: number;
  hadRecentInput?: boolean;
  element?: { tagName: string; className: unknown } | null;
  sources?: { node?: { nodeName: string; className?: unknown } | null }[];
}
interface PageGlobals {
  __pageSpeed: Collected;
  performance: { now(): number; getEntriesByType(type: string): { transferSize?: number }[] };
  document: { querySelector(selector: string): object | null };
  PerformanceObserver: new (
    callback: (list: { getEntries(): Entry[] }) => void,
  ) => { observe(options: { type: string; buffered: boolean }): void };
  MutationObserver: new (callback: () => void) => { observe(target: object, options: { childList: boolean; subtree: boolean }): void };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
}

/**
 * Runs in the page before its own scripts: observers for LCP, layout shifts (CLS as Chrome counts it: the largest
 * session window of shifts less than 1 s apart and at most 5 s long, without shifts right after input), long tasks and
 * the first contentful paint, and the moment the map's canvas and its search field are both in the page. Playwright
 * sends the function's text, so it uses nothing from outside itself.
 */
function observe() {
  const w = globalThis as unknown as PageGlobals;
  const s: Collected = { lcp: null, lcpElement: null, cls: 0, fcp: null, longTasks: [], mapReady: null, shifts: [] };
  w.__pageSpeed = s;
  const watch = (type: string, each: (e: Entry) => void) => {
    try {
      new w.PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not know stays unmeasured.
    }
  };
  watch("largest-contentful-paint", (e) => {
    s.lcp = e.startTime;
    const el = e.element;
    s.lcpElement = el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}` : null;
  });
  let session = 0;
  let first = 0;
  let last = 0;
  watch("layout-shift", (e) => {
    if (e.hadRecentInput) return;
    const value = e.value ?? 0;
    const moved = (e.sources ?? []).map((x) =>
      x.node ? `${x.node.nodeName.toLowerCase()}${x.node.className ? `.${String(x.node.className).split(" ").join(".")}` : ""}` : "?",
    );
    s.shifts.push([Math.round(e.startTime), Math.round(value * 1000) / 1000, moved.join(" ")]);
    if (session > 0 && e.startTime - last < 1000 && e.startTime - first < 5000) session += value;
    else {
      session = value;
      first = e.startTime;
    }
    last = e.startTime;
    s.cls = Math.max(s.cls, session);
  });
  watch("longtask", (e) => s.longTasks.push([e.startTime, e.duration]));
  watch("paint", (e) => {
    if (e.name === "first-contentful-paint") s.fcp = e.startTime;
  });
  // Sigma draws its first frame synchronously when it is made, so a canvas in the map's box means a drawn map; the
  // map is interactive once, after that frame has been painted, the main thread is free to take the next task (a key
  // typed into the search).
  let seen = false;
  const check = () => {
    if (seen || !w.document.querySelector(".map-canvas canvas") || !w.document.querySelector('input[name="map-search"]')) return;
    seen = true;
    w.requestAnimationFrame(() => w.setTimeout(() => (s.mapReady = w.performance.now()), 0));
  };
  new w.MutationObserver(check).observe(w.document, { childList: true, subtree: true });
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const medianOf = (xs: (number | null)[]) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === xs.length && known.length > 0 ? Math.round(median(known) * 1000) / 1000 : null;
};

/** Waits until no long task has run for QUIET_MS (at most SETTLE_LIMIT_MS), so that TBT counts the whole load. */
async function settle(page: Page) {
  const started = Date.now();
  for (;;) {
    const quietFor = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const tasks = w.__pageSpeed.longTasks;
      const lastEnd = tasks.length ? Math.max(...tasks.map(([start, d]) => start + d)) : 0;
      return w.performance.now() - lastEnd;
    });
    if (quietFor >= QUIET_MS || Date.now() - started > SETTLE_LIMIT_MS) return;
    await page.waitForTimeout(QUIET_MS - Math.min(quietFor, QUIET_MS) + 50);
  }
}

async function readMetrics(page: Page): Promise<PageMetrics> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const s = w.__pageSpeed;
    // Total blocking time: each long task's time beyond 50 ms, from the first contentful paint on.
    const from = s.fcp ?? 0;
    const blocking = s.longTasks.filter(([start]) => start >= from).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    return {
      lcpMs: s.lcp,
      lcpElement: s.lcpElement,
      cls: s.cls,
      tbtMs: blocking,
      fcpMs: s.fcp,
      longTasks: s.longTasks.length,
      layoutShifts: s.shifts,
      transferKiB:
        Math.round(
          (["navigation", "resource"]
            .flatMap((type) => w.performance.getEntriesByType(type))
            .reduce((sum, entry) => sum + (entry.transferSize ?? 0), 0) /
            1024) *
            10,
        ) / 10,
      mapReadyMs: s.mapReady,
    };
  });
}

/** A page in a fresh context (empty cache), throttled, with the observers in place. */
async function throttledPage(browser: Browser, base: string, cookie: string | null) {
  const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 1280, height: 800 } });
  if (cookie) {
    const [name = "", value = ""] = cookie.split("=");
    await context.addCookies([{ name, value, url: base }]);
  }
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps named functions in calls to its `__name` helper; the functions
  // sent to the page carry those calls, so the page gets a `__name` that leaves a function as it is.
  await page.addInitScript({ content: `var __name = (f) => f;\n(${observe.toString()})();` });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: NETWORK.latencyMs,
    downloadThroughput: (NETWORK.downKbps * 1000) / 8,
    uploadThroughput: (NETWORK.upKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return { page, close: () => context.close() };
}

async function call<T>(base: string, p: string, cookie: string, accept = "application/json") {
  const res = await fetch(`${base}${p}`, { headers: { cookie, accept } });
  if (!res.ok) throw new Error(`GET ${p} answered ${res.status}`);
  return { body: (await res.json()) as T, headers: res.headers };
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** The round's analysis each way: sizes raw, gzip (level 6) and brotli (quality 4) as the server compresses answers. */
async function analysisSizes(base: string, url: string, cookie: string) {
  const plainText = await (await fetch(`${base}${url}`, { headers: { cookie, accept: "application/json" } })).text();
  const compactRes = await fetch(`${base}${url}`, { headers: { cookie, accept: COLUMNS_MEDIA_TYPE } });
  const compactText = await compactRes.text();
  const compact = compactRes.headers.get("content-type")?.startsWith(COLUMNS_MEDIA_TYPE) ?? false;
  const sizes = (text: string) => ({
    raw: Buffer.byteLength(text),
    gzip: zlib.gzipSync(text, { level: 6 }).byteLength,
    brotli: zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).byteLength,
  });
  // What the server itself sends when the client accepts brotli (zero when it does not compress).
  const sent = async (accept: string) => {
    const r = await fetch(`${base}${url}`, { headers: { cookie, accept, "accept-encoding": "br, gzip" } });
    const encoding = r.headers.get("content-encoding");
    await r.arrayBuffer();
    return { contentEncoding: encoding ?? "identity" };
  };
  const plain = JSON.parse(plainText) as { nodes: unknown[]; edges: unknown[] };
  return {
    nodes: plain.nodes.length,
    edges: plain.edges.length,
    json: { ...sizes(plainText), ...(await sent("application/json")) },
    columns: { ...sizes(compactText), ...(await sent(COLUMNS_MEDIA_TYPE)) },
    decodesToTheJsonAnswer: compact && isDeepStrictEqual(decodeColumns(JSON.parse(compactText) as ColumnDocument), plain),
  };
}

/** One load of an ordinary page: until its heading shows, the network is idle and no long task has run for a while. */
async function loadPage(browser: Browser, base: string, p: string, cookie: string | null) {
  const { page, close } = await throttledPage(browser, base, cookie);
  try {
    await page.goto(`${base}${p}`, { waitUntil: "networkidle", timeout: 120_000 });
    await page.locator("main h1, #root h1").first().waitFor({ timeout: 60_000 });
    await settle(page);
    return await readMetrics(page);
  } finally {
    await close();
  }
}

/**
 * One load of the map: interactive once its canvas is drawn with the search field in the page; then a search for a
 * person is typed and sent, and the time until the map names them chosen shows that the search is usable.
 */
async function loadMap(browser: Browser, base: string, p: string, cookie: string, name: string) {
  const { page, close } = await throttledPage(browser, base, cookie);
  try {
    await page.goto(`${base}${p}`, { timeout: 120_000 });
    const readyOrFailed = () => {
      const w = globalThis as unknown as PageGlobals;
      return w.__pageSpeed.mapReady !== null || w.document.querySelector(".map-canvas-off") !== null;
    };
    await page.waitForFunction(readyOrFailed, null, {
      timeout: 120_000,
      polling: 100,
    });
    const drawn = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector(".map-canvas canvas") !== null);
    let searchMs: number | null = null;
    let searchError: string | null = null;
    if (drawn) {
      const started = Date.now();
      try {
        const search = page.locator('input[name="map-search"]');
        await search.fill(name, { timeout: 120_000 });
        await search.press("Enter", { timeout: 120_000 });
        await page.locator(".map-panel h2", { hasText: name }).first().waitFor({ timeout: 120_000 });
        searchMs = Date.now() - started;
      } catch (err) {
        // Reported as a miss rather than ending the bench: the map drew, but did not answer the search in time.
        searchError = (err as Error).message.split("\n")[0] ?? "failed";
      }
    }
    await settle(page);
    const metrics = await readMetrics(page);
    return { ...metrics, drawn, searchMs, searchError };
  } finally {
    await close();
  }
}

type Load = Awaited<ReturnType<typeof loadPage>>;
const summary = (runs: Load[]) => ({
  lcpMs: medianOf(runs.map((r) => r.lcpMs)),
  cls: medianOf(runs.map((r) => r.cls)),
  tbtMs: medianOf(runs.map((r) => r.tbtMs)),
  fcpMs: medianOf(runs.map((r) => r.fcpMs)),
  transferKiB: medianOf(runs.map((r) => r.transferKiB)),
});
const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "missed");

export async function pageSpeedBench() {
  if (!fs.existsSync(path.join(root, "dist/web/index.html"))) {
    console.error("page-speed: dist/web is not built; run `npm run build` first");
    process.exitCode = 1;
    return;
  }
  const loadBefore = os.loadavg();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-bench-pagespeed-"));
  const env = { SOLMU_DATA_DIR: dataDir, DATABASE_URL: "" };
  const seeded = spawnSync(process.execPath, [bin, "seed-demo", "--size", "large"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seed-demo failed:\n${seeded.stdout}${seeded.stderr}`);
  const server = await startServer({ SEED_DEMO: "false", ...env });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // This machine has no GPU: WebGL (which the map needs) and the compositor both run on SwiftShader, on the CPU.
      // A phone composites on its GPU; with --disable-gpu instead, Chromium composites in software and reads every
      // WebGL frame back to the CPU (glReadPixels, 4.9 s of the map's load), a cost that no phone pays.
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--ignore-gpu-blocklist",
    ],
  });
  try {
    const base = server.url;
    const cookie = await signIn(base);
    const me = await call<{ networks: { id: string; name: string }[] }>(base, "/api/me", cookie);
    const large = me.body.networks.find((n) => n.name.startsWith("Suomen"));
    if (!large) throw new Error("the large demo network is missing");
    const rounds = await call<{ items: { id: string; status: string }[] }>(base, `/api/networks/${large.id}/surveys`, cookie);
    const closed = rounds.body.items.find((r) => r.status === "closed");
    if (!closed) throw new Error("the large demo has no closed round");
    const analysisUrl = `/api/networks/${large.id}/surveys/${closed.id}/analysis`;
    // The first read computes and keeps the round's figures: every load below reads them as a user would later.
    const analysis = await call<{ nodes: { label: string; degree: number }[] }>(base, analysisUrl, cookie);
    const counts = new Map<string, number>();
    for (const n of analysis.body.nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
    const sought = analysis.body.nodes.filter((n) => counts.get(n.label) === 1).sort((a, b) => b.degree - a.degree)[0]?.label;
    if (!sought) throw new Error("no person with a name of their own in the round");

    const pages = [
      { name: "sign-in", path: "/login", signedIn: false },
      { name: "network home", path: `/networks/${large.id}`, signedIn: true },
      { name: "directory", path: `/networks/${large.id}/people`, signedIn: true },
      { name: "health dashboard", path: `/networks/${large.id}/health`, signedIn: true },
    ];
    const results: Record<string, unknown> = {};
    const targets: Record<string, string> = {};
    for (const p of pages) {
      const runs: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await loadPage(browser, base, p.path, p.signedIn ? cookie : null));
        process.stdout.write(`page-speed: ${p.name} ${i + 1}/${RUNS}: LCP ${Math.round(runs.at(-1)?.lcpMs ?? 0)} ms\n`);
      }
      const m = summary(runs);
      results[p.name] = { path: p.path.replace(large.id, ":networkId"), median: m, runs };
      targets[`${p.name}: LCP ≤ ${TARGET.lcpMs / 1000} s`] = verdict(m.lcpMs === null ? null : m.lcpMs <= TARGET.lcpMs);
      targets[`${p.name}: CLS ≤ ${TARGET.cls}`] = verdict(m.cls === null ? null : m.cls <= TARGET.cls);
    }

    const mapPath = `/networks/${large.id}/health/map?round=${closed.id}`;
    const mapRuns = [];
    for (let i = 0; i < RUNS; i++) {
      mapRuns.push(await loadMap(browser, base, mapPath, cookie, sought));
      const r = mapRuns.at(-1);
      process.stdout.write(
        `page-speed: map ${i + 1}/${RUNS}: interactive ${Math.round(r?.mapReadyMs ?? 0)} ms, search ${r?.searchMs} ms\n`,
      );
    }
    // A load whose search did not answer was not interactive at all.
    const answered = mapRuns.every((r) => r.drawn && r.searchMs !== null);
    const interactive = answered ? medianOf(mapRuns.map((r) => r.mapReadyMs)) : null;
    const map = {
      path: mapPath.replace(large.id, ":networkId").replace(closed.id, ":roundId"),
      definition:
        "interactive: from navigation start until the map's canvas is drawn (sigma draws its first frame when it is made) with the node search in the page, that frame is painted and the main thread takes its next task; then a person's name is typed into the search and sent, and searchMs is the time until the map's panel names them (no answer: not interactive)",
      median: { ...summary(mapRuns), interactiveMs: interactive, searchMs: medianOf(mapRuns.map((r) => r.searchMs)) },
      runs: mapRuns,
    };
    targets[`map of ${analysis.body.nodes.length} people interactive ≤ ${TARGET.mapInteractiveMs / 1000} s`] = verdict(
      answered && interactive !== null && interactive <= TARGET.mapInteractiveMs,
    );

    const sizes = await analysisSizes(base, analysisUrl, cookie);
    const result = {
      benchmark: "page speed: LCP, CLS and TBT of four pages and the time until the map of the large demo round is interactive",
      date: new Date().toISOString(),
      machine: machine(),
      browser: `Chromium ${browser.version()}`,
      setup: {
        server: "bin/solmu.js serve on SQLite with the large demo (seed-demo --size large), the built web app in dist/web",
        network: `DevTools throttling: ${NETWORK.downKbps} kbps down, ${NETWORK.upKbps} kbps up, ${NETWORK.latencyMs} ms round trip`,
        cpu: `${CPU_SLOWDOWN}× slowdown (Emulation.setCPUThrottlingRate); WebGL and compositing by SwiftShader on the CPU (no GPU here)`,
        cache: "cold: a new browser context for every load; signed in as the demo coordinator by cookie (sign-in page: not signed in)",
        runs: RUNS,
        measures:
          "LCP and CLS (largest session window) from PerformanceObserver; TBT: each long task's time beyond 50 ms from the first contentful paint until 2 s without a long task; transferKiB: what the page received, headers included and compressed as sent (Resource Timing's transferSize of the page and every resource)",
        // Other work on the machine shows here: figures are comparable between runs only on a quiet machine.
        loadAverage: { before: loadBefore.map((x) => Math.round(x * 10) / 10), after: os.loadavg().map((x) => Math.round(x * 10) / 10) },
      },
      targets,
      pages: results,
      map,
      analysisOfTheLargeRound: sizes,
    };
    const file = path.join(import.meta.dirname, "results", "page-speed.json");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.table(
      Object.fromEntries(
        [...Object.entries(results as Record<string, { median: ReturnType<typeof summary> }>), ["map", map] as const].map(([name, r]) => [
          name,
          r.median,
        ]),
      ),
    );
    console.table(targets);
    console.table({ json: sizes.json, columns: sizes.columns });
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
