import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { ifAnyIds, insertRow } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export interface GoalFields {
  goalType: string;
  title: string;
  description: string;
}

export async function insertGoal(db: DbOrTx, input: GoalFields & { networkId: string; cycleId: string; createdBy: string }) {
  const now = nowIso();
  return insertRow(db, "goals", {
    network_id: input.networkId,
    cycle_id: input.cycleId,
    goal_type: input.goalType,
    title: input.title,
    description: input.description,
    governance_check: null,
    created_by: input.createdBy,
    created_at: now,
    updated_at: now,
  });
}

export const listGoals = (db: DbOrTx, networkId: string, cycleId: string) =>
  db.selectFrom("goals").selectAll().where("network_id", "=", networkId).where("cycle_id", "=", cycleId).orderBy("created_at").execute();

export const findGoal = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("goals").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export async function updateGoalIfVersion(db: DbOrTx, id: string, version: number, input: GoalFields) {
  return updateIfVersion(db, "goals", id, version, { goal_type: input.goalType, title: input.title, description: input.description });
}

export const setGovernanceCheck = (db: DbOrTx, id: string, json: string) =>
  db.updateTable("goals").set({ governance_check: json, updated_at: nowIso() }).where("id", "=", id).execute();

export const deleteGoal = (db: DbOrTx, id: string) => db.deleteFrom("goals").where("id", "=", id).execute();

export async function replaceGoalOwners(db: DbOrTx, goalId: string, organisationIds: string[]) {
  await db.deleteFrom("goal_owners").where("goal_id", "=", goalId).execute();
  if (organisationIds.length > 0)
    await db
      .insertInto("goal_owners")
      .values(organisationIds.map((o) => ({ goal_id: goalId, organisation_id: o })))
      .execute();
}

export const goalOwners = (db: DbOrTx, goalIds: string[]) =>
  ifAnyIds(goalIds, () =>
    db
      .selectFrom("goal_owners as g")
      .innerJoin("organisations as o", "o.id", "g.organisation_id")
      .select(["g.goal_id", "o.id", "o.name"])
      .where("g.goal_id", "in", goalIds)
      .orderBy("o.name")
      .execute(),
  );

/** Copies a cycle's goals and their owner organisations into another cycle; returns each goal's copy by the original's id. */
export async function copyGoals(db: DbOrTx, fromCycleId: string, toCycleId: string) {
  const goals = await db.selectFrom("goals").selectAll().where("cycle_id", "=", fromCycleId).orderBy("created_at").execute();
  const now = nowIso();
  const copies = new Map<string, string>();
  for (const g of goals) {
    const id = newId();
    copies.set(g.id, id);
    await db
      .insertInto("goals")
      .values({
        id,
        network_id: g.network_id,
        cycle_id: toCycleId,
        goal_type: g.goal_type,
        title: g.title,
        description: g.description,
        governance_check: g.governance_check,
        created_by: g.created_by,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const owners = await db.selectFrom("goal_owners").select("organisation_id").where("goal_id", "=", g.id).execute();
    if (owners.length > 0) {
      await db
        .insertInto("goal_owners")
        .values(owners.map((o) => ({ goal_id: id, organisation_id: o.organisation_id })))
        .execute();
    }
  }
  return copies;
}
