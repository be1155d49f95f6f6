import { type Selectable, sql } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { UsersTable } from "../schema.ts";
import { ifAnyIds } from "./bulk.ts";
import { type Cursor, keysetPage } from "./pagination.ts";

export type UserRow = Selectable<UsersTable>;

/** SQL over the alias `u`: the account can sign in, with a password or through an identity provider. */
export const canSignIn = sql<boolean>`(u.password_hash is not null or exists (select 1 from user_identities ui where ui.user_id = u.id))`;

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
    disabled_at: null,
    last_sign_in_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("users").values(row).execute();
  return row;
}

/** Changes an account; `keepUpdatedAt` for bookkeeping (the last sign-in) that is no change of the account itself. */
export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<UserRow, "name" | "locale" | "password_hash" | "is_admin" | "digest" | "disabled_at" | "last_sign_in_at">>,
  options: { keepUpdatedAt?: boolean } = {},
): Promise<void> {
  await db
    .updateTable("users")
    .set({ ...patch, ...(options.keepUpdatedAt ? {} : { updated_at: nowIso() }) })
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
    .where((eb) => eb.not(eb.exists(eb.selectFrom("user_identities").select("id").where("user_id", "=", id))))
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
      .where(canSignIn)
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

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of accounts by e-mail, optionally those whose e-mail or name contains `q` (the instance admin's list). */
export async function searchUsers(db: DbOrTx, q: string, limit: number, after: Cursor | undefined) {
  let query = db
    .selectFrom("users as u")
    .select([
      "u.id",
      "u.email",
      "u.name",
      "u.is_admin",
      "u.disabled_at",
      "u.last_sign_in_at",
      "u.created_at",
      sql<number>`case when u.password_hash is null then 0 else 1 end`.as("has_password"),
    ]);
  if (q) {
    const pattern = likePattern(q);
    query = query.where(sql<boolean>`(u.email like ${pattern} escape '\\' or lower(u.name) like ${pattern} escape '\\')`);
  }
  return keysetPage(query, "u.email", "u.id", limit, after, (r) => ({ key: r.email, id: r.id }));
}

/** The networks and roles of the given accounts, for the admin's list. */
export const membershipsOfUsers = (db: DbOrTx, userIds: string[]) =>
  ifAnyIds(userIds, () =>
    db
      .selectFrom("memberships as m")
      .innerJoin("networks as n", "n.id", "m.network_id")
      .select(["m.user_id", "n.id", "n.name", "m.role"])
      .where("m.user_id", "in", userIds)
      .orderBy("n.name")
      .execute(),
  );
