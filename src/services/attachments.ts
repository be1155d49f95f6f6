import { type AttachmentOwner, bareType, cleanFileName, detectAttachmentType, isAttachmentType } from "../domain/attachments.ts";
import { findVersion } from "../storage/repos/agreement.ts";
import { attachmentBytes, deleteAttachment, findAttachment, insertAttachment, listAttachments } from "../storage/repos/attachments.ts";
import { findMeeting, listParticipants } from "../storage/repos/meetings.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound } from "./errors.ts";

export interface Owner {
  kind: AttachmentOwner;
  id: string;
}

/**
 * Who may do what with an owner's files. Everyone who sees the meeting or the agreement version may
 * download them; coordinators, and a meeting's facilitators (its organisers), may add and remove them.
 * 404 when the owner is not in the network, or is a version an observer does not see (only approved ones).
 */
async function ownerAccess(deps: Deps, actor: Actor, networkId: string, owner: Owner) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  if (owner.kind === "agreement_version") {
    const version = await findVersion(db, networkId, owner.id);
    if (!version || (role === "observer" && version.status !== "approved")) throw notFound();
    return { canManage: role === "coordinator" };
  }
  if (!(await findMeeting(db, networkId, owner.id))) throw notFound();
  if (role !== "member") return { canManage: role === "coordinator" };
  const me = await findMembership(db, networkId, actor.userId);
  const facilitates = (await listParticipants(db, owner.id)).some((p) => p.membership_id === me?.id && p.facilitator === 1);
  return { canManage: facilitates };
}

type Row = NonNullable<Awaited<ReturnType<typeof findAttachment>>>;

const present = (a: Row) => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
  createdAt: a.created_at,
  createdByName: a.created_by_name,
  url: `/api/networks/${a.network_id}/attachments/${a.id}`,
});

/** An owner's files (without their bytes), whether the actor may add and remove them, and the size limit. */
export async function listOwnerAttachments(deps: Deps, actor: Actor, networkId: string, owner: Owner) {
  const { canManage } = await ownerAccess(deps, actor, networkId, owner);
  const rows = await listAttachments(deps.storage.db, networkId, owner.kind, owner.id);
  return { items: rows.map(present), canManage, maxBytes: deps.settings.attachmentMaxBytes };
}

/**
 * Stores a file on a meeting or an agreement version. The type the upload declares must be one of
 * ATTACHMENT_TYPES and the file's content must be of that type, so that nothing is kept that a
 * browser would run; the name loses any path and control characters.
 */
export async function uploadAttachment(
  deps: Deps,
  actor: Actor,
  networkId: string,
  owner: Owner,
  file: { name: string; contentType: string | undefined; bytes: Uint8Array },
) {
  const { canManage } = await ownerAccess(deps, actor, networkId, owner);
  if (!canManage) throw forbidden();
  const max = deps.settings.attachmentMaxBytes;
  if (file.bytes.byteLength > max)
    throw new AppError(413, "payload_too_large", "errors.attachment_too_large", { mb: Math.round(max / 1_048_576) });
  const fileName = cleanFileName(file.name);
  if (!fileName) throw invalid({ name: { key: "validation.required" } });
  const declared = bareType(file.contentType);
  if (!isAttachmentType(declared)) throw invalid({ file: { key: "validation.attachment_type" } });
  if (detectAttachmentType(file.bytes) !== declared) throw invalid({ file: { key: "validation.attachment_content" } });
  const { db } = deps.storage;
  const id = await db.transaction().execute((tx) =>
    insertAttachment(tx, {
      networkId,
      ownerKind: owner.kind,
      ownerId: owner.id,
      fileName,
      contentType: declared,
      bytes: file.bytes,
      createdBy: actor.userId,
    }),
  );
  const row = await findAttachment(db, networkId, id);
  if (!row) throw notFound();
  return present(row);
}

/** A file in the network, with the access its owner gives: 404 when the actor does not see the owner. */
async function attachmentFor(deps: Deps, actor: Actor, networkId: string, attachmentId: string) {
  const row = await findAttachment(deps.storage.db, networkId, attachmentId);
  if (!row) throw notFound();
  const access = await ownerAccess(deps, actor, networkId, { kind: row.owner_kind as AttachmentOwner, id: row.owner_id });
  return { row, ...access };
}

/** A file's bytes with the name and stored type it is served with. */
export async function downloadAttachment(deps: Deps, actor: Actor, networkId: string, attachmentId: string) {
  const { row } = await attachmentFor(deps, actor, networkId, attachmentId);
  const bytes = await attachmentBytes(deps.storage.db, row.id);
  if (!bytes) throw notFound();
  return { fileName: row.file_name, contentType: row.content_type, bytes };
}

export async function removeAttachment(deps: Deps, actor: Actor, networkId: string, attachmentId: string) {
  const { row, canManage } = await attachmentFor(deps, actor, networkId, attachmentId);
  if (!canManage) throw forbidden();
  await deleteAttachment(deps.storage.db, row.id);
}
