import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { closeDuePolls, pollReminders } from "../services/pollClosing.ts";
import { every } from "./every.ts";

const MINUTE = 60_000;

/**
 * Closes polls whose time has come (every minute, so the result and the decision log follow the closing time
 * closely) and reminds those who have not voted a day before (each reminder has a key, so it comes once).
 */
export function startPolls(deps: Deps): () => void {
  return every(deps, "poll jobs", MINUTE, async () => {
    await measuredJob(deps.metrics, "polls_close", () => closeDuePolls(deps));
    await measuredJob(deps.metrics, "polls_remind", () => pollReminders(deps));
  });
}
