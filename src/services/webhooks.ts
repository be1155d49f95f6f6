import { DEFAULT_LOCALE, isLocale, type Locale } from "../domain/locale.ts";
import {
  checkWebhookUrl,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  isMatrixRoom,
  maskUrl,
  type NetworkEvent,
  secretHint,
  WEBHOOK_EVENT_KINDS,
  type WebhookEventKind,
  type WebhookKind,
} from "../domain/webhooks.ts";
import type { DbOrTx } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import {
  activeWebhooks,
  deleteWebhook,
  findWebhook,
  insertAttemptedDelivery,
  insertDeliveries,
  insertWebhook,
  insertWebhookEvent,
  listDeliveries as listDeliveryRows,
  listWebhooks as listWebhookRows,
  updateWebhook as updateWebhookRow,
  type WebhookFields,
  type WebhookRow,
} from "../storage/repos/webhooks.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, type Message, notFound, staleWrite } from "./errors.ts";
import { networkOf, sendDelivery } from "./webhookDelivery.ts";

export type { NetworkEvent, WebhookEventKind };

/**
 * Announces a piece of the network's news to its webhooks, inside the caller's transaction: stores the event and one
 * pending delivery per active webhook subscribed to its kind, so the news goes out only if what it tells was saved.
 * Nothing is sent here; the delivery job does that (jobs/webhooks.ts). A network without such webhooks stores nothing.
 */
export async function announce(db: DbOrTx, event: NetworkEvent): Promise<void> {
  const hooks = (await activeWebhooks(db, event.networkId)).filter((h) => subscribedTo(h.events).includes(event.kind));
  if (hooks.length === 0) return;
  const eventId = await insertWebhookEvent(db, {
    networkId: event.networkId,
    kind: event.kind,
    title: event.title.slice(0, 300),
    path: event.path,
    summary: event.summary?.slice(0, 500) ?? null,
    dedupeKey: event.dedupeKey ?? null,
  });
  if (eventId)
    await insertDeliveries(
      db,
      eventId,
      hooks.map((h) => h.id),
    );
}

const subscribedTo = (events: string): WebhookEventKind[] => {
  const parsed: unknown = JSON.parse(events);
  return Array.isArray(parsed) ? parsed.filter((k): k is WebhookEventKind => (WEBHOOK_EVENT_KINDS as readonly string[]).includes(k)) : [];
};

/** What a coordinator sends to create or change a webhook. Secrets left out keep what is stored. */
export interface WebhookInput {
  name: string;
  kind: WebhookKind;
  url?: string | undefined;
  matrixHomeserver?: string | undefined;
  matrixRoomId?: string | undefined;
  matrixAccessToken?: string | undefined;
  secret?: string | undefined;
  events: WebhookEventKind[];
  locale: Locale;
  active: boolean;
}

/** A webhook as the API shows it: secrets never, only whether they are set and their last characters. */
function present(row: WebhookRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as WebhookKind,
    url: row.url ? maskUrl(row.url) : null,
    matrixHomeserver: row.matrix_homeserver,
    matrixRoomId: row.matrix_room_id,
    matrixAccessTokenSet: row.matrix_access_token !== null,
    matrixAccessTokenHint: secretHint(row.matrix_access_token),
    secretSet: row.secret !== null,
    secretHint: secretHint(row.secret),
    events: subscribedTo(row.events),
    locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    active: row.active === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The stored fields after `input`, checked: the URL rules of decision 023, and what each kind needs. A secret or URL
 * the input leaves out is kept from `stored`, so the page never needs to hold one to save other changes.
 */
function fieldsOf(deps: Deps, input: WebhookInput, stored: WebhookRow | undefined): WebhookFields {
  const allowPrivate = deps.settings.webhookAllowPrivate;
  const problems: Record<string, Message> = {};
  const keep = <T>(given: T | undefined, old: T | null | undefined) => (given !== undefined ? given : (old ?? null));
  const sameKind = stored?.kind === input.kind;
  const url = input.kind === "matrix" ? null : keep(input.url, sameKind ? stored?.url : null);
  const homeserver = input.kind === "matrix" ? keep(input.matrixHomeserver, stored?.matrix_homeserver) : null;
  const roomId = input.kind === "matrix" ? keep(input.matrixRoomId, stored?.matrix_room_id) : null;
  const token = input.kind === "matrix" ? keep(input.matrixAccessToken, sameKind ? stored?.matrix_access_token : null) : null;
  const secret = input.kind === "json" ? keep(input.secret, sameKind ? stored?.secret : null) : null;
  const checkUrl = (field: string, value: string | null) => {
    if (!value) problems[field] = { key: "validation.required" };
    else {
      const problem = checkWebhookUrl(value, allowPrivate);
      if (problem) problems[field] = { key: `webhooks.errors.${problem}` };
    }
  };
  if (input.kind === "matrix") {
    checkUrl("matrixHomeserver", homeserver);
    if (!roomId) problems.matrixRoomId = { key: "validation.required" };
    else if (!isMatrixRoom(roomId)) problems.matrixRoomId = { key: "webhooks.errors.room" };
    if (!token) problems.matrixAccessToken = { key: "validation.required" };
  } else checkUrl("url", url);
  if (input.kind === "json" && !secret) problems.secret = { key: "validation.required" };
  if (input.events.length === 0) problems.events = { key: "webhooks.errors.events" };
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return {
    name: input.name,
    kind: input.kind,
    url,
    matrixHomeserver: homeserver,
    matrixRoomId: roomId,
    matrixAccessToken: token,
    secret,
    events: [...new Set(input.events)],
    locale: input.locale,
    active: input.active,
  };
}

/** The network's webhooks (coordinators only: the addresses are where the network's news goes). */
export async function listWebhooks(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  return (await listWebhookRows(db, networkId)).map(present);
}

export async function createWebhook(deps: Deps, actor: Actor, networkId: string, input: WebhookInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const fields = fieldsOf(deps, input, undefined);
  const id = await db.transaction().execute(async (tx) => {
    const created = await insertWebhook(tx, networkId, actor.userId, fields);
    await audit(tx, actor, networkId, "webhook.saved", fields.name, { kind: fields.kind });
    return created;
  });
  return present(await webhookOr404(db, networkId, id));
}

export async function updateWebhook(deps: Deps, actor: Actor, networkId: string, id: string, version: number, input: WebhookInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const stored = await webhookOr404(db, networkId, id);
  const fields = fieldsOf(deps, input, stored);
  const saved = await db.transaction().execute(async (tx) => {
    if (!(await updateWebhookRow(tx, id, version, fields))) return false;
    await audit(tx, actor, networkId, "webhook.saved", fields.name, { kind: fields.kind });
    return true;
  });
  if (!saved) throw staleWrite(present(await webhookOr404(db, networkId, id)));
  return present(await webhookOr404(db, networkId, id));
}

export async function removeWebhook(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const row = await webhookOr404(db, networkId, id);
  await db.transaction().execute(async (tx) => {
    await deleteWebhook(tx, id);
    await audit(tx, actor, networkId, "webhook.deleted", row.name, { kind: row.kind });
  });
}

async function webhookOr404(db: DbOrTx, networkId: string, id: string) {
  const row = await findWebhook(db, networkId, id);
  if (!row) throw notFound();
  return row;
}

/** How many deliveries the log shows. */
export const DELIVERY_LOG_SIZE = 50;

/** The webhook's latest deliveries, newest first, with how each went. */
export async function listDeliveries(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  await webhookOr404(db, networkId, id);
  const rows = await listDeliveryRows(db, id, DELIVERY_LOG_SIZE);
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    status: ((DELIVERY_STATUSES as readonly string[]).includes(d.status) ? d.status : "failed") as DeliveryStatus,
    attempts: d.attempts,
    httpStatus: d.last_status,
    error: d.last_error,
    createdAt: d.created_at,
    lastAttemptAt: d.last_attempt_at,
    nextAttemptAt: d.status === "pending" ? d.next_attempt_at : null,
    deliveredAt: d.delivered_at,
  }));
}

/**
 * Sends a test message now, whether the webhook is active or not, and records it in the delivery log: the
 * coordinator sees at once whether the address, token or secret works. A test is tried once, never retried.
 */
export async function testWebhook(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const row = await webhookOr404(db, networkId, id);
  const path = `/networks/${networkId}/webhooks`;
  const eventId = await insertWebhookEvent(db, { networkId, kind: "test", title: row.name, path, summary: null, dedupeKey: null });
  if (!eventId) throw notFound();
  const deliveryId = newId();
  const outcome = await sendDelivery(deps, {
    deliveryId,
    event: { id: eventId, kind: "test", title: row.name, path, summary: null, occurredAt: new Date().toISOString() },
    network: await networkOf(deps, networkId),
    webhook: row,
    attempts: 0,
    retry: false,
  });
  await insertAttemptedDelivery(db, { id: deliveryId, webhookId: id, eventId, outcome });
  return { status: outcome.status, httpStatus: outcome.httpStatus, error: outcome.error };
}
