import path from "node:path";
import { Worker, type WorkerOptions } from "node:worker_threads";

/** The compiled server (decision 024) is plain JavaScript; the sources run through tsx or Vitest. */
const compiled = import.meta.url.endsWith(".js");

/**
 * Starts a worker thread on a worker entry: a module named `<name>Worker.ts` anywhere under src/, given as
 * `new URL("./<name>Worker.ts", import.meta.url)` from the module that starts it.
 *
 * Compiled, the server build makes every such file an entry of its own beside the rest of the bundle,
 * dist/server/<name>Worker.js, so only the file name counts there. From the sources, Node 20's worker threads do
 * not inherit the tsx loader, so the thread first runs tsxWorker.mjs, which registers tsx and then imports the entry.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const name = path.basename(entry.pathname, ".ts");
  if (!name.endsWith("Worker") || !entry.pathname.endsWith(".ts")) throw new Error(`not a worker entry: ${entry.pathname}`);
  if (compiled) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
  return new Worker(new URL("./tsxWorker.mjs", import.meta.url), { ...options, argv: [entry.href, ...(options.argv ?? [])] });
}
