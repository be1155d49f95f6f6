import type { Kysely } from "kysely";

/**
 * Issue #22 point 5 (decision 022): a counter per scope of change (a network's pages, the sessions, everything),
 * bumped in the same transaction as every write, so that a cached answer ends only when what it shows may have
 * changed.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("data_versions")
    .addColumn("scope", "text", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("data_versions").execute();
}
