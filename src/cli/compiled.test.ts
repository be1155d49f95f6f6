import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INPUTS_FILE, isCurrent } from "../../bin/currentBuild.js";

const root = path.resolve(import.meta.dirname, "../..");

// The compiled server (decision 024), built once into a folder of its own: inside the project like dist/server, so
// that it finds the catalogues and the web app as in production, and apart from dist/server, which a developer's
// or another test's `solmu` may be running.
let outDir = "";
let dataDir = "";

/** Runs the compiled CLI as bin/solmu.js does, without the TypeScript loader. */
function compiled(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(outDir, "run.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, SOLMU_DATA_DIR: dataDir, DATABASE_URL: "", ...env },
  });
}

beforeAll(async () => {
  fs.mkdirSync(path.join(root, "dist"), { recursive: true });
  outDir = fs.mkdtempSync(path.join(root, "dist", "test-server-"));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-compiled-"));
  await build({ configFile: path.join(root, "vite.server.config.ts"), logLevel: "warn", build: { outDir } });
  // A file rather than `node -e`: worker threads inherit the command line's options, and `--input-type` stops them.
  fs.writeFileSync(
    path.join(outDir, "run.mjs"),
    'const { main } = await import("./main.js");\nprocess.exitCode = await main(process.argv.slice(2));\n',
  );
}, 180_000);

afterAll(() => {
  for (const dir of [outDir, dataDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the compiled server", () => {
  it("is plain JavaScript: no module of it imports a TypeScript file or the tsx loader", () => {
    const modules = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    expect(modules).toContain("main.js");
    expect(modules).toContain("snaWorker.js");
    for (const file of modules) {
      const code = fs.readFileSync(path.join(outDir, file), "utf8");
      expect(code, file).not.toMatch(/(from\s+|import\()["']([^"']+\.ts|tsx(\/[^"']*)?)["']/);
    }
  });

  it("answers --help", () => {
    const r = compiled(["--help"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: solmu <command>");
  });

  it("migrates a new SQLite database and finds it consistent, with every migration and the catalogues bundled or found", () => {
    const migrated = compiled(["migrate"]);
    expect(migrated.stderr).toBe("");
    expect(migrated.status).toBe(0);
    const checked = compiled(["check"]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    // An AppError's message comes from the catalogues, which the compiled server reads from src/i18n/locales.
    const refused = compiled(["user", "create", "--email", "not-an-address", "--name", "X", "--password", "x"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--email: \S/);
    expect(refused.stderr).not.toMatch(/\b(validation|errors)\.\w/);
  });

  it("runs the analysis pool's worker threads from their compiled entry", () => {
    // 3,000 nodes and 15,000 ties: enough path work for `solmu analyze` to share it among worker threads.
    const lines = ["source,target"];
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((state / 2 ** 31) * 3000);
    };
    for (let i = 0; i < 15_000; i++) lines.push(`n${next()},n${next()}`);
    const edges = path.join(dataDir, "edges.csv");
    fs.writeFileSync(edges, `${lines.join("\n")}\n`);
    const r = compiled(["analyze", "--edges", edges], { SOLMU_WORKERS: "2" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { nodes: { betweenness: number }[] };
    expect(result.nodes.length).toBeGreaterThan(2500);
    expect(result.nodes.some((n) => n.betweenness > 0)).toBe(true);
  });
});

describe("whether a build is current (bin/currentBuild.js)", () => {
  let dir = "";
  const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
  const record = (files: string[]) =>
    write(
      INPUTS_FILE,
      JSON.stringify({
        files: files.map((f) => {
          const stat = fs.statSync(path.join(dir, f));
          return [f, stat.mtimeMs, stat.size];
        }),
      }),
    );

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-current-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is current while every input keeps its time and size, and not once one is edited, restored from older or deleted", () => {
    expect(isCurrent(dir, dir)).toBe(false);
    write("a.ts", "export const a = 1;\n");
    write("b.ts", "export const b = 2;\n");
    record(["a.ts", "b.ts"]);
    expect(isCurrent(dir, dir)).toBe(true);
    // A file the build did not use does not matter.
    write("notes.md", "anything");
    expect(isCurrent(dir, dir)).toBe(true);

    write("a.ts", "export const a = 10;\n");
    expect(isCurrent(dir, dir)).toBe(false);
    record(["a.ts", "b.ts"]);
    const older = new Date(Date.now() - 86_400_000);
    fs.utimesSync(path.join(dir, "b.ts"), older, older);
    expect(isCurrent(dir, dir)).toBe(false);
    record(["a.ts", "b.ts"]);
    fs.rmSync(path.join(dir, "b.ts"));
    expect(isCurrent(dir, dir)).toBe(false);
  });
});
