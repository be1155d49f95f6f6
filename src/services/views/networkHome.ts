import { changedSince, type FrozenSection } from "../../domain/agreement.ts";
import type { Rsvp } from "../../domain/meetings.ts";
import { type Phase, roleAtLeast } from "../../domain/network.ts";
import { nowIso } from "../../storage/ids.ts";
import { latestVersion, listSections } from "../../storage/repos/agreement.ts";
import { type CycleRow, listCycles } from "../../storage/repos/cycles.ts";
import { listGovernanceDiagnoses } from "../../storage/repos/diagnosis.ts";
import { findNetworkAndMembership, personalFacts } from "../../storage/repos/home.ts";
import { listPendingInvitations } from "../../storage/repos/invitations.ts";
import { findNetworkWithCounts } from "../../storage/repos/networks.ts";
import { countUnrepresented } from "../../storage/repos/organisations.ts";
import { roleFrom } from "../access.ts";
import { cycleActivityBalance } from "../activities.ts";
import type { Actor, Deps } from "../context.ts";
import { notFound } from "../errors.ts";
import { indicatorCoverage } from "../evaluation.ts";
import { roundAtAGlance } from "../evaluationRounds.ts";
import { countMissingGaps } from "../gaps.ts";
import { nextMeeting } from "../meetings.ts";
import { networkFreshness } from "../people.ts";
import { openPolls, pollsAtAGlance } from "../pollView.ts";
import { publicPagePath } from "../publications.ts";
import { myStateOf } from "../surveyRounds.ts";
import { latestRound } from "../surveys.ts";
import { setupOf, welcomeOf } from "./homeFirstDay.ts";

// The network home answers "where is our network in its cycle, and what needs me now?" from what each
// feature offers: this read model composes them, so that no feature grows functions for the home's sake.
//
// It is the most visited page, and every write to the network ends its cached answers (decision 022): under writes,
// each reader would compute it again. So it is made of parts that are the same for everyone of a role — computed once
// per version of the network and shared through the read cache — and the reader's own facts, read in two queries.

/** The network home: the network, the actor's role, where it is in its cycle and what needs attention. */
export async function networkHome(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  // Who asks comes first: nothing shared is read for, or given to, someone roleFrom turns away (404, or 403 for SSO).
  // Observer is the lowest role: any role at all may see the home.
  const found = await findNetworkAndMembership(db, networkId, actor.userId);
  const membership = found?.membership;
  const role = roleFrom(actor, membership, found?.network);
  const all = await deps.readCache.shared(networkId, "home", () => forEveryone(deps, networkId));
  if (!all) throw notFound();
  const { network, memberCount, organisationCount, cycles, currentCycle, latest } = all;
  const coordinator = roleAtLeast(role, "coordinator");
  const participant = roleAtLeast(role, "member");
  const pendingAsked = participant && currentCycle !== undefined;
  const today = new Date().toISOString().slice(0, 10);
  const [agreement, coordinators, facts, welcome] = await Promise.all([
    participant ? deps.readCache.shared(networkId, "home:members", () => agreementAtAGlance(deps, networkId, latest)) : null,
    coordinator ? deps.readCache.shared(networkId, "home:coordinators", () => forCoordinators(deps, all)) : null,
    personalFacts(db, {
      networkId,
      userId: actor.userId,
      membershipId: membership?.id,
      organisationId: membership?.organisation_id,
      cycle: pendingAsked ? currentCycle : undefined,
      agreementVersionId: pendingAsked && latest?.status === "proposed" ? latest.id : undefined,
      promisesDue: pendingAsked ? { today, soon: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) } : undefined,
      surveyRoundId: all.survey?.id,
      meetingId: all.meetings.next?.id,
      evaluationRoundId: all.evaluation.round?.id,
    }),
    welcomeOf(deps, actor, networkId, membership),
  ]);
  const { survey, meetings, evaluation } = all;
  return {
    network,
    role,
    currentCycle,
    cycleCount: cycles.length,
    memberCount,
    organisationCount,
    pendingInvitations: coordinators?.pendingInvitations ?? null,
    freshness: coordinators?.freshness ?? null,
    missingGaps: coordinators?.missingGaps ?? null,
    unrepresented: coordinators?.unrepresented ?? null,
    governanceDiagnosisDue: coordinators?.governanceDiagnosisDue ?? null,
    agreement,
    welcome,
    setup: coordinators?.setup ?? null,
    pending:
      pendingAsked && currentCycle
        ? {
            promisesOverdue: facts.promisesOverdue,
            promisesDueSoon: facts.promisesDueSoon,
            evaluatePhase: facts.phaseEvaluated ? null : (currentCycle.phase as Phase),
            // Only those the organisation named decide for it; the others are not asked.
            agreementVersionId:
              latest?.status === "proposed" && membership?.organisation_id && facts.representative && !facts.agreementDecided
                ? latest.id
                : null,
            networkTypeAssessment: !facts.typeAssessed,
          }
        : null,
    survey: survey && {
      roundId: survey.id,
      title: survey.title,
      status: survey.status,
      closesOn: survey.closesOn,
      respondedCount: survey.respondedCount,
      invitedCount: survey.invitedCount,
      myState: myStateOf(facts.surveyInvited, facts.surveyResponse),
    },
    meetings: {
      next: meetings.next && { ...meetings.next, invited: facts.meetingInvited, myRsvp: facts.meetingRsvp as Rsvp | null },
      balance: meetings.balance,
    },
    evaluation: {
      indicators: evaluation.indicators,
      withoutValue: evaluation.withoutValue,
      round: evaluation.round && {
        status: evaluation.round.status,
        closesOn: evaluation.round.closesOn,
        answered: facts.evaluationAnswered,
      },
      publicPage: evaluation.publicPage,
    },
    polls: pollsAtAGlance(all.polls, membership, facts.representative),
  };
}

/**
 * What every reader of the network's home is shown alike, or needs for their own part: null when there is no such
 * network (any more). Nothing in it depends on who reads it.
 */
async function forEveryone(deps: Deps, networkId: string) {
  const { db } = deps.storage;
  const now = new Date();
  // The network with its counts, the cycles and the newest agreement version are read once for all the parts.
  const [found, cycles, latest, survey, next, publicPage, polls] = await Promise.all([
    findNetworkWithCounts(db, networkId),
    listCycles(db, networkId),
    latestVersion(db, networkId),
    latestRound(deps, networkId, now),
    nextMeeting(deps, networkId, now),
    publicPagePath(deps, networkId),
    openPolls(deps, networkId, now),
  ]);
  if (!found) return null;
  const currentCycle = currentOf(cycles);
  const [balance, coverage, round] = await Promise.all([
    cycleActivityBalance(deps, networkId, currentCycle?.id ?? null),
    currentCycle ? indicatorCoverage(deps, currentCycle) : { indicators: 0, withoutValue: 0 },
    currentCycle ? roundAtAGlance(deps, networkId, currentCycle.id, now) : null,
  ]);
  return {
    ...found,
    cycles,
    currentCycle,
    latest,
    survey,
    meetings: { next, balance },
    evaluation: { ...coverage, round, publicPage },
    polls,
  };
}

type Everyone = NonNullable<Awaited<ReturnType<typeof forEveryone>>>;

/** What only coordinators are shown: invitations, freshness, gaps, organisations without a representative, setup, diagnosis. */
async function forCoordinators(deps: Deps, all: Everyone) {
  const { db } = deps.storage;
  const { network, currentCycle } = all;
  const [pendingInvitations, contacts, missingGaps, unrepresented, setup, diagnoses] = await Promise.all([
    listPendingInvitations(db, network.id, nowIso()).then((rows) => rows.length),
    networkFreshness(deps, network),
    countMissingGaps(deps, network.id),
    countUnrepresented(db, network.id),
    setupOf(deps, network, currentCycle?.id ?? null, {
      members: all.memberCount,
      organisations: all.organisationCount,
      agreementProposed: all.latest !== undefined,
    }),
    currentCycle ? listGovernanceDiagnoses(db, network.id, 1) : null,
  ]);
  return {
    pendingInvitations,
    freshness: { share: contacts.share, stale: contacts.stale, total: contacts.total },
    missingGaps,
    unrepresented,
    // Conditions move from cycle to cycle: a coordinator is asked to diagnose governance once in each.
    governanceDiagnosisDue: diagnoses && currentCycle ? !diagnoses.some((d) => d.created_at.slice(0, 10) >= currentCycle.starts_on) : null,
    setup,
  };
}

/** The open cycle that started last, as findCurrentCycle picks it, from the network's cycles in order of start. */
const currentOf = (cycles: CycleRow[]) => cycles.filter((c) => c.closed_at === null).at(-1);

type AgreementVersion = Awaited<ReturnType<typeof latestVersion>>;

/** The newest agreement version and whether the draft has moved on since it was frozen (the draft is not the observers'). */
async function agreementAtAGlance(deps: Deps, networkId: string, latest: AgreementVersion | undefined) {
  if (!latest) return null;
  const sections = await listSections(deps.storage.db, networkId);
  return {
    number: latest.number,
    status: latest.status,
    changedSinceProposal: latest.status !== "superseded" && changedSince(JSON.parse(latest.snapshot) as FrozenSection[], sections),
  };
}
