import type { Analysis, EdgeInput, GraphFigures } from "../domain/sna/index.ts";
import { elementFigures, type NodeRating, type ReceivedFigures, ratingValues, receivedFigures, ties } from "../domain/surveys.ts";
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
  for (const r of ratings) {
    const source = row.level === "organisation" ? r.respondent_organisation_id : r.respondent_id;
    const target = row.level === "organisation" ? r.target_organisation_id : r.target_membership_id;
    if (!source || !target || !nodes.has(source) || !nodes.has(target)) continue;
    nodeRatings.push({ ...ratingValues(r), source, target, respondent: r.respondent_id });
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

/** The stored structure without some nodes and their ties; whole-graph, organisation and community figures stay as computed. */
export const withoutNodes = (a: StoredAnalysis, drop: (id: string) => boolean): StoredAnalysis => ({
  ...a,
  nodes: a.nodes.filter((n) => !drop(n.id)),
  edges: a.edges.filter((e) => !drop(e.source) && !drop(e.target)),
});
