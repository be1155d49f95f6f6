import type { Selectable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { UsersTable } from "../schema.ts";

export type UserRow = Selectable<UsersTable>;

export const findUserById = (db: DbOrTx, id: string) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

export const findUserByEmail = (db: DbOrTx, email: string) =>
  db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();

export async function insertUser(
  db: DbOrTx,
  input: { email: string; name: string; passwordHash: string | null; locale?: string; isAdmin?: boolean },
): Promise<UserRow> {
  const now = nowIso();
  const row: UserRow = {
    id: newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    password_hash: input.passwordHash,
    locale: input.locale ?? "fi",
    is_admin: input.isAdmin ? 1 : 0,
    digest: "weekly",
    unsubscribe_token_hash: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("users").values(row).execute();
  return row;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<UserRow, "name" | "locale" | "password_hash" | "is_admin" | "digest">>,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ ...patch, updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
}

export const countUsers = async (db: DbOrTx): Promise<number> => {
  const r = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

/** Deletes an account that was never activated and belongs to no network any more; keeps all others. */
export async function deleteUserIfUnused(db: DbOrTx, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom("users")
    .where("id", "=", id)
    .where("password_hash", "is", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("memberships").select("id").where("user_id", "=", id))))
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export const setUnsubscribeTokenHash = (db: DbOrTx, id: string, hash: string) =>
  db.updateTable("users").set({ unsubscribe_token_hash: hash }).where("id", "=", id).execute();

export async function setDigestByTokenHash(db: DbOrTx, hash: string, digest: string): Promise<boolean> {
  const r = await db
    .updateTable("users")
    .set({ digest, updated_at: nowIso() })
    .where("unsubscribe_token_hash", "=", hash)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Every account in a network, for notifications to all its people. */
export const listNetworkUserIds = async (db: DbOrTx, networkId: string) =>
  (
    await db
      .selectFrom("memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .select("u.id")
      .where("m.network_id", "=", networkId)
      .where("u.password_hash", "is not", null)
      .execute()
  ).map((r) => r.id);

export const countAdmins = async (db: DbOrTx): Promise<number> => {
  const r = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("is_admin", "=", 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};
