import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { updateIfVersion } from "./versioned.ts";

export interface OrganisationFields {
  name: string;
  kind: string;
  website: string | null;
  description: string;
  contactMembershipId: string | null;
}

export async function insertOrganisation(db: DbOrTx, networkId: string, input: OrganisationFields) {
  const now = nowIso();
  const row = {
    id: newId(),
    network_id: networkId,
    name: input.name,
    kind: input.kind,
    website: input.website,
    description: input.description,
    contact_membership_id: input.contactMembershipId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("organisations").values(row).execute();
  return row;
}

/** How many of the network's organisations have named nobody to speak for them. */
export const countUnrepresented = async (db: DbOrTx, networkId: string): Promise<number> => {
  const r = await db
    .selectFrom("organisations as o")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("o.network_id", "=", networkId)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom("organisation_representatives as r").select("r.membership_id").whereRef("r.organisation_id", "=", "o.id")),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export const countOrganisations = async (db: DbOrTx, networkId: string): Promise<number> => {
  const r = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("network_id", "=", networkId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

const organisationColumns = [
  "o.id",
  "o.name",
  "o.kind",
  "o.website",
  "o.description",
  "o.contact_membership_id",
  "o.version",
  "o.created_at",
  "o.updated_at",
] as const;

/** Just the names of a network's organisations, for checks that need nothing else. */
export const listOrganisationNames = async (db: DbOrTx, networkId: string) =>
  (await db.selectFrom("organisations").select("name").where("network_id", "=", networkId).execute()).map((r) => r.name);

/** Organisations of a network by name, with how many representatives each has named and the contact person's name. */
export const listOrganisations = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("organisations as o")
    .leftJoin("memberships as cm", "cm.id", "o.contact_membership_id")
    .leftJoin("users as cu", "cu.id", "cm.user_id")
    .select(organisationColumns)
    .select((eb) => [
      "cu.name as contact_name",
      eb
        .selectFrom("organisation_representatives as r")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("r.organisation_id", "=", "o.id")
        .as("representative_count"),
    ])
    .where("o.network_id", "=", networkId)
    .orderBy("o.name")
    .execute();

export const findOrganisation = (db: DbOrTx, networkId: string, id: string) =>
  db
    .selectFrom("organisations as o")
    .leftJoin("memberships as cm", "cm.id", "o.contact_membership_id")
    .leftJoin("users as cu", "cu.id", "cm.user_id")
    .select(organisationColumns)
    .select("cu.name as contact_name")
    .where("o.network_id", "=", networkId)
    .where("o.id", "=", id)
    .executeTakeFirst();

export const findOrganisationsByName = (db: DbOrTx, networkId: string) =>
  db.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", networkId).execute();

/** Saves an organisation only if nobody saved it since `version` was read. */
export async function updateOrganisationIfVersion(db: DbOrTx, id: string, version: number, input: OrganisationFields) {
  return updateIfVersion(db, "organisations", id, version, {
    name: input.name,
    kind: input.kind,
    website: input.website,
    description: input.description,
    contact_membership_id: input.contactMembershipId,
  });
}

export const deleteOrganisation = (db: DbOrTx, networkId: string, id: string) =>
  db.deleteFrom("organisations").where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

/** The people placed in an organisation, by name, and whether each is one of its named representatives. */
export const organisationPeople = (db: DbOrTx, organisationId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisation_representatives as r", (join) =>
      join.onRef("r.membership_id", "=", "m.id").onRef("r.organisation_id", "=", "m.organisation_id"),
    )
    .select(["m.id", "u.name", "m.title", "m.photo_id", "m.role", "r.named_at"])
    .where("m.organisation_id", "=", organisationId)
    .orderBy("u.name")
    .execute();

export const isRepresentative = async (db: DbOrTx, organisationId: string, membershipId: string) =>
  (await db
    .selectFrom("organisation_representatives")
    .select("membership_id")
    .where("organisation_id", "=", organisationId)
    .where("membership_id", "=", membershipId)
    .executeTakeFirst()) !== undefined;

/** Makes exactly these people the organisation's representatives; those already named keep when they were named. */
export async function setRepresentatives(db: DbOrTx, organisationId: string, membershipIds: string[], namedBy: string) {
  let drop = db.deleteFrom("organisation_representatives").where("organisation_id", "=", organisationId);
  if (membershipIds.length > 0) drop = drop.where("membership_id", "not in", membershipIds);
  await drop.execute();
  const now = nowIso();
  for (const membershipId of membershipIds) {
    await db
      .insertInto("organisation_representatives")
      .values({ organisation_id: organisationId, membership_id: membershipId, named_by: namedBy, named_at: now })
      .onConflict((oc) => oc.columns(["organisation_id", "membership_id"]).doNothing())
      .execute();
  }
}

/** A person who moves to another organisation no longer speaks for the one they left. */
export const dropRepresentationElsewhere = (db: DbOrTx, membershipId: string, organisationId: string | null) => {
  const q = db.deleteFrom("organisation_representatives").where("membership_id", "=", membershipId);
  return (organisationId ? q.where("organisation_id", "!=", organisationId) : q).execute();
};

export const membershipIdsOfOrganisationIn = async (db: DbOrTx, organisationId: string) =>
  (await db.selectFrom("memberships").select("id").where("organisation_id", "=", organisationId).execute()).map((r) => r.id);

/** Sets some fields of an organisation (imports); bumps the version so open edit forms notice. */
export const updateOrganisationFields = (db: DbOrTx, id: string, patch: { kind?: string; website?: string | null; description?: string }) =>
  db
    .updateTable("organisations")
    .set((eb) => ({ ...patch, version: eb("version", "+", 1), updated_at: nowIso() }))
    .where("id", "=", id)
    .execute();
