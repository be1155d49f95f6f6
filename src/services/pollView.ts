import type { DecisionKind, DecisionRuleSetting, PollAudience, PollKind, Vote } from "../domain/polls.ts";
import { pollOpen } from "../domain/polls.ts";
import type { DbOrTx } from "../storage/db.ts";
import {
  findPoll,
  findPollDecisionId,
  listBallotKeys,
  listBallots,
  listOpenVotes,
  listPollOptions,
  listPollRows,
  openPollsOf,
  type PollRow,
} from "../storage/repos/polls.ts";
import { mayChange, requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";
import { currentResult, type PollResult } from "./pollClosing.ts";
import { electorate, ownVote, ruleOf, votesOf } from "./polls.ts";

type OptionRow = Awaited<ReturnType<typeof listPollOptions>>[number];

const presentOption = (o: OptionRow) => ({ id: o.id, label: o.label, start: o.starts_local, end: o.ends_local });

/** What every view of a poll shows: its question, settings and state, never anyone's vote. */
function presentSummary(poll: PollRow, options: OptionRow[], now: Date) {
  const open = pollOpen({ closesAt: poll.closes_at, closedAt: poll.closed_at }, now);
  const kind = poll.kind as PollKind;
  return {
    id: poll.id,
    kind,
    title: poll.title,
    details: poll.details,
    decisionKind: poll.decision_kind as DecisionKind,
    // Options are counted by their kind; the agreement's rule decides proposals, and consent polls are consent.
    rule: kind === "proposal" || kind === "consent" ? (ruleOf(poll) as DecisionRuleSetting) : null,
    quorumPercent: poll.quorum_percent,
    maxChoices: poll.max_choices,
    dots: poll.dots,
    timeZone: poll.time_zone,
    audience: poll.audience as PollAudience,
    anonymous: poll.anonymous === 1,
    hideResultsUntilClosed: poll.hide_results === 1,
    allowChange: poll.allow_change === 1,
    closesAt: poll.closes_at,
    closedAt: poll.closed_at,
    open,
    chosenOptionId: poll.chosen_option_id,
    eventId: poll.event_id,
    createdAt: poll.created_at,
    options: options.map(presentOption),
  };
}

/** The network's polls, open first; each says whether the actor may still vote in it. */
export async function listPolls(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const rows = await listPollRows(db, networkId);
  const [options, ballots] = await Promise.all([
    listPollOptions(
      db,
      rows.map((r) => r.id),
    ),
    listBallotKeys(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  // Polls open to all members, or one per organisation, share their electorate: read it once per kind, not per poll.
  const electorates = new Map<string, ReturnType<typeof electorate>>();
  const electorateOf = (poll: PollRow) => {
    const key = poll.audience === "group" ? poll.id : poll.audience;
    if (!electorates.has(key)) electorates.set(key, electorate(db, poll));
    return electorates.get(key) as ReturnType<typeof electorate>;
  };
  const items = [];
  for (const poll of rows) {
    const summary = presentSummary(
      poll,
      options.filter((o) => o.poll_id === poll.id),
      now,
    );
    const voter = summary.open && role !== "observer" ? ((await electorateOf(poll)).find((v) => v.userId === actor.userId) ?? null) : null;
    const voted = voter ? ballots.some((b) => b.poll_id === poll.id && b.voter_key === voter.key) : false;
    // A closed poll's result was frozen when it closed, so the list shows its outcome without counting again.
    const outcome = summary.open ? null : ((JSON.parse(poll.result ?? "null") as PollResult | null)?.outcome ?? null);
    items.push({ ...summary, voted: Number(poll.ballot_count ?? 0), needsMyVote: voter !== null && !voted, outcome });
  }
  // Open polls soonest closing first; closed ones newest closed first.
  const closedOrder = (p: { closedAt: string | null; closesAt: string }) => p.closedAt ?? p.closesAt;
  items.sort((a, b) =>
    a.open !== b.open ? (a.open ? -1 : 1) : a.open ? a.closesAt.localeCompare(b.closesAt) : closedOrder(b).localeCompare(closedOrder(a)),
  );
  return { items, canCreate: role !== "observer" };
}

interface Results extends PollResult {
  /** Each vote with who cast it: only in polls that are not anonymous. */
  votes: Array<{ name: string; organisationName: string | null; vote: Vote }>;
  /** Reasons given with a block, objection or any proposal vote; named only when the poll is not anonymous. */
  reasons: Array<{ choice: string; reason: string; name: string | null }>;
}

async function resultsOf(db: DbOrTx, poll: PollRow): Promise<Results> {
  const result = await currentResult(db, poll);
  const ballots = await listBallots(db, poll.id);
  if (poll.anonymous) {
    const reasons = (await votesOf(db, poll))
      .flatMap((v) => ("reason" in v && v.reason ? [{ choice: v.choice, reason: v.reason, name: null }] : []))
      .sort((a, b) => a.choice.localeCompare(b.choice) || a.reason.localeCompare(b.reason));
    return { ...result, votes: [], reasons };
  }
  const byKey = new Map(ballots.map((b) => [b.voter_key, b]));
  const votes = (await listOpenVotes(db, poll.id))
    .map((v) => {
      const b = byKey.get(v.voter_key);
      return { name: b?.name ?? "", organisationName: b?.organisation_name ?? null, vote: JSON.parse(v.vote) as Vote };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
  const reasons = votes.flatMap((v) =>
    "reason" in v.vote && v.vote.reason ? [{ choice: v.vote.choice, reason: v.vote.reason, name: v.name }] : [],
  );
  return { ...result, votes, reasons };
}

/**
 * One poll as the actor may see it: who has voted (always), the actor's own vote, and the results unless they are
 * hidden until closing. An anonymous poll never pairs a voter with a vote: not here, not in any export.
 */
export async function getPoll(deps: Deps, actor: Actor, networkId: string, pollId: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const poll = await findPoll(db, networkId, pollId);
  if (!poll) throw notFound();
  const options = await listPollOptions(db, [poll.id]);
  const summary = presentSummary(poll, options, now);
  const [ballots, voters, decisionId] = await Promise.all([
    listBallots(db, poll.id),
    electorate(db, poll),
    findPollDecisionId(db, poll.id),
  ]);
  const voter = role === "observer" ? null : (voters.find((v) => v.userId === actor.userId) ?? null);
  const hasVoted = voter !== null && ballots.some((b) => b.voter_key === voter.key);
  const resultsVisible = !summary.open || !summary.hideResultsUntilClosed;
  const isAuthor = mayChange(role, actor, poll);
  return {
    ...summary,
    decisionId,
    voters: ballots.map((b) => ({ name: b.name ?? "", organisationName: b.organisation_name })),
    eligible: new Set(voters.map((v) => v.key)).size,
    canVote: summary.open && voter !== null && (!hasVoted || summary.allowChange),
    hasVoted,
    myVote: voter && hasVoted ? await ownVote(db, poll, voter.key) : null,
    /** When organisations vote: the actor's vote is their organisation's, shared with its other representatives. */
    votesForOrganisation: poll.audience === "organisations" && voter !== null,
    results: resultsVisible ? await resultsOf(db, poll) : null,
    canClose: summary.open && isAuthor,
    canSettle: !summary.open && isAuthor,
    canPlanMeeting: !summary.open && role === "coordinator" && poll.kind === "time_poll" && poll.event_id === null,
    canDelete: isAuthor && ballots.length === 0,
  };
}

/**
 * The network's open polls with who has voted in them and the group polls' audiences, for the network home: the same
 * for every reader (pollsAtAGlance picks each one's own from it), read in a few queries.
 */
export const openPolls = (deps: Deps, networkId: string, now = new Date()) => openPollsOf(deps.storage.db, networkId, now.toISOString());

/**
 * The network home's polls: how many are open, and those waiting for the actor's vote, soonest closing first, from the
 * open polls and whether the actor represents their organisation.
 */
export function pollsAtAGlance(
  open: Awaited<ReturnType<typeof openPolls>>,
  membership: { id: string; role: string; organisation_id: string | null } | undefined,
  representative: boolean,
) {
  const { polls, ballots, audience } = open;
  if (!membership || membership.role === "observer") return { open: polls.length, needingMe: [] };
  const representing = membership.organisation_id && representative ? membership.organisation_id : null;
  const needingMe = polls.filter((p) => {
    const key =
      p.audience === "organisations"
        ? representing
        : p.audience === "group"
          ? audience.some((a) => a.poll_id === p.id && a.membership_id === membership.id)
            ? membership.id
            : null
          : membership.id;
    return key !== null && !ballots.some((b) => b.poll_id === p.id && b.voter_key === key);
  });
  return {
    open: polls.length,
    needingMe: needingMe.map((p) => ({ id: p.id, title: p.title, kind: p.kind as PollKind, closesAt: p.closes_at })),
  };
}
