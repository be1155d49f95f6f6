import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export const findStatement = (db: DbOrTx, locale: string) =>
  db.selectFrom("accessibility_statements").selectAll().where("locale", "=", locale).executeTakeFirst();

/** Saves the statement of a language if it is still at `version` (0: none saved yet). */
export async function saveStatementIfVersion(db: DbOrTx, locale: string, version: number, body: string, userId: string) {
  const now = nowIso();
  if (version === 0) {
    const r = await db
      .insertInto("accessibility_statements")
      .values({ locale, body, updated_by: userId, updated_at: now })
      .onConflict((oc) => oc.column("locale").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable("accessibility_statements")
    .set({ body, version: version + 1, updated_by: userId, updated_at: now })
    .where("locale", "=", locale)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

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
