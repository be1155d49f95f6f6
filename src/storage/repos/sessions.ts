import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { TokenScope } from "../schema.ts";

export async function insertSession(db: DbOrTx, input: { idHash: string; userId: string; expiresAt: string; method?: string }) {
  const now = nowIso();
  await db
    .insertInto("sessions")
    .values({
      id: input.idHash,
      user_id: input.userId,
      created_at: now,
      expires_at: input.expiresAt,
      last_seen_at: now,
      method: input.method ?? "password",
    })
    .execute();
}

/**
 * The account behind a live session, in one query: every signed-in request asks this. A session has ended at its
 * expiry, when unused since `idleSince`, or when its account is disabled.
 */
export const findUserOfLiveSession = (db: DbOrTx, idHash: string, now: string, idleSince: string) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("u")
    .select(["s.expires_at as session_expires_at", "s.last_seen_at as session_last_seen_at", "s.method as session_method"])
    .where("s.id", "=", idHash)
    .where("s.expires_at", ">", now)
    .where("s.last_seen_at", ">", idleSince)
    .where("u.disabled_at", "is", null)
    .executeTakeFirst();

export const setSessionLogout = (db: DbOrTx, idHash: string, logout: string) =>
  db.updateTable("sessions").set({ sso_logout: logout }).where("id", "=", idHash).execute();

export const findSession = (db: DbOrTx, idHash: string) =>
  db.selectFrom("sessions").select(["user_id", "method", "sso_logout"]).where("id", "=", idHash).executeTakeFirst();

export const touchSession = (db: DbOrTx, idHash: string, now: string) =>
  db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", idHash).execute();

export const deleteSession = (db: DbOrTx, idHash: string) => db.deleteFrom("sessions").where("id", "=", idHash).execute();

export const deleteSessionsOfUser = (db: DbOrTx, userId: string) => db.deleteFrom("sessions").where("user_id", "=", userId).execute();

export const deleteExpiredSessions = (db: DbOrTx, now: string, idleSince: string) =>
  db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .execute();

export async function insertApiToken(db: DbOrTx, input: { userId: string; name: string; tokenHash: string; scope: TokenScope }) {
  const row = {
    id: newId(),
    user_id: input.userId,
    name: input.name,
    token_hash: input.tokenHash,
    scope: input.scope,
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto("api_tokens").values(row).execute();
  return row;
}

export const findLiveApiToken = (db: DbOrTx, tokenHash: string) =>
  db.selectFrom("api_tokens").selectAll().where("token_hash", "=", tokenHash).where("revoked_at", "is", null).executeTakeFirst();

export const touchApiToken = (db: DbOrTx, id: string, now: string) =>
  db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();

export const listApiTokens = (db: DbOrTx, userId: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "name", "scope", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .execute();

export const revokeApiToken = (db: DbOrTx, userId: string, id: string) =>
  db
    .updateTable("api_tokens")
    .set({ revoked_at: nowIso() })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();

/** Ends every API token of the person (password reset, signing out everywhere); the number ended. */
export async function revokeApiTokensOfUser(db: DbOrTx, userId: string) {
  const r = await db
    .updateTable("api_tokens")
    .set({ revoked_at: nowIso() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
