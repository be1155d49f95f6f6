import type { Kysely } from "kysely";

// Evaluation and dissemination: indicators on goals and their measurements, the joint evaluation round of a
// cycle, and what a network publishes — its public page settings, news and good practices.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("indicators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    // Copies of an indicator carried into later cycles share a series, so its values form one trend.
    .addColumn("series_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("baseline", "double precision")
    .addColumn("target", "double precision")
    .addColumn("direction", "text")
    .addColumn("question", "text", (c) => c.notNull().defaultTo(""))
    // "manual" or one of the figures Solmu computes from its own data.
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("indicators_goal_idx").on("indicators").column("goal_id").execute();
  await db.schema.createIndex("indicators_series_idx").on("indicators").columns(["network_id", "series_id"]).execute();

  await db.schema
    .createTable("indicator_measurements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("indicator_id", "text", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("value", "double precision")
    .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("measured_on", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("computed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("indicator_measurements_idx").on("indicator_measurements").columns(["indicator_id", "measured_on"]).execute();

  await db.schema
    .createTable("evaluation_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.notNull().unique().references("cycles.id").onDelete("cascade"))
    .addColumn("intro", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("closes_on", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("evaluation_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("evaluation_rounds.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("evaluation_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("evaluation_rounds.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("evaluation_responses_one", ["round_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("evaluation_goal_ratings")
    .addColumn("response_id", "text", (c) => c.notNull().references("evaluation_responses.id").onDelete("cascade"))
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    // 1–5; null is "can't say".
    .addColumn("rating", "integer")
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("evaluation_goal_ratings_pk", ["response_id", "goal_id"])
    .execute();

  await db.schema
    .createTable("evaluation_answers")
    .addColumn("response_id", "text", (c) => c.notNull().references("evaluation_responses.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull().references("evaluation_questions.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evaluation_answers_pk", ["response_id", "question_id"])
    .execute();

  await db.schema
    .createTable("publications")
    .addColumn("network_id", "text", (c) => c.primaryKey().references("networks.id").onDelete("cascade"))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("intro", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("show_goals", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("show_results", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("show_practices", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("show_agreement", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("show_map", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("news_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("news_items_network_idx").on("news_items").columns(["network_id", "published_at"]).execute();

  await db.schema
    .createTable("good_practices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("what_worked", "text", (c) => c.notNull())
    .addColumn("context", "text", (c) => c.notNull().defaultTo(""))
    // Written to be shown publicly: the person decides what contact to give.
    .addColumn("contact", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("published_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("good_practices_published_idx").on("good_practices").column("published_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "good_practices",
    "news_items",
    "publications",
    "evaluation_answers",
    "evaluation_goal_ratings",
    "evaluation_responses",
    "evaluation_questions",
    "evaluation_rounds",
    "indicator_measurements",
    "indicators",
  ])
    await db.schema.dropTable(t).execute();
}
