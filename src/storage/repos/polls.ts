import type { Insertable, Selectable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { PollsTable } from "../schema.ts";
import { insertRow, newStamps } from "./bulk.ts";

export type PollRow = Selectable<PollsTable>;

export const listDecisionRules = (db: DbOrTx, networkId: string) =>
  db.selectFrom("decision_rules").selectAll().where("network_id", "=", networkId).execute();

export async function saveDecisionRule(
  db: DbOrTx,
  networkId: string,
  decisionKind: string,
  rule: { method: string; share: string | null; quorumPercent: number | null },
  userId: string,
) {
  const values = { method: rule.method, share: rule.share, quorum_percent: rule.quorumPercent, updated_by: userId, updated_at: nowIso() };
  await db
    .insertInto("decision_rules")
    .values({ network_id: networkId, decision_kind: decisionKind, ...values })
    .onConflict((oc) => oc.columns(["network_id", "decision_kind"]).doUpdateSet(values))
    .execute();
}

export interface NewPollOption {
  label: string;
  startsLocal: string | null;
  endsLocal: string | null;
  startsUtc: string | null;
}

export async function insertPoll(
  db: DbOrTx,
  poll: Omit<Insertable<PollsTable>, "id" | "created_at" | "updated_at" | "version">,
  options: NewPollOption[],
  audience: string[],
): Promise<string> {
  const id = await insertRow(db, "polls", { ...poll, ...newStamps() });
  if (options.length > 0)
    await db
      .insertInto("poll_options")
      .values(
        options.map((o, i) => ({
          id: newId(),
          poll_id: id,
          position: i,
          label: o.label,
          starts_local: o.startsLocal,
          ends_local: o.endsLocal,
          starts_utc: o.startsUtc,
        })),
      )
      .execute();
  if (audience.length > 0)
    await db
      .insertInto("poll_audience")
      .values(audience.map((membershipId) => ({ poll_id: id, membership_id: membershipId })))
      .execute();
  return id;
}

/** The network's polls, those closing soonest first among the open ones, with how many have voted. */
export const listPollRows = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("polls as p")
    .selectAll("p")
    .select((eb) =>
      eb
        .selectFrom("poll_ballots as b")
        .whereRef("b.poll_id", "=", "p.id")
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("ballot_count"),
    )
    .where("p.network_id", "=", networkId)
    .orderBy("p.closes_at", "desc")
    .limit(500)
    .execute();

export const findPoll = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("polls").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const listPollOptions = (db: DbOrTx, pollIds: string[]) =>
  pollIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom("poll_options").selectAll().where("poll_id", "in", pollIds).orderBy("poll_id").orderBy("position").execute();

export const listPollAudience = (db: DbOrTx, pollId: string) =>
  db
    .selectFrom("poll_audience as a")
    .innerJoin("memberships as m", "m.id", "a.membership_id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.id as membership_id", "m.user_id", "u.name", "m.role", "m.organisation_id"])
    .where("a.poll_id", "=", pollId)
    .execute();

/** Everyone in the network who may vote in an open poll (members and coordinators), with their organisation. */
export const listVotingMembers = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.id as membership_id", "m.user_id", "u.name", "m.role", "m.organisation_id"])
    .where("m.network_id", "=", networkId)
    .where("m.role", "in", ["member", "coordinator"])
    .execute();

/** The named representatives in the network, each with the organisation they speak for. */
export const listRepresentatives = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("organisation_representatives as r")
    .innerJoin("memberships as m", "m.id", "r.membership_id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select(["m.id as membership_id", "m.user_id", "u.name", "m.role", "r.organisation_id", "o.name as organisation_name"])
    .where("m.network_id", "=", networkId)
    .where("m.role", "in", ["member", "coordinator"])
    .execute();

/** Who has voted, with the name of the person who cast the vote and of the organisation it was cast for. */
export const listBallots = (db: DbOrTx, pollId: string) =>
  db
    .selectFrom("poll_ballots as b")
    .leftJoin("memberships as m", "m.id", "b.membership_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as o", "o.id", "b.organisation_id")
    .select(["b.voter_key", "b.membership_id", "m.user_id", "u.name", "b.organisation_id", "o.name as organisation_name", "b.voted_at"])
    .where("b.poll_id", "=", pollId)
    .orderBy("u.name")
    .execute();

/** Records that this voter has voted; a changed vote keeps the first time. False when they had voted already. */
export async function recordBallot(db: DbOrTx, pollId: string, voterKey: string, membershipId: string, organisationId: string | null) {
  const r = await db
    .insertInto("poll_ballots")
    .values({ poll_id: pollId, voter_key: voterKey, membership_id: membershipId, organisation_id: organisationId, voted_at: nowIso() })
    .onConflict((oc) => oc.columns(["poll_id", "voter_key"]).doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  // The representative who changes an organisation's vote is the one shown as having cast it.
  await db
    .updateTable("poll_ballots")
    .set({ membership_id: membershipId })
    .where("poll_id", "=", pollId)
    .where("voter_key", "=", voterKey)
    .execute();
  return false;
}

export async function saveOpenVote(db: DbOrTx, pollId: string, voterKey: string, vote: string) {
  await db
    .insertInto("poll_votes")
    .values({ poll_id: pollId, voter_key: voterKey, vote })
    .onConflict((oc) => oc.columns(["poll_id", "voter_key"]).doUpdateSet({ vote }))
    .execute();
}

export const listOpenVotes = (db: DbOrTx, pollId: string) =>
  db.selectFrom("poll_votes").select(["voter_key", "vote"]).where("poll_id", "=", pollId).execute();

/** Replaces an anonymous poll's sealed votes only while the poll still has `version`: false when another vote came first. */
export async function saveSealedVotes(db: DbOrTx, pollId: string, version: number, sealed: string) {
  const r = await db
    .updateTable("polls")
    .set({ sealed_votes: sealed, version: version + 1 })
    .where("id", "=", pollId)
    .where("version", "=", version)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Closes a poll once: false when it was closed already (by hand or by the job on another instance). */
export async function markPollClosed(
  db: DbOrTx,
  pollId: string,
  set: { closedBy: string | null; result: string; chosenOptionId: string | null; sealedVotes: string | null },
) {
  const now = nowIso();
  const r = await db
    .updateTable("polls")
    .set({
      closed_at: now,
      closed_by: set.closedBy,
      result: set.result,
      chosen_option_id: set.chosenOptionId,
      sealed_votes: set.sealedVotes,
      seal_secret: null,
      updated_at: now,
    })
    .where("id", "=", pollId)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Settles a closed poll's tie or links the meeting it made, once each. */
export async function settleClosedPoll(db: DbOrTx, pollId: string, set: { chosenOptionId?: string; eventId?: string }) {
  let q = db.updateTable("polls").set({ updated_at: nowIso() }).where("id", "=", pollId);
  if (set.chosenOptionId) q = q.set({ chosen_option_id: set.chosenOptionId }).where("chosen_option_id", "is", null);
  if (set.eventId) q = q.set({ event_id: set.eventId }).where("event_id", "is", null);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Open polls whose closing time has passed, in every network: the job closes them. */
export const listDuePolls = (db: DbOrTx, now: string) =>
  db.selectFrom("polls").selectAll().where("closed_at", "is", null).where("closes_at", "<=", now).execute();

/** Open polls closing before `until`, for reminders. */
export const listPollsClosingBefore = (db: DbOrTx, now: string, until: string) =>
  db.selectFrom("polls").selectAll().where("closed_at", "is", null).where("closes_at", ">", now).where("closes_at", "<=", until).execute();

/** The voter keys that have voted in these polls, for "what needs me now". */
export const listBallotKeys = (db: DbOrTx, pollIds: string[]) =>
  pollIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom("poll_ballots").select(["poll_id", "voter_key"]).where("poll_id", "in", pollIds).execute();

export const findPollDecisionId = async (db: DbOrTx, pollId: string) =>
  (await db.selectFrom("decisions").select("id").where("poll_id", "=", pollId).executeTakeFirst())?.id ?? null;

export const linkDecisionToPoll = (db: DbOrTx, decisionId: string, pollId: string) =>
  db.updateTable("decisions").set({ poll_id: pollId }).where("id", "=", decisionId).execute();

export const deletePoll = (db: DbOrTx, pollId: string) => db.deleteFrom("polls").where("id", "=", pollId).execute();

/** The network's open polls with the audience lists of group polls, for the network home (three queries in all). */
export async function openPollsOf(db: DbOrTx, networkId: string, now: string) {
  const polls = await db
    .selectFrom("polls")
    .select(["id", "title", "kind", "closes_at", "audience"])
    .where("network_id", "=", networkId)
    .where("closed_at", "is", null)
    .where("closes_at", ">", now)
    .orderBy("closes_at")
    .execute();
  const ids = polls.map((p) => p.id);
  const [ballots, audience] = await Promise.all([
    listBallotKeys(db, ids),
    ids.length === 0 ? [] : db.selectFrom("poll_audience").select(["poll_id", "membership_id"]).where("poll_id", "in", ids).execute(),
  ]);
  return { polls, ballots, audience };
}
