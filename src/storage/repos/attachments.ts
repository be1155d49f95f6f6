import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";

export interface NewAttachment {
  networkId: string;
  ownerKind: string;
  ownerId: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  createdBy: string;
}

const columns = [
  "a.id",
  "a.network_id",
  "a.owner_kind",
  "a.owner_id",
  "a.file_name",
  "a.content_type",
  "a.size",
  "a.created_at",
  "u.name as created_by_name",
] as const;

/** Stores a file and its bytes together (call inside a transaction); returns its id. */
export async function insertAttachment(db: DbOrTx, a: NewAttachment) {
  const id = await insertRow(db, "attachments", {
    network_id: a.networkId,
    owner_kind: a.ownerKind,
    owner_id: a.ownerId,
    file_name: a.fileName,
    content_type: a.contentType,
    size: a.bytes.byteLength,
    created_by: a.createdBy,
    created_at: nowIso(),
  });
  await db
    .insertInto("attachment_contents")
    .values({ attachment_id: id, bytes: Buffer.from(a.bytes) })
    .execute();
  return id;
}

/** The files of one meeting or agreement version, oldest first, without their bytes. */
export const listAttachments = (db: DbOrTx, networkId: string, ownerKind: string, ownerId: string) =>
  db
    .selectFrom("attachments as a")
    .leftJoin("users as u", "u.id", "a.created_by")
    .select(columns)
    .where("a.network_id", "=", networkId)
    .where("a.owner_kind", "=", ownerKind)
    .where("a.owner_id", "=", ownerId)
    .orderBy("a.created_at")
    .orderBy("a.id")
    .execute();

export const findAttachment = (db: DbOrTx, networkId: string, id: string) =>
  db
    .selectFrom("attachments as a")
    .leftJoin("users as u", "u.id", "a.created_by")
    .select(columns)
    .where("a.network_id", "=", networkId)
    .where("a.id", "=", id)
    .executeTakeFirst();

export const attachmentBytes = async (db: DbOrTx, id: string) =>
  (await db.selectFrom("attachment_contents").select("bytes").where("attachment_id", "=", id).executeTakeFirst())?.bytes;

/** Removes a file; its bytes go with it (the foreign key cascades). */
export const deleteAttachment = (db: DbOrTx, id: string) => db.deleteFrom("attachments").where("id", "=", id).execute();
