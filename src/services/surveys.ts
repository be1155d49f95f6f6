import { aggregateMap, averageTrust } from "../domain/evaluation.ts";
import type { NetworkRole } from "../domain/network.ts";
import type { Analysis, EdgeInput, GraphFigures } from "../domain/sna/index.ts";
import {
  answersDeletedOn,
  type ElementFigures,
  elementFigures,
  factorCounts,
  type NetworkType,
  type NodeRating,
  type Observation,
  observeAnswers,
  observeStructure,
  type RatingValues,
  type ReceivedFigures,
  receivedFigures,
  roundStatus,
  SELF_COMMITMENT_ITEMS,
  type SelfCommitmentItem,
  type StructuralFactor,
  type SurveyLevel,
  TRUST_DIMENSIONS,
  type TrustDimension,
  ties,
  typeVotes,
} from "../domain/surveys.ts";
import { answerVisibility, type TiesVisibility } from "../domain/surveyVisibility.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import {
  answersFingerprint,
  deleteAnalysis,
  deleteResponse,
  findAnalysis,
  findResponse,
  findRound,
  insertResponse,
  insertRound,
  isInvited,
  latestOpenedRound,
  listInviteeIds,
  listPeopleForSurvey,
  listRatingsOfResponse,
  listRounds as listRoundRows,
  listRoundsAnsweredBy,
  listRoundsWithRetention,
  listSubmitted,
  listSubmittedRatings,
  listUnanswered,
  purgeRoundAnswers,
  type RatingFields,
  type ResponseRow,
  type RoundRow,
  replaceRatings,
  saveAnalysis,
  saveFrozenResults,
  updateResponseIfVersion,
  updateRoundIfVersion,
} from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound, staleWrite } from "./errors.ts";
import { runAnalysis } from "./snaRunner.ts";

const today = (now: Date) => now.toISOString().slice(0, 10);

/** A round's figures frozen as anonymous aggregates: what results, trends and indicators show, nothing that names a person. */
export interface RoundAggregates {
  respondents: number;
  invited: number;
  elements: ElementFigures;
  barriers: { factor: StructuralFactor; count: number }[];
  enablers: { factor: StructuralFactor; count: number }[];
  votes: { type: NetworkType; count: number }[];
  averageTrust: number | null;
}

const frozenOf = (r: RoundRow): RoundAggregates | null => (r.frozen_results ? (JSON.parse(r.frozen_results) as RoundAggregates) : null);
/** Respondents of a round: counted from the answers, or from its frozen figures once those may be all that is left. */
const respondedOf = (r: RoundRow) => frozenOf(r)?.respondents ?? Number(r.responded ?? 0);

function presentRound(r: RoundRow, myState: "not_invited" | "not_started" | "draft" | "submitted", now: Date) {
  const status = roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));
  const frozen = frozenOf(r);
  return {
    id: r.id,
    title: r.title,
    level: r.level as SurveyLevel,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    audience: r.audience as "all" | "selected",
    status,
    cycleId: r.cycle_id,
    cycleName: r.cycle_name,
    invitedCount: frozen?.invited ?? Number(r.invited ?? 0),
    respondedCount: frozen?.respondents ?? Number(r.responded ?? 0),
    frozen: frozen !== null,
    answersPurgedAt: r.answers_purged_at,
    myState,
    canAnswer: status === "open" && myState !== "not_invited",
    closedAt: r.closed_at,
    tiesVisibility: r.ties_visibility,
    seenBy: answerVisibility(r.ties_visibility),
    version: r.version,
  };
}

export type SurveyRound = ReturnType<typeof presentRound>;

async function myStateIn(deps: Deps, roundId: string, membershipId: string | undefined) {
  if (!membershipId) return "not_invited" as const;
  const { db } = deps.storage;
  if (!(await isInvited(db, roundId, membershipId))) return "not_invited" as const;
  const response = await findResponse(db, roundId, membershipId);
  if (!response) return "not_started" as const;
  return response.status === "submitted" ? ("submitted" as const) : ("draft" as const);
}

async function loadRound(deps: Deps, actor: Actor, networkId: string, roundId: string, needed: NetworkRole = "observer") {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, needed);
  const row = await findRound(db, networkId, roundId);
  if (!row) throw notFound();
  const me = await findMembership(db, networkId, actor.userId);
  return { row, role, me, round: presentRound(row, await myStateIn(deps, roundId, me?.id), new Date()) };
}

/** The network's survey rounds, newest first, with where the actor stands in each. */
export async function listRounds(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  const me = await findMembership(db, networkId, actor.userId);
  const rows = await listRoundRows(db, networkId);
  const items = [];
  for (const r of rows) items.push(presentRound(r, await myStateIn(deps, r.id, me?.id), now));
  return { items, minGroupSize: network?.min_group_size ?? 3 };
}

export async function getRound(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  return (await loadRound(deps, actor, networkId, roundId)).round;
}

export interface RoundInput {
  title: string;
  level: SurveyLevel;
  opensOn: string;
  closesOn: string;
  audience: "all" | "selected";
  inviteeIds: string[];
  /** Fixed for the round and shown to respondents; the network's default when not given. */
  tiesVisibility?: TiesVisibility | undefined;
}

/** Opens a survey round in the current cycle; everyone asked is fixed now, so later members do not change the response rate. */
export async function createRound(deps: Deps, actor: Actor, networkId: string, input: RoundInput, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  if (input.closesOn < input.opensOn) throw invalid({ closesOn: { key: "validation.end_before_start" } });
  if (input.closesOn < today(now)) throw invalid({ closesOn: { key: "validation.date_in_past" } });
  const people = (await listPeopleForSurvey(db, networkId)).filter((p) => p.role !== "observer");
  let inviteeIds: string[];
  if (input.audience === "all") {
    inviteeIds = people.map((p) => p.id);
  } else {
    const known = new Set(people.map((p) => p.id));
    inviteeIds = [...new Set(input.inviteeIds)];
    if (inviteeIds.length === 0) throw invalid({ inviteeIds: { key: "validation.required" } });
    if (inviteeIds.some((id) => !known.has(id))) throw invalid({ inviteeIds: { key: "validation.unknown_person" } });
  }
  if (inviteeIds.length === 0) throw invalid({ audience: { key: "surveys.no_members" } });
  const cycle = await findCurrentCycle(db, networkId);
  const network = await findNetwork(db, networkId);
  const tiesVisibility = input.tiesVisibility ?? network?.survey_ties_visibility ?? "individual";
  const id = await db.transaction().execute((tx) =>
    insertRound(tx, {
      networkId,
      cycleId: cycle?.id ?? null,
      title: input.title,
      level: input.level,
      audience: input.audience,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      createdBy: actor.userId,
      inviteeIds,
      tiesVisibility,
    }),
  );
  return getRound(deps, actor, networkId, id);
}

/** Renames a round or moves its closing date (a closed round can be reopened this way only until it has been closed by hand). */
export async function updateRound(
  deps: Deps,
  actor: Actor,
  networkId: string,
  roundId: string,
  input: { version: number; title?: string | undefined; closesOn?: string | undefined },
  now = new Date(),
) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (row.closed_at) throw new AppError(409, "round_closed", "surveys.round_closed");
  const closesOn = input.closesOn ?? row.closes_on;
  if (closesOn < row.opens_on) throw invalid({ closesOn: { key: "validation.end_before_start" } });
  if (input.closesOn && input.closesOn < today(now)) throw invalid({ closesOn: { key: "validation.date_in_past" } });
  const patch = { title: input.title ?? row.title, closes_on: closesOn };
  if (!(await updateRoundIfVersion(deps.storage.db, roundId, input.version, patch))) throw staleWrite(round);
  return getRound(deps, actor, networkId, roundId);
}

/** Closes a round now: its answers are frozen and its figures final. */
export async function closeRound(deps: Deps, actor: Actor, networkId: string, roundId: string, version: number) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (row.closed_at) throw new AppError(409, "round_closed", "surveys.round_closed");
  if (!(await updateRoundIfVersion(deps.storage.db, roundId, version, { closed_at: new Date().toISOString() }))) throw staleWrite(round);
  return getRound(deps, actor, networkId, roundId);
}

/** Reminds everyone asked who has not submitted: in the app always, by e-mail when SMTP is set up. */
export async function remindRound(deps: Deps, actor: Actor, networkId: string, roundId: string, baseUrl: string, now = new Date()) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (round.status !== "open") throw new AppError(409, "round_not_open", "surveys.round_not_open");
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const people = await listUnanswered(db, roundId);
  const link = `/networks/${networkId}/surveys/${roundId}/answer`;
  await insertNotifications(
    db,
    people.map((p) => ({
      userId: p.user_id,
      networkId,
      kind: "survey_reminder",
      params: { title: row.title, closesOn: row.closes_on, network: network?.name ?? "" },
      link,
      dedupeKey: `survey_reminder:${roundId}:${p.user_id}:${today(now)}`,
    })),
  );
  if (deps.mailer.smtp) {
    for (const p of people) {
      const t = translator(p.locale === "sv" || p.locale === "en" ? p.locale : "fi");
      await deps.mailer.send(db, {
        networkId,
        kind: "survey_reminder",
        to: p.email,
        subject: t("mail.surveyReminder.subject", { network: network?.name ?? "" }),
        body: t("mail.surveyReminder.body", { name: p.name, title: row.title, closesOn: row.closes_on, link: `${baseUrl}${link}` }),
        link: `${baseUrl}${link}`,
      });
    }
  }
  return { reminded: people.length };
}

/** Whom the actor can rate in a round: the network's other people, or the organisations other than their own. */
export async function listTargets(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, me } = await loadRound(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  if (row.level === "organisation") {
    const orgs = await listOrganisations(db, networkId);
    return orgs.filter((o) => o.id !== me?.organisation_id).map((o) => ({ id: o.id, name: o.name, organisationName: null, kind: o.kind }));
  }
  const people = await listPeopleForSurvey(db, networkId);
  return people
    .filter((p) => p.id !== me?.id && p.role !== "observer")
    .map((p) => ({ id: p.id, name: p.name, organisationName: p.organisation_name, kind: p.organisation_kind }));
}

const parseList = <T extends string>(json: string) => JSON.parse(json) as T[];

async function presentResponse(deps: Deps, r: ResponseRow) {
  const ratings = await listRatingsOfResponse(deps.storage.db, r.id);
  return {
    status: r.status as "draft" | "submitted",
    version: r.version,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    ratings: ratings.map((x) => ({
      targetId: (x.target_membership_id ?? x.target_organisation_id) as string,
      knowing: x.knowing,
      goodwill: x.goodwill,
      competence: x.competence,
      vulnerability: x.vulnerability,
      consistency: x.consistency,
      commitment: x.commitment,
      frequency: x.frequency,
    })),
    selfCommitment: { autonomy: r.self_autonomy, meaningfulness: r.self_meaningfulness, connectedness: r.self_connectedness },
    barriers: parseList<StructuralFactor>(r.barriers),
    barriersText: r.barriers_text,
    enablers: parseList<StructuralFactor>(r.enablers),
    enablersText: r.enablers_text,
    networkType: r.network_type as NetworkType | null,
  };
}

/** The actor's own answer to a round, or null; nobody else's answer can be read. */
export async function getMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { me } = await loadRound(deps, actor, networkId, roundId);
  const r = me ? await findResponse(deps.storage.db, roundId, me.id) : undefined;
  return { response: r ? await presentResponse(deps, r) : null };
}

export interface ResponseInput {
  version: number | null;
  submit: boolean;
  ratings: (RatingValues & { targetId: string })[];
  selfCommitment: Record<SelfCommitmentItem, number | null>;
  barriers: StructuralFactor[];
  barriersText: string;
  enablers: StructuralFactor[];
  enablersText: string;
  networkType: NetworkType | null;
}

async function openRoundForMe(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const loaded = await loadRound(deps, actor, networkId, roundId, "member");
  if (!loaded.me || loaded.round.myState === "not_invited") throw new AppError(403, "not_invited", "surveys.not_invited");
  if (loaded.round.status !== "open") throw new AppError(409, "round_not_open", "surveys.round_not_open");
  return { ...loaded, me: loaded.me };
}

/** Saves the actor's answer as a draft or submits it; a stale version gets 409 with what is stored. */
export async function saveMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string, input: ResponseInput) {
  const { row, me } = await openRoundForMe(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  const targets = new Set((await listTargets(deps, actor, networkId, roundId)).map((t) => t.id));
  const seen = new Set<string>();
  input.ratings.forEach((r, i) => {
    if (!targets.has(r.targetId)) throw invalid({ [`ratings.${i}.targetId`]: { key: "surveys.unknown_target" } });
    if (seen.has(r.targetId)) throw invalid({ [`ratings.${i}.targetId`]: { key: "surveys.duplicate_target" } });
    seen.add(r.targetId);
  });
  if (input.submit) {
    const missing = SELF_COMMITMENT_ITEMS.find((k) => input.selfCommitment[k] === null);
    if (missing) throw invalid({ [`selfCommitment.${missing}`]: { key: "surveys.answer_required" } });
  }
  const byOrganisation = row.level === "organisation";
  const ratings: RatingFields[] = input.ratings.map((r) => ({
    targetMembershipId: byOrganisation ? null : r.targetId,
    targetOrganisationId: byOrganisation ? r.targetId : null,
    knowing: r.knowing,
    goodwill: r.goodwill,
    competence: r.competence,
    vulnerability: r.vulnerability,
    consistency: r.consistency,
    commitment: r.commitment,
    frequency: r.frequency,
  }));
  const existing = await findResponse(db, roundId, me.id);
  const fields = {
    status: input.submit || existing?.status === "submitted" ? "submitted" : "draft",
    organisationId: me.organisation_id,
    selfAutonomy: input.selfCommitment.autonomy,
    selfMeaningfulness: input.selfCommitment.meaningfulness,
    selfConnectedness: input.selfCommitment.connectedness,
    barriers: [...new Set(input.barriers)],
    barriersText: input.barriersText,
    enablers: [...new Set(input.enablers)],
    enablersText: input.enablersText,
    networkType: input.networkType,
    submittedAt: input.submit ? new Date().toISOString() : (existing?.submitted_at ?? null),
  };
  // A submitted answer stays submitted when saved again: withdrawing it is done by deleting it.
  const saved = await db.transaction().execute(async (tx) => {
    if (!existing) {
      if (input.version !== null) return false;
      const id = await insertResponse(tx, roundId, me.id, fields);
      await replaceRatings(tx, id, ratings);
      return true;
    }
    if (input.version === null || !(await updateResponseIfVersion(tx, existing.id, input.version, fields))) return false;
    await replaceRatings(tx, existing.id, ratings);
    return true;
  });
  if (!saved) throw staleWrite((await getMyResponse(deps, actor, networkId, roundId)).response);
  return getMyResponse(deps, actor, networkId, roundId);
}

/** Deletes the actor's own answer while the round is open. */
export async function deleteMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { me } = await openRoundForMe(deps, actor, networkId, roundId);
  const existing = await findResponse(deps.storage.db, roundId, me.id);
  if (!existing) throw notFound();
  await deleteResponse(deps.storage.db, existing.id);
}

const toRatingValues = (r: RatingValues): RatingValues => ({
  knowing: r.knowing,
  goodwill: r.goodwill,
  competence: r.competence,
  vulnerability: r.vulnerability,
  consistency: r.consistency,
  commitment: r.commitment,
  frequency: r.frequency,
});

async function answersOf(deps: Deps, roundId: string) {
  const { db } = deps.storage;
  const [responses, ratings] = await Promise.all([listSubmitted(db, roundId), listSubmittedRatings(db, roundId)]);
  const selves = responses.map((r) => ({
    autonomy: r.self_autonomy,
    meaningfulness: r.self_meaningfulness,
    connectedness: r.self_connectedness,
  }));
  return { responses, ratings, elements: elementFigures(ratings.map(toRatingValues), selves) };
}

/** The round's aggregate figures: frozen ones when the round has them, else computed from its submitted answers. */
async function aggregatesOf(deps: Deps, row: RoundRow, minGroupSize: number): Promise<RoundAggregates> {
  const frozen = frozenOf(row);
  if (frozen) return frozen;
  const { responses, ratings, elements } = await answersOf(deps, row.id);
  return {
    respondents: responses.length,
    invited: Number(row.invited ?? 0),
    elements,
    barriers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.barriers))),
    enablers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.enablers))),
    votes: typeVotes(responses.map((r) => r.network_type as NetworkType | null)),
    averageTrust: averageTrust(ratings, responses.length, minGroupSize),
  };
}

/**
 * The latest earlier round with figures to compare with: enough respondents,
 * and for network structure the same level, since a graph of people and one
 * of organisations are not comparable.
 */
async function previousRound(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number, sameLevel: boolean) {
  const rows = await listRoundRows(deps.storage.db, networkId);
  return rows.find(
    (r) =>
      r.id !== row.id &&
      (r.opens_on < row.opens_on || (r.opens_on === row.opens_on && r.created_at < row.created_at)) &&
      respondedOf(r) >= minGroupSize &&
      (!sameLevel || r.level === row.level),
  );
}

/**
 * The aggregated answers of a round for everyone in the network. Every figure
 * needs at least the network's minimum group size of respondents; below it the
 * answer says only how many have answered.
 */
export async function roundResults(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, role, round } = await loadRound(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const a = await aggregatesOf(deps, row, minGroupSize);
  const invited = round.invitedCount;
  const base = { round, minGroupSize, invited, respondents: a.respondents };
  if (a.respondents < minGroupSize) {
    return {
      ...base,
      hidden: true,
      elements: null,
      barriers: [],
      enablers: [],
      texts: null,
      networkType: null,
      previous: null,
      observations: [],
    };
  }
  const declared = (network?.network_type ?? null) as NetworkType | null;
  const prevRow = await previousRound(deps, networkId, row, minGroupSize, false);
  const previous = prevRow
    ? { roundId: prevRow.id, title: prevRow.title, elements: (await aggregatesOf(deps, prevRow, minGroupSize)).elements }
    : null;
  // Free texts exist only as raw answers: once those are deleted, only the counted factors remain.
  const responses = role === "coordinator" ? await listSubmitted(db, roundId) : [];
  const texts =
    role === "coordinator"
      ? {
          barriers: responses.map((r) => r.barriers_text).filter((t) => t.trim() !== ""),
          enablers: responses.map((r) => r.enablers_text).filter((t) => t.trim() !== ""),
        }
      : null;
  return {
    ...base,
    hidden: false,
    elements: a.elements,
    barriers: a.barriers,
    enablers: a.enablers,
    texts,
    networkType: { votes: a.votes, declared },
    previous,
    observations: observeAnswers({
      invited,
      respondents: a.respondents,
      elements: a.elements,
      previous: previous?.elements ?? null,
      barriers: a.barriers,
      typeVotes: a.votes,
      declaredType: declared,
    }),
  };
}

interface NodeInfo {
  id: string;
  label: string;
  organisationId: string | null;
  organisationName: string | null;
  kind: string | null;
  responded: boolean;
}

interface StoredAnalysis {
  respondents: number;
  graph: GraphFigures;
  nodes: (Analysis["nodes"][number] & Omit<NodeInfo, "id"> & { received: ReceivedFigures })[];
  edges: ReturnType<typeof ties>;
  organisations: {
    id: string;
    name: string;
    kind: string;
    nodes: number;
    meanDegree: number;
    meanBetweenness: number;
    isolates: number;
    received: ReceivedFigures;
  }[];
  communities: { id: number; size: number; organisations: string[] }[];
  tiesBetweenLargest: number;
}

/** Builds the graph of a round's submitted answers and runs every figure on it. */
async function computeAnalysis(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number): Promise<StoredAnalysis> {
  const { db } = deps.storage;
  const [{ responses, ratings }, people, orgs] = await Promise.all([
    answersOf(deps, row.id),
    listPeopleForSurvey(db, networkId),
    listOrganisations(db, networkId),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const responded = new Set(responses.map((r) => (row.level === "organisation" ? r.organisation_id : r.membership_id)));
  const nodes = new Map<string, NodeInfo>();
  if (row.level === "organisation") {
    for (const o of orgs)
      nodes.set(o.id, {
        id: o.id,
        label: o.name,
        organisationId: o.id,
        organisationName: o.name,
        kind: o.kind,
        responded: responded.has(o.id),
      });
  } else {
    const invited = new Set(await listInviteeIds(db, row.id));
    const rated = new Set(ratings.map((r) => r.target_membership_id));
    for (const p of people) {
      if (!invited.has(p.id) && !rated.has(p.id)) continue;
      nodes.set(p.id, {
        id: p.id,
        label: p.name,
        organisationId: p.organisation_id,
        organisationName: p.organisation_name,
        kind: p.organisation_kind,
        responded: responded.has(p.id),
      });
    }
  }
  const nodeRatings: NodeRating[] = [];
  for (const r of ratings) {
    const source = row.level === "organisation" ? r.respondent_organisation_id : r.respondent_id;
    const target = row.level === "organisation" ? r.target_organisation_id : r.target_membership_id;
    if (!source || !target || !nodes.has(source) || !nodes.has(target)) continue;
    nodeRatings.push({ ...toRatingValues(r), source, target, respondent: r.respondent_id });
  }
  const edges = ties(nodeRatings, minGroupSize);
  const ids = [...nodes.keys()];
  const graphEdges: EdgeInput[] = edges.map((e) => ({ source: e.source, target: e.target, weight: e.knowing }));
  const analysis = await runAnalysis({ nodes: ids, edges: graphEdges, directed: true });

  const received = new Map<string, { ratings: RatingValues[]; raters: Set<string> }>();
  for (const r of nodeRatings) {
    if (r.knowing < 1) continue;
    const entry = received.get(r.target) ?? { ratings: [], raters: new Set<string>() };
    entry.ratings.push(r);
    entry.raters.add(r.respondent);
    received.set(r.target, entry);
  }
  const receivedOf = (id: string) => {
    const e = received.get(id);
    return receivedFigures(e?.ratings ?? [], e?.raters.size ?? 0, minGroupSize);
  };
  const outNodes = analysis.nodes.map((n) => {
    const info = nodes.get(n.id) as NodeInfo;
    return { ...n, ...info, received: receivedOf(n.id) };
  });

  // Per organisation: at person level, the figures of its people; trust received pooled over everyone who rated them.
  const byOrg = new Map<string, typeof outNodes>();
  for (const n of outNodes) {
    if (!n.organisationId) continue;
    const list = byOrg.get(n.organisationId) ?? [];
    list.push(n);
    byOrg.set(n.organisationId, list);
  }
  const organisations = [...byOrg.entries()].map(([id, list]) => {
    const org = orgById.get(id);
    const pooled = list.flatMap((n) => received.get(n.id)?.ratings ?? []);
    const raters = new Set(list.flatMap((n) => [...(received.get(n.id)?.raters ?? [])])).size;
    return {
      id,
      name: org?.name ?? "",
      kind: org?.kind ?? "other",
      nodes: list.length,
      meanDegree: list.reduce((s, n) => s + n.degree, 0) / list.length,
      meanBetweenness: list.reduce((s, n) => s + n.betweenness, 0) / list.length,
      isolates: list.filter((n) => n.isolate).length,
      received: receivedFigures(pooled, raters, minGroupSize),
    };
  });

  const sizes = new Map<number, number>();
  const orgCounts = new Map<number, Map<string, number>>();
  for (const n of outNodes) {
    sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
    if (n.organisationName) {
      const m = orgCounts.get(n.community) ?? new Map<string, number>();
      m.set(n.organisationName, (m.get(n.organisationName) ?? 0) + 1);
      orgCounts.set(n.community, m);
    }
  }
  const communities = [...sizes.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, size]) => ({
      id,
      size,
      organisations: [...(orgCounts.get(id) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name]) => name),
    }));
  const communityOf = new Map(outNodes.map((n) => [n.id, n.community]));
  const tiesBetweenLargest = edges.filter((e) => {
    const a = communityOf.get(e.source);
    const b = communityOf.get(e.target);
    return (a === 0 && b === 1) || (a === 1 && b === 0);
  }).length;
  return { respondents: responses.length, graph: analysis.graph, nodes: outNodes, edges, organisations, communities, tiesBetweenLargest };
}

/** A round's analysis, computed once per set of submitted answers and kept in the database. */
async function analysisOf(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number): Promise<StoredAnalysis> {
  const { db } = deps.storage;
  const cached = await findAnalysis(db, row.id);
  if (cached && row.frozen_results) return JSON.parse(cached.data) as StoredAnalysis;
  const fingerprint = `${await answersFingerprint(db, row.id)}:${minGroupSize}`;
  if (cached && cached.fingerprint === fingerprint) return JSON.parse(cached.data) as StoredAnalysis;
  const fresh = await computeAnalysis(deps, networkId, row, minGroupSize);
  await saveAnalysis(db, row.id, fingerprint, JSON.stringify(fresh));
  return fresh;
}

/**
 * The network structure of a round for coordinators: figures per node and for
 * the whole graph, ties with their strength, per organisation and per
 * community, compared with the previous round. Hidden below the minimum
 * group size of respondents.
 */
export async function roundAnalysis(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const respondents = round.respondedCount;
  if (respondents < minGroupSize) {
    return {
      round,
      minGroupSize,
      respondents,
      hidden: true,
      graph: null,
      previous: null,
      nodes: [],
      edges: [],
      organisations: [],
      communities: [],
      observations: [],
    };
  }
  const a = await analysisOf(deps, networkId, row, minGroupSize);
  const prevRow = await previousRound(deps, networkId, row, minGroupSize, true);
  const prev = prevRow ? await analysisOf(deps, networkId, prevRow, minGroupSize) : null;
  const brokerNames = a.nodes
    .filter((n) => n.broker)
    .sort((x, y) => y.betweenness - x.betweenness)
    .slice(0, 3)
    .map((n) => n.label);
  const observations: Observation[] = observeStructure({
    graph: a.graph,
    previous: prev?.graph ?? null,
    communitySizes: a.communities.map((c) => c.size),
    tiesBetweenLargest: a.tiesBetweenLargest,
    brokerNames,
  });
  return {
    round,
    minGroupSize,
    respondents: a.respondents,
    hidden: false,
    graph: a.graph,
    previous: prevRow && prev ? { roundId: prevRow.id, title: prevRow.title, graph: prev.graph } : null,
    nodes: a.nodes,
    edges: a.edges,
    organisations: a.organisations,
    communities: a.communities,
    observations,
  };
}

export type RoundAnalysis = Awaited<ReturnType<typeof roundAnalysis>>;

/** One point per round that has begun, oldest first: the core elements for everyone, the structure for coordinators. */
export async function surveyTrends(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const rows = (await listRoundRows(db, networkId)).filter((r) => r.opens_on <= today(now)).reverse();
  const items = [];
  for (const r of rows) {
    const { respondents, elements } = await aggregatesOf(deps, r, minGroupSize);
    const shown = respondents >= minGroupSize;
    const trust = {} as Record<TrustDimension, number | null>;
    for (const d of TRUST_DIMENSIONS) trust[d] = shown ? elements.trust[d].mean : null;
    const self = {} as Record<SelfCommitmentItem, number | null>;
    for (const i of SELF_COMMITMENT_ITEMS) self[i] = shown ? elements.self[i].mean : null;
    const graph = shown && role === "coordinator" ? (await analysisOf(deps, networkId, r, minGroupSize)).graph : null;
    items.push({
      roundId: r.id,
      title: r.title,
      closesOn: r.closes_on,
      level: r.level as SurveyLevel,
      respondents,
      knowing: shown ? elements.knowing.mean : null,
      trust,
      commitment: shown ? elements.commitment.mean : null,
      self,
      density: graph?.density ?? null,
      reciprocity: graph?.reciprocity ?? null,
      modularity: graph?.modularity ?? null,
      isolates: graph?.isolateCount ?? null,
    });
  }
  return { items };
}

/** Reminders due from the daily job: everyone asked who has not answered, three days before a round closes. */
export async function dueSurveyReminders(deps: Deps, networkId: string, networkName: string, now: Date) {
  const { db } = deps.storage;
  const soon = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const items = [];
  for (const r of await listRoundRows(db, networkId)) {
    const status = roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));
    if (status !== "open" || r.closes_on > soon) continue;
    for (const p of await listUnanswered(db, r.id)) {
      items.push({
        userId: p.user_id,
        networkId,
        kind: "survey_reminder",
        params: { title: r.title, closesOn: r.closes_on, network: networkName },
        link: `/networks/${networkId}/surveys/${r.id}/answer`,
        dedupeKey: `survey_reminder:${r.id}:${p.user_id}:closing`,
      });
    }
  }
  return items;
}

/** The network home's view of the survey: the latest round that has begun, and where the actor stands in it. */
export async function surveyForHome(deps: Deps, networkId: string, membershipId: string | undefined, now = new Date()) {
  const latest = await latestOpenedRound(deps.storage.db, networkId, today(now));
  if (!latest) return null;
  const r = presentRound(latest, await myStateIn(deps, latest.id, membershipId), now);
  return {
    roundId: r.id,
    title: r.title,
    status: r.status,
    closesOn: r.closesOn,
    respondedCount: r.respondedCount,
    invitedCount: r.invitedCount,
    myState: r.myState,
  };
}

/**
 * The survey's figures for a cycle's report and indicators, without an actor
 * (callers authorise): the latest round of the cycle that has begun and has at
 * least the minimum group size of respondents, its core elements and, when
 * asked, its structure with the map aggregated to communities of at least the
 * minimum group size.
 */
export async function surveySummaryOfCycle(deps: Deps, networkId: string, cycleId: string, withStructure: boolean, now = new Date()) {
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const row = (await listRoundRows(db, networkId)).find(
    (r) => r.cycle_id === cycleId && r.opens_on <= today(now) && respondedOf(r) >= minGroupSize,
  );
  if (!row) return null;
  const { respondents, elements, averageTrust: trustMean } = await aggregatesOf(deps, row, minGroupSize);
  const trust = {} as Record<TrustDimension, number | null>;
  for (const d of TRUST_DIMENSIONS) trust[d] = elements.trust[d].mean;
  const structure = withStructure ? await analysisOf(deps, networkId, row, minGroupSize) : null;
  return {
    roundId: row.id,
    title: row.title,
    level: row.level as SurveyLevel,
    closesOn: row.closes_on,
    respondents,
    knowing: elements.knowing.mean,
    trust,
    averageTrust: trustMean,
    commitment: elements.commitment.mean,
    graph: structure
      ? {
          nodes: structure.graph.nodeCount,
          ties: structure.graph.edgeCount,
          density: structure.graph.density,
          reciprocity: structure.graph.reciprocity,
          modularity: structure.graph.modularity,
          isolates: structure.graph.isolateCount,
        }
      : null,
    map: structure ? aggregateMap(structure.nodes, structure.edges, minGroupSize) : null,
  };
}

/**
 * Freezes a round's figures as they are now, computed from its answers, so
 * that they outlive the raw answers: results, trends, reports and indicators
 * read the frozen figures from then on. A round is frozen once.
 */
async function freezeRound(deps: Deps, row: RoundRow, minGroupSize: number) {
  if (row.frozen_results) return;
  const { db } = deps.storage;
  const aggregates = await aggregatesOf(deps, row, minGroupSize);
  await saveAnalysis(db, row.id, "frozen", JSON.stringify(await computeAnalysis(deps, row.network_id, row, minGroupSize)));
  await saveFrozenResults(db, row.id, JSON.stringify(aggregates));
}

/** The stored structure without some nodes and their ties; whole-graph, organisation and community figures stay as computed. */
const withoutNodes = (a: StoredAnalysis, drop: (id: string) => boolean): StoredAnalysis => ({
  ...a,
  nodes: a.nodes.filter((n) => !drop(n.id)),
  edges: a.edges.filter((e) => !drop(e.source) && !drop(e.target)),
});

/**
 * Before a person's memberships go (account deleted, network policy
 * "aggregate"): every closed round they answered is frozen, so their answers
 * live on only inside its anonymous figures. Open rounds are not frozen:
 * their answers go with the person, as if never given.
 */
export async function freezeRoundsAnsweredBy(deps: Deps, networkId: string, membershipId: string, now = new Date()) {
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  for (const row of await listRoundsAnsweredBy(deps.storage.db, networkId, membershipId)) {
    const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today(now));
    if (status === "closed") await freezeRound(deps, row, minGroupSize);
  }
}

/**
 * Inside the transaction that removes a person from a network: their node and
 * ties leave the frozen structure of every round; live rounds' cached
 * analyses are dropped, to be computed again without them.
 */
export async function forgetInSurveys(db: DbOrTx, networkId: string, membershipId: string) {
  for (const row of await listRoundRows(db, networkId)) {
    const cached = await findAnalysis(db, row.id);
    if (!cached) continue;
    if (!row.frozen_results) {
      await deleteAnalysis(db, row.id);
      continue;
    }
    const a = JSON.parse(cached.data) as StoredAnalysis;
    await saveAnalysis(db, row.id, cached.fingerprint, JSON.stringify(withoutNodes(a, (id) => id === membershipId)));
  }
}

/**
 * The retention job: in networks that keep raw survey answers only for a
 * while, a round whose time is up has its figures frozen and then every raw
 * answer and invitation deleted. At person level the per-person structure
 * goes too (it names people); the whole-graph and group figures stay.
 * Returns how many rounds were purged.
 */
export async function purgeExpiredSurveyAnswers(deps: Deps, now = new Date()) {
  const { db } = deps.storage;
  let purged = 0;
  for (const row of await listRoundsWithRetention(db)) {
    const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today(now));
    if (status !== "closed") continue;
    const closedOn = row.closed_at && row.closed_at.slice(0, 10) < row.closes_on ? row.closed_at.slice(0, 10) : row.closes_on;
    if (answersDeletedOn(closedOn, Number(row.survey_retention_months)) > today(now)) continue;
    await freezeRound(deps, row, row.min_group_size);
    await db.transaction().execute(async (tx) => {
      if (row.level === "person") {
        const cached = await findAnalysis(tx, row.id);
        if (cached) await saveAnalysis(tx, row.id, cached.fingerprint, JSON.stringify(withoutNodes(JSON.parse(cached.data), () => true)));
      }
      await purgeRoundAnswers(tx, row.id);
    });
    purged++;
  }
  return purged;
}
