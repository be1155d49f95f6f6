import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { ifAnyIds, insertRow, newStamps } from "./bulk.ts";
import { type Cursor, toPage } from "./pagination.ts";
import { updateIfVersion } from "./versioned.ts";

export interface NewPromise {
  networkId: string;
  cycleId: string | null;
  promiserMembershipId: string;
  onBehalfOfOrganisationId: string | null;
  text: string;
  toKind: string;
  toMembershipId: string | null;
  toOrganisationId: string | null;
  dueOn: string;
  goalId: string | null;
  agreementSectionId: string | null;
  meetingId: string | null;
  createdBy: string;
}

export async function insertPromise(db: DbOrTx, p: NewPromise) {
  const id = await insertRow(db, "promises", {
    network_id: p.networkId,
    cycle_id: p.cycleId,
    promiser_membership_id: p.promiserMembershipId,
    on_behalf_of_organisation_id: p.onBehalfOfOrganisationId,
    text: p.text,
    to_kind: p.toKind,
    to_membership_id: p.toMembershipId,
    to_organisation_id: p.toOrganisationId,
    due_on: p.dueOn,
    state: "open",
    closed_on: null,
    goal_id: p.goalId,
    agreement_section_id: p.agreementSectionId,
    meeting_id: p.meetingId,
    created_by: p.createdBy,
    ...newStamps(),
  });
  await insertPromiseChange(db, { promiseId: id, state: "open", text: p.text, dueOn: p.dueOn, note: "", userId: p.createdBy, factors: [] });
  return id;
}

export async function insertPromiseChange(
  db: DbOrTx,
  c: {
    promiseId: string;
    state: string;
    text: string;
    dueOn: string;
    note: string;
    userId: string;
    factors: { kind: "barrier" | "enabler"; factor: string }[];
  },
) {
  const id = await insertRow(db, "promise_changes", {
    promise_id: c.promiseId,
    state: c.state,
    text: c.text,
    due_on: c.dueOn,
    note: c.note,
    changed_by: c.userId,
    changed_at: nowIso(),
  });
  if (c.factors.length > 0) {
    await db
      .insertInto("promise_factors")
      .values(c.factors.map((f) => ({ promise_id: c.promiseId, change_id: id, kind: f.kind, factor: f.factor })))
      .execute();
  }
}

/** Moves a promise to a new state only if it is still at `version`; false on a stale write. */
export async function updatePromiseIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: { state: string; text: string; dueOn: string; closedOn: string | null; renegotiations: number },
) {
  return updateIfVersion(db, "promises", id, version, {
    state: patch.state,
    text: patch.text,
    due_on: patch.dueOn,
    closed_on: patch.closedOn,
    renegotiations: patch.renegotiations,
  });
}

const promiseQuery = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("promises as p")
    .leftJoin("memberships as m", "m.id", "p.promiser_membership_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as bo", "bo.id", "p.on_behalf_of_organisation_id")
    .leftJoin("memberships as tm", "tm.id", "p.to_membership_id")
    .leftJoin("users as tu", "tu.id", "tm.user_id")
    .leftJoin("organisations as to", "to.id", "p.to_organisation_id")
    .selectAll("p")
    .select([
      "u.name as promiser_name",
      "m.user_id as promiser_user_id",
      "m.organisation_id as promiser_organisation_id",
      "bo.name as on_behalf_of_name",
      "tu.name as to_person_name",
      "to.name as to_organisation_name",
    ])
    .where("p.network_id", "=", networkId);

export interface PromiseFilter {
  promiserMembershipId?: string | undefined;
  cycleId?: string | undefined;
  state?: string | undefined;
}

function filtered(db: DbOrTx, networkId: string, filter: PromiseFilter) {
  let q = promiseQuery(db, networkId);
  if (filter.promiserMembershipId) q = q.where("p.promiser_membership_id", "=", filter.promiserMembershipId);
  if (filter.cycleId) q = q.where("p.cycle_id", "=", filter.cycleId);
  if (filter.state) q = q.where("p.state", "=", filter.state);
  return q.orderBy("p.due_on").orderBy("p.created_at").orderBy("p.id");
}

/** Every promise that matches, soonest due first: for figures that must count them all (rates, reports, reminders). */
export const listPromises = (db: DbOrTx, networkId: string, filter: PromiseFilter) => filtered(db, networkId, filter).execute();

// The cursor's key holds due date and creation time: a date has no space, so the first space splits them.
const cursorKey = (r: { due_on: string; created_at: string }) => `${r.due_on} ${r.created_at}`;

/** One page of the ledger in the same order, after a cursor from the previous page. */
export async function listPromisesPage(db: DbOrTx, networkId: string, filter: PromiseFilter, limit: number, after: Cursor | undefined) {
  let q = filtered(db, networkId, filter);
  if (after) {
    const split = after.key.indexOf(" ");
    const dueOn = after.key.slice(0, split);
    const createdAt = after.key.slice(split + 1);
    q = q.where((eb) =>
      eb.or([
        eb("p.due_on", ">", dueOn),
        eb.and([eb("p.due_on", "=", dueOn), eb("p.created_at", ">", createdAt)]),
        eb.and([eb("p.due_on", "=", dueOn), eb("p.created_at", "=", createdAt), eb("p.id", ">", after.id)]),
      ]),
    );
  }
  return toPage(await q.limit(limit + 1).execute(), limit, (r) => ({ key: cursorKey(r), id: r.id }));
}

export const findPromise = (db: DbOrTx, networkId: string, id: string) =>
  promiseQuery(db, networkId).where("p.id", "=", id).executeTakeFirst();

export const listPromiseChanges = (db: DbOrTx, promiseId: string) =>
  db
    .selectFrom("promise_changes as c")
    .leftJoin("users as u", "u.id", "c.changed_by")
    .select(["c.id", "c.state", "c.text", "c.due_on", "c.note", "c.changed_at", "u.name as changed_by_name"])
    .where("c.promise_id", "=", promiseId)
    .orderBy("c.changed_at")
    .execute();

export const listFactors = (db: DbOrTx, promiseIds: string[]) =>
  ifAnyIds(promiseIds, () =>
    db.selectFrom("promise_factors").select(["promise_id", "change_id", "kind", "factor"]).where("promise_id", "in", promiseIds).execute(),
  );

export const deletePromise = (db: DbOrTx, id: string) => db.deleteFrom("promises").where("id", "=", id).execute();

/** Moves the promises of a cycle that are still open (or renegotiated) to another cycle. */
export const movePromisesStillOpen = (db: DbOrTx, fromCycleId: string, toCycleId: string) =>
  db
    .updateTable("promises")
    .set({ cycle_id: toCycleId })
    .where("cycle_id", "=", fromCycleId)
    .where("state", "in", ["open", "renegotiated"])
    .execute();
