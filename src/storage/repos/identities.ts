import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { ifAnyIds } from "./bulk.ts";

/** The account linked to a provider's subject, with the link's id. */
export const findIdentity = (db: DbOrTx, provider: string, subject: string) =>
  db
    .selectFrom("user_identities as i")
    .innerJoin("users as u", "u.id", "i.user_id")
    .selectAll("u")
    .select(["i.id as identity_id", "i.email as identity_email"])
    .where("i.provider", "=", provider)
    .where("i.subject", "=", subject)
    .executeTakeFirst();

export async function insertIdentity(db: DbOrTx, input: { userId: string; provider: string; subject: string; email: string }) {
  const now = nowIso();
  await db
    .insertInto("user_identities")
    .values({
      id: newId(),
      user_id: input.userId,
      provider: input.provider,
      subject: input.subject,
      email: input.email,
      created_at: now,
      last_used_at: now,
    })
    .execute();
}

export const touchIdentity = (db: DbOrTx, id: string, email: string) =>
  db.updateTable("user_identities").set({ email, last_used_at: nowIso() }).where("id", "=", id).execute();

/** The providers a person signs in with. */
export const listIdentityProviders = (db: DbOrTx, userIds: string[]) =>
  ifAnyIds(userIds, () =>
    db.selectFrom("user_identities").select(["user_id", "provider", "email"]).where("user_id", "in", userIds).orderBy("provider").execute(),
  );

export const moveIdentities = (db: DbOrTx, fromUserId: string, toUserId: string) =>
  db.updateTable("user_identities").set({ user_id: toUserId }).where("user_id", "=", fromUserId).execute();

export async function insertSsoLogin(
  db: DbOrTx,
  input: {
    stateHash: string;
    provider: string;
    browserHash: string;
    nonce: string;
    codeVerifier: string;
    returnTo: string;
    expiresAt: string;
  },
) {
  await db
    .insertInto("sso_logins")
    .values({
      id: input.stateHash,
      provider: input.provider,
      browser_hash: input.browserHash,
      nonce: input.nonce,
      code_verifier: input.codeVerifier,
      return_to: input.returnTo,
      created_at: nowIso(),
      expires_at: input.expiresAt,
    })
    .execute();
}

export const findSsoLogin = (db: DbOrTx, id: string) => db.selectFrom("sso_logins").selectAll().where("id", "=", id).executeTakeFirst();

/** Takes a pending sign-in once: of two answers carrying the same state, only the first finds it. */
export async function takeSsoLogin(db: DbOrTx, stateHash: string) {
  const row = await db.selectFrom("sso_logins").selectAll().where("id", "=", stateHash).executeTakeFirst();
  if (!row) return undefined;
  const r = await db.deleteFrom("sso_logins").where("id", "=", stateHash).executeTakeFirst();
  return Number(r.numDeletedRows) === 1 ? row : undefined;
}

export const deleteSsoLoginsBefore = (db: DbOrTx, now: string) => db.deleteFrom("sso_logins").where("expires_at", "<=", now).execute();
