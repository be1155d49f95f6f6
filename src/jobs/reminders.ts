import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { sendFreshnessReminders } from "../services/people.ts";

const DAY = 86_400_000;

/** Once a day (and at start), e-mails people whose directory details have gone stale. Needs SMTP. */
export function startReminders(deps: Deps, baseUrl: string): () => void {
  const run = () =>
    measuredJob(deps.metrics, "freshness_reminders", async () => {
      const sent = await sendFreshnessReminders(deps, baseUrl);
      if (sent > 0) deps.logger.info({ sent }, "sent freshness reminders");
    }).catch((err: unknown) => {
      deps.logger.warn({ err }, "freshness reminders failed");
    });
  void run();
  const timer = setInterval(run, DAY);
  timer.unref();
  return () => clearInterval(timer);
}
