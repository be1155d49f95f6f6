import { type Kysely, PostgresAdapter } from "kysely";

// The member directory (knowing): profiles on memberships, organisation details,
// tags, photos, shared history and gaps.
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema.alterTable("organisations").addColumn("website", "text").execute();
  await db.schema
    .alterTable("organisations")
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("organisations")
    .addColumn("contact_membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .execute();
  await db.schema
    .alterTable("organisations")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  for (const [name, type] of [
    ["behind_title", "text"],
    ["expectations", "text"],
    ["phone", "text"],
    ["photo_id", "text"],
    ["confirmed_at", "text"],
    ["reminded_at", "text"],
    ["search_text", "text"],
  ] as const) {
    await db.schema.alterTable("memberships").addColumn(name, type).execute();
  }
  await db.schema
    .alterTable("memberships")
    .addColumn("email_visibility", "text", (c) => c.notNull().defaultTo("members"))
    .execute();
  await db.schema
    .alterTable("memberships")
    .addColumn("phone_visibility", "text", (c) => c.notNull().defaultTo("members"))
    .execute();
  await db.schema
    .alterTable("memberships")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("person_tags")
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("tag", "text", (c) => c.notNull())
    .addColumn("tag_key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_tags_pk", ["membership_id", "kind", "tag_key"])
    .execute();
  await db.schema.createIndex("person_tags_lookup_idx").on("person_tags").columns(["network_id", "kind", "tag_key"]).execute();

  await db.schema
    .createTable("photos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("bytes", postgres ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("history_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("occurred_on", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    // Where the entry came from: "manual" now; meetings, promises and projects add theirs later.
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_id", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("history_network_idx").on("history_entries").columns(["network_id", "occurred_on"]).execute();
  await db.schema.createIndex("history_source_idx").on("history_entries").columns(["source_kind", "source_id"]).execute();

  // A participant is a person (with the organisation they represented then) or an organisation alone.
  // Deleting a person nulls membership_id but keeps the row, so anonymised counts survive.
  await db.schema
    .createTable("history_participants")
    .addColumn("entry_id", "text", (c) => c.notNull().references("history_entries.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("history_participants_entry_idx").on("history_participants").column("entry_id").execute();
  await db.schema.createIndex("history_participants_member_idx").on("history_participants").column("membership_id").execute();
  await db.schema.createIndex("history_participants_org_idx").on("history_participants").column("organisation_id").execute();

  await db.schema
    .createTable("gaps")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("gaps_network_idx").on("gaps").column("network_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["gaps", "history_participants", "history_entries", "photos", "person_tags"]) {
    await db.schema.dropTable(t).execute();
  }
}
