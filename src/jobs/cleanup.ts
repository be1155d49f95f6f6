import { purgeExpired } from "../services/auth.ts";
import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";

const HOUR = 3_600_000;

/**
 * Deletes expired sessions and old sign-in attempts every hour. Each instance
 * runs it; the deletes are idempotent, so running twice does no harm.
 */
export function startCleanup(deps: Deps): () => void {
  const run = () =>
    measuredJob(deps.metrics, "cleanup", () => purgeExpired(deps)).catch((err: unknown) => {
      deps.logger.warn({ err }, "cleanup failed");
    });
  void run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
