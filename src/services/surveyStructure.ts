import { type RatedValue, type ReceivedValue, receivedValue } from "../domain/resources.ts";
import { undirectedVersion } from "../domain/sna/communities.ts";
import { eiByLabels, type LabelledEi } from "../domain/sna/groups.ts";
import { type Analysis, buildGraph, type EdgeInput, type GraphFigures } from "../domain/sna/index.ts";
import {
  elementFigures,
  HOMOPHILY_GROUPINGS,
  type HomophilyGrouping,
  type NodeRating,
  type ReceivedFigures,
  ratingValues,
  receivedFigures,
  ties,
} from "../domain/surveys.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import { listInviteeIds, listPeopleForSurvey, listSubmitted, listSubmittedRatings, type RoundRow } from "../storage/repos/surveys.ts";
import type { Deps } from "./context.ts";
import { runAnalysis } from "./snaRunner.ts";

/** A round's submitted answers and the network structure built from them (the figures built on them: surveyResults.ts). */

export async function answersOf(deps: Deps, roundId: string, minGroupSize: number) {
  const { db } = deps.storage;
  const [responses, ratings] = await Promise.all([listSubmitted(db, roundId), listSubmittedRatings(db, roundId)]);
  const selves = responses.map((r) => ({
    respondent: r.membership_id,
    autonomy: r.self_autonomy,
    meaningfulness: r.self_meaningfulness,
    connectedness: r.self_connectedness,
  }));
  const rated = ratings.map((r) => ({ ...ratingValues(r), respondent: r.respondent_id }));
  return { responses, ratings, rated, elements: elementFigures(rated, selves, minGroupSize) };
}

interface NodeInfo {
  id: string;
  label: string;
  organisationId: string | null;
  organisationName: string | null;
  kind: string | null;
  responded: boolean;
}

/** Bumped when the stored figures gain or change a field; an older stored analysis is brought up to date from its ties. */
export const ANALYSIS_VERSION = 2;

type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
/** Whole-graph figures as stored: those added in version 2 are null for an older round whose ties are no longer all there. */
export type StoredGraphFigures = Nullable<GraphFigures, "brokerCount" | "averageClustering" | "maxCoreNumber">;
type StoredNodeFigures = Nullable<Analysis["nodes"][number], "coreNumber" | "clustering">;

export interface StoredAnalysis {
  version?: number;
  respondents: number;
  graph: StoredGraphFigures;
  /** `value`: how valuable partners find the node, in rounds that asked (absent in analyses made before). */
  nodes: (StoredNodeFigures & Omit<NodeInfo, "id"> & { received: ReceivedFigures; value?: ReceivedValue | null })[];
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
    value?: ReceivedValue | null;
  }[];
  communities: { id: number; size: number; organisations: string[] }[];
  tiesBetweenLargest: number;
  homophily: Array<LabelledEi & { by: HomophilyGrouping }>;
}

/** A node's group for brokerage roles and its per-node E-I index: the organisation of a person, the kind of an organisation. */
const brokerageGroup = (level: string, info: NodeInfo) => (level === "organisation" ? info.kind : info.organisationId);

/** The graph figures of a round's ties, with the groups each node belongs to. */
async function figuresOf(level: string, infos: NodeInfo[], edges: ReturnType<typeof ties>) {
  const ids = infos.map((i) => i.id);
  const graphEdges: EdgeInput[] = edges.map((e) => ({ source: e.source, target: e.target, weight: e.knowing }));
  const analysis = await runAnalysis({ nodes: ids, edges: graphEdges, directed: true, groups: infos.map((i) => brokerageGroup(level, i)) });
  const u = undirectedVersion(buildGraph(ids, graphEdges, true));
  const labelsBy: Record<HomophilyGrouping, Array<string | null>> = {
    organisation: infos.map((i) => i.organisationName),
    kind: infos.map((i) => i.kind),
    community: analysis.nodes.map((n) => String(n.community + 1)),
  };
  // At organisation level each node is its own organisation: an E-I by organisation would say nothing.
  const groupings = HOMOPHILY_GROUPINGS.filter((by) => level !== "organisation" || by !== "organisation");
  return { analysis, homophily: groupings.map((by) => ({ by, ...eiByLabels(u, labelsBy[by]) })) };
}

/** The figures version 2 added, unknown: what an older round whose people have partly left gets. */
const unknownSince2 = (a: StoredAnalysis): StoredAnalysis => ({
  ...a,
  version: ANALYSIS_VERSION,
  graph: {
    ...a.graph,
    brokerCount: null,
    brokerThresholds: null,
    averageClustering: null,
    maxCoreNumber: null,
    eiIndex: null,
    eiExpected: null,
  },
  nodes: a.nodes.map((n) => ({
    ...n,
    constraint: null,
    effectiveSize: null,
    weightedConstraint: null,
    weightedEffectiveSize: null,
    coreNumber: null,
    clustering: null,
    reciprocity: null,
    broker: false,
    eiIndex: null,
    brokerage: null,
  })),
  homophily: [],
});

/**
 * A stored analysis of an older version brought up to date. While all its
 * nodes are there, the figures are computed again from its own stored ties
 * (which outlive the raw answers), giving the old figures unchanged and the
 * new ones beside them. Once someone's node has left (removal, retention),
 * the whole-graph figures stay as computed and the new ones are unknown:
 * computed on what remains, they would describe another network.
 */
export async function upToDate(level: string, a: StoredAnalysis): Promise<StoredAnalysis> {
  if ((a.version ?? 1) >= ANALYSIS_VERSION) return a;
  if (a.nodes.length !== a.graph.nodeCount) return unknownSince2(a);
  const infos: NodeInfo[] = a.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    organisationId: n.organisationId,
    organisationName: n.organisationName,
    kind: n.kind,
    responded: n.responded,
  }));
  const { analysis, homophily } = await figuresOf(level, infos, a.edges);
  const old = new Map(a.nodes.map((n) => [n.id, n]));
  const nodes = analysis.nodes.map((n) => {
    const before = old.get(n.id) as StoredAnalysis["nodes"][number];
    return { ...before, ...n };
  });
  return { ...a, version: ANALYSIS_VERSION, graph: analysis.graph, nodes, homophily };
}

/** Builds the graph of a round's submitted answers and runs every figure on it. */
export async function computeAnalysis(deps: Deps, networkId: string, row: RoundRow, minGroupSize: number): Promise<StoredAnalysis> {
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
  const valued = new Map<string, RatedValue[]>();
  for (const r of ratings) {
    const source = row.level === "organisation" ? r.respondent_organisation_id : r.respondent_id;
    const target = row.level === "organisation" ? r.target_organisation_id : r.target_membership_id;
    if (!source || !target || !nodes.has(source) || !nodes.has(target)) continue;
    nodeRatings.push({ ...ratingValues(r), source, target, respondent: r.respondent_id });
    if (source === target) continue;
    const value = {
      respondent: r.respondent_id,
      knowing: r.knowing,
      valuePower: r.value_power,
      valueInvolvement: r.value_involvement,
      valueResources: r.value_resources,
    };
    const list = valued.get(target);
    if (list) list.push(value);
    else valued.set(target, [value]);
  }
  // Value was asked only in rounds that asked it: elsewhere it is no figure at all, not an empty one.
  const valueReceived = (list: RatedValue[]) => (row.asks_resources === 1 ? receivedValue(list, minGroupSize) : null);
  const edges = ties(nodeRatings, minGroupSize);
  const { analysis, homophily } = await figuresOf(row.level, [...nodes.values()], edges);

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
    return { ...n, ...info, received: receivedOf(n.id), value: valueReceived(valued.get(n.id) ?? []) };
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
      value: valueReceived(list.flatMap((n) => valued.get(n.id) ?? [])),
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
  return {
    version: ANALYSIS_VERSION,
    respondents: responses.length,
    graph: analysis.graph,
    nodes: outNodes,
    edges,
    organisations,
    communities,
    tiesBetweenLargest,
    homophily,
  };
}

/** The stored structure without some nodes and their ties; whole-graph, organisation and community figures stay as computed. */
export const withoutNodes = (a: StoredAnalysis, drop: (id: string) => boolean): StoredAnalysis => ({
  ...a,
  nodes: a.nodes.filter((n) => !drop(n.id)),
  edges: a.edges.filter((e) => !drop(e.source) && !drop(e.target)),
});
