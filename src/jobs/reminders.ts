import type { Deps } from "../services/context.ts";
import { measuredJob } from "../services/metrics.ts";
import { sendFreshnessReminders } from "../services/people.ts";
import { every } from "./every.ts";

const DAY = 86_400_000;

/** Once a day (and at start), e-mails people whose directory details have gone stale. Needs SMTP. */
export function startReminders(deps: Deps, baseUrl: string): () => void {
  return every(deps, "freshness reminders", DAY, () =>
    measuredJob(deps.metrics, "freshness_reminders", async () => {
      const sent = await sendFreshnessReminders(deps, baseUrl);
      if (sent > 0) deps.logger.info({ sent }, "sent freshness reminders");
    }),
  );
}
