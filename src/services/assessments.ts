import { governanceCheck, validateGovernanceAnswers } from "../domain/governanceCheck.ts";
import type { NetworkType } from "../domain/network.ts";
import { type NetworkTypePlacement, placeNetwork, summariseNetworkType, validateNetworkTypeAnswers } from "../domain/networkType.ts";
import { onBehalfCheck, validateOnBehalfAnswers } from "../domain/onBehalfCheck.ts";
import {
  insertOnBehalfCheck,
  listNetworkTypeAssessments,
  listOnBehalfChecks,
  upsertNetworkTypeAssessment,
} from "../storage/repos/assessments.ts";
import { findCurrentCycle, listCycles } from "../storage/repos/cycles.ts";
import { findGoal, setGovernanceCheck } from "../storage/repos/goals.ts";
import { findNetwork } from "../storage/repos/networks.ts";
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
  const saved = { answers: v.answers, result, checkedAt: new Date().toISOString() };
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
  await upsertNetworkTypeAssessment(db, {
    networkId,
    cycleId: cycle.id,
    userId: actor.userId,
    answers: JSON.stringify(v.answers),
    placement: JSON.stringify(placement),
  });
  return networkTypeResults(deps, actor, networkId);
}

/**
 * The network-type self-assessment per cycle: how members place the network
 * among the four kinds, how far their views differ, and whether that matches
 * the declared type. A cycle's summary is shown only from the network's
 * minimum group size up; each person always sees their own answer.
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
  const declared = network.network_type as NetworkType;
  const mine = rows.find((r) => r.cycle_id === current?.id && r.user_id === actor.userId);
  return {
    declared,
    minGroupSize: network.min_group_size,
    mine: mine
      ? { answers: JSON.parse(mine.answers) as Record<string, number>, placement: JSON.parse(mine.placement) as NetworkTypePlacement }
      : null,
    cycles: cycles.map((c) => {
      const placements = rows.filter((r) => r.cycle_id === c.id).map((r) => JSON.parse(r.placement) as NetworkTypePlacement);
      const shown = placements.length >= network.min_group_size;
      return {
        cycleId: c.id,
        cycleName: c.name,
        respondents: placements.length,
        summary: shown ? summariseNetworkType(placements, declared) : null,
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
  return rows.map((r) => ({ score: r.score, level: r.level, createdAt: r.created_at, result: onBehalfCheck(JSON.parse(r.answers)) }));
}
