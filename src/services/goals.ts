import type { GoalType } from "../domain/agreement.ts";
import type { SavedGovernanceCheck } from "../domain/governanceCheck.ts";
import { findCurrentCycle, findCycle } from "../storage/repos/cycles.ts";
import {
  deleteGoal,
  findGoal,
  goalOwners,
  insertGoal,
  listGoals as listGoalRows,
  replaceGoalOwners,
  updateGoalIfVersion,
} from "../storage/repos/goals.ts";
import { findOrganisation } from "../storage/repos/organisations.ts";
import { changeableOr404, mayChange, requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, notFound, staleWrite } from "./errors.ts";

export interface GoalInput {
  goalType: GoalType;
  title: string;
  description: string;
  ownerOrganisationIds: string[];
}

async function present(deps: Deps, rows: Awaited<ReturnType<typeof listGoalRows>>, actor: Actor, role: string) {
  const owners = await goalOwners(
    deps.storage.db,
    rows.map((r) => r.id),
  );
  return rows.map((g) => ({
    id: g.id,
    cycleId: g.cycle_id,
    goalType: g.goal_type as GoalType,
    title: g.title,
    description: g.description,
    owners: owners.filter((o) => o.goal_id === g.id).map((o) => ({ id: o.id, name: o.name })),
    governanceCheck: g.governance_check ? (JSON.parse(g.governance_check) as SavedGovernanceCheck) : null,
    version: g.version,
    canDelete: mayChange(role, actor, g),
  }));
}

/** The goals of a cycle (the current one by default). */
export async function listGoals(deps: Deps, actor: Actor, networkId: string, cycleId: string | undefined) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const cycle = cycleId ? await findCycle(db, networkId, cycleId) : await findCurrentCycle(db, networkId);
  if (!cycle) return [];
  return present(deps, await listGoalRows(db, networkId, cycle.id), actor, role);
}

async function checkOwners(deps: Deps, networkId: string, ids: string[]) {
  for (const id of ids) {
    if (!(await findOrganisation(deps.storage.db, networkId, id)))
      throw invalid({ ownerOrganisationIds: { key: "validation.unknown_organisation" } });
  }
}

/** Adds a goal to the current cycle; members develop goals together, not only coordinators. */
export async function createGoal(deps: Deps, actor: Actor, networkId: string, input: GoalInput) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const cycle = await findCurrentCycle(db, networkId);
  if (!cycle) throw notFound();
  await checkOwners(deps, networkId, input.ownerOrganisationIds);
  const id = await db.transaction().execute(async (tx) => {
    const goalId = await insertGoal(tx, { ...input, networkId, cycleId: cycle.id, createdBy: actor.userId });
    await replaceGoalOwners(tx, goalId, [...new Set(input.ownerOrganisationIds)]);
    return goalId;
  });
  const row = await findGoal(db, networkId, id);
  if (!row) throw notFound();
  return (await present(deps, [row], actor, role))[0];
}

export async function updateGoal(deps: Deps, actor: Actor, networkId: string, goalId: string, version: number, input: GoalInput) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  if (!(await findGoal(db, networkId, goalId))) throw notFound();
  await checkOwners(deps, networkId, input.ownerOrganisationIds);
  const saved = await db.transaction().execute(async (tx) => {
    if (!(await updateGoalIfVersion(tx, goalId, version, input))) return false;
    await replaceGoalOwners(tx, goalId, [...new Set(input.ownerOrganisationIds)]);
    return true;
  });
  const row = await findGoal(db, networkId, goalId);
  if (!row) throw notFound();
  const view = (await present(deps, [row], actor, role))[0];
  if (!saved) throw staleWrite(view);
  return view;
}

export async function removeGoal(deps: Deps, actor: Actor, networkId: string, goalId: string) {
  const { db } = deps.storage;
  const { row: g } = await changeableOr404(db, actor, networkId, () => findGoal(db, networkId, goalId));
  await db.transaction().execute(async (tx) => {
    await deleteGoal(tx, goalId);
    await audit(tx, actor, networkId, "goal.deleted", g.title);
  });
}
