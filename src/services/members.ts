import type { Locale } from "../domain/locale.ts";
import type { NetworkRole } from "../domain/network.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { hashSecret, newSecret, nowIso } from "../storage/ids.ts";
import {
  findInvitationByTokenHash,
  type InvitationRow,
  insertInvitation,
  listPendingInvitations,
  markInvitationAccepted,
  revokeInvitation,
} from "../storage/repos/invitations.ts";
import {
  countCoordinators,
  deleteMembership,
  findMembership,
  findMembershipById,
  insertMembership,
  listMembers as listMemberRows,
  updateMembershipRole,
} from "../storage/repos/memberships.ts";
import { findNetwork, lockNetwork } from "../storage/repos/networks.ts";
import { listOutbox as listOutboxRows } from "../storage/repos/outbox.ts";
import type { Cursor } from "../storage/repos/pagination.ts";
import { deletePhoto } from "../storage/repos/photos.ts";
import { deleteUserIfUnused, findUserByEmail, findUserById, insertUser } from "../storage/repos/users.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import { hashPassword, openSession, toActor } from "./auth.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound } from "./errors.ts";
import { rebuildSearchText } from "./people.ts";
import { prepareLeaving } from "./privacy.ts";
import { forgetInSurveys } from "./surveys.ts";

export const INVITATION_DAYS = 7;

/** Puts a person into a network and makes them findable in its directory. */
export async function addMembership(db: DbOrTx, input: { networkId: string; userId: string; role: NetworkRole }) {
  const row = await insertMembership(db, input);
  await rebuildSearchText(db, [row.id]);
  return row;
}

/** Members by name. Only coordinators see e-mail addresses until profiles bring per-field visibility. */
export async function listMembers(deps: Deps, actor: Actor, networkId: string, limit: number, after: Cursor | undefined) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const page = await listMemberRows(db, networkId, limit, after);
  return {
    ...page,
    items: page.items.map((m) => ({ ...m, email: role === "coordinator" ? m.email : null })),
  };
}

/** Changes a member's role; a network always keeps at least one coordinator. */
export async function changeRole(deps: Deps, actor: Actor, networkId: string, membershipId: string, role: NetworkRole) {
  await deps.storage.db.transaction().execute(async (tx) => {
    await requireRole(tx, actor, networkId, "coordinator");
    await lockNetwork(tx, networkId);
    const m = await findMembershipById(tx, networkId, membershipId);
    if (!m) throw notFound();
    if (m.role === "coordinator" && role !== "coordinator" && (await countCoordinators(tx, networkId)) <= 1) {
      throw new AppError(409, "last_coordinator", "errors.last_coordinator");
    }
    await updateMembershipRole(tx, membershipId, role);
    const person = await findUserById(tx, m.user_id);
    await audit(tx, actor, networkId, "member.role_changed", person?.name ?? "", { from: m.role, to: role });
  });
}

/**
 * Removes someone from a network with their personal data there: profile,
 * tags and photo go; shared-history entries stay with the person left out,
 * so counts remain; survey answers follow the network's policy (prepareLeaving).
 * An account that belongs to no other network and was never
 * activated (an imported contact) is deleted too. The last coordinator stays.
 */
export async function removeMember(deps: Deps, actor: Actor, networkId: string, membershipId: string) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  if (!(await findMembershipById(deps.storage.db, networkId, membershipId))) throw notFound();
  await prepareLeaving(deps, networkId, membershipId);
  await deps.storage.db.transaction().execute(async (tx) => {
    await requireRole(tx, actor, networkId, "coordinator");
    await lockNetwork(tx, networkId);
    const m = await findMembershipById(tx, networkId, membershipId);
    if (!m) throw notFound();
    if (m.role === "coordinator" && (await countCoordinators(tx, networkId)) <= 1) {
      throw new AppError(409, "last_coordinator", "errors.last_coordinator");
    }
    const person = await findUserById(tx, m.user_id);
    await audit(tx, actor, networkId, "member.removed", person?.name ?? "", { role: m.role });
    await forgetInSurveys(tx, networkId, membershipId);
    await deleteMembership(tx, membershipId);
    if (m.photo_id) await deletePhoto(tx, m.photo_id);
    await deleteUserIfUnused(tx, m.user_id);
  });
}

export async function listInvitations(deps: Deps, actor: Actor, networkId: string) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  return listPendingInvitations(deps.storage.db, networkId, nowIso());
}

/**
 * Invites a person by e-mail with a single-use link that expires in seven
 * days. The message goes out by SMTP when configured and always lands in the
 * outbox, from where a coordinator can copy the link.
 */
export async function invite(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { email: string; role: NetworkRole; locale: Locale; baseUrl: string },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(db, email);
  if (existing && (await findMembership(db, networkId, existing.id))) {
    throw invalid({ email: { key: "validation.already_member" } });
  }
  const issued = await issueInvitation(db, { networkId, email, role: input.role, invitedBy: actor.userId });
  const { link, delivered } = await mailInvitation(deps, issued, { network: network.name, inviter: actor.name, ...input });
  return { invitation: issued.invitation, link, delivered };
}

export interface IssuedInvitation {
  invitation: InvitationRow;
  secret: string;
}

/** Writes an invitation (in the caller's transaction, if any); `mailInvitation` sends it once that has committed. */
export async function issueInvitation(
  db: DbOrTx,
  input: { networkId: string; email: string; role: NetworkRole; invitedBy: string },
): Promise<IssuedInvitation> {
  const secret = newSecret();
  const invitation = await insertInvitation(db, {
    ...input,
    tokenHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString(),
  });
  return { invitation, secret };
}

/** Sends an issued invitation; it reaches the inviting network's outbox, which is safe: accepting needs the invited account's own sign-in. */
export async function mailInvitation(
  deps: Deps,
  issued: IssuedInvitation,
  input: { network: string; inviter: string; locale: Locale; baseUrl: string },
) {
  const link = `${input.baseUrl}/invite#token=${issued.secret}`;
  const t = translator(input.locale);
  const delivered = await deps.mailer.send(deps.storage.db, {
    networkId: issued.invitation.network_id,
    kind: "invitation",
    to: issued.invitation.email,
    subject: t("mail.invitation.subject", { network: input.network }),
    body: t("mail.invitation.body", { inviter: input.inviter, network: input.network, link, days: INVITATION_DAYS }),
    link,
  });
  return { link, delivered };
}

export async function cancelInvitation(deps: Deps, actor: Actor, networkId: string, invitationId: string) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  if (!(await revokeInvitation(deps.storage.db, networkId, invitationId))) throw notFound();
}

async function liveInvitation(deps: Deps, token: string) {
  const inv = await findInvitationByTokenHash(deps.storage.db, hashSecret(token));
  if (!inv || inv.accepted_at || inv.revoked_at || inv.expires_at <= nowIso()) {
    throw new AppError(404, "invitation_invalid", "errors.invitation_invalid");
  }
  return inv;
}

/** What the invitation page shows before the person accepts. */
export async function lookupInvitation(deps: Deps, token: string) {
  const inv = await liveInvitation(deps, token);
  const user = await findUserByEmail(deps.storage.db, inv.email);
  return {
    networkName: inv.network_name,
    inviterName: inv.inviter_name,
    email: inv.email,
    role: inv.role,
    expiresAt: inv.expires_at,
    accountExists: user !== undefined,
    /** The account exists without a password (imported into a directory): its owner sets one by a link mailed to the address. */
    activationNeeded: user !== undefined && !user.password_hash,
  };
}

/**
 * Accepts an invitation. A new person sets their name and password here. An
 * account that already exists — with a password, or imported into some
 * network's directory without one — belongs to its person: they must be signed
 * in as it (having set a password through a reset link mailed to the address),
 * and the invitation never sets or changes its password or name. The
 * invitation link may have been read by the inviting network's coordinators
 * in the outbox, so it proves nothing about who controls the address. The
 * link works once: two concurrent accepts cannot both succeed.
 */
export async function acceptInvitation(
  deps: Deps,
  current: Actor | undefined,
  input: { token: string; name?: string | undefined; password?: string | undefined; locale: Locale },
) {
  const inv = await liveInvitation(deps, input.token);
  const { db } = deps.storage;
  const existing = await findUserByEmail(db, inv.email);
  if (existing && current?.userId !== existing.id) {
    throw new AppError(401, "sign_in_required", "errors.sign_in_required", { email: inv.email });
  }
  if (!existing) {
    const fields: Record<string, { key: string }> = {};
    if (!input.name?.trim()) fields.name = { key: "validation.required" };
    if (!input.password) fields.password = { key: "validation.required" };
    if (Object.keys(fields).length > 0) throw invalid(fields);
  }
  const passwordHash = !existing && input.password ? await hashPassword(input.password) : null;
  const user = await db.transaction().execute(async (tx) => {
    if (!(await markInvitationAccepted(tx, inv.id))) throw new AppError(404, "invitation_invalid", "errors.invitation_invalid");
    // A concurrent sign-up may have created the account since the check above: it is then theirs, not ours to set.
    const user =
      existing ??
      (await findUserByEmail(tx, inv.email)) ??
      (await insertUser(tx, { email: inv.email, name: (input.name ?? "").trim(), passwordHash, locale: input.locale }));
    if (!existing && user.password_hash !== passwordHash) {
      throw new AppError(401, "sign_in_required", "errors.sign_in_required", { email: inv.email });
    }
    if (!(await findMembership(tx, inv.network_id, user.id))) {
      await addMembership(tx, { networkId: inv.network_id, userId: user.id, role: inv.role });
    }
    return user;
  });
  const sessionSecret = current ? undefined : await openSession(deps, user.id, "password");
  return { networkId: inv.network_id, actor: toActor(user, current?.via ?? "password"), sessionSecret };
}

/** The network's outbox; invitation links can be copied from here when no SMTP is set. */
export async function listNetworkOutbox(deps: Deps, actor: Actor, networkId: string) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  return listOutboxRows(deps.storage.db, networkId, 200);
}

/** The instance's own messages (password resets), for the instance admin only. */
export async function listInstanceOutbox(deps: Deps, actor: Actor) {
  if (!actor.isAdmin) throw forbidden();
  return listOutboxRows(deps.storage.db, null, 200);
}
