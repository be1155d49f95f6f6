import type { Selectable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { WebhooksTable } from "../schema.ts";
import { insertRow, newStamps } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export type WebhookRow = Selectable<WebhooksTable>;

/** What a coordinator sets; a secret left undefined keeps the stored one. */
export interface WebhookFields {
  name: string;
  kind: string;
  url: string | null;
  matrixHomeserver: string | null;
  matrixRoomId: string | null;
  matrixAccessToken: string | null;
  secret: string | null;
  events: string[];
  locale: string;
  active: boolean;
}

const columns = (f: WebhookFields) => ({
  name: f.name,
  kind: f.kind,
  url: f.url,
  matrix_homeserver: f.matrixHomeserver,
  matrix_room_id: f.matrixRoomId,
  matrix_access_token: f.matrixAccessToken,
  secret: f.secret,
  events: JSON.stringify(f.events),
  locale: f.locale,
  active: f.active ? 1 : 0,
});

export async function insertWebhook(db: DbOrTx, networkId: string, createdBy: string, fields: WebhookFields) {
  return insertRow(db, "webhooks", { network_id: networkId, created_by: createdBy, ...newStamps(), ...columns(fields) });
}

export const updateWebhook = (db: DbOrTx, id: string, version: number, fields: WebhookFields) =>
  updateIfVersion(db, "webhooks", id, version, columns(fields));

export const listWebhooks = (db: DbOrTx, networkId: string) =>
  db.selectFrom("webhooks").selectAll().where("network_id", "=", networkId).orderBy("created_at").orderBy("id").execute();

export const findWebhook = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("webhooks").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const deleteWebhook = (db: DbOrTx, id: string) => db.deleteFrom("webhooks").where("id", "=", id).execute();

/** The network's active webhooks with what they subscribe to; few per network, so the filter by kind is the caller's. */
export const activeWebhooks = (db: DbOrTx, networkId: string) =>
  db.selectFrom("webhooks").select(["id", "events"]).where("network_id", "=", networkId).where("active", "=", 1).execute();

export interface NewWebhookEvent {
  networkId: string;
  kind: string;
  title: string;
  path: string;
  summary: string | null;
  dedupeKey: string | null;
}

/** Stores an event; null when its dedupe key was announced before (nothing is stored then). */
export async function insertWebhookEvent(db: DbOrTx, event: NewWebhookEvent, now = nowIso()): Promise<string | null> {
  const id = newId();
  const r = await db
    .insertInto("webhook_events")
    .values({
      id,
      network_id: event.networkId,
      kind: event.kind,
      title: event.title,
      path: event.path,
      summary: event.summary,
      dedupe_key: event.dedupeKey,
      occurred_at: now,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? id : null;
}

/** One pending delivery per webhook; the unique (webhook, event) pair keeps a repeated call from adding a second. */
export async function insertDeliveries(db: DbOrTx, eventId: string, webhookIds: string[], now = nowIso()) {
  if (webhookIds.length === 0) return;
  await db
    .insertInto("webhook_deliveries")
    .values(
      webhookIds.map((webhookId) => ({
        id: newId(),
        webhook_id: webhookId,
        event_id: eventId,
        status: "pending",
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(["webhook_id", "event_id"]).doNothing())
    .execute();
}

/** A delivery recorded as already attempted once (the test button sends before it records). */
export async function insertAttemptedDelivery(
  db: DbOrTx,
  delivery: { id: string; webhookId: string; eventId: string; outcome: AttemptOutcome },
  now = nowIso(),
) {
  await db
    .insertInto("webhook_deliveries")
    .values({
      id: delivery.id,
      webhook_id: delivery.webhookId,
      event_id: delivery.eventId,
      status: delivery.outcome.status,
      attempts: 1,
      next_attempt_at: now,
      last_status: delivery.outcome.httpStatus,
      last_error: delivery.outcome.error,
      last_attempt_at: now,
      delivered_at: delivery.outcome.status === "delivered" ? now : null,
      created_at: now,
    })
    .execute();
}

/**
 * Claims one due delivery for `token` until `leaseUntil`: a single conditional UPDATE, so of two instances racing
 * for a row only one changes it (PostgreSQL re-checks the WHERE on the row another transaction just changed;
 * SQLite writes one at a time). An expired lease — a sender that died mid-send — is claimable again.
 */
export async function claimDueDelivery(db: DbOrTx, token: string, now: string, leaseUntil: string): Promise<string | "taken" | null> {
  const candidate = await db
    .selectFrom("webhook_deliveries")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", now)]))
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  if (!candidate) return null;
  const r = await db
    .updateTable("webhook_deliveries")
    .set({ claimed_until: leaseUntil, claim_token: token })
    .where("id", "=", candidate.id)
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", now)]))
    .executeTakeFirst();
  // Lost the race for this row: the caller asks again and gets the next one.
  return Number(r.numUpdatedRows) === 1 ? candidate.id : "taken";
}

/** A claimed delivery with what sending it needs: its webhook (secrets included) and its event. */
export const claimedDelivery = (db: DbOrTx, id: string, token: string) =>
  db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhooks as w", "w.id", "d.webhook_id")
    .innerJoin("webhook_events as e", "e.id", "d.event_id")
    .innerJoin("networks as n", "n.id", "e.network_id")
    .select([
      "d.id",
      "d.attempts",
      "d.event_id",
      "w.id as webhook_id",
      "w.kind",
      "w.url",
      "w.matrix_homeserver",
      "w.matrix_room_id",
      "w.matrix_access_token",
      "w.secret",
      "w.locale",
      "w.active",
      "e.kind as event_kind",
      "e.title",
      "e.path",
      "e.summary",
      "e.occurred_at",
      "n.id as network_id",
      "n.name as network_name",
    ])
    .where("d.id", "=", id)
    .where("d.claim_token", "=", token)
    .executeTakeFirst();

/** How one attempt ended, as the delivery log keeps it. */
export interface AttemptOutcome {
  status: "pending" | "delivered" | "failed";
  httpStatus: number | null;
  error: string | null;
}

/** Records an attempt and releases the claim; only the holder of the claim may (a stale sender changes nothing). */
export async function recordAttempt(
  db: DbOrTx,
  id: string,
  token: string,
  attempt: AttemptOutcome & { attempts: number; nextAttemptAt: string },
  now = nowIso(),
) {
  const r = await db
    .updateTable("webhook_deliveries")
    .set({
      status: attempt.status,
      attempts: attempt.attempts,
      next_attempt_at: attempt.nextAttemptAt,
      last_status: attempt.httpStatus,
      last_error: attempt.error,
      last_attempt_at: now,
      delivered_at: attempt.status === "delivered" ? now : null,
      claimed_until: null,
      claim_token: null,
    })
    .where("id", "=", id)
    .where("claim_token", "=", token)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The latest deliveries of a webhook with their event, newest first. */
export const listDeliveries = (db: DbOrTx, webhookId: string, limit: number) =>
  db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhook_events as e", "e.id", "d.event_id")
    .select([
      "d.id",
      "d.status",
      "d.attempts",
      "d.next_attempt_at",
      "d.last_status",
      "d.last_error",
      "d.last_attempt_at",
      "d.delivered_at",
      "d.created_at",
      "e.kind",
      "e.title",
    ])
    .where("d.webhook_id", "=", webhookId)
    .orderBy("d.created_at", "desc")
    .orderBy("d.id", "desc")
    .limit(limit)
    .execute();

/** Forgets finished deliveries older than `before` and events no delivery needs any more (the log shows recent ones). */
export async function pruneDeliveries(db: DbOrTx, before: string) {
  await db.deleteFrom("webhook_deliveries").where("status", "!=", "pending").where("created_at", "<", before).execute();
  await db
    .deleteFrom("webhook_events")
    .where("occurred_at", "<", before)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("webhook_deliveries as d").select("d.id").whereRef("d.event_id", "=", "webhook_events.id"))),
    )
    .execute();
}
