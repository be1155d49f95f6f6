import { type Kysely, sql } from "kysely";

// Cycles and phases, goals, self-assessments, the agreement with its revisions and approvals, and the decision log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("cycle_phases")
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("cycle_phases_pk", ["cycle_id", "phase"])
    .execute();

  await db.schema
    .createTable("phase_evaluations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("achieved", "integer", (c) => c.notNull())
    .addColumn("carry_forward", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("phase_evaluations_uq", ["cycle_id", "phase", "user_id"])
    .execute();

  await db.schema
    .createTable("goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("goal_type", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    // The governance-form check: the answers and the result, as JSON, saved with the goal.
    .addColumn("governance_check", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("goals_network_idx").on("goals").columns(["network_id", "cycle_id"]).execute();
  await db.schema
    .createTable("goal_owners")
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("goal_owners_pk", ["goal_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("network_type_assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull().references("cycles.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("placement", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("network_type_assessments_uq", ["cycle_id", "user_id"])
    .execute();

  await db.schema
    .createTable("on_behalf_checks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("agreement_sections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    // 1–15 for the framework's questions; null for a free section.
    .addColumn("question", "integer")
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("agreement_sections_question_uq")
    .on("agreement_sections")
    .columns(["network_id", "question"])
    .unique()
    .where(sql.ref("question"), "is not", null)
    .execute();
  await db.schema
    .createTable("agreement_revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("section_id", "text", (c) => c.notNull().references("agreement_sections.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("agreement_revisions_uq", ["section_id", "version"])
    .execute();
  await db.schema
    .createTable("agreement_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("section_id", "text", (c) => c.notNull().references("agreement_sections.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("agreement_comments_section_idx").on("agreement_comments").column("section_id").execute();
  await db.schema
    .createTable("agreement_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    .addColumn("number", "integer", (c) => c.notNull())
    // The sections as they were proposed, as JSON, so later edits never change what was approved.
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("proposed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("proposed_at", "text", (c) => c.notNull())
    .addColumn("approved_at", "text")
    .addUniqueConstraint("agreement_versions_uq", ["network_id", "number"])
    .execute();
  await db.schema
    .createTable("agreement_approvals")
    .addColumn("version_id", "text", (c) => c.notNull().references("agreement_versions.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("decided_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agreement_approvals_pk", ["version_id", "organisation_id"])
    .execute();

  await db.schema
    .createTable("decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    .addColumn("decided_on", "text", (c) => c.notNull())
    // Meetings come with the facilitation issue; the column is ready for their link.
    .addColumn("meeting_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("participants", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("decisions_network_idx").on("decisions").columns(["network_id", "decided_on"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "decisions",
    "agreement_approvals",
    "agreement_versions",
    "agreement_comments",
    "agreement_revisions",
    "agreement_sections",
    "on_behalf_checks",
    "network_type_assessments",
    "goal_owners",
    "goals",
    "phase_evaluations",
    "cycle_phases",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
