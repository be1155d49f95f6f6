import { type NetworkRole, roleAtLeast } from "../domain/network.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle, findCycle } from "../storage/repos/cycles.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import type { Actor } from "./context.ts";
import { forbidden, notFound } from "./errors.ts";

/**
 * The actor's role in a network. An instance admin acts as a coordinator in
 * every network. Someone outside the network gets 404, not 403, so that
 * outsiders cannot even learn which networks exist.
 */
export async function roleIn(db: DbOrTx, actor: Actor, networkId: string): Promise<NetworkRole> {
  const membership = await findMembership(db, networkId, actor.userId);
  if (membership) return actor.isAdmin ? "coordinator" : membership.role;
  if (actor.isAdmin && (await findNetwork(db, networkId))) return "coordinator";
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
