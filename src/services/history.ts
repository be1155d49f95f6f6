import { deleteHistoryEntry, findHistoryEntry, insertHistoryEntry, listHistory } from "../storage/repos/history.ts";
import { findMembershipById } from "../storage/repos/memberships.ts";
import { findOrganisation } from "../storage/repos/organisations.ts";
import { changeableOr404, mayChange, requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid } from "./errors.ts";

export interface HistoryQuery {
  personId?: string | undefined;
  /** One organisation's timeline, or a pair's: entries that involve all of them. */
  organisationIds?: string[] | undefined;
}

/** Shared history, newest first: a person's, an organisation's or an organisation pair's. */
export async function listSharedHistory(deps: Deps, actor: Actor, networkId: string, query: HistoryQuery) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const rows = await listHistory(db, networkId, { membershipId: query.personId, organisationIds: query.organisationIds }, 200);
  return rows.map((e) => ({
    id: e.id,
    occurredOn: e.occurred_on,
    title: e.title,
    description: e.description,
    source: { kind: e.source_kind, id: e.source_id },
    createdByName: e.created_by_name,
    canDelete: mayChange(role, actor, e),
    people: e.participants.filter((p) => p.membership_id).map((p) => ({ id: p.membership_id as string, name: p.person_name ?? "" })),
    /** People removed from the network since: counted, not named. */
    formerPeople: e.participants.filter((p) => p.kind === "person" && !p.membership_id).length,
    organisations: [
      ...new Map(e.participants.filter((p) => p.organisation_id).map((p) => [p.organisation_id as string, p.organisation_name ?? ""])),
    ].map(([id, name]) => ({ id, name })),
  }));
}

export interface HistoryInput {
  occurredOn: string;
  title: string;
  description: string;
  personIds: string[];
  organisationIds: string[];
}

/**
 * Adds a hand-written entry. Each person is recorded with the organisation
 * they represent now, so the entry also shows up in organisation-pair timelines.
 */
export async function addHistoryEntry(deps: Deps, actor: Actor, networkId: string, input: HistoryInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const people = [];
  for (const id of new Set(input.personIds)) {
    const m = await findMembershipById(db, networkId, id);
    if (!m) throw invalid({ personIds: { key: "validation.unknown_person" } });
    people.push(m);
  }
  for (const id of new Set(input.organisationIds)) {
    if (!(await findOrganisation(db, networkId, id))) throw invalid({ organisationIds: { key: "validation.unknown_organisation" } });
  }
  if (people.length + input.organisationIds.length === 0) throw invalid({ personIds: { key: "validation.history_needs_someone" } });
  const covered = new Set(people.map((p) => p.organisation_id).filter(Boolean));
  const participants = [
    ...people.map((p) => ({ membershipId: p.id, organisationId: p.organisation_id })),
    ...[...new Set(input.organisationIds)].filter((o) => !covered.has(o)).map((o) => ({ membershipId: null, organisationId: o })),
  ];
  const id = await db.transaction().execute((tx) =>
    insertHistoryEntry(tx, {
      networkId,
      occurredOn: input.occurredOn,
      title: input.title,
      description: input.description,
      sourceKind: "manual",
      sourceId: null,
      createdBy: actor.userId,
      participants,
    }),
  );
  return { id };
}

export async function removeHistoryEntry(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await changeableOr404(db, actor, networkId, () => findHistoryEntry(db, networkId, id));
  await deleteHistoryEntry(db, id);
}
