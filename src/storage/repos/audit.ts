import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export interface AuditFields {
  networkId: string | null;
  actorUserId: string;
  actorName: string;
  action: string;
  subject: string;
  details: Record<string, string | number | boolean | null>;
}

export async function insertAuditEvent(db: DbOrTx, e: AuditFields) {
  await db
    .insertInto("audit_events")
    .values({
      id: newId(),
      network_id: e.networkId,
      actor_user_id: e.actorUserId,
      actor_name: e.actorName,
      action: e.action,
      subject: e.subject,
      details: JSON.stringify(e.details),
      created_at: nowIso(),
    })
    .execute();
}

/** A network's audit events, newest first, a page before a cursor time. */
export function listAuditEvents(db: DbOrTx, networkId: string, before: string | undefined, limit: number) {
  let q = db.selectFrom("audit_events").selectAll().where("network_id", "=", networkId);
  if (before) q = q.where("created_at", "<", before);
  return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
}
