#!/usr/bin/env node
// `npm test`: every check of the project in one run, with a summary that names
// anything that could not run instead of skipping it silently.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const results = [];
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ label, status: ok ? "passed" : "FAILED", seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

/** Runs a Vitest project and adds its test counts to the totals. */
function vitest(label, project) {
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  const report = path.join(root, "test-results", `${project}.json`);
  fs.rmSync(report, { force: true });
  run(label, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const last = results[results.length - 1];
  if (!fs.existsSync(report)) {
    failed += 1;
    last.detail = "no report";
    return;
  }
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  const skipped = json.numPendingTests + json.numTodoTests;
  last.detail = `${json.numPassedTests} passed, ${json.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
  if (json.numTotalTests === 0 || skipped > 0) {
    last.status = "FAILED";
    failed += skipped || 1;
  }
}

/** Debian's Chromium for the browser tests: installed here when we may, otherwise a clear instruction. */
function ensureChromium() {
  if (fs.existsSync(chromium)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    console.log(`\n▶ ${chromium} is missing: installing Debian's chromium with apt-get`);
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (fs.existsSync(chromium)) return true;
  }
  console.error(
    `\n✖ The browser tests need Chromium at ${chromium}. Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  return false;
}

const checks = [
  ["typecheck the server (tsc)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  ["typecheck the web app (tsc)", bin("tsc"), ["--noEmit", "-p", "web/tsconfig.json"]],
  ["typecheck the browser tests (tsc)", bin("tsc"), ["--noEmit", "-p", "tests/e2e/tsconfig.json"]],
  ["lint and format (biome)", bin("biome"), ["check", "."]],
  ["build the web app (vite)", bin("vite"), ["build", "--logLevel", "warn"]],
  // The browser and crash tests then start the compiled server, as production runs it (decision 024).
  ["build the server (vite)", bin("vite"), ["build", "--config", "vite.server.config.ts"]],
];
for (const [label, command, args] of checks) {
  if (!run(label, command, args)) failed += 1;
}

// The dependency audit needs the registry's advisory service; where it is out of reach the summary says so.
{
  console.log("\n▶ dependency audit (npm audit, high and critical)");
  const started = Date.now();
  const r = spawnSync(bin("tsx"), ["scripts/audit.ts"], { cwd: root, encoding: "utf8", env: process.env });
  process.stdout.write(r.stdout ?? "");
  const seconds = Math.round((Date.now() - started) / 1000);
  const lastLine = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  if (r.status === 3) results.push({ label: "dependency audit", status: "not run", detail: lastLine, seconds });
  else {
    results.push({ label: "dependency audit", status: r.status === 0 ? "passed" : "FAILED", detail: lastLine, seconds });
    if (r.status !== 0) failed += 1;
  }
}

const pg = process.env.TEST_DATABASE_URL;
vitest(`unit and API tests on SQLite${pg ? " and PostgreSQL" : ""}`, "unit");
if (!pg) results.push({ label: "API tests on PostgreSQL", status: "not run", detail: "TEST_DATABASE_URL is not set" });

if (ensureChromium()) {
  vitest("browser tests (Chromium, axe-core)", "e2e");
} else {
  results.push({ label: "browser tests (Chromium, axe-core)", status: "FAILED", detail: `no Chromium at ${chromium}` });
  failed += 1;
}

console.log("\nSummary");
for (const r of results) {
  console.log(`  ${r.status.padEnd(8)} ${r.label}${r.detail ? ` — ${r.detail}` : ""}${r.seconds !== undefined ? ` (${r.seconds} s)` : ""}`);
}
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
