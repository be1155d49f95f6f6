import { aggregateMap, averageTrust } from "../domain/evaluation.ts";
import type { Analysis, EdgeInput, GraphFigures } from "../domain/sna/index.ts";
import {
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
import { findNetwork } from "../storage/repos/networks.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import {
  answersFingerprint,
  findAnalysis,
  findRound,
  listInviteeIds,
  listPeopleForSurvey,
  listRounds as listRoundRows,
  listSubmitted,
  listSubmittedRatings,
  type RoundRow,
  saveAnalysis,
  saveFrozenResults,
} from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { runAnalysis } from "./snaRunner.ts";
import { frozenOf, loadRound, type RoundAggregates, respondedOf, today } from "./surveyRounds.ts";

/**
 * The survey's figures: results, structure, trends and the cycle summary.
 * Every figure of ratings is released only from a closed round and only when
 * at least the network's minimum group size of distinct raters stand behind
 * it (decision 013).
 */

const parseList = <T extends string>(json: string) => JSON.parse(json) as T[];

const toRatingValues = (r: RatingValues): RatingValues => ({
  knowing: r.knowing,
  goodwill: r.goodwill,
  competence: r.competence,
  vulnerability: r.vulnerability,
  consistency: r.consistency,
  commitment: r.commitment,
  frequency: r.frequency,
});

async function answersOf(deps: Deps, roundId: string, minGroupSize: number) {
  const { db } = deps.storage;
  const [responses, ratings] = await Promise.all([listSubmitted(db, roundId), listSubmittedRatings(db, roundId)]);
  const selves = responses.map((r) => ({
    respondent: r.membership_id,
    autonomy: r.self_autonomy,
    meaningfulness: r.self_meaningfulness,
    connectedness: r.self_connectedness,
  }));
  const rated = ratings.map((r) => ({ ...toRatingValues(r), respondent: r.respondent_id }));
  return { responses, ratings, rated, elements: elementFigures(rated, selves, minGroupSize) };
}

const statusOf = (r: RoundRow, now: Date) => roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));

/** A round's figures computed from its submitted answers as they are now. */
async function computeAggregates(deps: Deps, row: RoundRow, minGroupSize: number): Promise<RoundAggregates> {
  const { responses, rated, elements } = await answersOf(deps, row.id, minGroupSize);
  return {
    respondents: responses.length,
    invited: Number(row.invited ?? 0),
    elements,
    barriers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.barriers))),
    enablers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.enablers))),
    votes: typeVotes(responses.map((r) => r.network_type as NetworkType | null)),
    averageTrust: averageTrust(rated, minGroupSize),
    raters: new Set(rated.map((r) => r.respondent)).size,
  };
}

/**
 * The round's aggregate figures: the frozen ones once it has closed (it is
 * frozen on the first look after closing if nothing froze it before), so that
 * released figures never move when an answer leaves later; computed from the
 * submitted answers while it is open, for the counts only.
 */
async function aggregatesOf(deps: Deps, row: RoundRow, minGroupSize: number, now = new Date()): Promise<RoundAggregates> {
  const frozen = frozenOf(row, minGroupSize);
  if (frozen) return frozen;
  if (statusOf(row, now) === "closed") return freezeRound(deps, row, minGroupSize);
  return computeAggregates(deps, row, minGroupSize);
}

/** Whether a round's figures speak for the network: closed, asked of everyone, and answered by at least the minimum group size. */
const networkRound = (r: RoundRow, minGroupSize: number, now: Date) =>
  r.audience === "all" && statusOf(r, now) === "closed" && respondedOf(r) >= minGroupSize;

/**
 * The latest earlier round with figures to compare with: a network round
 * (see networkRound: a few selected invitees do not stand for the network),
 * and for network structure the same level, since a graph of people and one
 * of organisations are not comparable.
 */
async function previousRound(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number, sameLevel: boolean, now = new Date()) {
  const rows = await listRoundRows(deps.storage.db, networkId);
  return rows.find(
    (r) =>
      r.id !== row.id &&
      (r.opens_on < row.opens_on || (r.opens_on === row.opens_on && r.created_at < row.created_at)) &&
      networkRound(r, minGroupSize, now) &&
      (!sameLevel || r.level === row.level),
  );
}

/**
 * The latest closed network round at a level (see networkRound) whose
 * figures were released, or undefined: what figures from "the latest survey"
 * (such as seating by ties) may rely on.
 */
export async function latestReleasedRound(deps: Deps, networkId: string, level: SurveyLevel, now = new Date()) {
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  return (await listRoundRows(deps.storage.db, networkId)).find((r) => r.level === level && networkRound(r, minGroupSize, now));
}

/**
 * The aggregated answers of a round for everyone in the network. Nothing is
 * shown while the round is open (each new answer would show by difference)
 * or when fewer than the minimum group size answered: then the answer says
 * only how many have answered. Once shown, each figure still needs the
 * minimum group size of its own raters.
 */
export async function roundResults(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, role, round } = await loadRound(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const a = await aggregatesOf(deps, row, minGroupSize);
  const invited = round.invitedCount;
  const base = { round, minGroupSize, invited, respondents: a.respondents };
  if (round.status !== "closed" || a.respondents < minGroupSize) {
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

export interface StoredAnalysis {
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
    answersOf(deps, row.id, minGroupSize),
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

  const received = new Map<string, NodeRating[]>();
  for (const r of nodeRatings) {
    if (r.knowing < 1) continue;
    const list = received.get(r.target) ?? [];
    list.push(r);
    received.set(r.target, list);
  }
  const receivedOf = (id: string) => receivedFigures(received.get(id) ?? [], minGroupSize);
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
    const pooled = list.flatMap((n) => received.get(n.id) ?? []);
    return {
      id,
      name: org?.name ?? "",
      kind: org?.kind ?? "other",
      nodes: list.length,
      meanDegree: list.reduce((s, n) => s + n.degree, 0) / list.length,
      meanBetweenness: list.reduce((s, n) => s + n.betweenness, 0) / list.length,
      isolates: list.filter((n) => n.isolate).length,
      received: receivedFigures(pooled, minGroupSize),
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
 * community, compared with the previous round. Hidden while the round is
 * open (a new answer's ties would show by difference) and below the minimum
 * group size of respondents; trust on ties and nodes needs as many raters.
 */
export async function roundAnalysis(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const respondents = round.respondedCount;
  if (round.status !== "closed" || respondents < minGroupSize) {
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
  await aggregatesOf(deps, row, minGroupSize);
  const a = await analysisOf(deps, networkId, (await findRound(deps.storage.db, networkId, roundId)) ?? row, minGroupSize);
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

/**
 * One point per network round (asked of everyone) that has begun, oldest
 * first: the core elements for everyone, the structure for coordinators.
 * A round still open shows only how many have answered.
 */
export async function surveyTrends(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const rows = (await listRoundRows(db, networkId)).filter((r) => r.opens_on <= today(now) && r.audience === "all").reverse();
  const items = [];
  for (const r of rows) {
    const { respondents, elements } = await aggregatesOf(deps, r, minGroupSize, now);
    const shown = statusOf(r, now) === "closed" && respondents >= minGroupSize;
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

/**
 * The survey's figures for a cycle's report and indicators, without an actor
 * (callers authorise): the latest network round of the cycle (closed, asked of
 * everyone, answered by the minimum group size), its released core elements and, when
 * asked, its structure with the map aggregated to communities of at least the
 * minimum group size.
 */
export async function surveySummaryOfCycle(deps: Deps, networkId: string, cycleId: string, withStructure: boolean, now = new Date()) {
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const row = (await listRoundRows(db, networkId)).find((r) => r.cycle_id === cycleId && networkRound(r, minGroupSize, now));
  if (!row) return null;
  const { respondents, elements, averageTrust: trustMean } = await aggregatesOf(deps, row, minGroupSize, now);
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
 * that they outlive the raw answers and never move again: results, trends,
 * reports and indicators read the frozen figures from then on, and a later
 * removal of one person's answers cannot be read off as a difference. A
 * round is frozen once: when it closes, or on the first look after closing.
 */
export async function freezeRound(deps: Deps, row: RoundRow, minGroupSize: number): Promise<RoundAggregates> {
  const frozen = frozenOf(row, minGroupSize);
  if (frozen) return frozen;
  const { db } = deps.storage;
  const aggregates = await computeAggregates(deps, row, minGroupSize);
  await saveAnalysis(db, row.id, "frozen", JSON.stringify(await computeAnalysis(deps, row.network_id, row, minGroupSize)));
  await saveFrozenResults(db, row.id, JSON.stringify(aggregates));
  return aggregates;
}

/** The stored structure without some nodes and their ties; whole-graph, organisation and community figures stay as computed. */
export const withoutNodes = (a: StoredAnalysis, drop: (id: string) => boolean): StoredAnalysis => ({
  ...a,
  nodes: a.nodes.filter((n) => !drop(n.id)),
  edges: a.edges.filter((e) => !drop(e.source) && !drop(e.target)),
});
