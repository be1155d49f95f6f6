import type { Kysely } from "kysely";

/**
 * Issue #20 point 6: a round may ask what each organisation brings to the network and how valuable each
 * partner is (PARTNER's resource and value questions). The resources named are a JSON list on the answer,
 * like its barriers; the three value questions are nullable columns of each rating ("can't say" is null).
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("survey_rounds")
    .addColumn("asks_resources", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("resources", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("resources_text", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  for (const column of ["value_power", "value_involvement", "value_resources"]) {
    await db.schema.alterTable("survey_ratings").addColumn(column, "integer").execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["value_power", "value_involvement", "value_resources"]) {
    await db.schema.alterTable("survey_ratings").dropColumn(column).execute();
  }
  await db.schema.alterTable("survey_responses").dropColumn("resources_text").execute();
  await db.schema.alterTable("survey_responses").dropColumn("resources").execute();
  await db.schema.alterTable("survey_rounds").dropColumn("asks_resources").execute();
}
