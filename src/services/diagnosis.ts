import { governanceCheck, type SavedGovernanceCheck, validateGovernanceAnswers } from "../domain/governanceCheck.ts";
import type { NetworkType } from "../domain/network.ts";
import { type NetworkTypePlacement, placeNetwork, summariseNetworkType, validateNetworkTypeAnswers } from "../domain/networkType.ts";
import { type OnBehalfLevel, onBehalfCheck, validateOnBehalfAnswers } from "../domain/onBehalfCheck.ts";
import { dueForRelease, isShown, sortedAnswers } from "../domain/release.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle, listCycles } from "../storage/repos/cycles.ts";
import {
  insertOnBehalfCheck,
  listNetworkTypeAssessments,
  listOnBehalfChecks,
  upsertNetworkTypeAssessment,
} from "../storage/repos/diagnosis.ts";
import { findGoal, setGovernanceCheck } from "../storage/repos/goals.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { listReleases, saveRelease } from "../storage/repos/releases.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, notFound } from "./errors.ts";

/** Runs the governance-form check for a goal and saves the answers and result with it. */
export async function checkGovernanceForm(deps: Deps, actor: Actor, networkId: string, goalId: string, input: unknown) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (!(await findGoal(db, networkId, goalId))) throw notFound();
  const v = validateGovernanceAnswers(input);
  if (!v.ok) throw invalid(v.fields);
  const result = governanceCheck(v.answers);
  const saved: SavedGovernanceCheck = { answers: v.answers, result, checkedAt: new Date().toISOString() };
  await setGovernanceCheck(db, goalId, JSON.stringify(saved));
  return saved;
}

/** A member's own network-type self-assessment for the current cycle (answering again replaces it). */
export async function assessNetworkType(deps: Deps, actor: Actor, networkId: string, input: unknown) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const cycle = await findCurrentCycle(db, networkId);
  if (!cycle) throw notFound();
  const v = validateNetworkTypeAnswers(input);
  if (!v.ok) throw invalid(v.fields);
  const placement = placeNetwork(v.answers);
  const minGroupSize = (await findNetwork(db, networkId))?.min_group_size ?? 3;
  await db.transaction().execute(async (tx) => {
    await upsertNetworkTypeAssessment(tx, {
      networkId,
      cycleId: cycle.id,
      userId: actor.userId,
      answers: JSON.stringify(v.answers),
      placement: JSON.stringify(placement),
    });
    await releasePlacements(tx, networkId, cycle.id, minGroupSize);
  });
  return networkTypeResults(deps, actor, networkId);
}

/**
 * Releases a cycle's placements afresh once at least the minimum group size
 * of people have answered since the last release (decision 014): answers
 * come in, and are changed, all through the cycle, and the summary must not
 * move with one of them.
 */
export async function releasePlacements(db: DbOrTx, networkId: string, cycleId: string, minGroupSize: number) {
  const placements = (await listNetworkTypeAssessments(db, networkId)).filter((r) => r.cycle_id === cycleId);
  const [last] = await listReleases(db, "network_type", [cycleId]);
  if (!dueForRelease(placements.length, last?.raters ?? null, minGroupSize)) return;
  const released = sortedAnswers(placements.map((r) => JSON.parse(r.placement) as NetworkTypePlacement));
  await saveRelease(db, "network_type", cycleId, placements.length, JSON.stringify(released));
}

/**
 * The network-type self-assessment per cycle: how members place the network
 * among the four kinds, how far their views differ, and whether that matches
 * the declared type. A cycle's summary is the one last released, shown only
 * from the network's minimum group size up; each person always sees their own answer.
 */
export async function networkTypeResults(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const [cycles, rows, current] = await Promise.all([
    listCycles(db, networkId),
    listNetworkTypeAssessments(db, networkId),
    findCurrentCycle(db, networkId),
  ]);
  const releases = new Map(
    (
      await listReleases(
        db,
        "network_type",
        cycles.map((c) => c.id),
      )
    ).map((r) => [r.subject_id, r]),
  );
  const declared = network.network_type as NetworkType;
  const mine = rows.find((r) => r.cycle_id === current?.id && r.user_id === actor.userId);
  return {
    declared,
    minGroupSize: network.min_group_size,
    mine: mine
      ? { answers: JSON.parse(mine.answers) as Record<string, number>, placement: JSON.parse(mine.placement) as NetworkTypePlacement }
      : null,
    cycles: cycles.map((c) => {
      const release = releases.get(c.id);
      const shown = isShown(release?.raters ?? null, network.min_group_size);
      return {
        cycleId: c.id,
        cycleName: c.name,
        respondents: rows.filter((r) => r.cycle_id === c.id).length,
        summary: shown && release ? summariseNetworkType(JSON.parse(release.payload) as NetworkTypePlacement[], declared) : null,
      };
    }),
  };
}

/** The coordinator's "on behalf of others or together?" self-check; each answer is kept so change shows over time. */
export async function checkOnBehalf(deps: Deps, actor: Actor, networkId: string, input: unknown) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const v = validateOnBehalfAnswers(input);
  if (!v.ok) throw invalid(v.fields);
  const result = onBehalfCheck(v.answers);
  await insertOnBehalfCheck(db, {
    networkId,
    userId: actor.userId,
    answers: JSON.stringify(v.answers),
    score: result.score,
    level: result.level,
  });
  return { result, history: await onBehalfHistory(deps, actor, networkId) };
}

/** The actor's own earlier self-checks in this network, newest first. */
export async function onBehalfHistory(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const rows = await listOnBehalfChecks(db, networkId, actor.userId);
  return rows.map((r) => ({
    score: r.score,
    level: r.level as OnBehalfLevel,
    createdAt: r.created_at,
    result: onBehalfCheck(JSON.parse(r.answers)),
  }));
}
