import type { Insertable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

/** A new row of a table, as `insertRows` takes it. */
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;

/** The tables whose rows are known by a text id that Solmu makes. */
type IdTable = { [T in keyof Database]: Database[T] extends { id: string } ? T : never }[keyof Database] & string;

/** Inserts one row under a new id and returns the id. */
export async function insertRow<T extends IdTable>(db: DbOrTx, table: T, row: Omit<NewRow<T>, "id">): Promise<string> {
  const id = newId();
  // Kysely cannot narrow a generic table name's row type; the signature above keeps callers typed.
  await db
    .insertInto(table)
    .values({ id, ...row } as never)
    .execute();
  return id;
}

/** A new row's `created_at` and `updated_at`: created and last changed at the same instant. */
export function newStamps() {
  const now = nowIso();
  return { created_at: now, updated_at: now };
}

/** Inserts many rows in chunks that stay under SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertRows<T extends keyof Database & string>(db: DbOrTx, table: T, rows: NewRow<T>[], chunk = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    // Kysely cannot narrow a generic table name's row type; the signature above keeps callers typed.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}

/** Runs `query` only when there are ids to ask about: SQL has no empty `in ()` list, and no ids means no rows. */
export const ifAnyIds = <T>(ids: readonly string[], query: () => Promise<T[]>): Promise<T[]> =>
  ids.length === 0 ? Promise.resolve([]) : query();
