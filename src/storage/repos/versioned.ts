import type { UpdateObject } from "kysely";
import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

/** The tables whose rows carry an id and a version for optimistic saves. */
export type VersionedTable = {
  [T in keyof Database]: "id" | "version" extends keyof Database[T] ? T : never;
}[keyof Database];

/**
 * Saves `set` on the row `id` only while it still has `version`, and moves the version on (and `updated_at`,
 * where the table has one, unless `set` names it). False when another save came first: the service then answers 409 with what is
 * stored, so that no edit is silently lost.
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: DbOrTx,
  table: T,
  id: string,
  version: number,
  set: UpdateObject<Database, T>,
  options: { touch?: boolean } = {},
): Promise<boolean> {
  const values = { ...(options.touch === false ? {} : { updated_at: nowIso() }), ...set, version: version + 1 };
  // Kysely cannot narrow a generic table name's columns; the signature above keeps callers typed.
  const r = await db
    .updateTable(table as "goals")
    .set(values as never)
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
