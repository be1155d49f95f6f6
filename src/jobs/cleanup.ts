import { purgeExpired } from "../services/auth.ts";
import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { purgeExpiredSurveyAnswers } from "../services/surveys.ts";
import { every } from "./every.ts";

const HOUR = 3_600_000;

/**
 * Deletes expired sessions and old sign-in attempts, and raw survey answers
 * past their network's retention, and refreshes SQLite's planner statistics, every hour. Each instance runs it; the
 * deletes are idempotent and a round is frozen once, so running twice does no harm.
 */
export function startCleanup(deps: Deps): () => void {
  return every(deps, "cleanup", HOUR, () =>
    measuredJob(deps.metrics, "cleanup", async () => {
      await purgeExpired(deps);
      const rounds = await purgeExpiredSurveyAnswers(deps);
      if (rounds > 0) deps.logger.info({ rounds }, "raw survey answers past retention deleted");
      // PostgreSQL's autovacuum keeps planner statistics fresh; SQLite leaves it to the application.
      if (deps.storage.kind === "sqlite") await deps.storage.optimize();
    }),
  );
}
