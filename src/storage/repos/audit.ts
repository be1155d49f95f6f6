import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";

export interface AuditFields {
  networkId: string | null;
  /** Null when nobody is known yet (a failed sign-in). */
  actorUserId: string | null;
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

/** Audit events newest first, a page before a cursor time: one network's, or the whole instance's (networkId null), with the network's name. */
export function listAuditEvents(db: DbOrTx, networkId: string | null, before: string | undefined, limit: number) {
  let q = db
    .selectFrom("audit_events as a")
    .leftJoin("networks as n", "n.id", "a.network_id")
    .selectAll("a")
    .select("n.name as network_name");
  if (networkId !== null) q = q.where("a.network_id", "=", networkId);
  if (before) q = q.where("a.created_at", "<", before);
  return q.orderBy("a.created_at", "desc").orderBy("a.id", "desc").limit(limit).execute();
}
