import { PASSWORD_MIN } from "../domain/password.ts";
import { nowIso } from "../storage/ids.ts";
import { listIdentityProviders } from "../storage/repos/identities.ts";
import { deletePasswordResetsOf } from "../storage/repos/invitations.ts";
import { moveAccountRows, sharedNetworks } from "../storage/repos/merge.ts";
import type { Cursor } from "../storage/repos/pagination.ts";
import { deleteAccount } from "../storage/repos/personalData.ts";
import { findUserByEmail, findUserById, insertUser, membershipsOfUsers, searchUsers, updateUser } from "../storage/repos/users.ts";
import { audit } from "./audit.ts";
import { endCredentials, hashPassword, mailResetLink } from "./auth.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound } from "./errors.ts";
import { deleteAccountOf } from "./privacy.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates an account (or, for an existing e-mail, sets its name, password and admin flag): the CLI's `user create`. */
export async function upsertUser(deps: Deps, input: { email: string; name: string; password: string; isAdmin: boolean }) {
  const email = input.email.trim().toLowerCase();
  const fields: Record<string, { key: string; params?: Record<string, number> }> = {};
  if (!EMAIL.test(email)) fields.email = { key: "validation.email" };
  if (!input.name.trim()) fields.name = { key: "validation.required" };
  if (input.password.length < PASSWORD_MIN) fields.password = { key: "validation.too_short", params: { min: PASSWORD_MIN } };
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const passwordHash = await hashPassword(input.password);
  const { db } = deps.storage;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    await updateUser(db, existing.id, { name: input.name.trim(), password_hash: passwordHash, is_admin: input.isAdmin ? 1 : 0 });
    return { id: existing.id, created: false };
  }
  const user = await insertUser(db, { email, name: input.name.trim(), passwordHash, isAdmin: input.isAdmin });
  return { id: user.id, created: true };
}

/** Instance administration answers to the instance admin only. */
const requireAdmin = (actor: Actor) => {
  if (!actor.isAdmin) throw forbidden();
};

async function targetUser(deps: Deps, userId: string) {
  const user = await findUserById(deps.storage.db, userId);
  if (!user) throw notFound();
  return user;
}

/**
 * The instance's accounts by e-mail, filtered by `q` (in the e-mail or the name): how each signs in (password,
 * identity providers), the last sign-in, whether disabled, and their networks with roles.
 */
export async function listUsers(deps: Deps, actor: Actor, q: string, limit: number, after: Cursor | undefined) {
  requireAdmin(actor);
  const { db } = deps.storage;
  const page = await searchUsers(db, q.trim(), limit, after);
  const ids = page.items.map((u) => u.id);
  const [networks, identities] = await Promise.all([membershipsOfUsers(db, ids), listIdentityProviders(db, ids)]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      isAdmin: u.is_admin === 1,
      disabledAt: u.disabled_at,
      lastSignInAt: u.last_sign_in_at,
      createdAt: u.created_at,
      signInMethods: [
        ...(Number(u.has_password) === 1 ? ["password"] : []),
        ...identities.filter((i) => i.user_id === u.id).map((i) => `sso:${i.provider}`),
      ],
      networks: networks.filter((n) => n.user_id === u.id).map((n) => ({ id: n.id, name: n.name, role: n.role })),
    })),
  };
}

/**
 * Disables an account: every session, API token and calendar-feed address ends at once (the data version moves, so
 * no cached answer outlives it), and sign-in, reset links and identity providers are refused until it is enabled.
 */
export async function disableUser(deps: Deps, actor: Actor, userId: string) {
  requireAdmin(actor);
  if (userId === actor.userId) throw new AppError(409, "cannot_disable_self", "errors.cannot_disable_self");
  const user = await targetUser(deps, userId);
  await deps.storage.db.transaction().execute(async (tx) => {
    await updateUser(tx, user.id, { disabled_at: user.disabled_at ?? nowIso() });
    await endCredentials(tx, user.id);
    await audit(tx, actor, null, "account.disabled", user.email);
  });
}

export async function enableUser(deps: Deps, actor: Actor, userId: string) {
  requireAdmin(actor);
  const user = await targetUser(deps, userId);
  await deps.storage.db.transaction().execute(async (tx) => {
    await updateUser(tx, user.id, { disabled_at: null });
    await audit(tx, actor, null, "account.enabled", user.email);
  });
}

/** Mails the person a reset link of their own; the admin never sees it. 429 while the account has had its hourly share. */
export async function sendPasswordReset(deps: Deps, actor: Actor, userId: string) {
  requireAdmin(actor);
  const user = await targetUser(deps, userId);
  if (user.disabled_at) throw new AppError(409, "account_disabled", "errors.account_disabled");
  if (!(await mailResetLink(deps, user, actor.locale)))
    throw new AppError(429, "too_many_attempts", "errors.too_many_attempts", { minutes: 60 });
  await audit(deps.storage.db, actor, null, "account.reset_sent", user.email);
}

/** Deletes someone else's account by the rules of "delete my account"; one's own goes through that. */
export async function deleteUser(deps: Deps, actor: Actor, userId: string) {
  requireAdmin(actor);
  if (userId === actor.userId) throw new AppError(409, "cannot_disable_self", "errors.cannot_disable_self");
  const user = await targetUser(deps, userId);
  await deleteAccountOf(deps, user, actor);
  await audit(deps.storage.db, actor, null, "account.deleted", "");
}

/**
 * Merges two accounts of the same person: everything `from` named — memberships with their answers, promises and
 * history, authored work, identity-provider links — moves to `into`, and `from` goes. `into` keeps its own e-mail,
 * name and password (taking `from`'s password only when it has none). Refused (409) while both accounts belong to
 * the same network, where the person would hold two memberships: a coordinator removes one first.
 */
export async function mergeUsers(deps: Deps, actor: Actor, fromId: string, intoId: string) {
  requireAdmin(actor);
  if (fromId === intoId) throw invalid({ intoUserId: { key: "validation.merge_same" } });
  if (fromId === actor.userId) throw new AppError(409, "cannot_disable_self", "errors.cannot_disable_self");
  const [from, into] = [await targetUser(deps, fromId), await targetUser(deps, intoId)];
  const { db } = deps.storage;
  await db.transaction().execute(async (tx) => {
    const shared = await sharedNetworks(tx, from.id, into.id);
    if (shared.length > 0) {
      throw new AppError(409, "merge_conflict", "errors.merge_conflict", { networks: shared.map((n) => n.name).join(", ") });
    }
    await endCredentials(tx, from.id);
    await deletePasswordResetsOf(tx, from.id);
    await moveAccountRows(tx, from.id, into.id);
    await updateUser(tx, into.id, {
      ...(into.password_hash ? {} : { password_hash: from.password_hash }),
      ...(from.is_admin === 1 ? { is_admin: 1 } : {}),
    });
    await deleteAccount(tx, from.id);
    await audit(tx, actor, null, "account.merged", `${from.email} → ${into.email}`);
  });
}
