import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export async function upsertNetworkTypeAssessment(
  db: DbOrTx,
  input: { networkId: string; cycleId: string; userId: string; answers: string; placement: string },
) {
  const now = nowIso();
  await db
    .insertInto("network_type_assessments")
    .values({
      id: newId(),
      network_id: input.networkId,
      cycle_id: input.cycleId,
      user_id: input.userId,
      answers: input.answers,
      placement: input.placement,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["cycle_id", "user_id"]).doUpdateSet({ answers: input.answers, placement: input.placement, updated_at: now }),
    )
    .execute();
}

export const listNetworkTypeAssessments = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("network_type_assessments")
    .select(["cycle_id", "user_id", "answers", "placement"])
    .where("network_id", "=", networkId)
    .execute();

export async function insertOnBehalfCheck(
  db: DbOrTx,
  input: { networkId: string; userId: string; answers: string; score: number; level: string },
) {
  await db
    .insertInto("on_behalf_checks")
    .values({
      id: newId(),
      network_id: input.networkId,
      user_id: input.userId,
      answers: input.answers,
      score: input.score,
      level: input.level,
      created_at: nowIso(),
    })
    .execute();
}

export const listOnBehalfChecks = (db: DbOrTx, networkId: string, userId: string) =>
  db
    .selectFrom("on_behalf_checks")
    .selectAll()
    .where("network_id", "=", networkId)
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();

export async function insertGovernanceDiagnosis(db: DbOrTx, input: { networkId: string; userId: string; answers: string; result: string }) {
  await db
    .insertInto("governance_diagnoses")
    .values({
      id: newId(),
      network_id: input.networkId,
      created_by: input.userId,
      answers: input.answers,
      result: input.result,
      created_at: nowIso(),
    })
    .execute();
}

/** The network's governance diagnoses, newest first, with who made each. */
export const listGovernanceDiagnoses = (db: DbOrTx, networkId: string, limit = 10) =>
  db
    .selectFrom("governance_diagnoses as d")
    .leftJoin("users as u", "u.id", "d.created_by")
    .select(["d.id", "d.answers", "d.result", "d.created_at", "u.name as created_by_name"])
    .where("d.network_id", "=", networkId)
    .orderBy("d.created_at", "desc")
    .orderBy("d.id", "desc")
    .limit(limit)
    .execute();
