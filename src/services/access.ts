import { type NetworkRole, roleAtLeast } from "../domain/network.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle, findCycle } from "../storage/repos/cycles.ts";
import { findRoleAndSsoRule } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import type { Actor } from "./context.ts";
import { AppError, forbidden, notFound } from "./errors.ts";

/**
 * The actor's role in a network. An instance admin acts as a coordinator in
 * every network. Someone outside the network gets 404, not 403, so that
 * outsiders cannot even learn which networks exist. A network that requires
 * SSO admits its members only from a session opened through an identity
 * provider: its members' organisations decide who still works there.
 */
export async function roleIn(db: DbOrTx, actor: Actor, networkId: string): Promise<NetworkRole> {
  const membership = await findRoleAndSsoRule(db, networkId, actor.userId);
  if (membership || !actor.isAdmin) return roleFrom(actor, membership, membership);
  return roleFrom(actor, undefined, await findNetwork(db, networkId));
}

/**
 * roleIn's rule for a caller that has read the person's membership and the network itself (undefined when there
 * is none), as the network home does beside its other reads.
 */
export function roleFrom(
  actor: Actor,
  membership: { role: NetworkRole } | undefined,
  network: { require_sso: number } | undefined,
): NetworkRole {
  if (membership && actor.isAdmin) return "coordinator";
  if (membership) {
    if (network?.require_sso === 1 && actor.via !== undefined && !actor.via.startsWith("sso:")) {
      throw new AppError(403, "sso_required", "errors.sso_required");
    }
    return membership.role;
  }
  if (actor.isAdmin && network) return "coordinator";
  throw notFound();
}

/** Like roleIn, but 403 when the role is below `needed`. */
export async function requireRole(db: DbOrTx, actor: Actor, networkId: string, needed: NetworkRole): Promise<NetworkRole> {
  const role = await roleIn(db, actor, networkId);
  if (!roleAtLeast(role, needed)) throw forbidden();
  return role;
}

/** A cycle of the network: the one named, or the current one; a cycle of another network is not found (404). */
export async function cycleOr404(db: DbOrTx, networkId: string, cycleId: string | undefined) {
  const cycle = cycleId ? await findCycle(db, networkId, cycleId) : await findCurrentCycle(db, networkId);
  if (!cycle) throw notFound();
  return cycle;
}

/** Whether the actor may change or delete what someone wrote: its author may, and so may a coordinator. */
export const mayChange = (role: string | null, actor: Actor, row: { created_by: string | null }): boolean =>
  role === "coordinator" || row.created_by === actor.userId;

/**
 * The row that `find` gives and the actor's role, when the actor may change that row (mayChange) and has at least
 * the role `needed`: 404 when there is no row, 403 when it is someone else's.
 */
export async function changeableOr404<T extends { created_by: string | null }>(
  db: DbOrTx,
  actor: Actor,
  networkId: string,
  find: () => Promise<T | undefined>,
  needed: NetworkRole = "observer",
): Promise<{ role: NetworkRole; row: T }> {
  const role = await requireRole(db, actor, networkId, needed);
  const row = await find();
  if (!row) throw notFound();
  if (!mayChange(role, actor, row)) throw forbidden();
  return { role, row };
}
