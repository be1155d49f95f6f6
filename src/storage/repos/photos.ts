import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";

/** Photos live in the database, so every app instance can serve them without shared disk. */
export async function insertPhoto(db: DbOrTx, networkId: string, mime: string, bytes: Buffer) {
  return insertRow(db, "photos", { network_id: networkId, mime, bytes, created_at: nowIso() });
}

export const findPhoto = (db: DbOrTx, networkId: string, id: string) =>
  db
    .selectFrom("photos")
    .select(["mime", "bytes", "created_at"])
    .where("network_id", "=", networkId)
    .where("id", "=", id)
    .executeTakeFirst();

export const deletePhoto = (db: DbOrTx, id: string) => db.deleteFrom("photos").where("id", "=", id).execute();
