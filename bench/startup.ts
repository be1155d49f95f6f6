// `npm run bench -- startup`: how long the `solmu` command takes to start (#22 target 3, decision 024): `solmu --help`
// to its exit, and `solmu serve` on an existing SQLite database (migrated, with the demo) until /api/health answers
// 200. Each is timed from the compiled server (dist/server, what `npm start` runs; built first when it is missing
// or stale) and, for comparison, from the TypeScript sources through tsx. `node -e 0` is timed the same way: Node's
// own start is the floor under every figure on the machine. Writes bench/results/startup.json.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isCurrent } from "../bin/currentBuild.js";
import { machine } from "./run.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin/solmu.js");
const vite = path.join(root, "node_modules/vite/bin/vite.js");

const TARGETS_MS = { help: 200, serve: 1000 };
const RUNS = { help: 30, serve: 20, source: 7 };
const POLL_MS = 5;

type Stats = { runs: number; medianMs: number; p90Ms: number; minMs: number; maxMs: number; cpuMedianMs: number; cpuP90Ms: number };
type Run = { wallMs: number; cpuMs: number };

/**
 * Loaded into every timed process (`--import`): prints the process's CPU time (user + system) when it exits, or when
 * it gets SIGUSR2 (a server that is up). On a busy machine CPU time grows far less than wall time, which waits for a core.
 */
const CPU_MARK = "solmu-bench-cpu";
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  `const report = () => { const c = process.cpuUsage(); process.stderr.write("\\n${CPU_MARK} " + (c.user + c.system) / 1000 + "\\n"); };
process.on("exit", report);
process.on("SIGUSR2", report);`,
)}`;

const cpuOf = (stderr: string): number => {
  const m = stderr.match(new RegExp(`${CPU_MARK} ([\\d.]+)`));
  if (!m?.[1]) throw new Error(`no CPU time reported:\n${stderr}`);
  return Number(m[1]);
};

const round = (n: number) => Math.round(n * 10) / 10;

const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

function stats(runs: Run[]): Stats {
  const wall = sortedOf(runs.map((r) => r.wallMs));
  const cpu = sortedOf(runs.map((r) => r.cpuMs));
  return {
    runs: runs.length,
    medianMs: round(percentile(wall, 50)),
    p90Ms: round(percentile(wall, 90)),
    minMs: round(wall[0] ?? 0),
    maxMs: round(wall.at(-1) ?? 0),
    cpuMedianMs: round(percentile(cpu, 50)),
    cpuP90Ms: round(percentile(cpu, 90)),
  };
}

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
}

/** Wall time from spawning a process until it has exited, and its CPU time. */
async function timeExit(args: string[], env: Record<string, string>): Promise<Run> {
  let stderr = "";
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PRELOAD, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const closed = new Promise((resolve) => child.stderr.once("close", resolve));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const wallMs = performance.now() - started;
  await closed;
  if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}:\n${stderr}`);
  return { wallMs, cpuMs: cpuOf(stderr) };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const healthy = (port: number) =>
  new Promise<boolean>((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once("error", () => resolve(false));
  });

/**
 * Wall time from spawning `solmu serve` until /api/health answers 200 (polled every few milliseconds), and the CPU
 * time the server had used by then; then SIGTERM.
 */
async function timeServe(env: Record<string, string>): Promise<Run> {
  const port = await freePort();
  let output = "";
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PRELOAD, bin, "serve"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => {
    output += String(d);
  });
  child.stderr.on("data", (d) => {
    output += String(d);
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`solmu serve exited with ${child.exitCode}:\n${output}`);
      if (await healthy(port)) {
        const wallMs = performance.now() - started;
        const before = output.length;
        child.kill("SIGUSR2");
        while (!output.slice(before).includes(CPU_MARK) && child.exitCode === null) await new Promise((r) => setTimeout(r, POLL_MS));
        await new Promise((r) => setTimeout(r, POLL_MS));
        return { wallMs, cpuMs: cpuOf(output.slice(before)) };
      }
      if (performance.now() - started > 60_000) throw new Error(`solmu serve did not answer within a minute:\n${output}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

async function repeat(runs: number, once: () => Promise<Run>): Promise<Stats> {
  await once(); // warm the file cache
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return stats(results);
}

export async function startupBench() {
  const serverDir = path.join(root, "dist/server");
  if (!isCurrent(serverDir, root)) {
    console.log("dist/server is missing or older than the sources: building the server");
    run([vite, "build", "--config", "vite.server.config.ts"], {});
  }
  if (!fs.existsSync(path.join(root, "dist/web/index.html"))) run([vite, "build", "--logLevel", "warn"], {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-bench-startup-"));
  const env = { SOLMU_DATA_DIR: dataDir, DATABASE_URL: "" };
  const source = { ...env, SOLMU_FROM_SOURCE: "1" };
  const loadBefore = os.loadavg().map(round);
  try {
    run([bin, "migrate"], env);
    run([bin, "seed-demo"], env);
    const cases = {
      "node -e 0 (Node's own start)": await repeat(RUNS.help, () => timeExit(["-e", "0"], env)),
      "solmu --help (compiled)": await repeat(RUNS.help, () => timeExit([bin, "--help"], env)),
      "solmu --help (sources through tsx)": await repeat(RUNS.source, () => timeExit([bin, "--help"], source)),
      "solmu serve until /api/health (compiled)": await repeat(RUNS.serve, () => timeServe(env)),
      "solmu serve until /api/health (sources through tsx)": await repeat(RUNS.source, () => timeServe(source)),
    };
    const floor = cases["node -e 0 (Node's own start)"];
    const help = cases["solmu --help (compiled)"];
    const serve = cases["solmu serve until /api/health (compiled)"];
    const result = {
      benchmark: "start-up: solmu --help, and solmu serve until /api/health answers, on an existing SQLite database with the demo",
      date: new Date().toISOString(),
      machine: machine(),
      // A busy machine slows every figure alike, Node's own start included: compare them with the first case.
      loadAverage: { before: loadBefore, after: os.loadavg().map(round) },
      targets: {
        "solmu --help": `median ≤ ${TARGETS_MS.help} ms (compiled)`,
        "server start on an existing database": `median ≤ ${TARGETS_MS.serve} ms (compiled)`,
      },
      cases,
      // What Solmu adds to Node's own start, median against median: the part a busy machine distorts least.
      aboveNodeStartMs: {
        help: round(help.medianMs - floor.medianMs),
        serve: round(serve.medianMs - floor.medianMs),
        helpCpu: round(help.cpuMedianMs - floor.cpuMedianMs),
        serveCpu: round(serve.cpuMedianMs - floor.cpuMedianMs),
      },
      met: { help: help.medianMs <= TARGETS_MS.help, serve: serve.medianMs <= TARGETS_MS.serve },
    };
    const file = path.join(import.meta.dirname, "results", "startup.json");
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.table(cases);
    console.log(`load average ${result.loadAverage.before.join(" ")} → ${result.loadAverage.after.join(" ")}`);
    console.log(`--help ${result.met.help ? "met" : "MISSED"}, server start ${result.met.serve ? "met" : "MISSED"}`);
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
