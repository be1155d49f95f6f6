import { type BrokerThresholds, findBrokers } from "./brokers.ts";
import { centralization, degrees, density, eigenvector, pagerank, reciprocity } from "./centrality.ts";
import { clustering, coreNumber, nodeReciprocity } from "./cohesion.ts";
import { brokers, louvain, modularity, undirectedVersion } from "./communities.ts";
import type { Graph } from "./graph.ts";
import { type BrokerageCounts, brokerageRoles, eiIndex, groupNumbers } from "./groups.ts";
import { type PathFigures, pathFigures } from "./paths.ts";
import { constraint, effectiveSize, mutualTies } from "./structuralHoles.ts";

export type { BrokerThresholds } from "./brokers.ts";
export { buildGraph, type EdgeInput, type Graph } from "./graph.ts";
export { BROKERAGE_ROLES, type BrokerageCounts, type BrokerageRole } from "./groups.ts";
export type { PathFigures } from "./paths.ts";

/** Every per-node figure of a graph; definitions in docs/analysis.md. */
export interface NodeFigures {
  id: string;
  inDegree: number;
  outDegree: number;
  /** In + out on a directed graph; the number of neighbours on an undirected one. */
  degree: number;
  inStrength: number;
  outStrength: number;
  strength: number;
  /** NetworkX degree_centrality: degree / (n - 1). */
  degreeCentrality: number;
  /** NetworkX betweenness_centrality, normalised, unweighted. */
  betweenness: number;
  /** NetworkX harmonic_centrality, unweighted (not normalised). */
  closeness: number;
  /** NetworkX eigenvector_centrality (unweighted; in-edges on a directed graph); null when it does not converge. */
  eigenvector: number | null;
  /** NetworkX pagerank, alpha 0.85, weighted. */
  pagerank: number;
  /** Louvain community on the undirected version, numbered from 0 by size (largest first). */
  community: number;
  isolate: boolean;
  /** NetworkX constraint, unweighted; null for an isolate. */
  constraint: number | null;
  /** NetworkX effective_size, unweighted; null for an isolate. */
  effectiveSize: number | null;
  /** NetworkX constraint with the ties' weights. */
  weightedConstraint: number | null;
  /** NetworkX effective_size with the ties' weights. */
  weightedEffectiveSize: number | null;
  /** NetworkX core_number (in + out degree on a directed graph). */
  coreNumber: number;
  /** NetworkX clustering, unweighted (Fagiolo's directed clustering on a directed graph). */
  clustering: number;
  /** NetworkX reciprocity of the node; null on an undirected graph and for an isolate. */
  reciprocity: number | null;
  /** Betweenness above twice the network's mean and constraint below its median (docs/analysis.md, section 4). */
  broker: boolean;
  /** Ties to nodes of other communities. */
  crossCommunityTies: number;
  /** Krackhardt–Stern E-I index of the node's ties by the given groups; null without groups or ties. */
  eiIndex: number | null;
  /** Gould–Fernandez brokerage roles by the given groups; null without groups. */
  brokerage: BrokerageCounts | null;
}

/** Whole-graph figures; definitions in docs/analysis.md. */
export interface GraphFigures {
  directed: boolean;
  nodeCount: number;
  edgeCount: number;
  density: number;
  /** NetworkX overall_reciprocity; null on an undirected graph. */
  reciprocity: number | null;
  degreeCentralization: number;
  betweennessCentralization: number;
  communityCount: number;
  /** NetworkX modularity of the Louvain partition on the undirected version, weighted. */
  modularity: number;
  isolateCount: number;
  brokerCount: number;
  /** The cut-offs the broker rule applied; null when no node has a tie. */
  brokerThresholds: BrokerThresholds | null;
  /** NetworkX average_clustering (every node, isolates as 0). */
  averageClustering: number;
  /** The largest core number: the densest core's k. */
  maxCoreNumber: number;
  /** E-I index of the whole network by the given groups; null without groups or ties. */
  eiIndex: number | null;
  /** The E-I index the same ties would give if they fell at random; null without groups. */
  eiExpected: number | null;
}

export interface Analysis {
  graph: GraphFigures;
  nodes: NodeFigures[];
}

/**
 * Runs every figure on a graph. Louvain is seeded, so the same graph always
 * gives the same communities.
 */
export interface AnalyzeOptions {
  seed?: number;
  /** Each node's group (by node index), e.g. its organisation; null when unknown. Gives the E-I index and brokerage roles. */
  groups?: ReadonlyArray<string | null>;
  /**
   * Betweenness and closeness estimated from this many seeded random sources (Brandes–Pich) instead of
   * every node: for graphs too large for the exact figures. Seeded with `seed` too.
   */
  sample?: number;
  /** Betweenness and closeness already computed (by the worker pool), with the same options. */
  paths?: PathFigures;
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/**
 * Every figure of an analysis except betweenness and closeness and what is made of them: the part that can run
 * while worker threads compute those (src/services/snaPool.ts). `completeAnalysis` adds them.
 */
export interface PreparedAnalysis {
  graph: Graph;
  figures: ReturnType<typeof figuresBesidesPaths>;
}

function figuresBesidesPaths(g: Graph, options: AnalyzeOptions) {
  const deg = degrees(g);
  const eig = eigenvector(g);
  const pr = pagerank(g);
  const und = g.directed ? undirectedVersion(g) : g;
  const community = louvain(und, { seed: options.seed ?? 1 });
  const cross = brokers(und, community);
  const degreeCentralityOfUndirected = degrees(und).degreeCentrality;
  const plainTies = mutualTies(g, false);
  const weightedTies = mutualTies(g, true);
  const con = constraint(g, false, plainTies);
  const eff = effectiveSize(g, false, plainTies);
  const wCon = constraint(g, true, weightedTies);
  const wEff = effectiveSize(g, true, weightedTies);
  const core = coreNumber(g);
  const clu = clustering(g);
  const rec = g.directed ? nodeReciprocity(g) : null;
  const grouping = options.groups ? groupNumbers(options.groups).group : null;
  const ei = grouping ? eiIndex(und, grouping) : null;
  const roles = grouping ? brokerageRoles(g, grouping) : null;
  return { deg, eig, pr, und, community, cross, degreeCentralityOfUndirected, con, eff, wCon, wEff, core, clu, rec, ei, roles };
}

export const prepareAnalysis = (g: Graph, options: AnalyzeOptions = {}): PreparedAnalysis => ({
  graph: g,
  figures: figuresBesidesPaths(g, options),
});

/** Runs every figure on a graph: `prepareAnalysis`, then the path figures (`options.paths` or computed here), then `completeAnalysis`. */
export function analyze(g: Graph, options: AnalyzeOptions = {}): Analysis {
  const prepared = prepareAnalysis(g, options);
  const sample = options.sample === undefined ? {} : { sample: { count: options.sample, seed: options.seed ?? 1 } };
  return completeAnalysis(prepared, options.paths ?? pathFigures(g, sample));
}

/** The analysis from its prepared part and the graph's betweenness and closeness. */
export function completeAnalysis(prepared: PreparedAnalysis, paths: PathFigures): Analysis {
  const { graph: g, figures } = prepared;
  const { deg, eig, pr, und, community, cross, degreeCentralityOfUndirected, con, eff, wCon, wEff, core, clu, rec, ei, roles } = figures;
  const { betweenness: btw, closeness: clo } = paths;
  const { broker, thresholds } = findBrokers({ betweenness: btw, constraint: con });
  const nodes: NodeFigures[] = [];
  let isolateCount = 0;
  let brokerCount = 0;
  for (let i = 0; i < g.n; i++) {
    const isolate = (deg.degree[i] as number) === 0;
    const crossTies = cross[i] as number;
    if (isolate) isolateCount++;
    if (broker[i]) brokerCount++;
    nodes.push({
      id: g.ids[i] as string,
      inDegree: deg.inDegree[i] as number,
      outDegree: deg.outDegree[i] as number,
      degree: deg.degree[i] as number,
      inStrength: deg.inStrength[i] as number,
      outStrength: deg.outStrength[i] as number,
      strength: deg.strength[i] as number,
      degreeCentrality: deg.degreeCentrality[i] as number,
      betweenness: btw[i] as number,
      closeness: clo[i] as number,
      eigenvector: eig ? (eig[i] as number) : null,
      pagerank: pr[i] as number,
      community: community[i] as number,
      isolate,
      constraint: orNull(con[i] as number),
      effectiveSize: orNull(eff[i] as number),
      weightedConstraint: orNull(wCon[i] as number),
      weightedEffectiveSize: orNull(wEff[i] as number),
      coreNumber: core[i] as number,
      clustering: clu[i] as number,
      reciprocity: rec ? orNull(rec[i] as number) : null,
      broker: broker[i] as boolean,
      crossCommunityTies: crossTies,
      eiIndex: ei ? (ei.nodes[i] ?? null) : null,
      brokerage: roles ? (roles[i] as BrokerageCounts) : null,
    });
  }
  let communityCount = 0;
  for (let i = 0; i < g.n; i++) communityCount = Math.max(communityCount, (community[i] as number) + 1);
  return {
    graph: {
      directed: g.directed,
      nodeCount: g.n,
      edgeCount: g.edgeCount,
      density: density(g),
      reciprocity: g.directed ? reciprocity(g) : null,
      degreeCentralization: centralization(degreeCentralityOfUndirected, g.n, "degree"),
      betweennessCentralization: centralization(btw, g.n, "betweenness"),
      communityCount,
      modularity: modularity(und, community),
      isolateCount,
      brokerCount,
      brokerThresholds: thresholds,
      averageClustering: g.n === 0 ? 0 : clu.reduce((a, b) => a + b, 0) / g.n,
      maxCoreNumber: core.reduce((a, b) => Math.max(a, b), 0),
      eiIndex: ei ? ei.network.index : null,
      eiExpected: ei ? ei.network.expected : null,
    },
    nodes,
  };
}
