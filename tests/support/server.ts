import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  dataDir: string;
  /** SIGTERM, then removes the data folder unless the caller passed its own SOLMU_DATA_DIR. */
  stop: () => Promise<void>;
  /** Sends the signal and waits for the process to end, leaving the data in place for a restart (crash tests). */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/**
 * Builds the web app if needed and starts `solmu serve` on a free port with a fresh SQLite database and the demo;
 * with SOLMU_DATA_DIR in `env` it starts on that folder instead and leaves it in place.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, "dist/web/index.html"))) {
    execFileSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  const ownDir = !env.SOLMU_DATA_DIR;
  const dataDir = env.SOLMU_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "solmu-e2e-"));
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "bin/solmu.js"), "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SOLMU_DATA_DIR: dataDir, LOG_LEVEL: "warn", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += String(d);
      const m = output.match(/running at (http:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  };
  return {
    url,
    dataDir,
    kill,
    stop: async () => {
      await kill("SIGTERM");
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
