// Pure helpers for the network map: the graphology graph, colour palettes, the tie filter and round comparison.
import Graph from "graphology";
import { ORGANISATION_KINDS, type OrganisationKind } from "../../../../src/domain/directory.ts";
import { FREQUENCY_MAX, KNOWING_MAX, TRUST_DIMENSIONS } from "../../../../src/domain/surveys.ts";
import type { MapEdge, RoundAnalysis, SurveyRound } from "./types.ts";

export const CENTRALITIES = ["degree", "betweenness", "closeness", "eigenvector", "pagerank"] as const;
export type Centrality = (typeof CENTRALITIES)[number];

export const EDGE_DIMENSIONS = ["knowing", "frequency", ...TRUST_DIMENSIONS, "commitment"] as const;
export type EdgeDimension = (typeof EDGE_DIMENSIONS)[number];

/** The scale of each tie dimension: knowing 0–3, frequency 0–4, trust and commitment 1–5. */
export const DIMENSION_RANGE: Record<EdgeDimension, { min: number; max: number }> = {
  knowing: { min: 0, max: KNOWING_MAX },
  frequency: { min: 0, max: FREQUENCY_MAX },
  goodwill: { min: 1, max: 5 },
  competence: { min: 1, max: 5 },
  vulnerability: { min: 1, max: 5 },
  consistency: { min: 1, max: 5 },
  commitment: { min: 1, max: 5 },
};

/** Trust and commitment values exist only for ties rated by at least minGroupSize people. */
export const isPrivacyFiltered = (d: EdgeDimension) => d !== "knowing" && d !== "frequency";

export type ColourBy = "kind" | "community";

export const ORG_KINDS = ORGANISATION_KINDS;

/** Whether a node's organisation kind is one the map has a colour for. */
export const isKnownKind = (kind: string | null): kind is OrganisationKind => ORG_KINDS.some((k) => k === kind);

// Every colour has at least 4.5:1 contrast on white, so nodes stand out from the background.
const KIND_COLOURS: Record<OrganisationKind, string> = {
  municipality: "#1f5fa8",
  wellbeing_county: "#0f766e",
  ngo: "#c2410c",
  company: "#7e22ce",
  parish: "#8a5a2b",
  research: "#be185d",
  other: "#4d7c0f",
};
export const UNKNOWN_COLOUR = "#525252";
// Neighbouring communities get hues far apart: blue, orange, green, purple, pink, brown, …
export const COMMUNITY_COLOURS = [
  "#1f5fa8",
  "#c2410c",
  "#15803d",
  "#7e22ce",
  "#be185d",
  "#8a5a2b",
  "#0f766e",
  "#a16207",
  "#1e3a8a",
  "#b91c1c",
  "#4d7c0f",
  "#525252",
];

export const EDGE_COLOUR = "#a8adb3";
export const EDGE_FOCUS_COLOUR = "#374151";
// New and lost ties are blue and orange, told apart with any colour vision, each over 3:1 against white (WCAG 1.4.11).
export const EDGE_NEW_COLOUR = "#1d4ed8";
export const EDGE_GONE_COLOUR = "#c2410c";
export const DIMMED_NODE_COLOUR = "#d4d4d4";
export const DIMMED_EDGE_COLOUR = "#eef0f2";

export const kindColour = (kind: string | null) => (isKnownKind(kind) ? KIND_COLOURS[kind] : UNKNOWN_COLOUR);
export const communityColour = (community: number) => COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? UNKNOWN_COLOUR;

export type TieStatus = "same" | "new" | "gone";

// Type aliases, not interfaces, so that they satisfy graphology's index-signature Attributes.
export type NodeAttrs = {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  kindColor: string;
  communityColor: string;
  sizes: Record<Centrality, number>;
};

export type EdgeAttrs = {
  from: string;
  to: string;
  values: Record<EdgeDimension, number | null>;
  status: TieStatus;
};

export type MapGraph = Graph<NodeAttrs, EdgeAttrs>;

const MIN_SIZE = 3;
const MAX_SIZE = 12;

export const tieKey = (source: string, target: string) => `${source}>${target}`;
const GONE_PREFIX = "gone:";

/** A small seeded random generator, so that the same round starts from the same layout. */
function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function centralityValue(node: RoundAnalysis["nodes"][number], c: Centrality): number | null {
  switch (c) {
    case "degree":
      return node.degree;
    case "betweenness":
      return node.betweenness;
    case "closeness":
      return node.closeness;
    case "eigenvector":
      return node.eigenvector;
    case "pagerank":
      return node.pagerank;
  }
}

function edgeValues(e: MapEdge): Record<EdgeDimension, number | null> {
  return {
    knowing: e.knowing,
    frequency: e.frequency,
    goodwill: e.goodwill,
    competence: e.competence,
    vulnerability: e.vulnerability,
    consistency: e.consistency,
    commitment: e.commitment,
  };
}

/**
 * The round's graph for sigma: nodes carry their colours and sizes for every choice, so that
 * changing a control only re-runs sigma's reducers; positions start on a seeded circle of communities.
 */
export function buildGraph(analysis: RoundAnalysis): MapGraph {
  const graph: MapGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false, allowSelfLoops: false });
  const random = seededRandom(analysis.round.id);
  const ranges = Object.fromEntries(
    CENTRALITIES.map((c) => {
      const values = analysis.nodes.map((n) => centralityValue(n, c)).filter((v): v is number => v !== null && Number.isFinite(v));
      return [c, { min: Math.min(...values), max: Math.max(...values) }];
    }),
  ) as Record<Centrality, { min: number; max: number }>;
  const communities = Math.max(1, ...analysis.nodes.map((n) => n.community + 1));
  const spread = Math.sqrt(analysis.nodes.length) * 10;
  for (const n of analysis.nodes) {
    const sizes = {} as Record<Centrality, number>;
    for (const c of CENTRALITIES) {
      const v = centralityValue(n, c);
      const { min, max } = ranges[c];
      sizes[c] =
        v === null || !(max > min) ? (MIN_SIZE + MAX_SIZE) / 3 : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((v - min) / (max - min));
    }
    // Each community starts around its own point on a circle; the layout then pulls ties together.
    const angle = (2 * Math.PI * n.community) / communities;
    const r = random() * spread * 0.35;
    const a = random() * 2 * Math.PI;
    const kindColor = kindColour(n.kind);
    graph.addNode(n.id, {
      label: n.label,
      x: Math.cos(angle) * spread + Math.cos(a) * r,
      y: Math.sin(angle) * spread + Math.sin(a) * r,
      size: sizes.degree,
      color: kindColor,
      kindColor,
      communityColor: communityColour(n.community),
      sizes,
    });
  }
  for (const e of analysis.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.source, e.target)) continue;
    graph.addEdgeWithKey(tieKey(e.source, e.target), e.source, e.target, {
      from: e.source,
      to: e.target,
      values: edgeValues(e),
      status: "same",
    });
  }
  return graph;
}

/** Whether a tie's value passes the filter: a trust value that is hidden (null) never passes. */
export const passesFilter = (value: number | null, threshold: number) => value !== null && value >= threshold;

/**
 * Marks the graph for a comparison: new ties get status "new", ties only in the other round are
 * added as "gone" ties between nodes that are still on the map. Passing null undoes the marking.
 * Returns the keys of the ties it added.
 */
export function applyComparison(graph: MapGraph, other: MapEdge[] | null): string[] {
  if (!other && !graph.getAttribute("compared")) return [];
  graph.setAttribute("compared", other !== null);
  for (const key of graph.filterEdges((key) => key.startsWith(GONE_PREFIX))) graph.dropEdge(key);
  const before = other ? new Set(other.map((e) => tieKey(e.source, e.target))) : null;
  graph.updateEachEdgeAttributes(
    (key, attrs) => {
      attrs.status = before && !before.has(key) ? "new" : "same";
      return attrs;
    },
    { attributes: ["status"] },
  );
  const added: string[] = [];
  for (const e of other ?? []) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    added.push(
      graph.addEdgeWithKey(`${GONE_PREFIX}${tieKey(e.source, e.target)}`, e.source, e.target, {
        from: e.source,
        to: e.target,
        values: edgeValues(e),
        status: "gone",
      }),
    );
  }
  return added;
}

/** Rounds that have results to map (not scheduled), newest first. */
export function mappableRounds(rounds: SurveyRound[]): SurveyRound[] {
  return rounds
    .filter((r) => r.status !== "scheduled")
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || b.closesOn.localeCompare(a.closesOn));
}

/** The round asked for in the address, else the latest round that is not scheduled. */
export function pickRound(rounds: SurveyRound[], wanted: string | null): SurveyRound | null {
  return rounds.find((r) => r.id === wanted) ?? rounds[0] ?? null;
}
