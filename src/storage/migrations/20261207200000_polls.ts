import type { Kysely } from "kysely";

/**
 * Issue #21: deciding together. The agreement's decision-making section gets a structured rule per kind of decision
 * beside its text; polls of seven kinds with their options, who may vote, who has voted and (in open polls) how;
 * a decision in the log can name the poll it came from.
 *
 * An anonymous poll keeps its votes in one sealed column of the poll, rewritten whole at each vote and ordered by a
 * key that does not follow time, so that no row, order or timestamp pairs a voter with a vote.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("decision_rules")
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("decision_kind", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("share", "text")
    .addColumn("quorum_percent", "integer")
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("decision_rules_pk", ["network_id", "decision_kind"])
    .execute();

  await db.schema
    .createTable("polls")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("decision_kind", "text", (c) => c.notNull())
    .addColumn("rule_method", "text", (c) => c.notNull())
    .addColumn("rule_share", "text")
    .addColumn("quorum_percent", "integer")
    .addColumn("max_choices", "integer", (c) => c.notNull())
    .addColumn("dots", "integer", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("anonymous", "integer", (c) => c.notNull())
    .addColumn("hide_results", "integer", (c) => c.notNull())
    .addColumn("allow_change", "integer", (c) => c.notNull())
    .addColumn("closes_at", "text", (c) => c.notNull())
    .addColumn("sealed_votes", "text")
    .addColumn("seal_secret", "text")
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("result", "text")
    .addColumn("chosen_option_id", "text")
    .addColumn("event_id", "text", (c) => c.references("events.id").onDelete("set null"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("polls_network").on("polls").columns(["network_id", "closes_at"]).execute();

  await db.schema
    .createTable("poll_options")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("poll_id", "text", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("starts_local", "text")
    .addColumn("ends_local", "text")
    .addColumn("starts_utc", "text")
    .execute();
  await db.schema.createIndex("poll_options_poll").on("poll_options").columns(["poll_id", "position"]).execute();

  await db.schema
    .createTable("poll_audience")
    .addColumn("poll_id", "text", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("poll_audience_pk", ["poll_id", "membership_id"])
    .execute();

  // Who has voted: a person, or an organisation when each organisation has one vote. Shown even when votes are anonymous.
  await db.schema
    .createTable("poll_ballots")
    .addColumn("poll_id", "text", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("voter_key", "text", (c) => c.notNull())
    .addColumn("membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("voted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("poll_ballots_pk", ["poll_id", "voter_key"])
    .execute();

  // How each voted, for polls that are not anonymous only.
  await db.schema
    .createTable("poll_votes")
    .addColumn("poll_id", "text", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("voter_key", "text", (c) => c.notNull())
    .addColumn("vote", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("poll_votes_pk", ["poll_id", "voter_key"])
    .execute();

  await db.schema
    .alterTable("decisions")
    .addColumn("poll_id", "text", (c) => c.references("polls.id").onDelete("set null"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("decisions").dropColumn("poll_id").execute();
  for (const table of ["poll_votes", "poll_ballots", "poll_audience", "poll_options", "polls", "decision_rules"]) {
    await db.schema.dropTable(table).execute();
  }
}
