import type { Kysely } from "kysely";

/**
 * Issue #20 point 7: the governance diagnosis (Provan & Kenis). A coordinator's answers on how the network is
 * governed today and how much it needs competencies of its own, with the diagnosis as it came out from the
 * network's conditions then; kept, newest last, so that the network can see how its conditions moved.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("governance_diagnoses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("governance_diagnoses_network").on("governance_diagnoses").columns(["network_id", "created_at"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("governance_diagnoses").execute();
}
