import { type Kysely, sql } from "kysely";

// Privacy rights: each network's policy for raw survey answers (how long they are kept, what happens to a leaver's),
// survey rounds whose figures are frozen as anonymous aggregates, and instance documents (the accessibility statement
// moves here beside the privacy notice, one table for every text the instance admin writes per language).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Months after a round closes until its raw answers are deleted; null keeps them while the round exists.
  await db.schema.alterTable("networks").addColumn("survey_retention_months", "integer").execute();
  // When a person deletes their account: "aggregate" keeps their answers only inside the frozen figures of closed rounds, "delete" removes them.
  await db.schema
    .alterTable("networks")
    .addColumn("survey_answers_on_leave", "text", (c) => c.notNull().defaultTo("aggregate"))
    .execute();
  // The round's figures computed from the answers as they were, kept when raw answers are gone (JSON); null while computed live.
  await db.schema.alterTable("survey_rounds").addColumn("frozen_results", "text").execute();
  await db.schema.alterTable("survey_rounds").addColumn("answers_purged_at", "text").execute();

  await db.schema
    .createTable("instance_documents")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("instance_documents_pk", ["kind", "locale"])
    .execute();
  await sql`insert into instance_documents (kind, locale, body, version, updated_by, updated_at)
    select 'accessibility', locale, body, version, updated_by, updated_at from accessibility_statements`.execute(db);
  await db.schema.dropTable("accessibility_statements").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("accessibility_statements")
    .addColumn("locale", "text", (c) => c.primaryKey())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`insert into accessibility_statements (locale, body, version, updated_by, updated_at)
    select locale, body, version, updated_by, updated_at from instance_documents where kind = 'accessibility'`.execute(db);
  await db.schema.dropTable("instance_documents").execute();
  await db.schema.alterTable("survey_rounds").dropColumn("answers_purged_at").execute();
  await db.schema.alterTable("survey_rounds").dropColumn("frozen_results").execute();
  await db.schema.alterTable("networks").dropColumn("survey_answers_on_leave").execute();
  await db.schema.alterTable("networks").dropColumn("survey_retention_months").execute();
}
