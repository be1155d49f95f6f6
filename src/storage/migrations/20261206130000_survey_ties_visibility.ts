import type { Kysely } from "kysely";

// Whether coordinators see individual ties ("individual", decision 006) or only group-level structure ("groups"):
// a network's default, copied into each round when it opens, since respondents are told it before answering.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("networks")
    .addColumn("survey_ties_visibility", "text", (c) => c.notNull().defaultTo("individual"))
    .execute();
  await db.schema
    .alterTable("survey_rounds")
    .addColumn("ties_visibility", "text", (c) => c.notNull().defaultTo("individual"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("survey_rounds").dropColumn("ties_visibility").execute();
  await db.schema.alterTable("networks").dropColumn("survey_ties_visibility").execute();
}
