import type { Kysely } from "kysely";

// The network-health survey: rounds, who is asked, answers and their ratings of others, and cached analyses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("survey_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    // "person": people rate people; "organisation": people rate other organisations on behalf of their own.
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("opens_on", "text", (c) => c.notNull())
    .addColumn("closes_on", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("survey_rounds_network_idx").on("survey_rounds").columns(["network_id", "opens_on"]).execute();

  await db.schema
    .createTable("survey_invitees")
    .addColumn("round_id", "text", (c) => c.notNull().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("survey_invitees_pk", ["round_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("survey_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    // The respondent's organisation when answering, so organisation-level figures do not move when people change jobs.
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("self_autonomy", "integer")
    .addColumn("self_meaningfulness", "integer")
    .addColumn("self_connectedness", "integer")
    .addColumn("barriers", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("barriers_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("enablers", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("enablers_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("network_type", "text")
    .addColumn("submitted_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("survey_responses_one_per_person", ["round_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("survey_ratings")
    .addColumn("response_id", "text", (c) => c.notNull().references("survey_responses.id").onDelete("cascade"))
    // A person (person-level round) or an organisation (organisation-level round); the round's level says which.
    .addColumn("target_membership_id", "text", (c) => c.references("memberships.id").onDelete("cascade"))
    .addColumn("target_organisation_id", "text", (c) => c.references("organisations.id").onDelete("cascade"))
    .addColumn("knowing", "integer", (c) => c.notNull())
    .addColumn("goodwill", "integer")
    .addColumn("competence", "integer")
    .addColumn("vulnerability", "integer")
    .addColumn("consistency", "integer")
    .addColumn("commitment", "integer")
    .addColumn("frequency", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("survey_ratings_response_idx").on("survey_ratings").column("response_id").execute();

  // Analyses are pure functions of the submitted answers; the fingerprint says which answers one was computed from.
  await db.schema
    .createTable("survey_analyses")
    .addColumn("round_id", "text", (c) => c.primaryKey().references("survey_rounds.id").onDelete("cascade"))
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["survey_analyses", "survey_ratings", "survey_responses", "survey_invitees", "survey_rounds"]) {
    await db.schema.dropTable(t).execute();
  }
}
