import { createHmac, randomBytes } from "node:crypto";
import {
  checkVote,
  type DecisionKind,
  type DecisionRuleSetting,
  hasOptions,
  MAX_OPTIONS,
  type PollAudience,
  type PollKind,
  type PollSpec,
  pollOpen,
  type QualifiedShare,
  type Vote,
  type VoteInput,
} from "../domain/polls.ts";
import { occurrences, validateEventTime } from "../domain/recurrence.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import {
  deletePoll,
  findPoll,
  insertPoll,
  listBallots,
  listOpenVotes,
  listPollAudience,
  listPollOptions,
  listRepresentatives,
  listVotingMembers,
  type NewPollOption,
  type PollRow,
  recordBallot,
  saveOpenVote,
  saveSealedVotes,
} from "../storage/repos/polls.ts";
import { mayChange, requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { ruleFor } from "./decisionRules.ts";
import { AppError, forbidden, invalid, notFound } from "./errors.ts";
import { announce } from "./webhooks.ts";

export interface PollInput {
  title: string;
  details: string;
  kind: PollKind;
  decisionKind: DecisionKind;
  options: Array<{ label?: string; start?: string; end?: string }>;
  maxChoices: number | null;
  dots: number | null;
  closesAt: string;
  timeZone: string;
  anonymous: boolean;
  hideResultsUntilClosed: boolean;
  allowChange: boolean;
  quorumPercent: number | null;
  audience: PollAudience;
  audienceIds: string[];
}

export const specOf = (poll: PollRow, optionIds: string[]): PollSpec => ({
  kind: poll.kind as PollKind,
  optionIds,
  maxChoices: poll.max_choices,
  dots: poll.dots,
});

export const ruleOf = (poll: PollRow): DecisionRuleSetting => ({
  method: poll.rule_method as DecisionRuleSetting["method"],
  share: poll.rule_share as QualifiedShare | null,
});

/** Who may vote in a poll: each with the key their vote is kept under (the organisation's, when organisations vote). */
export async function electorate(db: DbOrTx, poll: PollRow) {
  const audience = poll.audience as PollAudience;
  if (audience === "organisations") {
    const reps = await listRepresentatives(db, poll.network_id);
    return reps.map((r) => ({
      key: r.organisation_id,
      membershipId: r.membership_id,
      userId: r.user_id,
      organisationId: r.organisation_id,
    }));
  }
  const people = audience === "group" ? await listPollAudience(db, poll.id) : await listVotingMembers(db, poll.network_id);
  return people
    .filter((p) => p.role !== "observer")
    .map((p) => ({ key: p.membership_id, membershipId: p.membership_id, userId: p.user_id, organisationId: p.organisation_id }));
}

/** How many votes there can be: people, or organisations with a representative. */
export const eligibleCount = (voters: Array<{ key: string }>) => new Set(voters.map((v) => v.key)).size;

function checkedOptions(input: PollInput): NewPollOption[] {
  if (!hasOptions(input.kind)) return [];
  if (input.options.length < 2) throw invalid({ options: { key: "polls.error.two_options" } });
  if (input.options.length > MAX_OPTIONS) throw invalid({ options: { key: "polls.error.too_many_options", params: { max: MAX_OPTIONS } } });
  if (input.kind === "time_poll") {
    return input.options.map((o, i) => {
      const v = validateEventTime({ start: o.start, end: o.end, allDay: false, timeZone: input.timeZone }, null);
      if (!v.ok) {
        const [field, error] = Object.entries(v.fields)[0] ?? ["start", { key: "validation.invalid_date" }];
        throw invalid({ [field === "timeZone" ? "timeZone" : `options.${i}.${field}`]: error });
      }
      const first = occurrences(v.time, null, "0001-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z", 1)[0];
      return { label: "", startsLocal: v.time.start, endsLocal: v.time.end, startsUtc: first?.startUtc ?? null };
    });
  }
  const labels = input.options.map((o) => (o.label ?? "").trim());
  const empty = labels.indexOf("");
  if (empty >= 0) throw invalid({ [`options.${empty}.label`]: { key: "validation.required" } });
  const twice = labels.findIndex((l, i) => labels.indexOf(l) !== i);
  if (twice >= 0) throw invalid({ [`options.${twice}.label`]: { key: "polls.error.same_option" } });
  return labels.map((label) => ({ label, startsLocal: null, endsLocal: null, startsUtc: null }));
}

/** Opens a poll (members and coordinators): its rule is the agreement's at this moment, and those who may vote hear of it. */
export async function createPoll(deps: Deps, actor: Actor, networkId: string, input: PollInput, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (input.closesAt <= now.toISOString()) throw invalid({ closesAt: { key: "polls.error.closes_in_past" } });
  if (input.closesAt > new Date(now.getTime() + 366 * 86_400_000).toISOString())
    throw invalid({ closesAt: { key: "polls.error.closes_too_late" } });
  const options = checkedOptions(input);
  if (input.kind === "choose" && input.maxChoices !== null && input.maxChoices > options.length)
    throw invalid({ maxChoices: { key: "polls.error.more_than_options" } });
  let audienceIds: string[] = [];
  if (input.audience === "group") {
    const members = new Set((await listVotingMembers(db, networkId)).map((m) => m.membership_id));
    audienceIds = [...new Set(input.audienceIds)];
    if (audienceIds.length === 0) throw invalid({ audienceIds: { key: "polls.error.empty_group" } });
    if (audienceIds.some((id) => !members.has(id))) throw invalid({ audienceIds: { key: "validation.unknown_person" } });
  }
  const agreed = await ruleFor(db, networkId, input.decisionKind);
  const rule = input.kind === "consent" ? { method: "consent" as const, share: null } : agreed.rule;
  const network = await findNetwork(db, networkId);
  const pollId = await db.transaction().execute(async (tx) => {
    const cycle = await findCurrentCycle(tx, networkId);
    const id = await insertPoll(
      tx,
      {
        network_id: networkId,
        cycle_id: cycle?.id ?? null,
        kind: input.kind,
        title: input.title,
        details: input.details,
        decision_kind: input.decisionKind,
        rule_method: rule.method,
        rule_share: rule.share,
        quorum_percent: input.quorumPercent ?? agreed.quorumPercent,
        max_choices: input.kind === "choose" ? (input.maxChoices ?? 1) : options.length,
        dots: input.kind === "dot_vote" ? (input.dots ?? Math.max(3, options.length)) : 0,
        time_zone: input.timeZone,
        audience: input.audience,
        // Anonymous results stay hidden until closing: results that move as each named voter votes would tell how they voted.
        anonymous: input.anonymous ? 1 : 0,
        hide_results: input.hideResultsUntilClosed || input.anonymous ? 1 : 0,
        allow_change: input.allowChange ? 1 : 0,
        closes_at: input.closesAt,
        sealed_votes: input.anonymous ? "[]" : null,
        seal_secret: input.anonymous && input.allowChange ? randomBytes(32).toString("base64url") : null,
        closed_at: null,
        closed_by: null,
        result: null,
        chosen_option_id: null,
        event_id: null,
        created_by: actor.userId,
      },
      options,
      audienceIds,
    );
    const poll = await findPoll(tx, networkId, id);
    if (!poll) throw notFound();
    const voters = await electorate(tx, poll);
    await insertNotifications(
      tx,
      voters
        .filter((v) => v.userId !== actor.userId)
        .map((v) => ({
          userId: v.userId,
          networkId,
          kind: "poll_opened",
          params: { title: input.title, closesAt: input.closesAt, network: network?.name ?? "" },
          link: `/networks/${networkId}/polls/${id}`,
          dedupeKey: `poll_opened:${id}:${v.userId}`,
        })),
    );
    await announce(tx, { networkId, kind: "poll.opened", title: input.title, path: `/networks/${networkId}/polls/${id}` });
    return id;
  });
  return pollId;
}

interface SealedEntry {
  key: string;
  vote: Vote;
}

const sealKey = (poll: PollRow, voterKey: string) =>
  poll.seal_secret ? createHmac("sha256", poll.seal_secret).update(voterKey).digest("base64url") : randomBytes(32).toString("base64url");

/** The votes of a poll, without who gave them. */
export async function votesOf(db: DbOrTx, poll: PollRow): Promise<Vote[]> {
  if (poll.anonymous) return (JSON.parse(poll.sealed_votes ?? "[]") as Array<SealedEntry | Vote>).map((e) => ("vote" in e ? e.vote : e));
  return (await listOpenVotes(db, poll.id)).map((v) => JSON.parse(v.vote) as Vote);
}

/** The actor's own vote, where it can be known: always in an open poll, in an anonymous one only while they may change it. */
export async function ownVote(db: DbOrTx, poll: PollRow, voterKey: string | null): Promise<Vote | null> {
  if (!voterKey) return null;
  if (poll.anonymous) {
    if (!poll.seal_secret) return null;
    const key = sealKey(poll, voterKey);
    return (JSON.parse(poll.sealed_votes ?? "[]") as SealedEntry[]).find((e) => e.key === key)?.vote ?? null;
  }
  const row = (await listOpenVotes(db, poll.id)).find((v) => v.voter_key === voterKey);
  return row ? (JSON.parse(row.vote) as Vote) : null;
}

/** The actor's place in a poll's electorate, or null when they may not vote in it. */
export async function voterIn(db: DbOrTx, poll: PollRow, actor: Actor) {
  return (await electorate(db, poll)).find((v) => v.userId === actor.userId) ?? null;
}

const MAX_SEAL_TRIES = 5;

/** Casts or changes the actor's vote; an anonymous poll's vote joins the sealed votes with no trace of who cast it. */
export async function castVote(deps: Deps, actor: Actor, networkId: string, pollId: string, input: VoteInput, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  if (role === "observer") throw forbidden();
  const poll = await findPoll(db, networkId, pollId);
  if (!poll) throw notFound();
  if (!pollOpen({ closesAt: poll.closes_at, closedAt: poll.closed_at }, now)) throw new AppError(409, "poll_closed", "polls.error.closed");
  const voter = await voterIn(db, poll, actor);
  if (!voter) throw new AppError(403, "not_a_voter", "polls.error.not_a_voter");
  const optionIds = (await listPollOptions(db, [poll.id])).map((o) => o.id);
  const checked = checkVote(specOf(poll, optionIds), input);
  if ("problem" in checked) throw invalid({ [checked.problem.field]: { key: `polls.voteError.${checked.problem.problem}` } });
  const voted = (await listBallots(db, poll.id)).some((b) => b.voter_key === voter.key);
  if (voted && !poll.allow_change) throw new AppError(409, "already_voted", "polls.error.already_voted");
  for (let attempt = 0; attempt < MAX_SEAL_TRIES; attempt++) {
    const saved = await db.transaction().execute(async (tx) => {
      const first = await recordBallot(tx, poll.id, voter.key, voter.membershipId, voter.organisationId);
      // Checked again inside the transaction: two requests at once must not both count as a first vote.
      if (!first && !poll.allow_change) throw new AppError(409, "already_voted", "polls.error.already_voted");
      if (!poll.anonymous) {
        await saveOpenVote(tx, poll.id, voter.key, JSON.stringify(checked.vote));
        return true;
      }
      const current = await findPoll(tx, networkId, poll.id);
      if (!current || current.closed_at) throw new AppError(409, "poll_closed", "polls.error.closed");
      const key = sealKey(current, voter.key);
      const entries = (JSON.parse(current.sealed_votes ?? "[]") as SealedEntry[]).filter((e) => e.key !== key);
      entries.push({ key, vote: checked.vote });
      // Ordered by key, which is random or an HMAC: the order says nothing of who voted when.
      entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return saveSealedVotes(tx, poll.id, current.version, JSON.stringify(entries));
    });
    if (saved) return;
  }
  throw new AppError(409, "conflict", "errors.conflict");
}

/** Deletes a poll nobody has voted in yet (its author or a coordinator): a mistake should not stay on the list. */
export async function removePoll(deps: Deps, actor: Actor, networkId: string, pollId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const poll = await findPoll(db, networkId, pollId);
  if (!poll) throw notFound();
  if (!mayChange(role, actor, poll)) throw forbidden();
  if ((await listBallots(db, pollId)).length > 0) throw new AppError(409, "poll_has_votes", "polls.error.has_votes");
  await db.transaction().execute(async (tx) => {
    await deletePoll(tx, pollId);
    await audit(tx, actor, networkId, "poll.deleted", poll.title);
  });
}
