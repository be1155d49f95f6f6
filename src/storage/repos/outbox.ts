import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { OutboxTable } from "../schema.ts";

export type OutboxRow = OutboxTable;

export async function insertOutboxMessage(
  db: DbOrTx,
  input: { networkId: string | null; kind: string; to: string; subject: string; body: string; link: string | null },
): Promise<OutboxRow> {
  const row: OutboxRow = {
    id: newId(),
    network_id: input.networkId,
    kind: input.kind,
    to_email: input.to,
    subject: input.subject,
    body: input.body,
    link: input.link,
    created_at: nowIso(),
    sent_at: null,
    error: null,
  };
  await db.insertInto("outbox").values(row).execute();
  return row;
}

export const markOutboxSent = (db: DbOrTx, id: string) =>
  db.updateTable("outbox").set({ sent_at: nowIso(), error: null }).where("id", "=", id).execute();

export const markOutboxFailed = (db: DbOrTx, id: string, error: string) =>
  db.updateTable("outbox").set({ error }).where("id", "=", id).execute();

/** Messages of one network (or, with null, the instance's own such as password resets), newest first. */
export const listOutbox = (db: DbOrTx, networkId: string | null, limit: number) => {
  const q = db.selectFrom("outbox").selectAll();
  return (networkId === null ? q.where("network_id", "is", null) : q.where("network_id", "=", networkId))
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
};

/** E-mails not yet sent: the mail queue's length. */
export const countUnsent = async (db: DbOrTx) =>
  Number(
    (
      await db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("sent_at", "is", null)
        .executeTakeFirstOrThrow()
    ).n,
  );
