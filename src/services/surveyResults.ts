import { aggregateMap, averageTrust } from "../domain/evaluation.ts";
import { namedResourceFigures, type Resource, type RoundResourceFigures, roundResourceFigures } from "../domain/resources.ts";
import {
  factorCounts,
  type NetworkType,
  type Observation,
  observeAnswers,
  observeStructure,
  roundStatus,
  SELF_COMMITMENT_ITEMS,
  type SelfCommitmentItem,
  type StructuralFactor,
  type SurveyLevel,
  TRUST_DIMENSIONS,
  type TrustDimension,
  typeVotes,
} from "../domain/surveys.ts";
import { sees, structureFor, viewerOf } from "../domain/surveyVisibility.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import {
  answersFingerprint,
  findAnalysis,
  findRound,
  listRounds as listRoundRows,
  listSubmitted,
  type RoundRow,
  saveAnalysis,
  saveFrozenResults,
} from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { frozenOf, loadRound, type RoundAggregates, respondedOf, today } from "./surveyRounds.ts";
import { answersOf, computeAnalysis, type StoredAnalysis, upToDate } from "./surveyStructure.ts";

/**
 * The survey's figures: results, structure, trends and the cycle summary.
 * Every figure of ratings is released only from a closed round and only when
 * at least the network's minimum group size of distinct raters stand behind
 * it (decision 013).
 */

const parseList = <T extends string>(json: string) => JSON.parse(json) as T[];

const statusOf = (r: RoundRow, now: Date) => roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));

/** A round's figures computed from its submitted answers as they are now. */
async function computeAggregates(deps: Deps, row: RoundRow, minGroupSize: number): Promise<RoundAggregates> {
  const { responses, ratings, rated, elements } = await answersOf(deps, row.id, minGroupSize);
  const resources =
    row.asks_resources === 1
      ? roundResourceFigures(
          responses.map((r) => ({ organisationId: r.organisation_id, resources: parseList<Resource>(r.resources) })),
          ratings.map((r) => ({
            respondent: r.respondent_id,
            knowing: r.knowing,
            valuePower: r.value_power,
            valueInvolvement: r.value_involvement,
            valueResources: r.value_resources,
          })),
          row.level === "organisation" ? "organisation" : "person",
          minGroupSize,
        )
      : null;
  return {
    respondents: responses.length,
    invited: Number(row.invited ?? 0),
    elements,
    barriers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.barriers))),
    enablers: factorCounts(responses.map((r) => parseList<StructuralFactor>(r.enablers))),
    votes: typeVotes(responses.map((r) => r.network_type as NetworkType | null)),
    averageTrust: averageTrust(rated, minGroupSize),
    raters: new Set(rated.map((r) => r.respondent)).size,
    resources,
  };
}

/**
 * The round's aggregate figures: the frozen ones once it has closed (it is
 * frozen on the first look after closing if nothing froze it before), so that
 * released figures never move when an answer leaves later; computed from the
 * submitted answers while it is open, for the counts only.
 */
export async function aggregatesOf(deps: Deps, row: RoundRow, minGroupSize: number, now = new Date()): Promise<RoundAggregates> {
  const frozen = frozenOf(row, minGroupSize);
  if (frozen) return frozen;
  if (statusOf(row, now) === "closed") return freezeRound(deps, row, minGroupSize);
  return computeAggregates(deps, row, minGroupSize);
}

/** A round's released resource and value figures with the organisations' names, or null when it did not ask. */
async function resourcesOf(db: DbOrTx, networkId: string, figures: RoundResourceFigures | null | undefined) {
  if (!figures) return null;
  const names = new Map((await listOrganisations(db, networkId)).map((o) => [o.id, o.name]));
  return namedResourceFigures(figures, names);
}

/** Whether a round's figures speak for the network: closed, asked of everyone, and answered by at least the minimum group size. */
export const networkRound = (r: RoundRow, minGroupSize: number, now: Date) =>
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
      resources: null,
    };
  }
  const declared = (network?.network_type ?? null) as NetworkType | null;
  const prevRow = await previousRound(deps, networkId, row, minGroupSize, false);
  const previous = prevRow
    ? { roundId: prevRow.id, title: prevRow.title, elements: (await aggregatesOf(deps, prevRow, minGroupSize)).elements }
    : null;
  // Free texts exist only as raw answers: once those are deleted, only the counted factors remain.
  const seesTexts = sees(viewerOf(role), "free_texts", row.ties_visibility);
  const responses = seesTexts ? await listSubmitted(db, roundId) : [];
  const texts = seesTexts
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
    resources: await resourcesOf(db, networkId, a.resources),
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

/** A round's analysis, computed once per set of submitted answers and kept in the database. */
export async function analysisOf(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number): Promise<StoredAnalysis> {
  const { db } = deps.storage;
  const cached = await findAnalysis(db, row.id);
  // A stored analysis of an older version is brought up to date once, from its own ties, and kept so.
  const current = async (c: { data: string; fingerprint: string }) => {
    const stored = JSON.parse(c.data) as StoredAnalysis;
    const fresh = await upToDate(row.level, stored);
    if (fresh !== stored) await saveAnalysis(db, row.id, c.fingerprint, JSON.stringify(fresh));
    return fresh;
  };
  if (cached && row.frozen_results) return current(cached);
  const fingerprint = `${await answersFingerprint(db, row.id)}:${minGroupSize}`;
  if (cached && cached.fingerprint === fingerprint) return current(cached);
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
      groups: null,
      homophily: [],
      observations: [],
      resources: null,
    };
  }
  const aggregates = await aggregatesOf(deps, row, minGroupSize);
  const a = await analysisOf(deps, networkId, (await findRound(deps.storage.db, networkId, roundId)) ?? row, minGroupSize);
  const prevRow = await previousRound(deps, networkId, row, minGroupSize, true);
  const prev = prevRow ? await analysisOf(deps, networkId, prevRow, minGroupSize) : null;
  const individual = sees("coordinator", "individual_ties", row.ties_visibility);
  const brokerNames = (individual ? a.nodes : [])
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
    byKind: a.homophily.find((h) => h.by === "kind")?.network ?? null,
  });
  return {
    round,
    minGroupSize,
    respondents: a.respondents,
    hidden: false,
    graph: a.graph,
    previous: prevRow && prev ? { roundId: prevRow.id, title: prevRow.title, graph: prev.graph } : null,
    ...structureFor(a, row.ties_visibility, minGroupSize),
    // Under group structure the map is drawn by communities of at least the minimum group size, as in the cycle report.
    groups: individual ? null : aggregateMap(a.nodes, a.edges, minGroupSize),
    // Under group structure a group's own E-I index is shown only from the minimum group size, like its other figures.
    homophily: a.homophily.map((h) => ({ ...h, groups: individual ? h.groups : h.groups.filter((g) => g.size >= minGroupSize) })),
    observations,
    resources: await resourcesOf(deps.storage.db, networkId, aggregates.resources),
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
