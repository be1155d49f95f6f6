import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { InvitationsTable, NetworkRole } from "../schema.ts";

export type InvitationRow = InvitationsTable;

export async function insertInvitation(
  db: DbOrTx,
  input: { networkId: string; email: string; role: NetworkRole; tokenHash: string; invitedBy: string; expiresAt: string },
): Promise<InvitationRow> {
  const row: InvitationRow = {
    id: newId(),
    network_id: input.networkId,
    email: input.email.toLowerCase(),
    role: input.role,
    token_hash: input.tokenHash,
    invited_by: input.invitedBy,
    created_at: nowIso(),
    expires_at: input.expiresAt,
    accepted_at: null,
    revoked_at: null,
  };
  await db.insertInto("invitations").values(row).execute();
  return row;
}

export const findInvitationByTokenHash = (db: DbOrTx, tokenHash: string) =>
  db
    .selectFrom("invitations as i")
    .innerJoin("networks as n", "n.id", "i.network_id")
    .innerJoin("users as u", "u.id", "i.invited_by")
    .selectAll("i")
    .select(["n.name as network_name", "u.name as inviter_name"])
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();

/** Marks an invitation used; false when another request used or revoked it first. */
export async function markInvitationAccepted(db: DbOrTx, id: string): Promise<boolean> {
  const r = await db
    .updateTable("invitations")
    .set({ accepted_at: nowIso() })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const listPendingInvitations = (db: DbOrTx, networkId: string, now: string) =>
  db
    .selectFrom("invitations")
    .select(["id", "email", "role", "created_at", "expires_at"])
    .where("network_id", "=", networkId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .execute();

/** Every invitation to this address that can still be accepted, in any network. */
export const listLiveInvitationsFor = (db: DbOrTx, email: string, now: string) =>
  db
    .selectFrom("invitations")
    .select(["id", "network_id", "role"])
    .where("email", "=", email.toLowerCase())
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .execute();

export async function revokeInvitation(db: DbOrTx, networkId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable("invitations")
    .set({ revoked_at: nowIso() })
    .where("id", "=", id)
    .where("network_id", "=", networkId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertPasswordReset(db: DbOrTx, input: { userId: string; tokenHash: string; expiresAt: string }) {
  const row = {
    id: newId(),
    user_id: input.userId,
    token_hash: input.tokenHash,
    created_at: nowIso(),
    expires_at: input.expiresAt,
    used_at: null,
  };
  await db.insertInto("password_resets").values(row).execute();
  return row;
}

export const findPasswordReset = (db: DbOrTx, tokenHash: string) =>
  db.selectFrom("password_resets").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();

export async function markPasswordResetUsed(db: DbOrTx, id: string): Promise<boolean> {
  const r = await db
    .updateTable("password_resets")
    .set({ used_at: nowIso() })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Ends every unused reset link of the account but `keepId`: only the newest link works, and none once one is used. */
export const endOtherPasswordResets = (db: DbOrTx, userId: string, keepId: string) =>
  db
    .updateTable("password_resets")
    .set({ used_at: nowIso() })
    .where("user_id", "=", userId)
    .where("id", "!=", keepId)
    .where("used_at", "is", null)
    .execute();

export const countPasswordResetsSince = async (db: DbOrTx, userId: string, since: string) =>
  Number(
    (
      await db
        .selectFrom("password_resets")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("user_id", "=", userId)
        .where("created_at", ">", since)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const deletePasswordReset = (db: DbOrTx, id: string) => db.deleteFrom("password_resets").where("id", "=", id).execute();

export const deletePasswordResetsOf = (db: DbOrTx, userId: string) =>
  db.deleteFrom("password_resets").where("user_id", "=", userId).execute();
