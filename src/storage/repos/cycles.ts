import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { CyclesTable } from "../schema.ts";

export type CycleRow = CyclesTable;

export async function insertCycle(
  db: DbOrTx,
  input: { networkId: string; name: string; startsOn: string; endsOn: string; phase: string; closedAt?: string | null },
): Promise<CycleRow> {
  const row: CycleRow = {
    id: newId(),
    network_id: input.networkId,
    name: input.name,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    phase: input.phase,
    closed_at: input.closedAt ?? null,
    created_at: nowIso(),
  };
  await db.insertInto("cycles").values(row).execute();
  return row;
}

/** The newest cycle that is not closed, if any. */
export const findCurrentCycle = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("cycles")
    .selectAll()
    .where("network_id", "=", networkId)
    .where("closed_at", "is", null)
    .orderBy("starts_on", "desc")
    .limit(1)
    .executeTakeFirst();

export const listCycles = (db: DbOrTx, networkId: string) =>
  db.selectFrom("cycles").selectAll().where("network_id", "=", networkId).orderBy("starts_on").execute();

export const findCycle = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("cycles").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const listCyclePhases = (db: DbOrTx, cycleId: string) =>
  db.selectFrom("cycle_phases").selectAll().where("cycle_id", "=", cycleId).execute();

export async function startPhase(db: DbOrTx, cycleId: string, phase: string, at: string) {
  await db
    .insertInto("cycle_phases")
    .values({ cycle_id: cycleId, phase, started_at: at, ended_at: null, summary: "" })
    .onConflict((oc) => oc.columns(["cycle_id", "phase"]).doNothing())
    .execute();
}

export const endPhase = (db: DbOrTx, cycleId: string, phase: string, at: string, summary: string) =>
  db.updateTable("cycle_phases").set({ ended_at: at, summary }).where("cycle_id", "=", cycleId).where("phase", "=", phase).execute();

/** Opens a closed phase again: it has no end, and the phase begun after it is gone with its (empty) start. */
export async function reopenPhaseRows(db: DbOrTx, cycleId: string, phase: string, begunAfter: string) {
  await db.updateTable("cycle_phases").set({ ended_at: null }).where("cycle_id", "=", cycleId).where("phase", "=", phase).execute();
  await db.deleteFrom("cycle_phases").where("cycle_id", "=", cycleId).where("phase", "=", begunAfter).execute();
}

/** Moves a cycle from one phase to the next; false when another request moved it first. */
export async function setCyclePhase(db: DbOrTx, cycleId: string, from: string, to: string): Promise<boolean> {
  const r = await db
    .updateTable("cycles")
    .set({ phase: to })
    .where("id", "=", cycleId)
    .where("phase", "=", from)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const closeCycle = (db: DbOrTx, cycleId: string, at: string) =>
  db.updateTable("cycles").set({ closed_at: at }).where("id", "=", cycleId).execute();

export async function upsertPhaseEvaluation(
  db: DbOrTx,
  input: { cycleId: string; phase: string; userId: string; achieved: number; carryForward: string },
) {
  const now = nowIso();
  await db
    .insertInto("phase_evaluations")
    .values({
      id: newId(),
      cycle_id: input.cycleId,
      phase: input.phase,
      user_id: input.userId,
      achieved: input.achieved,
      carry_forward: input.carryForward,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(["cycle_id", "phase", "user_id"])
        .doUpdateSet({ achieved: input.achieved, carry_forward: input.carryForward, updated_at: now }),
    )
    .execute();
}

export const listPhaseEvaluations = (db: DbOrTx, cycleId: string) =>
  db.selectFrom("phase_evaluations").select(["phase", "user_id", "achieved", "carry_forward"]).where("cycle_id", "=", cycleId).execute();
