import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export async function insertOrganisation(db: DbOrTx, input: { networkId: string; name: string; kind: string }) {
  const now = nowIso();
  const row = { id: newId(), network_id: input.networkId, name: input.name, kind: input.kind, created_at: now, updated_at: now };
  await db.insertInto("organisations").values(row).execute();
  return row;
}

export const countOrganisations = async (db: DbOrTx, networkId: string): Promise<number> => {
  const r = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("network_id", "=", networkId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};
