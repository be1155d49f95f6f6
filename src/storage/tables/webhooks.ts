import type { Generated } from "kysely";

// Row types of outgoing webhooks, the events announced to them and their deliveries (columns as decision 002 stores them).

export interface WebhooksTable {
  id: string;
  network_id: string;
  /** The coordinator's own label, e.g. "Ohjausryhmän Teams-kanava". */
  name: string;
  /** A WEBHOOK_KINDS value. */
  kind: string;
  /** Where Teams, Slack and JSON webhooks post; a secret in itself for Teams and Slack. */
  url: string | null;
  matrix_homeserver: string | null;
  matrix_room_id: string | null;
  matrix_access_token: string | null;
  /** The JSON webhook's signing secret. */
  secret: string | null;
  /** The subscribed WEBHOOK_EVENT_KINDS as a JSON array. */
  events: string;
  /** The language of the messages. */
  locale: Generated<string>;
  active: Generated<number>;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface WebhookEventsTable {
  id: string;
  network_id: string;
  /** A WEBHOOK_EVENT_KINDS value, or `test` for the test button's message. */
  kind: string;
  title: string;
  path: string;
  summary: string | null;
  /** Set when the same news may be announced again (a promise due on a date): the second announcement is dropped. */
  dedupe_key: string | null;
  occurred_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  /** A DELIVERY_STATUSES value. */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** A sender holds the delivery until then; another instance claims it only after. */
  claimed_until: string | null;
  claim_token: string | null;
  last_status: number | null;
  /** Short, and never a secret or a response body. */
  last_error: string | null;
  last_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
}
