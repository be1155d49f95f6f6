import { calendarYearCycle, type NetworkType, type Phase, roleAtLeast } from "../domain/network.ts";
import { nowIso } from "../storage/ids.ts";
import { latestVersion, listApprovals } from "../storage/repos/agreement.ts";
import { listNetworkTypeAssessments } from "../storage/repos/assessments.ts";
import { findCurrentCycle, insertCycle, listCycles, listPhaseEvaluations, startPhase } from "../storage/repos/cycles.ts";
import { listPendingInvitations } from "../storage/repos/invitations.ts";
import { countMembers, findMembership, type MembershipRow } from "../storage/repos/memberships.ts";
import { findNetwork, insertNetwork, listNetworksForUser, type NetworkFields, updateNetworkIfVersion } from "../storage/repos/networks.ts";
import { countOrganisations } from "../storage/repos/organisations.ts";
import type { Cursor } from "../storage/repos/pagination.ts";
import { listPromises } from "../storage/repos/promises.ts";
import type { SurveyAnswersOnLeave, TiesVisibility } from "../storage/schema.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, notFound, staleWrite } from "./errors.ts";
import { evaluationForHome } from "./evaluation.ts";
import { countMissingGaps } from "./gaps.ts";
import { meetingsForHome } from "./meetings.ts";
import { addMembership } from "./members.ts";
import { networkFreshness } from "./people.ts";
import { surveyForHome } from "./surveys.ts";

export interface NetworkInput {
  name: string;
  purpose: string;
  networkType: NetworkType;
  governance: string;
  staleAfterDays: number;
  surveyRetentionMonths: number | null;
  surveyAnswersOnLeave: SurveyAnswersOnLeave;
  surveyTiesVisibility?: TiesVisibility | undefined;
}

export const listNetworks = (deps: Deps, actor: Actor, limit: number, after: Cursor | undefined) =>
  listNetworksForUser(deps.storage.db, { id: actor.userId, isAdmin: actor.isAdmin }, limit, after);

/** Creates a network with its creator as coordinator and the current calendar year as its first cycle. */
export async function createNetwork(deps: Deps, actor: Actor, input: NetworkInput, now = new Date()) {
  if (!actor.isAdmin) throw forbidden();
  return deps.storage.db.transaction().execute(async (tx) => {
    const network = await insertNetwork(tx, input satisfies NetworkFields);
    await addMembership(tx, { networkId: network.id, userId: actor.userId, role: "coordinator" });
    const cycle = calendarYearCycle(now);
    const first = await insertCycle(tx, { networkId: network.id, ...cycle, phase: "assembling" });
    await startPhase(tx, first.id, "assembling", nowIso());
    return network;
  });
}

/** The network home: the network, the actor's role, where it is in its cycle and what needs attention. */
export async function networkHome(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  // The home is the most visited page: its independent parts are read side by side, and the
  // membership and network once for all of them.
  const [network, membership, currentCycle, cycles, memberCount, organisationCount] = await Promise.all([
    findNetwork(db, networkId),
    findMembership(db, networkId, actor.userId),
    findCurrentCycle(db, networkId),
    listCycles(db, networkId),
    countMembers(db, networkId),
    countOrganisations(db, networkId),
  ]);
  if (!network) throw notFound();
  const coordinator = roleAtLeast(role, "coordinator");
  const participant = roleAtLeast(role, "member");
  const [mine, pendingInvitations, contacts, missingGaps, survey, meetings, evaluation] = await Promise.all([
    participant && currentCycle ? myPendingWork(deps, actor, networkId, currentCycle.id, currentCycle.phase as Phase, membership) : null,
    coordinator ? listPendingInvitations(db, networkId, nowIso()).then((rows) => rows.length) : null,
    coordinator ? networkFreshness(deps, network) : null,
    coordinator ? countMissingGaps(deps, networkId) : null,
    surveyForHome(deps, networkId, membership?.id),
    meetingsForHome(deps, networkId, membership?.id ?? null, currentCycle?.id ?? null),
    evaluationForHome(deps, networkId, currentCycle, membership?.id ?? null),
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
    pending: mine,
    survey,
    meetings,
    evaluation,
  };
}

/** Edits a network; a save based on an older version gets 409 with what is stored now. */
export async function updateNetwork(deps: Deps, actor: Actor, networkId: string, version: number, input: NetworkInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const ok = await updateNetworkIfVersion(db, networkId, version, input);
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  if (!ok) throw staleWrite(network);
  return network;
}

/** What the network asks of this member now: evaluating the current phase, deciding on a proposed agreement, the self-assessment. */
async function myPendingWork(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string,
  phase: Phase,
  membership: MembershipRow | undefined,
) {
  const { db } = deps.storage;
  const [evaluations, assessments, agreement] = await Promise.all([
    listPhaseEvaluations(db, cycleId),
    listNetworkTypeAssessments(db, networkId),
    latestVersion(db, networkId),
  ]);
  let agreementVersionId: string | null = null;
  if (agreement?.status === "proposed" && membership?.organisation_id) {
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
