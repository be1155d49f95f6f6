import type { Graph } from "./graph.ts";

/**
 * A node's ego network: the node (ego), its contacts (alters: every node it
 * has a tie with, whichever way), and the ties among the alters
 * (section 2 of docs/analysis.md). As NetworkX's
 * `ego_graph(G, v, radius=1, undirected=True)`.
 */
export interface EgoNetwork {
  ego: number;
  alters: Array<{ node: number /** ego → alter */; out: boolean /** alter → ego */; in: boolean }>;
  /** Directed ties among the alters, as node index pairs. */
  ties: Array<[number, number]>;
  /** Number of alters. */
  size: number;
  /** Ties among the alters over the possible ones (directed: a(a − 1), undirected: a(a − 1)/2); 0 with fewer than two alters. */
  density: number;
  /** Distinct groups among ego and alters (nodes of unknown group not counted); null without groups. */
  groups: number | null;
}

export function egoNetwork(g: Graph, ego: number, group?: ArrayLike<number>): EgoNetwork {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  if (ego < 0 || ego >= n) throw new RangeError(`no node ${ego}`);
  const role = new Map<number, { out: boolean; in: boolean }>();
  for (let e = outOffset[ego] as number; e < (outOffset[ego + 1] as number); e++) {
    role.set(outTarget[e] as number, { out: true, in: !g.directed });
  }
  for (let e = inOffset[ego] as number; e < (inOffset[ego + 1] as number); e++) {
    const a = inSource[e] as number;
    const r = role.get(a);
    if (r) r.in = true;
    else role.set(a, { out: !g.directed, in: true });
  }
  const alters = [...role.entries()].sort((a, b) => a[0] - b[0]).map(([node, r]) => ({ node, ...r }));
  const ties: Array<[number, number]> = [];
  for (const { node: a } of alters) {
    for (let e = outOffset[a] as number; e < (outOffset[a + 1] as number); e++) {
      const b = outTarget[e] as number;
      // An undirected tie is stored both ways: list it once.
      if (b !== ego && role.has(b) && (g.directed || a < b)) ties.push([a, b]);
    }
  }
  const size = alters.length;
  const possible = g.directed ? size * (size - 1) : (size * (size - 1)) / 2;
  let groups: number | null = null;
  if (group) {
    const seen = new Set<number>();
    for (const v of [ego, ...role.keys()]) if ((group[v] as number) >= 0) seen.add(group[v] as number);
    groups = seen.size;
  }
  return { ego, alters, ties, size, density: possible === 0 ? 0 : ties.length / possible, groups };
}
