import type { DbOrTx } from "../storage/db.ts";
import { insertAuditEvent, listAuditEvents } from "../storage/repos/audit.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden } from "./errors.ts";

/** The sensitive actions that are logged; the UI names each in three languages (`audit.action.*`). */
export const AUDIT_ACTIONS = [
  "member.role_changed",
  "member.removed",
  "member.account_deleted",
  "export.people",
  "export.survey",
  "export.report",
  "export.decisions",
  "publishing.saved",
  "news.published",
  "news.unpublished",
  "news.deleted",
  "practice.published",
  "practice.unpublished",
  "practice.deleted",
  "goal.deleted",
  "indicator.deleted",
  "decision.deleted",
  "decision_rules.saved",
  "poll.closed",
  "poll.deleted",
  "webhook.saved",
  "webhook.deleted",
  "instance.document_saved",
  "organisation.representatives_named",
  "cycle.phase_reopened",
  "minutes.approved",
  "minutes.sent",
  "sso.signed_in",
  "sso.linked",
  "sso.account_created",
  "sso.failed",
  "account.disabled",
  "account.enabled",
  "account.deleted",
  "account.reset_sent",
  "account.merged",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Writes one audit event; call it inside the action's transaction when it has one, so both land or neither. */
export function audit(
  db: DbOrTx,
  actor: Actor,
  networkId: string | null,
  action: AuditAction,
  subject: string,
  details: Record<string, string | number | boolean | null> = {},
) {
  return insertAuditEvent(db, { networkId, actorUserId: actor.userId, actorName: actor.name, action, subject, details });
}

/** Writes an event of the instance's own log about someone who may not be signed in (a sign-in through a provider). */
export function auditSignIn(
  db: DbOrTx,
  who: { userId: string | null; name: string },
  action: AuditAction,
  subject: string,
  details: Record<string, string | number | boolean | null> = {},
) {
  return insertAuditEvent(db, { networkId: null, actorUserId: who.userId, actorName: who.name, action, subject, details });
}

const PAGE = 100;

type Row = Awaited<ReturnType<typeof listAuditEvents>>[number];
const present = (r: Row) => ({
  id: r.id,
  networkId: r.network_id,
  networkName: r.network_name,
  at: r.created_at,
  actor: r.actor_name,
  action: r.action as AuditAction,
  subject: r.subject,
  details: JSON.parse(r.details) as Record<string, unknown>,
});

/** A network's audit log for its coordinators, newest first, a hundred at a time. */
export async function networkAuditLog(deps: Deps, actor: Actor, networkId: string, before: string | undefined) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  return page(await listAuditEvents(deps.storage.db, networkId, before, PAGE));
}

/** Every audit event of the instance for its admins: each network's and the instance's own (the texts they write). */
export async function instanceAuditLog(deps: Deps, actor: Actor, before: string | undefined) {
  if (!actor.isAdmin) throw forbidden();
  return page(await listAuditEvents(deps.storage.db, null, before, PAGE));
}

const page = (rows: Row[]) => ({ items: rows.map(present), nextCursor: rows.length === PAGE ? (rows.at(-1)?.created_at ?? null) : null });
