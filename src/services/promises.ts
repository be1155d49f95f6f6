import { canMoveTo, factorCounts, keepingRate, type PromiseState, type StructuralFactor } from "../domain/promises.ts";
import { findAgreementSection } from "../storage/repos/agreement.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { findGoal } from "../storage/repos/goals.ts";
import { findMeeting } from "../storage/repos/meetings.ts";
import { findMembership, findMembershipById } from "../storage/repos/memberships.ts";
import { findOrganisation, listOrganisations as listOrganisationRows } from "../storage/repos/organisations.ts";
import {
  findPromise,
  insertPromise,
  insertPromiseChange,
  listFactors,
  listPromiseChanges,
  listPromises as listPromiseRows,
  listPromisesPage,
  updatePromiseIfVersion,
} from "../storage/repos/promises.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import type { Cursor } from "./pagination.ts";

type Row = Awaited<ReturnType<typeof listPromiseRows>>[number];

const today = (now = new Date()) => now.toISOString().slice(0, 10);

function present(p: Row, actor: Actor, role: string, now: Date) {
  const own = p.promiser_user_id === actor.userId;
  return {
    id: p.id,
    text: p.text,
    state: p.state as PromiseState,
    dueOn: p.due_on,
    closedOn: p.closed_on,
    renegotiations: p.renegotiations,
    overdue: (p.state === "open" || p.state === "renegotiated") && p.due_on < today(now),
    promiser: p.promiser_membership_id ? { id: p.promiser_membership_id, name: p.promiser_name ?? "" } : null,
    onBehalfOf: p.on_behalf_of_organisation_id ? { id: p.on_behalf_of_organisation_id, name: p.on_behalf_of_name ?? "" } : null,
    to:
      p.to_kind === "person"
        ? { kind: "person" as const, id: p.to_membership_id, name: p.to_person_name }
        : p.to_kind === "organisation"
          ? { kind: "organisation" as const, id: p.to_organisation_id, name: p.to_organisation_name }
          : { kind: "network" as const, id: null, name: null },
    goalId: p.goal_id,
    agreementSectionId: p.agreement_section_id,
    cycleId: p.cycle_id,
    version: p.version,
    canChange: own || role === "coordinator",
  };
}

export interface PromiseQuery {
  mine?: boolean | undefined;
  state?: PromiseState | undefined;
  cycleId?: string | undefined;
}

/** The promise ledger of a network (or just the actor's own promises), soonest due first. */
/** A page of the ledger, soonest due first; `mine` keeps the actor's own promises. */
export async function listPromises(
  deps: Deps,
  actor: Actor,
  networkId: string,
  query: PromiseQuery,
  page: { limit: number; after: Cursor | undefined },
  now = new Date(),
) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const me = query.mine ? await findMembership(db, networkId, actor.userId) : undefined;
  if (query.mine && !me) return { items: [], nextCursor: null };
  const rows = await listPromisesPage(
    db,
    networkId,
    { promiserMembershipId: me?.id, state: query.state, cycleId: query.cycleId },
    page.limit,
    page.after,
  );
  return { items: rows.items.map((p) => present(p, actor, role, now)), nextCursor: rows.nextCursor };
}

export interface PromiseInput {
  text: string;
  dueOn: string;
  onBehalfOfOrganisation: boolean;
  to: { kind: "network" } | { kind: "person"; id: string } | { kind: "organisation"; id: string };
  goalId: string | null;
  agreementSectionId: string | null;
  /** Coordinators may record a promise someone made in a meeting; others promise for themselves. */
  promiserId: string | null;
  /** The meeting where the promise was made. */
  meetingId: string | null;
}

/** Records a promise: who promises (for themselves or their organisation), what, to whom and by when. */
export async function makePromise(deps: Deps, actor: Actor, networkId: string, input: PromiseInput, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const promiser = input.promiserId
    ? await findMembershipById(db, networkId, input.promiserId)
    : await findMembership(db, networkId, actor.userId);
  if (!promiser) throw invalid({ promiserId: { key: "validation.unknown_person" } });
  if (promiser.user_id !== actor.userId && role !== "coordinator") throw forbidden();
  if (input.onBehalfOfOrganisation && !promiser.organisation_id)
    throw invalid({ onBehalfOfOrganisation: { key: "validation.no_organisation" } });
  if (input.dueOn < today(now)) throw invalid({ dueOn: { key: "validation.date_in_past" } });
  if (input.to.kind === "person" && !(await findMembershipById(db, networkId, input.to.id)))
    throw invalid({ to: { key: "validation.unknown_person" } });
  if (input.to.kind === "organisation" && !(await findOrganisation(db, networkId, input.to.id)))
    throw invalid({ to: { key: "validation.unknown_organisation" } });
  if (input.goalId && !(await findGoal(db, networkId, input.goalId))) throw invalid({ goalId: { key: "validation.invalid" } });
  if (input.agreementSectionId && !(await findAgreementSection(db, networkId, input.agreementSectionId))) {
    throw invalid({ agreementSectionId: { key: "validation.invalid" } });
  }
  if (input.meetingId && !(await findMeeting(db, networkId, input.meetingId))) throw invalid({ meetingId: { key: "validation.invalid" } });
  const cycle = await findCurrentCycle(db, networkId);
  const id = await db.transaction().execute((tx) =>
    insertPromise(tx, {
      networkId,
      cycleId: cycle?.id ?? null,
      promiserMembershipId: promiser.id,
      onBehalfOfOrganisationId: input.onBehalfOfOrganisation ? promiser.organisation_id : null,
      text: input.text,
      toKind: input.to.kind,
      toMembershipId: input.to.kind === "person" ? input.to.id : null,
      toOrganisationId: input.to.kind === "organisation" ? input.to.id : null,
      dueOn: input.dueOn,
      goalId: input.goalId,
      agreementSectionId: input.agreementSectionId,
      meetingId: input.meetingId,
      createdBy: actor.userId,
    }),
  );
  return getPromise(deps, actor, networkId, id, now);
}

/** One promise with its history: every renegotiation keeps what was promised before, and the barriers or enablers named. */
export async function getPromise(deps: Deps, actor: Actor, networkId: string, id: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const p = await findPromise(db, networkId, id);
  if (!p) throw notFound();
  const [changes, factors] = await Promise.all([listPromiseChanges(db, id), listFactors(db, [id])]);
  return {
    ...present(p, actor, role, now),
    history: changes.map((c) => ({
      state: c.state as PromiseState,
      text: c.text,
      dueOn: c.due_on,
      note: c.note,
      changedAt: c.changed_at,
      changedByName: c.changed_by_name,
      factors: factors.filter((f) => f.change_id === c.id).map((f) => ({ kind: f.kind, factor: f.factor as StructuralFactor })),
    })),
  };
}

export interface PromiseChange {
  version: number;
  to: "kept" | "not_kept" | "renegotiated";
  /** For a renegotiation: the new due date and, if changed, the new content. */
  dueOn?: string | undefined;
  text?: string | undefined;
  note: string;
  factors: StructuralFactor[];
}

/**
 * Marks a promise kept (naming what enabled it), not kept (with the reason and
 * the barriers) or renegotiated (new date or content, with the barriers); the
 * promiser and coordinators may. A stale version gets 409.
 */
export async function changePromise(deps: Deps, actor: Actor, networkId: string, id: string, change: PromiseChange, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const p = await findPromise(db, networkId, id);
  if (!p) throw notFound();
  if (p.promiser_user_id !== actor.userId && role !== "coordinator") throw forbidden();
  if (!canMoveTo(p.state as PromiseState, change.to)) throw new AppError(409, "promise_closed", "errors.promise_closed");
  if (change.to === "not_kept" && !change.note.trim()) throw invalid({ note: { key: "validation.reason_required" } });
  if (change.to === "renegotiated") {
    if (!change.dueOn && !change.text) throw invalid({ dueOn: { key: "validation.renegotiate_something" } });
    if (change.dueOn && change.dueOn < today(now)) throw invalid({ dueOn: { key: "validation.date_in_past" } });
  }
  const text = change.to === "renegotiated" ? (change.text ?? p.text) : p.text;
  const dueOn = change.to === "renegotiated" ? (change.dueOn ?? p.due_on) : p.due_on;
  const kind = change.to === "kept" ? "enabler" : "barrier";
  const ok = await db.transaction().execute(async (tx) => {
    const moved = await updatePromiseIfVersion(tx, id, change.version, {
      state: change.to,
      text,
      dueOn,
      closedOn: change.to === "renegotiated" ? null : today(now),
      renegotiations: p.renegotiations + (change.to === "renegotiated" ? 1 : 0),
    });
    if (!moved) return false;
    await insertPromiseChange(tx, {
      promiseId: id,
      state: change.to,
      text,
      dueOn,
      note: change.note,
      userId: actor.userId,
      factors: [...new Set(change.factors)].map((factor) => ({ kind, factor })),
    });
    return true;
  });
  const view = await getPromise(deps, actor, networkId, id, now);
  if (!ok) throw staleWrite(view);
  return view;
}

/**
 * Keeping rates for a cycle: the network's, each organisation's, and each
 * person's (people see their own; coordinators see everyone's), with the
 * barriers and enablers named. Kept promises are the evidence for the
 * consistency dimension of trust.
 */
export async function keepingRates(deps: Deps, actor: Actor, networkId: string, cycleId: string | undefined, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const cycle = cycleId ? { id: cycleId } : await findCurrentCycle(db, networkId);
  const rows = cycle ? await listPromiseRows(db, networkId, { cycleId: cycle.id }) : [];
  const day = today(now);
  const outcome = (p: Row) => ({
    state: p.state as PromiseState,
    dueOn: p.due_on,
    closedOn: p.closed_on,
    renegotiations: p.renegotiations,
  });
  const group = <K>(key: (p: Row) => K | null) => {
    const map = new Map<K, Row[]>();
    for (const p of rows) {
      const k = key(p);
      if (k !== null) map.set(k, [...(map.get(k) ?? []), p]);
    }
    return map;
  };
  const byOrganisation = group((p) => p.on_behalf_of_organisation_id ?? p.promiser_organisation_id ?? null);
  const byPerson = group((p) => p.promiser_membership_id);
  const [factors, organisations] = await Promise.all([
    listFactors(
      db,
      rows.map((r) => r.id),
    ),
    listOrganisationRows(db, networkId),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    cycleId: cycle?.id ?? null,
    network: keepingRate(rows.map(outcome), day),
    organisations: [...byOrganisation].map(([id, list]) => ({
      id,
      name: orgName.get(id) ?? "",
      rate: keepingRate(list.map(outcome), day),
    })),
    people: [...byPerson]
      .filter(([, list]) => role === "coordinator" || list[0]?.promiser_user_id === actor.userId)
      .map(([id, list]) => ({ id, name: list[0]?.promiser_name ?? "", rate: keepingRate(list.map(outcome), day) })),
    factors: factorCounts(factors.map((f) => ({ kind: f.kind, factor: f.factor as StructuralFactor }))),
  };
}
