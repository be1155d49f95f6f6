import type { Kysely } from "kysely";

/**
 * Issue #21 point 4: outgoing webhooks. A coordinator's webhooks per network (Teams, Slack, Matrix or signed JSON),
 * the news features announce, and one delivery per event and webhook — unique, so that however many instances run
 * the delivery job, a webhook gets an event at most once. A delivery is claimed with a lease (`claimed_until`,
 * `claim_token`) before it is sent (decision 023).
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("webhooks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("matrix_homeserver", "text")
    .addColumn("matrix_room_id", "text")
    .addColumn("matrix_access_token", "text")
    .addColumn("secret", "text")
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("fi"))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("webhooks_network").on("webhooks").columns(["network_id", "created_at"]).execute();

  await db.schema
    .createTable("webhook_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("summary", "text")
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("webhook_id", "text", (c) => c.notNull().references("webhooks.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.notNull().references("webhook_events.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("claimed_until", "text")
    .addColumn("claim_token", "text")
    .addColumn("last_status", "integer")
    .addColumn("last_error", "text")
    .addColumn("last_attempt_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("webhook_deliveries_once", ["webhook_id", "event_id"])
    .execute();
  await db.schema.createIndex("webhook_deliveries_due").on("webhook_deliveries").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("webhook_deliveries_log").on("webhook_deliveries").columns(["webhook_id", "created_at"]).execute();
  await db.schema.createIndex("webhook_deliveries_event").on("webhook_deliveries").column("event_id").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("webhook_deliveries").execute();
  await db.schema.dropTable("webhook_events").execute();
  await db.schema.dropTable("webhooks").execute();
}
