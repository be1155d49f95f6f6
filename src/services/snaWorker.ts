import { parentPort } from "node:worker_threads";
import { pathScratch, searchBlock } from "../domain/sna/paths.ts";
import type { PoolReply, PoolTask } from "./snaPool.ts";

// A thread of the analysis pool (snaPool.ts), started by startWorker (workers.ts). Blocks of path figures are the
// common task, so only their module is loaded up front; the rest of the analysis loads on its first use.
const post = (reply: PoolReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(reply, transfer);

parentPort?.on("message", async (task: PoolTask) => {
  try {
    if (task.kind === "paths") {
      const { graph, plan, next } = task;
      const blocks = plan.starts.length - 1;
      const scratch = pathScratch(graph);
      for (let b = Atomics.add(next, 0, 1); b < blocks; b = Atomics.add(next, 0, 1)) {
        const betweenness = new Float64Array(graph.n);
        const closeness = new Float64Array(graph.n);
        searchBlock(graph, plan, b, scratch, betweenness, closeness);
        post({ job: task.job, block: b, betweenness, closeness }, [betweenness.buffer, closeness.buffer]);
      }
    } else {
      const { analyzeInput } = await import("./snaRunner.ts");
      post({ job: task.job, result: analyzeInput(task.input, task.paths) });
    }
  } catch (err) {
    post({ job: task.job, error: err instanceof Error ? err.message : String(err) });
  }
});
