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
