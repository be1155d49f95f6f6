import type { Insertable, Selectable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { MembershipsTable, NetworkRole } from "../schema.ts";
import { type Cursor, keysetPage, type Page } from "./pagination.ts";

export type MembershipRow = Selectable<MembershipsTable>;

export const findMembership = (db: DbOrTx, networkId: string, userId: string) =>
  db.selectFrom("memberships").selectAll().where("network_id", "=", networkId).where("user_id", "=", userId).executeTakeFirst();

/** The person's role in a network and whether the network admits only sessions opened through an identity provider. */
export const findRoleAndSsoRule = (db: DbOrTx, networkId: string, userId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("networks as n", "n.id", "m.network_id")
    .select(["m.role", "n.require_sso"])
    .where("m.network_id", "=", networkId)
    .where("m.user_id", "=", userId)
    .executeTakeFirst();

export const findMembershipById = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("memberships").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export async function insertMembership(
  db: DbOrTx,
  input: { networkId: string; userId: string; role: NetworkRole; organisationId?: string | null; title?: string | null },
): Promise<Insertable<MembershipsTable> & { id: string }> {
  const now = nowIso();
  const row = {
    id: newId(),
    network_id: input.networkId,
    user_id: input.userId,
    role: input.role,
    organisation_id: input.organisationId ?? null,
    title: input.title ?? null,
    search_text: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("memberships").values(row).execute();
  return row;
}

export const updateMembershipRole = (db: DbOrTx, id: string, role: NetworkRole) =>
  db.updateTable("memberships").set({ role, updated_at: nowIso() }).where("id", "=", id).execute();

export const deleteMembership = (db: DbOrTx, id: string) => db.deleteFrom("memberships").where("id", "=", id).execute();

export const countCoordinators = async (db: DbOrTx, networkId: string): Promise<number> => {
  const r = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("network_id", "=", networkId)
    .where("role", "=", "coordinator")
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export const countMembers = async (db: DbOrTx, networkId: string): Promise<number> => {
  const r = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("network_id", "=", networkId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export interface MemberListItem {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: NetworkRole;
  title: string | null;
  organisation_name: string | null;
}

/** Members of a network by name, with their organisation. */
export async function listMembers(db: DbOrTx, networkId: string, limit: number, after: Cursor | undefined): Promise<Page<MemberListItem>> {
  const q = db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["m.id", "m.user_id", "u.name", "u.email", "m.role", "m.title", "o.name as organisation_name"])
    .where("m.network_id", "=", networkId);
  return keysetPage(q, "u.name", "m.id", limit, after, (r) => ({ key: r.name, id: r.id }));
}

export const listMembershipsOfUser = (db: DbOrTx, userId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("networks as n", "n.id", "m.network_id")
    .select(["n.id", "n.name", "m.role", "m.id as membership_id", "m.confirmed_at", "n.stale_after_days"])
    .where("m.user_id", "=", userId)
    .orderBy("n.name")
    .execute();
