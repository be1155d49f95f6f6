// The server build (decision 024): the CLI and the server bundled into plain JavaScript in dist/server/, which
// bin/solmu.js runs instead of the TypeScript sources while it is current.
import fs from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import { INPUTS_FILE, type Inputs } from "./bin/currentBuild.js";

const root = import.meta.dirname;

/** Every worker entry, `<name>Worker.ts` under src/ (startWorker in src/services/workers.ts): each becomes dist/server/<name>Worker.js. */
function workerEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of fs.readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith("Worker.ts")) continue;
    const name = path.basename(file, ".ts");
    // startWorker finds a compiled entry by its file name alone.
    if (entries[name]) throw new Error(`two worker entries are named ${name}: ${entries[name]} and src/${file}`);
    entries[name] = `src/${file}`;
  }
  return entries;
}

/**
 * Writes dist/server/inputs.json: every file of the project the bundle was made from, with its modification time
 * and size, so that bin/solmu.js can tell with a few hundred stat calls whether the build is still current.
 */
function recordInputs(): Plugin {
  let started = 0;
  return {
    name: "solmu:record-inputs",
    buildStart() {
      started = Date.now();
    },
    generateBundle() {
      const files: Inputs["files"] = [];
      // The lock file stands for the bundled packages: an update of one changes it.
      const inputs = [...this.getModuleIds(), path.join(root, "vite.server.config.ts"), path.join(root, "package-lock.json")];
      const own = inputs.filter((id) => path.isAbsolute(id) && id.startsWith(root) && !id.includes(`${path.sep}node_modules${path.sep}`));
      for (const id of own) {
        const stat = fs.statSync(id);
        // A file saved while the build ran may not be in it: recording it as changed keeps the build from being used.
        files.push([path.relative(root, id), stat.mtimeMs > started ? -1 : stat.mtimeMs, stat.size]);
      }
      files.sort(([a], [b]) => a.localeCompare(b));
      const lines = files.map((f) => JSON.stringify(f)).join(",\n");
      this.emitFile({ type: "asset", fileName: INPUTS_FILE, source: `{"files":[\n${lines}\n]}\n` });
    },
  };
}

/**
 * Packages bundled into the server rather than imported from node_modules. Node loads an installed package file by
 * file (Kysely and zod are hundreds of modules each), which was most of the server's start; bundled, they are
 * parsed with the server. Only plain JavaScript that reads no files of its own at run time is listed. The rest stay
 * imported: the native packages (better-sqlite3, argon2, sharp), those that look for optional packages or files when
 * they run (pg, pino, nodemailer, node-saml, openid-client, exceljs, prom-client), and the ones loaded on first use.
 */
const BUNDLED = [
  "kysely",
  "zod",
  "hono",
  "@hono/node-server",
  "@hono/zod-openapi",
  "@hono/zod-validator",
  "@asteasolutions/zod-to-openapi",
  "openapi3-ts",
  "yaml",
  "i18next",
  "luxon",
  "diff",
  "lru-cache",
  "csv-parse",
  "csv-stringify",
  "ical-generator",
  "timezones-ical-library",
];

export default defineConfig({
  root,
  publicDir: false,
  ssr: { noExternal: BUNDLED },
  logLevel: "warn",
  plugins: [recordInputs()],
  build: {
    ssr: true,
    target: "node20",
    outDir: path.join(root, "dist/server"),
    emptyOutDir: true,
    // Not minified, so that a stack trace reads as the source. Maps only on request, as for the web app (decision
    // 021): SOLMU_SOURCEMAPS=1, then `node --enable-source-maps bin/solmu.js …` names the .ts lines.
    minify: false,
    sourcemap: process.env.SOLMU_SOURCEMAPS === "1",
    rolldownOptions: {
      input: { main: "src/cli/main.ts", ...workerEntries() },
      // One folder for everything: startWorker and src/config/paths.ts rely on it.
      output: { entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
