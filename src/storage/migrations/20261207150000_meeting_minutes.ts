import type { Kysely } from "kysely";

/**
 * Issue #19 point 13: a meeting's minutes. Until a planner saves a draft the minutes are composed afresh from the
 * meeting, so there is no row; once saved, the text is edited with a version (a stale save gets 409), frozen when
 * approved, and marked sent once participants have been told. The row's id is its meeting's, one per meeting.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("meeting_minutes")
    .addColumn("id", "text", (c) => c.primaryKey().references("meetings.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("approved_at", "text")
    .addColumn("approved_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("sent_at", "text")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meeting_minutes").execute();
}
