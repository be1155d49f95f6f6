import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

/**
 * Writes an attempt as failed before its password is checked. Counting after this insert is what makes the
 * throttle safe against concurrent guesses: every attempt counts every row written before it, its own included,
 * so of N simultaneous guesses at most the limit see a count within it.
 */
export async function recordPendingAttempt(db: DbOrTx, input: { email: string; ip: string }) {
  const row = { id: newId(), email: input.email, ip: input.ip, success: 0, created_at: nowIso() };
  await db.insertInto("login_attempts").values(row).execute();
  return row;
}

export const markAttemptSucceeded = (db: DbOrTx, id: string) =>
  db.updateTable("login_attempts").set({ success: 1 }).where("id", "=", id).execute();

/** An attempt refused by the throttle was never checked, so it does not count as a guess. */
export const forgetAttempt = (db: DbOrTx, id: string) => db.deleteFrom("login_attempts").where("id", "=", id).execute();

export const recordSuccessfulAttempt = (db: DbOrTx, input: { email: string; ip: string }) =>
  db.insertInto("login_attempts").values({ id: newId(), email: input.email, ip: input.ip, success: 1, created_at: nowIso() }).execute();

/** What the throttle weighs for one attempt (whose own row is already written). */
export async function throttleCounts(db: DbOrTx, input: { email: string; ip: string; since: string; knownSince: string }) {
  const failures = db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("success", "=", 0)
    .where("created_at", ">", input.since);
  const [pair, address, account, known] = await Promise.all([
    failures.where("email", "=", input.email).where("ip", "=", input.ip).executeTakeFirstOrThrow(),
    failures.where("ip", "=", input.ip).executeTakeFirstOrThrow(),
    failures.where("email", "=", input.email).executeTakeFirstOrThrow(),
    db
      .selectFrom("login_attempts")
      .select("id")
      .where("email", "=", input.email)
      .where("ip", "=", input.ip)
      .where("success", "=", 1)
      .where("created_at", ">", input.knownSince)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { byPair: Number(pair.n), byAddress: Number(address.n), byAccount: Number(account.n), knownAddress: known !== undefined };
}

/** Whether any attempt at the account but this one was made after `since`: the progressive delay allows one per period. */
export async function otherAttemptSince(db: DbOrTx, email: string, exceptId: string, since: string) {
  const r = await db
    .selectFrom("login_attempts")
    .select("id")
    .where("email", "=", email)
    .where("id", "!=", exceptId)
    .where("success", "=", 0)
    .where("created_at", ">", since)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** A completed password reset proves the owner: their account's throttle starts over. */
export const clearAttemptsOfAccount = (db: DbOrTx, email: string) =>
  db.deleteFrom("login_attempts").where("email", "=", email).where("success", "=", 0).execute();

export const deleteFailedAttemptsBefore = (db: DbOrTx, before: string) =>
  db.deleteFrom("login_attempts").where("success", "=", 0).where("created_at", "<", before).execute();

export const deleteLoginAttemptsBefore = (db: DbOrTx, before: string) =>
  db.deleteFrom("login_attempts").where("created_at", "<", before).execute();
