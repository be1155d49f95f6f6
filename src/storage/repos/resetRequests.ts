import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

/**
 * Records a reset request from an address and answers how many it has made since `since`, this one included.
 * Written before counting, so concurrent requests cannot all slip under the limit.
 */
export async function recordResetRequest(db: DbOrTx, address: string, since: string) {
  await db.insertInto("reset_requests").values({ id: newId(), address, created_at: nowIso() }).execute();
  const r = await db
    .selectFrom("reset_requests")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("address", "=", address)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const deleteResetRequestsBefore = (db: DbOrTx, before: string) =>
  db.deleteFrom("reset_requests").where("created_at", "<", before).execute();
