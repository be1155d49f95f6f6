import { searchText } from "../domain/directory.ts";
import { formatDay } from "../domain/format.ts";
import type { Locale } from "../domain/locale.ts";
import { decisionLogRule, type Outcome, outcome, type PollKind, pollOpen, type Tally, tally } from "../domain/polls.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { withJobLock } from "../storage/jobLock.ts";
import { insertDecision } from "../storage/repos/decisions.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import {
  findPoll,
  findPollDecisionId,
  linkDecisionToPoll,
  listBallots,
  listDuePolls,
  listOpenVotes,
  listPollOptions,
  listPollsClosingBefore,
  markPollClosed,
  type PollRow,
  settleClosedPoll,
} from "../storage/repos/polls.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound } from "./errors.ts";
import { planMeeting, prepareMeeting } from "./meetings.ts";
import { electorate, eligibleCount, ruleOf, specOf, votesOf } from "./polls.ts";
import { announce } from "./webhooks.ts";

/** A poll's figures as they stand: the tally, who could and did vote, and the outcome by its rule. */
export interface PollResult {
  tally: Tally;
  outcome: Outcome;
  voted: number;
  eligible: number;
}

export async function currentResult(db: DbOrTx, poll: PollRow): Promise<PollResult> {
  if (poll.result) return JSON.parse(poll.result) as PollResult;
  const optionIds = (await listPollOptions(db, [poll.id])).map((o) => o.id);
  const spec = specOf(poll, optionIds);
  const [votes, ballots, voters] = await Promise.all([votesOf(db, poll), listBallots(db, poll.id), electorate(db, poll)]);
  const t = tally(spec, votes);
  const participation = { voted: ballots.length, eligible: eligibleCount(voters), quorumPercent: poll.quorum_percent };
  return { tally: t, outcome: outcome(spec, t, participation, ruleOf(poll)), voted: ballots.length, eligible: participation.eligible };
}

/** The option a closed poll settled on: the one chosen by the count, or by the person who settled a tie or picked a time. */
function settledOption(poll: PollRow, result: PollResult, optionIds: string[], requested: string | undefined): string | null {
  if (requested === undefined) return result.outcome.status === "chosen" ? (result.outcome.optionIds[0] ?? null) : null;
  const allowed = poll.kind === "time_poll" ? optionIds : result.outcome.status === "tie" ? result.outcome.optionIds : [];
  if (!allowed.includes(requested)) throw invalid({ chosenOptionId: { key: "polls.error.cannot_choose" } });
  return requested;
}

/** The decision log's words for an outcome, in one language. */
async function decisionText(db: DbOrTx, poll: PollRow, result: PollResult, chosen: string | null, locale: Locale) {
  const t = translator(locale);
  const c = result.tally.choices;
  const options = await listPollOptions(db, [poll.id]);
  const option = options.find((o) => o.id === chosen);
  const optionName = option
    ? option.starts_local
      ? `${formatDay(locale, option.starts_local.slice(0, 10))} ${option.starts_local.slice(11)}–${option.ends_local?.slice(11) ?? ""}`
      : option.label
    : "";
  const counts =
    poll.kind === "proposal"
      ? t("polls.decision.proposalCounts", { agree: c.agree ?? 0, abstain: c.abstain ?? 0, disagree: c.disagree ?? 0, block: c.block ?? 0 })
      : poll.kind === "consent"
        ? t("polls.decision.consentCounts", { consent: c.consent ?? 0, objection: c.objection ?? 0 })
        : t("polls.decision.chosen", { option: optionName });
  const status = t(`polls.outcome.${chosen && result.outcome.status === "tie" ? "chosen" : result.outcome.status}`);
  return {
    body: `${status}. ${counts}`,
    participants: t("polls.decision.participation", { voted: result.voted, eligible: result.eligible }),
  };
}

/** Whether an outcome is a decision for the log: a tie or too few votes decides nothing until someone settles it. */
const decides = (o: Outcome, chosen: string | null) => o.status === "passed" || o.status === "rejected" || chosen !== null;

async function logDecision(tx: DbOrTx, poll: PollRow, result: PollResult, chosen: string | null, closer: Actor | null, locale: Locale) {
  if (!decides(result.outcome, chosen) || (await findPollDecisionId(tx, poll.id))) return;
  const text = await decisionText(tx, poll, result, chosen, locale);
  const id = await insertDecision(tx, {
    networkId: poll.network_id,
    cycleId: poll.cycle_id,
    // The day as the network sees it: a poll closing at 00.30 in Helsinki was decided on that day, not the day before in UTC.
    decidedOn: new Intl.DateTimeFormat("sv-SE", { timeZone: poll.time_zone }).format(new Date()),
    title: poll.title,
    body: text.body,
    rule: decisionLogRule(poll.kind as PollKind, ruleOf(poll)),
    participants: text.participants,
    meetingId: null,
    createdBy: closer?.userId ?? poll.created_by,
    searchText: searchText([poll.title, text.body, text.participants]),
  });
  await linkDecisionToPoll(tx, id, poll.id);
  await announce(tx, {
    networkId: poll.network_id,
    kind: "decision.recorded",
    title: poll.title,
    path: `/networks/${poll.network_id}/decisions`,
  });
}

/** Closes a poll in one transaction: the result frozen, anonymous votes stripped of their keys, the decision logged, voters told. */
async function finish(
  tx: DbOrTx,
  poll: PollRow,
  closer: Actor | null,
  requested: string | undefined,
  locale: Locale,
): Promise<{ chosen: string | null } | null> {
  const optionIds = (await listPollOptions(tx, [poll.id])).map((o) => o.id);
  const result = await currentResult(tx, poll);
  const chosen = settledOption(poll, result, optionIds, requested);
  // Once closed nobody changes a vote, so the keys that let a voter find theirs go, and with them any link to a voter.
  const sealed = poll.anonymous
    ? JSON.stringify(
        (await votesOf(tx, poll))
          .map((v) => JSON.stringify(v))
          .sort()
          .map((v) => JSON.parse(v)),
      )
    : null;
  if (
    !(await markPollClosed(tx, poll.id, {
      closedBy: closer?.userId ?? null,
      result: JSON.stringify(result),
      chosenOptionId: chosen,
      sealedVotes: sealed,
    }))
  )
    return null;
  const closed = { ...poll, result: JSON.stringify(result), sealed_votes: sealed, seal_secret: null };
  await logDecision(tx, closed, result, chosen, closer, locale);
  const network = await findNetwork(tx, poll.network_id);
  const voters = await electorate(tx, poll);
  await insertNotifications(
    tx,
    voters.map((v) => ({
      userId: v.userId,
      networkId: poll.network_id,
      kind: "poll_closed",
      params: { title: poll.title, network: network?.name ?? "" },
      link: `/networks/${poll.network_id}/polls/${poll.id}`,
      dedupeKey: `poll_closed:${poll.id}:${v.userId}`,
    })),
  );
  if (closer) await audit(tx, closer, poll.network_id, "poll.closed", poll.title, { outcome: result.outcome.status });
  await announce(tx, {
    networkId: poll.network_id,
    kind: "poll.closed",
    title: poll.title,
    path: `/networks/${poll.network_id}/polls/${poll.id}`,
  });
  return { chosen };
}

export interface CloseInput {
  chosenOptionId?: string;
  /** Time polls: plan the meeting at the chosen time with those who answered yes or maybe. */
  createEvent?: boolean;
}

/**
 * Closes a poll now (its author or a coordinator), or settles a closed one: picks among tied options, or makes the
 * meeting of a time poll. Anything else on a closed poll is a conflict.
 */
export async function closePoll(deps: Deps, actor: Actor, networkId: string, pollId: string, input: CloseInput, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const poll = await findPoll(db, networkId, pollId);
  if (!poll) throw notFound();
  if (role !== "coordinator" && poll.created_by !== actor.userId) throw forbidden();
  if (input.createEvent && poll.kind !== "time_poll") throw invalid({ createEvent: { key: "polls.error.not_a_time_poll" } });
  if (input.createEvent && role !== "coordinator") throw forbidden();
  const open = pollOpen({ closesAt: poll.closes_at, closedAt: poll.closed_at }, now);
  const meetingAt = async (chosen: string | null) => {
    if (!input.createEvent) return null;
    if (!chosen) throw invalid({ chosenOptionId: { key: "polls.error.choose_time" } });
    return meetingInput(deps, actor, poll, chosen);
  };

  if (!poll.closed_at) {
    const result = await currentResult(db, poll);
    const optionIds = (await listPollOptions(db, [poll.id])).map((o) => o.id);
    const prepared = await meetingAt(settledOption(poll, result, optionIds, input.chosenOptionId));
    await db.transaction().execute(async (tx) => {
      // Another request or the closing job may have closed it since it was read.
      if (!(await finish(tx, poll, actor, input.chosenOptionId, actor.locale)))
        throw new AppError(409, "poll_closed", "polls.error.closed");
      if (prepared) await settleClosedPoll(tx, poll.id, { eventId: (await planMeeting(tx, actor, networkId, prepared)).eventId });
    });
    return { closedNow: open };
  }

  const result = JSON.parse(poll.result ?? "null") as PollResult | null;
  if (!result) throw new AppError(409, "poll_closed", "polls.error.closed");
  const optionIds = (await listPollOptions(db, [poll.id])).map((o) => o.id);
  const settling = input.chosenOptionId !== undefined && poll.chosen_option_id === null;
  const chosen = settling ? settledOption(poll, result, optionIds, input.chosenOptionId) : poll.chosen_option_id;
  const making = input.createEvent === true && poll.event_id === null;
  if (!settling && !making) throw new AppError(409, "poll_settled", "polls.error.settled");
  const prepared = await meetingAt(chosen);
  await db.transaction().execute(async (tx) => {
    if (settling && chosen) {
      if (!(await settleClosedPoll(tx, poll.id, { chosenOptionId: chosen })))
        throw new AppError(409, "poll_settled", "polls.error.settled");
      await logDecision(tx, poll, result, chosen, actor, actor.locale);
      await audit(tx, actor, networkId, "poll.closed", poll.title, { outcome: "chosen" });
    }
    if (prepared) {
      const { eventId } = await planMeeting(tx, actor, networkId, prepared);
      if (!(await settleClosedPoll(tx, poll.id, { eventId }))) throw new AppError(409, "poll_settled", "polls.error.settled");
    }
  });
  return { closedNow: false };
}

/** The meeting a time poll makes: at the chosen time, inviting those who answered yes or maybe (when votes are not anonymous). */
async function meetingInput(deps: Deps, actor: Actor, poll: PollRow, chosen: string) {
  const { db } = deps.storage;
  const option = (await listPollOptions(db, [poll.id])).find((o) => o.id === chosen);
  if (!option?.starts_local || !option.ends_local) throw invalid({ chosenOptionId: { key: "polls.error.cannot_choose" } });
  const ballots = await listBallots(db, poll.id);
  const votes = poll.anonymous ? [] : await listOpenVotes(db, poll.id);
  const coming = new Set(
    votes
      .filter((v) => {
        const answer = (JSON.parse(v.vote) as { answers?: Record<string, string> }).answers?.[chosen];
        return answer === "yes" || answer === "maybe";
      })
      .map((v) => v.voter_key),
  );
  const participantIds = ballots.filter((b) => coming.has(b.voter_key) && b.membership_id).map((b) => b.membership_id as string);
  return prepareMeeting(deps, actor, poll.network_id, {
    event: {
      title: poll.title,
      description: poll.details,
      kind: "network_meeting",
      start: option.starts_local,
      end: option.ends_local,
      allDay: false,
      timeZone: poll.time_zone,
      recurrence: null,
      place: null,
      onlineUrl: null,
      organiserOrganisationId: null,
    },
    purpose: poll.details,
    expectedOutcome: "",
    rsvpDeadline: null,
    participantIds,
    facilitatorIds: [],
  });
}

/** Closes every poll whose time has come, once across instances; the decision log is written in Finnish, the default. */
export async function closeDuePolls(deps: Deps, now = new Date()) {
  return (
    (await withJobLock(deps.storage, "polls-close", async () => {
      let closed = 0;
      for (const poll of await listDuePolls(deps.storage.db, now.toISOString())) {
        if (await deps.storage.db.transaction().execute((tx) => finish(tx, poll, null, undefined, "fi"))) closed++;
      }
      return closed;
    })) ?? 0
  );
}

/** Reminds those who may vote but have not, a day before a poll closes; each reminder once. */
export async function pollReminders(deps: Deps, now = new Date()) {
  const { db } = deps.storage;
  const until = new Date(now.getTime() + 86_400_000).toISOString();
  let reminded = 0;
  for (const poll of await listPollsClosingBefore(db, now.toISOString(), until)) {
    const voted = new Set((await listBallots(db, poll.id)).map((b) => b.voter_key));
    const network = await findNetwork(db, poll.network_id);
    const items = (await electorate(db, poll))
      .filter((v) => !voted.has(v.key))
      .map((v) => ({
        userId: v.userId,
        networkId: poll.network_id,
        kind: "poll_closing",
        params: { title: poll.title, closesAt: poll.closes_at, network: network?.name ?? "" },
        link: `/networks/${poll.network_id}/polls/${poll.id}`,
        dedupeKey: `poll_closing:${poll.id}:${v.userId}`,
      }));
    await insertNotifications(db, items);
    reminded += items.length;
  }
  return reminded;
}
