import type { Kysely } from "kysely";

/**
 * Issue #18: the people each member organisation names to speak for it. Until now everyone placed in an
 * organisation could approve the agreement for it; so that no organisation loses its voice, each gets its
 * contact person as representative when the contact belongs to it, and otherwise everyone placed in it who is
 * not an observer. Its representatives (or a coordinator) may then change the list.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisation_representatives")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("named_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("named_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("organisation_representatives_pk", ["organisation_id", "membership_id"])
    .execute();
  await db.schema
    .createIndex("organisation_representatives_membership_idx")
    .on("organisation_representatives")
    .column("membership_id")
    .execute();

  const now = new Date().toISOString();
  const organisations = await db.selectFrom("organisations").select(["id", "contact_membership_id"]).execute();
  const people = await db
    .selectFrom("memberships")
    .select(["id", "organisation_id"])
    .where("organisation_id", "is not", null)
    .where("role", "!=", "observer")
    .execute();
  for (const o of organisations) {
    const own = people.filter((p) => p.organisation_id === o.id).map((p) => p.id as string);
    const chosen = own.includes(o.contact_membership_id) ? [o.contact_membership_id as string] : own;
    for (const membershipId of chosen) {
      await db
        .insertInto("organisation_representatives")
        .values({ organisation_id: o.id, membership_id: membershipId, named_by: null, named_at: now })
        .execute();
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("organisation_representatives").execute();
}
