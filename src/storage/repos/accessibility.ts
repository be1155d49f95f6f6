import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export async function insertFeedback(db: DbOrTx, f: { page: string; description: string; email: string | null; addressHash: string }) {
  await db
    .insertInto("accessibility_feedback")
    .values({
      id: newId(),
      page: f.page,
      description: f.description,
      email: f.email,
      address_hash: f.addressHash,
      created_at: nowIso(),
      handled_at: null,
    })
    .execute();
}

export async function countFeedbackSince(db: DbOrTx, addressHash: string, since: string) {
  const r = await db
    .selectFrom("accessibility_feedback")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("address_hash", "=", addressHash)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const listFeedback = (db: DbOrTx) =>
  db.selectFrom("accessibility_feedback").selectAll().orderBy("created_at", "desc").limit(500).execute();

export const markFeedbackHandled = (db: DbOrTx, id: string) =>
  db.updateTable("accessibility_feedback").set({ handled_at: nowIso() }).where("id", "=", id).where("handled_at", "is", null).execute();
