import type { Deps } from "../services/context.ts";
import { newId } from "../storage/ids.ts";
import { insertWebhook } from "../storage/repos/webhooks.ts";

const DAY = 86_400_000;

/**
 * The demo network's Teams channel, switched off and pointing at example.com, so that the webhooks page shows a
 * channel and a delivery log without the demo ever sending to the internet: news is announced only to active
 * channels, and the log's deliveries are written as already delivered.
 */
export async function seedWebhooksDemo(deps: Deps, networkId: string, coordinatorUserId: string, now: Date) {
  const { db } = deps.storage;
  const webhookId = await insertWebhook(db, networkId, coordinatorUserId, {
    name: "Ohjausryhmän Teams-kanava (esimerkki)",
    kind: "teams",
    url: "https://example.com/solmu-demo/teams-workflow",
    matrixHomeserver: null,
    matrixRoomId: null,
    matrixAccessToken: null,
    secret: null,
    events: ["poll.opened", "poll.closed", "meeting.created", "meeting.changed", "decision.recorded", "agreement.approved"],
    locale: "fi",
    active: false,
  });
  const decisions = await db
    .selectFrom("decisions")
    .select("title")
    .where("network_id", "=", networkId)
    .orderBy("decided_on", "desc")
    .limit(2)
    .execute();
  const meetings = await db
    .selectFrom("meetings as m")
    .innerJoin("events as e", "e.id", "m.event_id")
    .select(["m.id", "e.title"])
    .where("m.network_id", "=", networkId)
    .orderBy("e.starts_utc", "desc")
    .limit(1)
    .execute();
  const news = [
    ...decisions.map((d) => ({ kind: "decision.recorded", title: d.title, path: `/networks/${networkId}/decisions` })),
    ...meetings.map((m) => ({ kind: "meeting.created", title: m.title, path: `/networks/${networkId}/meetings/${m.id}` })),
  ];
  for (const [i, item] of news.entries()) {
    const at = new Date(now.getTime() - (i + 2) * DAY).toISOString();
    const eventId = newId();
    await db
      .insertInto("webhook_events")
      .values({ id: eventId, network_id: networkId, ...item, summary: null, dedupe_key: null, occurred_at: at })
      .execute();
    await db
      .insertInto("webhook_deliveries")
      .values({
        id: newId(),
        webhook_id: webhookId,
        event_id: eventId,
        status: "delivered",
        attempts: i === 0 ? 2 : 1,
        next_attempt_at: at,
        claimed_until: null,
        claim_token: null,
        last_status: 202,
        last_error: null,
        last_attempt_at: at,
        delivered_at: at,
        created_at: at,
      })
      .execute();
  }
}
