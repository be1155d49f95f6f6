import type { Kysely } from "kysely";

// Indexes for the most read pages of a large network.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Member lists and the directory are ordered by name: the database walks names in order and stops at a page
  // instead of sorting every member for each page.
  await db.schema.createIndex("users_name_idx").on("users").columns(["name", "id"]).execute();
  // The network home counts a round's submitted answers and how fresh the members' details are; both become
  // counts over an index instead of reads of every answer and every (wide) membership row.
  await db.schema.createIndex("survey_responses_status_idx").on("survey_responses").columns(["round_id", "status"]).execute();
  await db.schema.createIndex("memberships_confirmed_idx").on("memberships").columns(["network_id", "confirmed_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("memberships_confirmed_idx").execute();
  await db.schema.dropIndex("survey_responses_status_idx").execute();
  await db.schema.dropIndex("users_name_idx").execute();
}
