import type { Kysely } from "kysely";

// Coordination: the annual clock's events, calendar feed tokens, the promise ledger and in-app notifications.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("kind", "text", (c) => c.notNull())
    // Local wall-clock times in time_zone ("YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" for all-day events, end exclusive).
    .addColumn("starts_local", "text", (c) => c.notNull())
    .addColumn("ends_local", "text", (c) => c.notNull())
    .addColumn("all_day", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("time_zone", "text", (c) => c.notNull())
    // The first occurrence's start as a UTC instant, for ordering and windows without parsing zones in SQL.
    .addColumn("starts_utc", "text", (c) => c.notNull())
    .addColumn("recurrence", "text")
    .addColumn("place", "text")
    .addColumn("online_url", "text")
    .addColumn("organiser_organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("confirmed"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_network_idx").on("events").columns(["network_id", "starts_utc"]).execute();

  await db.schema
    .createTable("feed_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // A network's calendar, or (null) the person's own calendar across their networks.
    .addColumn("network_id", "text", (c) => c.references("networks.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("feed_tokens_user_idx").on("feed_tokens").column("user_id").execute();

  await db.schema
    .createTable("promises")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    // Who promises; a person removed from the network leaves the promise anonymous, so keeping rates stay true.
    .addColumn("promiser_membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .addColumn("on_behalf_of_organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("to_kind", "text", (c) => c.notNull())
    .addColumn("to_membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .addColumn("to_organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("closed_on", "text")
    .addColumn("renegotiations", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("goal_id", "text", (c) => c.references("goals.id").onDelete("set null"))
    .addColumn("agreement_section_id", "text", (c) => c.references("agreement_sections.id").onDelete("set null"))
    // Meetings come with the facilitation issue; the column is ready for their link.
    .addColumn("meeting_id", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("promises_network_idx").on("promises").columns(["network_id", "due_on"]).execute();
  await db.schema.createIndex("promises_promiser_idx").on("promises").column("promiser_membership_id").execute();

  // Every change of a promise, so a renegotiation keeps what was promised before.
  await db.schema
    .createTable("promise_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("promise_id", "text", (c) => c.notNull().references("promises.id").onDelete("cascade"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("changed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("promise_changes_promise_idx").on("promise_changes").column("promise_id").execute();

  await db.schema
    .createTable("promise_factors")
    .addColumn("promise_id", "text", (c) => c.notNull().references("promises.id").onDelete("cascade"))
    .addColumn("change_id", "text", (c) => c.notNull().references("promise_changes.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("factor", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("promise_factors_promise_idx").on("promise_factors").column("promise_id").execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("network_id", "text", (c) => c.references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("params", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("link", "text")
    // Jobs on several instances may try to notify twice; the key makes the second insert a no-op.
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addColumn("mailed_at", "text")
    .execute();
  await db.schema.createIndex("notifications_user_idx").on("notifications").columns(["user_id", "created_at"]).execute();

  await db.schema
    .alterTable("users")
    .addColumn("digest", "text", (c) => c.notNull().defaultTo("weekly"))
    .execute();
  await db.schema.alterTable("users").addColumn("unsubscribe_token_hash", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["notifications", "promise_factors", "promise_changes", "promises", "feed_tokens", "events"]) {
    await db.schema.dropTable(t).execute();
  }
}
