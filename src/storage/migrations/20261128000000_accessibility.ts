import type { Kysely } from "kysely";

// The accessibility statement (saavutettavuusseloste) of the instance, per language, and feedback about accessibility problems.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("accessibility_statements")
    .addColumn("locale", "text", (c) => c.primaryKey())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("accessibility_feedback")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("page", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    // Optional, for an answer; the law gives the sender a right to one within 14 days.
    .addColumn("email", "text")
    // A hash of the sender's address, only to limit how often one address can send.
    .addColumn("address_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("handled_at", "text")
    .execute();
  await db.schema.createIndex("accessibility_feedback_created_idx").on("accessibility_feedback").column("created_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("accessibility_feedback").execute();
  await db.schema.dropTable("accessibility_statements").execute();
}
