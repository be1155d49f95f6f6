import type { DbOrTx } from "../db.ts";
import { USER_REFERENCES } from "./userReferences.ts";

/** The networks both accounts belong to: merging them would give one person two memberships there. */
export const sharedNetworks = (db: DbOrTx, a: string, b: string) =>
  db
    .selectFrom("memberships as x")
    .innerJoin("memberships as y", "y.network_id", "x.network_id")
    .innerJoin("networks as n", "n.id", "x.network_id")
    .select("n.name")
    .where("x.user_id", "=", a)
    .where("y.user_id", "=", b)
    .orderBy("n.name")
    .execute();

/** Moves everything that names account `from` to account `into`; the caller deletes `from` afterwards. */
export async function moveAccountRows(db: DbOrTx, from: string, into: string) {
  for (const [table, column] of USER_REFERENCES) {
    // The names are this module's own constants, never input; Kysely's typed builder cannot take them as variables.
    // biome-ignore lint/suspicious/noExplicitAny: a table and column chosen from the list above
    await (db as any)
      .updateTable(table)
      .set({ [column]: into })
      .where(column, "=", from)
      .execute();
  }
}
