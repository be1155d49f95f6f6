import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import type { InstanceDocumentKind } from "../schema.ts";

export const findDocument = (db: DbOrTx, kind: InstanceDocumentKind, locale: string) =>
  db.selectFrom("instance_documents").selectAll().where("kind", "=", kind).where("locale", "=", locale).executeTakeFirst();

/** Saves a document of a language if it is still at `version` (0: none saved yet). */
export async function saveDocumentIfVersion(
  db: DbOrTx,
  doc: { kind: InstanceDocumentKind; locale: string; body: string },
  version: number,
  userId: string,
) {
  const now = nowIso();
  if (version === 0) {
    const r = await db
      .insertInto("instance_documents")
      .values({ ...doc, updated_by: userId, updated_at: now })
      .onConflict((oc) => oc.columns(["kind", "locale"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable("instance_documents")
    .set({ body: doc.body, version: version + 1, updated_by: userId, updated_at: now })
    .where("kind", "=", doc.kind)
    .where("locale", "=", doc.locale)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
