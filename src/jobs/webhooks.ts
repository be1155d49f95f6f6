import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { deliverDue, pruneOldDeliveries } from "../services/webhookDelivery.ts";
import { every } from "./every.ts";

/** News reaches Teams, Slack or Matrix this soon after it was announced (a run finds nothing due in one indexed query). */
const PERIOD_MS = 10_000;
const HOUR = 3_600_000;

/**
 * Sends the webhooks' due deliveries every few seconds on every instance: each delivery is claimed in the database
 * before it is sent, so instances share the work and none is sent twice at once (decision 023); hourly, finished
 * deliveries older than the log keeps are forgotten.
 */
export function startWebhooks(deps: Deps): () => void {
  let lastPrune = 0;
  let running = false;
  return every(deps, "webhook deliveries", PERIOD_MS, async () => {
    // A run with slow receivers can outlast the period; the next one waits for it rather than sending beside it.
    if (running) return;
    running = true;
    try {
      await measuredJob(deps.metrics, "webhooks_deliver", () => deliverDue(deps));
      if (Date.now() - lastPrune >= HOUR) {
        lastPrune = Date.now();
        await measuredJob(deps.metrics, "webhooks_prune", () => pruneOldDeliveries(deps));
      }
    } finally {
      running = false;
    }
  });
}
