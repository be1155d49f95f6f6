import { createHmac, randomUUID } from "node:crypto";
import { isLocale } from "../domain/locale.ts";
import {
  classifyStatus,
  MAX_ATTEMPTS,
  MAX_ERROR_LENGTH,
  type MessageKind,
  parseRetryAfter,
  retryDelayMs,
  SEND_TIMEOUT_MS,
  type WebhookMessage,
  type WebhookTarget,
  webhookRequest,
} from "../domain/webhooks.ts";
import { translator } from "../i18n/index.ts";
import { nowIso } from "../storage/ids.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import {
  type AttemptOutcome,
  claimDueDelivery,
  claimedDelivery,
  pruneDeliveries,
  recordAttempt,
  type WebhookRow,
} from "../storage/repos/webhooks.ts";
import type { Deps } from "./context.ts";
import { sendWebhookRequest } from "./webhookSend.ts";

/** The stored webhook columns a send needs (secrets included): a row of `webhooks` or the job's joined claim. */
export type WebhookSecrets = Pick<
  WebhookRow,
  "kind" | "url" | "matrix_homeserver" | "matrix_room_id" | "matrix_access_token" | "secret" | "locale"
>;

export interface DeliveryToSend {
  deliveryId: string;
  event: { id: string; kind: MessageKind; title: string; path: string; summary: string | null; occurredAt: string };
  network: { id: string; name: string };
  webhook: WebhookSecrets;
  /** Attempts made before this one. */
  attempts: number;
  /** False for the test button: one try, then failed. */
  retry: boolean;
}

/** How long a claimed delivery is held: the send's timeout and a margin, after which a dead sender's claim lapses. */
const LEASE_MS = SEND_TIMEOUT_MS + 50_000;
/** Finished deliveries and their events are forgotten after this long. */
const KEEP_DAYS = 90;

function targetOf(w: WebhookSecrets): WebhookTarget | null {
  if ((w.kind === "teams" || w.kind === "slack") && w.url) return { kind: w.kind, url: w.url };
  if (w.kind === "json" && w.url && w.secret) return { kind: "json", url: w.url, secret: w.secret };
  if (w.kind === "matrix" && w.matrix_homeserver && w.matrix_room_id && w.matrix_access_token) {
    return { kind: "matrix", homeserver: w.matrix_homeserver, roomId: w.matrix_room_id, accessToken: w.matrix_access_token };
  }
  return null;
}

/** The message in the webhook's language, with its link built from PUBLIC_URL (decision 015), never from a request. */
export function messageOf(deps: Deps, d: DeliveryToSend): WebhookMessage {
  const t = translator(isLocale(d.webhook.locale) ? d.webhook.locale : "fi");
  return {
    eventId: d.event.id,
    kind: d.event.kind,
    network: d.network,
    heading: t(`webhooks.message.${d.event.kind.replace(".", "_")}`),
    title: d.event.title,
    summary: d.event.summary,
    url: `${deps.links.base}${d.event.path}`,
    linkLabel: t("webhooks.message.open"),
    occurredAt: d.event.occurredAt,
  };
}

/** Sends one delivery and says how it went; when it is worth another try, `nextAttemptAt` says when. */
export async function sendDelivery(deps: Deps, d: DeliveryToSend, now = new Date()): Promise<AttemptOutcome & { nextAttemptAt: string }> {
  const target = targetOf(d.webhook);
  if (!target) return { status: "failed", httpStatus: null, error: "incomplete_settings", nextAttemptAt: nowIso(now) };
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const secret = target.kind === "json" ? target.secret : "";
  const request = webhookRequest(target, messageOf(deps, d), {
    id: d.deliveryId,
    timestamp,
    sign: (content) => createHmac("sha256", secret).update(content, "utf8").digest("hex"),
  });
  const sent = await sendWebhookRequest(request, { allowPrivate: deps.settings.webhookAllowPrivate });
  const verdict = sent.refused ? "failed" : sent.httpStatus === null ? "retry" : classifyStatus(sent.httpStatus);
  const error = sent.error?.slice(0, MAX_ERROR_LENGTH) ?? null;
  const attempts = d.attempts + 1;
  if (verdict === "delivered") return { status: "delivered", httpStatus: sent.httpStatus, error: null, nextAttemptAt: nowIso(now) };
  if (verdict === "failed" || !d.retry || attempts >= MAX_ATTEMPTS) {
    return { status: "failed", httpStatus: sent.httpStatus, error, nextAttemptAt: nowIso(now) };
  }
  const wait = retryDelayMs(attempts, Math.random(), parseRetryAfter(sent.retryAfter, now));
  return { status: "pending", httpStatus: sent.httpStatus, error, nextAttemptAt: nowIso(new Date(now.getTime() + wait)) };
}

/**
 * Sends the deliveries that are due, one claim at a time, up to `limit`. Each delivery is claimed with a lease by a
 * conditional update before it is sent, so several instances share the work and never send one delivery at the
 * same time; the claim is released with the attempt's outcome. Returns how many were attempted.
 */
export async function deliverDue(deps: Deps, options: { limit?: number; now?: () => Date } = {}): Promise<number> {
  const { db } = deps.storage;
  const clock = options.now ?? (() => new Date());
  const limit = options.limit ?? 100;
  const token = randomUUID();
  let attempted = 0;
  let lost = 0;
  while (attempted < limit && lost < limit) {
    const now = clock();
    const claimed = await claimDueDelivery(db, token, nowIso(now), nowIso(new Date(now.getTime() + LEASE_MS)));
    if (claimed === null) break;
    if (claimed === "taken") {
      lost += 1;
      continue;
    }
    const row = await claimedDelivery(db, claimed, token);
    if (!row) continue;
    attempted += 1;
    const outcome =
      row.active === 1
        ? await sendDelivery(
            deps,
            {
              deliveryId: row.id,
              event: {
                id: row.event_id,
                kind: row.event_kind as MessageKind,
                title: row.title,
                path: row.path,
                summary: row.summary,
                occurredAt: row.occurred_at,
              },
              network: { id: row.network_id, name: row.network_name },
              webhook: row,
              attempts: row.attempts,
              retry: true,
            },
            now,
          )
        : // Switched off after the news was announced: the coordinator chose not to send it.
          { status: "failed" as const, httpStatus: null, error: "webhook_inactive", nextAttemptAt: nowIso(now) };
    const attempts = row.active === 1 ? row.attempts + 1 : row.attempts;
    if (!(await recordAttempt(db, row.id, token, { ...outcome, attempts }))) {
      deps.logger.warn({ delivery: row.id }, "webhook delivery outlived its claim");
    }
  }
  return attempted;
}

/** Forgets deliveries finished more than KEEP_DAYS ago, so the log and its table stay small. */
export const pruneOldDeliveries = (deps: Deps, now = new Date()) =>
  pruneDeliveries(deps.storage.db, nowIso(new Date(now.getTime() - KEEP_DAYS * 86_400_000)));

/** The network's name for a message sent outside the job (the test button). */
export async function networkOf(deps: Deps, networkId: string) {
  const network = await findNetwork(deps.storage.db, networkId);
  return { id: networkId, name: network?.name ?? "" };
}
