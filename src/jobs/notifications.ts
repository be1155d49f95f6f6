import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { runReminders, sendDigests } from "../services/notifications.ts";
import { every } from "./every.ts";

const HOUR = 3_600_000;

/**
 * Hourly in-app reminders of promises and events, a daily digest for those
 * who want one each day and a weekly one on Mondays. On PostgreSQL each run
 * holds an advisory lock, so with several instances a job runs once.
 */
export function startNotifications(deps: Deps, baseUrl: string): () => void {
  let lastDaily = "";
  let lastWeekly = "";
  return every(deps, "notification jobs", HOUR, async () => {
    await measuredJob(deps.metrics, "reminders", () => runReminders(deps));
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    if (day !== lastDaily) {
      lastDaily = day;
      await measuredJob(deps.metrics, "daily_digest", () => sendDigests(deps, "daily", baseUrl, now));
    }
    if (now.getUTCDay() === 1 && day !== lastWeekly) {
      lastWeekly = day;
      await measuredJob(deps.metrics, "weekly_digest", () => sendDigests(deps, "weekly", baseUrl, now));
    }
  });
}
