import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export async function insertGap(
  db: DbOrTx,
  input: { networkId: string; kind: "organisation" | "competence"; name: string; note: string; createdBy: string },
) {
  const row = {
    id: newId(),
    network_id: input.networkId,
    kind: input.kind,
    name: input.name,
    note: input.note,
    created_by: input.createdBy,
    created_at: nowIso(),
  };
  await db.insertInto("gaps").values(row).execute();
  return row;
}

export const listGaps = (db: DbOrTx, networkId: string) =>
  db.selectFrom("gaps").selectAll().where("network_id", "=", networkId).orderBy("kind").orderBy("created_at").execute();

export const deleteGap = (db: DbOrTx, networkId: string, id: string) =>
  db.deleteFrom("gaps").where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

/** Which of these competence tag keys someone in the network has. */
export const competenceKeysAmong = async (db: DbOrTx, networkId: string, keys: string[]) =>
  keys.length === 0
    ? []
    : (
        await db
          .selectFrom("person_tags")
          .select("tag_key")
          .distinct()
          .where("network_id", "=", networkId)
          .where("kind", "=", "competence")
          .where("tag_key", "in", keys)
          .execute()
      ).map((r) => r.tag_key);
