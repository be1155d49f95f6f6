import type { Insertable } from "kysely";
import type { DbOrTx } from "../db.ts";
import type { Database } from "../schema.ts";

/** Inserts many rows in chunks that stay under SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertRows<T extends keyof Database & string>(
  db: DbOrTx,
  table: T,
  rows: Insertable<Database[T]>[],
  chunk = 400,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    // Kysely cannot narrow a generic table name's row type; the signature above keeps callers typed.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}
