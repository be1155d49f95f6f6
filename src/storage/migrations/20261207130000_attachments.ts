import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Issue #19: files on meetings and agreement versions (agenda, slides, minutes). The bytes live in the database,
 * as photos do, so every app instance serves them without shared disk; they sit in a table of their own so that
 * listing a meeting's files never reads them.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("owner_kind", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("attachments_owner_idx").on("attachments").columns(["owner_kind", "owner_id"]).execute();
  await db.schema
    .createTable("attachment_contents")
    .addColumn("attachment_id", "text", (c) => c.primaryKey().references("attachments.id").onDelete("cascade"))
    .addColumn("bytes", postgres ? "bytea" : "blob", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("attachment_contents").execute();
  await db.schema.dropTable("attachments").execute();
}
