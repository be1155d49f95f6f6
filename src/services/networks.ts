import { calendarYearCycle, type NetworkType } from "../domain/network.ts";
import { nowIso } from "../storage/ids.ts";
import { insertCycle, startPhase } from "../storage/repos/cycles.ts";
import { findNetwork, insertNetwork, listNetworksForUser, type NetworkFields, updateNetworkIfVersion } from "../storage/repos/networks.ts";
import type { Cursor } from "../storage/repos/pagination.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { addMembership } from "./members.ts";

/** A network's settings as the API takes them: the stored fields, with the type one of the domain's. */
export type NetworkInput = Omit<NetworkFields, "networkType"> & { networkType: NetworkType };

export const listNetworks = (deps: Deps, actor: Actor, limit: number, after: Cursor | undefined) =>
  listNetworksForUser(deps.storage.db, { id: actor.userId, isAdmin: actor.isAdmin }, limit, after);

/** Creates a network with its creator as coordinator and the current calendar year as its first cycle. */
export async function createNetwork(deps: Deps, actor: Actor, input: NetworkInput, now = new Date()) {
  if (!actor.isAdmin) throw forbidden();
  return deps.storage.db.transaction().execute(async (tx) => {
    const network = await insertNetwork(tx, input satisfies NetworkFields);
    await addMembership(tx, { networkId: network.id, userId: actor.userId, role: "coordinator" });
    const cycle = calendarYearCycle(now);
    const first = await insertCycle(tx, { networkId: network.id, ...cycle, phase: "assembling" });
    await startPhase(tx, first.id, "assembling", nowIso());
    return network;
  });
}

/** Edits a network; a save based on an older version gets 409 with what is stored now. */
export async function updateNetwork(deps: Deps, actor: Actor, networkId: string, version: number, input: NetworkInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  if (input.requireSso && (await findNetwork(db, networkId))?.require_sso !== 1) {
    // Turning it on from a password session would shut out the coordinator turning it on.
    if (deps.settings.oidcProviders.length === 0) throw invalid({ requireSso: { key: "validation.sso_not_configured" } });
    if (!actor.via?.startsWith("sso:")) throw invalid({ requireSso: { key: "validation.sso_sign_in_first" } });
  }
  const ok = await updateNetworkIfVersion(db, networkId, version, input);
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  if (!ok) throw staleWrite(network);
  return network;
}
