import { centralization, degrees, density, eigenvector, pagerank, pathFigures, reciprocity } from "./centrality.ts";
import { brokers, louvain, modularity, undirectedVersion } from "./communities.ts";
import type { Graph } from "./graph.ts";

export { buildGraph, type EdgeInput, type Graph } from "./graph.ts";

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
  /** Has at least one tie to a node of another community. */
  broker: boolean;
  /** Ties to nodes of other communities. */
  crossCommunityTies: number;
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
}

export interface Analysis {
  graph: GraphFigures;
  nodes: NodeFigures[];
}

/**
 * Runs every figure on a graph. Louvain is seeded, so the same graph always
 * gives the same communities.
 */
export function analyze(g: Graph, options: { seed?: number } = {}): Analysis {
  const deg = degrees(g);
  const { betweenness: btw, closeness: clo } = pathFigures(g);
  const eig = eigenvector(g);
  const pr = pagerank(g);
  const und = g.directed ? undirectedVersion(g) : g;
  const community = louvain(und, { seed: options.seed ?? 1 });
  const cross = brokers(und, community);
  const degreeCentralityOfUndirected = degrees(und).degreeCentrality;
  const nodes: NodeFigures[] = [];
  let isolateCount = 0;
  let brokerCount = 0;
  for (let i = 0; i < g.n; i++) {
    const isolate = (deg.degree[i] as number) === 0;
    const crossTies = cross[i] as number;
    if (isolate) isolateCount++;
    if (crossTies > 0) brokerCount++;
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
      broker: crossTies > 0,
      crossCommunityTies: crossTies,
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
    },
    nodes,
  };
}
