// `npm run bench`: server-side timings of the read paths (home, member list, directory search) on the large demo
// (320 organisations, 2,100 people), in-process through app.request so that only
// Solmu's own work is measured. Writes bench/results/read-paths-<db>.json.
// Then the SNA benchmark (bench/sna.ts), the learning-café seating optimiser (bench/seating.ts) and the HTTP load
// benchmark (bench/http.ts), what a first visit downloads (bench/transfer.ts, needs `npm run build` first) and how
// long the `solmu` command takes to start (bench/startup.ts), and page speed under a throttled network and CPU
// (bench/pageSpeed.ts, needs `npm run build` first);
// `npm run bench -- read-paths`, `-- seating`, `-- sna` (`-- sna-cores` its multi-core part alone), `-- http`, `-- transfer`, `-- startup` or `-- page-speed` runs one alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../src/demo/index.ts";
import { createApp } from "../src/http/app.ts";
import { ReadCache } from "../src/services/readCache.ts";
import { freshDeps } from "../tests/support/databases.ts";
import { httpBench } from "./http.ts";
import { pageSpeedBench } from "./pageSpeed.ts";
import { seatingBench } from "./seating.ts";
import { snaBench, snaCoresBench } from "./sna.ts";
import { startupBench } from "./startup.ts";
import { transferBench } from "./transfer.ts";
import { webhooksBench } from "./webhooks.ts";

const ROUNDS = 300;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const machine = () => ({
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
});

async function benchmark(kind: "sqlite" | "postgres") {
  const deps = await freshDeps(kind);
  try {
    const seedStart = performance.now();
    await seedDemo(deps, "large");
    const seedMs = performance.now() - seedStart;
    const app = createApp(deps);
    const login = await app.request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const get = async (url: string) => {
      const r = await app.request(`http://localhost${url}`, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      return r.json() as Promise<Record<string, unknown>>;
    };
    const me = (await get("/api/me")) as { networks: { id: string; name: string }[] };
    const large = me.networks.find((n) => n.name.startsWith("Suomen"));
    if (!large) throw new Error("large demo network missing");
    const deep = (await get(`/api/networks/${large.id}/members?limit=200`)) as { nextCursor: string };
    const orgs = (await get(`/api/networks/${large.id}/organisations`)) as { items: { id: string }[] };
    const someOrg = orgs.items[Math.floor(orgs.items.length / 2)]?.id ?? "";
    const people = `/api/networks/${large.id}/people`;
    const cases: Record<string, string> = {
      "GET /api/me": "/api/me",
      "GET /api/networks/:id (home)": `/api/networks/${large.id}`,
      "GET /api/networks/:id/members (first 50)": `/api/networks/${large.id}/members?limit=50`,
      "GET /api/networks/:id/members (page after 200)": `/api/networks/${large.id}/members?limit=50&cursor=${encodeURIComponent(deep.nextCursor)}`,
      "directory: first 50 people": `${people}?limit=50`,
      "directory: search q=virtanen": `${people}?limit=50&q=virtanen`,
      "directory: search q=kehittä (substring, many hits)": `${people}?limit=50&q=kehitt%C3%A4`,
      "directory: competence tag=palvelumuotoilu": `${people}?limit=50&tag=palvelumuotoilu`,
      "directory: organisation filter": `${people}?limit=50&organisation=${someOrg}`,
      "directory: need + q": `${people}?limit=50&need=vertaistukea&q=a`,
      "directory: stale only": `${people}?limit=50&stale=true`,
      "directory: freshness summary": `${people}/freshness`,
    };
    const results: Record<string, { p50: number; p95: number; p99: number; mean: number }> = {};
    for (const [name, url] of Object.entries(cases)) {
      for (let i = 0; i < 20; i++) await get(url);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        // What a page costs to compute: an empty read cache, as right after a write (decision 010).
        deps.readCache = new ReadCache();
        const t = performance.now();
        await get(url);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const round = (n: number) => Math.round(n * 100) / 100;
      results[name] = {
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        p99: round(percentile(times, 99)),
        mean: round(times.reduce((a, b) => a + b, 0) / times.length),
      };
    }
    return { database: kind, rounds: ROUNDS, seedLargeDemoMs: Math.round(seedMs), milliseconds: results };
  } finally {
    await deps.cleanup();
  }
}

async function readPathsBench() {
  const outDir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(outDir, { recursive: true });
  const kinds: ("sqlite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
  if (!process.env.TEST_DATABASE_URL) console.log("PostgreSQL: not run (set TEST_DATABASE_URL to include it)");
  for (const kind of kinds) {
    const result = {
      benchmark: "read paths: home, members, directory search",
      date: new Date().toISOString(),
      machine: machine(),
      ...(await benchmark(kind)),
    };
    const file = path.join(outDir, `read-paths-${kind}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${kind}: seeded the large demo in ${result.seedLargeDemoMs} ms`);
    console.table(result.milliseconds);
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  }
}

async function seatingResults() {
  const rows = await seatingBench();
  const result = {
    benchmark: "learning-café seating: new acquaintances against the upper bound",
    date: new Date().toISOString(),
    machine: machine(),
    target: "200 people, 20 tables, 4 rounds in under 1 s with at least 95 % of the achievable new pairs",
    cases: rows,
    targetMet: rows.some((r) => r.name.startsWith("seating 200/") && r.ms < 1000 && r.ratio >= 0.95),
  };
  const file = path.join(import.meta.dirname, "results", "seating.json");
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.table(rows);
  console.log(`→ ${path.relative(process.cwd(), file)}`);
}

const only = process.argv[2];
const BENCHMARKS = ["read-paths", "seating", "sna", "sna-cores", "http", "transfer", "startup", "page-speed", "webhooks"];
if (only !== undefined && !BENCHMARKS.includes(only)) {
  console.error(`Unknown benchmark "${only}"; run all with \`npm run bench\`, or one with \`npm run bench -- ${BENCHMARKS.join("|")}\``);
  process.exit(2);
}
if (only === undefined || only === "read-paths") await readPathsBench();
if (only === undefined || only === "seating") await seatingResults();
if (only === undefined || only === "sna") await snaBench();
// Part of `sna`; alone it spares the long NetworkX references and updates only the multi-core figures.
if (only === "sna-cores") await snaCoresBench();
if (only === undefined || only === "http") await httpBench();
if (only === undefined || only === "transfer") await transferBench();
if (only === undefined || only === "startup") await startupBench();
if (only === undefined || only === "page-speed") await pageSpeedBench();
if (only === undefined || only === "webhooks") await webhooksBench();
