import { changedSince, type FrozenSection } from "../../domain/agreement.ts";
import { type Phase, roleAtLeast } from "../../domain/network.ts";
import { nowIso } from "../../storage/ids.ts";
import { latestVersion, listApprovals, listSections } from "../../storage/repos/agreement.ts";
import { type CycleRow, listCycles, listPhaseEvaluations } from "../../storage/repos/cycles.ts";
import { listGovernanceDiagnoses, listNetworkTypeAssessments } from "../../storage/repos/diagnosis.ts";
import { listPendingInvitations } from "../../storage/repos/invitations.ts";
import { findMembership, type MembershipRow } from "../../storage/repos/memberships.ts";
import { findNetworkWithCounts } from "../../storage/repos/networks.ts";
import { countUnrepresented, isRepresentative } from "../../storage/repos/organisations.ts";
import { listPromises } from "../../storage/repos/promises.ts";
import { roleFrom } from "../access.ts";
import { cycleActivityBalance } from "../activities.ts";
import type { Actor, Deps } from "../context.ts";
import { notFound } from "../errors.ts";
import { indicatorCoverage } from "../evaluation.ts";
import { roundAtAGlance } from "../evaluationRounds.ts";
import { countMissingGaps } from "../gaps.ts";
import { nextMeeting } from "../meetings.ts";
import { networkFreshness } from "../people.ts";
import { pollsAtAGlance } from "../pollView.ts";
import { publicPagePath } from "../publications.ts";
import { latestRound } from "../surveys.ts";
import { setupOf, welcomeOf } from "./homeFirstDay.ts";

// The network home answers "where is our network in its cycle, and what needs me now?" from what each
// feature offers: this read model composes them, so that no feature grows functions for the home's sake.

/** The network home: the network, the actor's role, where it is in its cycle and what needs attention. */
export async function networkHome(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  // The home is the most visited page, and is computed again after every write to the network: its independent
  // parts are read side by side, the network with its counts, the membership (which gives the role, as roleIn
  // would), the cycles and the newest agreement version once for all of them.
  const [found, membership, cycles, latest] = await Promise.all([
    findNetworkWithCounts(db, networkId),
    findMembership(db, networkId, actor.userId),
    listCycles(db, networkId),
    latestVersion(db, networkId),
  ]);
  // Observer is the lowest role: any role at all may see the home.
  const role = roleFrom(actor, membership, found?.network);
  if (!found) throw notFound();
  const { network, memberCount, organisationCount } = found;
  const currentCycle = currentOf(cycles);
  const coordinator = roleAtLeast(role, "coordinator");
  const participant = roleAtLeast(role, "member");
  const [
    mine,
    pendingInvitations,
    contacts,
    missingGaps,
    unrepresented,
    survey,
    meetings,
    evaluation,
    agreement,
    welcome,
    setup,
    diagnoses,
    polls,
  ] = await Promise.all([
    participant && currentCycle
      ? myPendingWork(deps, actor, networkId, currentCycle.id, currentCycle.phase as Phase, membership, latest)
      : null,
    coordinator ? listPendingInvitations(db, networkId, nowIso()).then((rows) => rows.length) : null,
    coordinator ? networkFreshness(deps, network) : null,
    coordinator ? countMissingGaps(deps, networkId) : null,
    coordinator ? countUnrepresented(db, networkId) : null,
    latestRound(deps, networkId, membership),
    meetingsAtAGlance(deps, networkId, membership?.id ?? null, currentCycle?.id ?? null),
    evaluationAtAGlance(deps, networkId, currentCycle, membership?.id ?? null),
    participant ? agreementAtAGlance(deps, networkId, latest) : null,
    welcomeOf(deps, actor, networkId, membership),
    coordinator
      ? setupOf(deps, network, currentCycle?.id ?? null, {
          members: memberCount,
          organisations: organisationCount,
          agreementProposed: latest !== undefined,
        })
      : null,
    coordinator && currentCycle ? listGovernanceDiagnoses(db, networkId, 1) : null,
    pollsAtAGlance(deps, networkId, membership),
  ]);
  return {
    network,
    role,
    currentCycle,
    cycleCount: cycles.length,
    memberCount,
    organisationCount,
    pendingInvitations,
    freshness: contacts ? { share: contacts.share, stale: contacts.stale, total: contacts.total } : null,
    missingGaps,
    unrepresented,
    // Conditions move from cycle to cycle: a coordinator is asked to diagnose governance once in each.
    governanceDiagnosisDue: diagnoses && currentCycle ? !diagnoses.some((d) => d.created_at.slice(0, 10) >= currentCycle.starts_on) : null,
    agreement,
    welcome,
    setup,
    pending: mine,
    survey: survey && {
      roundId: survey.id,
      title: survey.title,
      status: survey.status,
      closesOn: survey.closesOn,
      respondedCount: survey.respondedCount,
      invitedCount: survey.invitedCount,
      myState: survey.myState,
    },
    meetings,
    evaluation,
    polls,
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

/** What the network asks of this member now: evaluating the current phase, deciding on a proposed agreement, the self-assessment. */
async function myPendingWork(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string,
  phase: Phase,
  membership: MembershipRow | undefined,
  agreement: AgreementVersion | undefined,
) {
  const { db } = deps.storage;
  const [evaluations, assessments] = await Promise.all([listPhaseEvaluations(db, cycleId), listNetworkTypeAssessments(db, networkId)]);
  let agreementVersionId: string | null = null;
  // Only those the organisation named decide for it; the others are not asked.
  if (
    agreement?.status === "proposed" &&
    membership?.organisation_id &&
    (await isRepresentative(db, membership.organisation_id, membership.id))
  ) {
    const decided = (await listApprovals(db, agreement.id)).some((a) => a.organisation_id === membership.organisation_id);
    if (!decided) agreementVersionId = agreement.id;
  }
  const today = new Date().toISOString().slice(0, 10);
  const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const open = membership
    ? (await listPromises(db, networkId, { promiserMembershipId: membership.id })).filter(
        (p) => p.state === "open" || p.state === "renegotiated",
      )
    : [];
  return {
    promisesOverdue: open.filter((p) => p.due_on < today).length,
    promisesDueSoon: open.filter((p) => p.due_on >= today && p.due_on <= soon).length,
    evaluatePhase: evaluations.some((e) => e.phase === phase && e.user_id === actor.userId) ? null : phase,
    agreementVersionId,
    networkTypeAssessment: !assessments.some((a) => a.cycle_id === cycleId && a.user_id === actor.userId),
  };
}

/** Doing together at a glance: the next meeting and the balance of side-by-side and joint work in the cycle. */
async function meetingsAtAGlance(deps: Deps, networkId: string, membershipId: string | null, cycleId: string | null) {
  const [next, balance] = await Promise.all([nextMeeting(deps, networkId, membershipId), cycleActivityBalance(deps, networkId, cycleId)]);
  return { next, balance };
}

/** Evaluation at a glance: indicators without a value, the joint evaluation round, and the public page when it is on. */
async function evaluationAtAGlance(deps: Deps, networkId: string, cycle: CycleRow | undefined, membershipId: string | null) {
  const publicPage = await publicPagePath(deps, networkId);
  if (!cycle) return { indicators: 0, withoutValue: 0, round: null, publicPage };
  const [coverage, round] = await Promise.all([indicatorCoverage(deps, cycle), roundAtAGlance(deps, networkId, cycle.id, membershipId)]);
  return { ...coverage, round, publicPage };
}
