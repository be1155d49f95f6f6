import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";

export async function insertActivity(
  db: DbOrTx,
  a: {
    networkId: string;
    cycleId: string | null;
    title: string;
    description: string;
    mode: string;
    meetingId: string | null;
    createdBy: string;
  },
) {
  return insertRow(db, "activities", {
    network_id: a.networkId,
    cycle_id: a.cycleId,
    title: a.title,
    description: a.description,
    mode: a.mode,
    meeting_id: a.meetingId,
    created_by: a.createdBy,
    created_at: nowIso(),
  });
}

export const listActivities = (db: DbOrTx, networkId: string, cycleId: string | null) =>
  db
    .selectFrom("activities")
    .selectAll()
    .where("network_id", "=", networkId)
    .where((eb) => (cycleId === null ? eb("cycle_id", "is", null) : eb("cycle_id", "=", cycleId)))
    .orderBy("created_at", "desc")
    .execute();

export const findActivity = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("activities").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const deleteActivity = (db: DbOrTx, id: string) => db.deleteFrom("activities").where("id", "=", id).execute();
