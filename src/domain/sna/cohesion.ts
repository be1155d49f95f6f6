import type { Graph } from "./graph.ts";

/**
 * Cohesion around each node as NetworkX 3.x computes it: `core_number`,
 * `clustering` and `reciprocity(G, nodes)` (section 2 of docs/analysis.md).
 */

/**
 * NetworkX `core_number` (Batagelj–Zaversnik): the largest k such that the node
 * belongs to a subgraph in which every node has degree ≥ k. On a directed graph
 * the degree is in + out, so a returned tie counts twice, as in NetworkX.
 */
export function coreNumber(g: Graph): Int32Array {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    const d =
      (outOffset[v + 1] as number) - (outOffset[v] as number) + (g.directed ? (inOffset[v + 1] as number) - (inOffset[v] as number) : 0);
    deg[v] = d;
    if (d > maxDeg) maxDeg = d;
  }
  // Nodes sorted by degree in bins; bin[d] is where degree d starts in `order`.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[(deg[v] as number) + 1] = (bin[(deg[v] as number) + 1] as number) + 1;
  for (let d = 1; d <= maxDeg + 1; d++) bin[d] = (bin[d] as number) + (bin[d - 1] as number);
  const order = new Int32Array(n);
  const pos = new Int32Array(n);
  const next = bin.slice(0, maxDeg + 1);
  for (let v = 0; v < n; v++) {
    const p = next[deg[v] as number] as number;
    next[deg[v] as number] = p + 1;
    order[p] = v;
    pos[v] = p;
  }
  const lower = (v: number, u: number) => {
    const du = deg[u] as number;
    if (du <= (deg[v] as number)) return;
    // Swap u with the first node of its bin, then shrink the bin by one: u now has degree du - 1.
    const first = bin[du] as number;
    const w = order[first] as number;
    const pu = pos[u] as number;
    order[pu] = w;
    pos[w] = pu;
    order[first] = u;
    pos[u] = first;
    bin[du] = first + 1;
    deg[u] = du - 1;
  };
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    for (let e = outOffset[v] as number; e < (outOffset[v + 1] as number); e++) lower(v, outTarget[e] as number);
    if (g.directed) for (let e = inOffset[v] as number; e < (inOffset[v + 1] as number); e++) lower(v, inSource[e] as number);
  }
  return deg;
}

/**
 * NetworkX `clustering`, unweighted. Undirected: 2T / (d(d − 1)) with T the
 * triangles through the node. Directed (Fagiolo 2007): T / (2(d_tot(d_tot − 1) − 2d_↔)),
 * with T the directed triangles, d_tot = in + out and d_↔ the returned ties.
 * The undirected formula is the directed one applied to ties stored both ways.
 */
export function clustering(g: Graph): Float64Array {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  const out = new Float64Array(n);
  // Bit 1: a predecessor of i; bit 2: a successor of i.
  const mark = new Uint8Array(n);
  const marks = (j: number) => {
    const m = mark[j] as number;
    return (m & 1) + ((m >> 1) & 1);
  };
  for (let i = 0; i < n; i++) {
    const o0 = outOffset[i] as number;
    const o1 = outOffset[i + 1] as number;
    const i0 = inOffset[i] as number;
    const i1 = inOffset[i + 1] as number;
    for (let e = i0; e < i1; e++) mark[inSource[e] as number] = (mark[inSource[e] as number] as number) | 1;
    for (let e = o0; e < o1; e++) mark[outTarget[e] as number] = (mark[outTarget[e] as number] as number) | 2;
    let both = 0;
    for (let e = o0; e < o1; e++) if (mark[outTarget[e] as number] === 3) both++;
    let triangles = 0;
    const countThrough = (j: number) => {
      for (let f = inOffset[j] as number; f < (inOffset[j + 1] as number); f++) triangles += marks(inSource[f] as number);
      for (let f = outOffset[j] as number; f < (outOffset[j + 1] as number); f++) triangles += marks(outTarget[f] as number);
    };
    for (let e = i0; e < i1; e++) countThrough(inSource[e] as number);
    for (let e = o0; e < o1; e++) countThrough(outTarget[e] as number);
    const total = i1 - i0 + (o1 - o0);
    const possible = 2 * (total * (total - 1) - 2 * both);
    out[i] = triangles === 0 ? 0 : triangles / possible;
    for (let e = i0; e < i1; e++) mark[inSource[e] as number] = 0;
    for (let e = o0; e < o1; e++) mark[outTarget[e] as number] = 0;
  }
  return out;
}

/**
 * NetworkX `reciprocity(G, nodes)` of each node of a directed graph: 2|pred ∩ succ| / (|pred| + |succ|),
 * the share of its ties that run both ways. NaN for a node without ties (NetworkX raises).
 */
export function nodeReciprocity(g: Graph): Float64Array {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  const out = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const o0 = outOffset[v] as number;
    const o1 = outOffset[v + 1] as number;
    const i0 = inOffset[v] as number;
    const i1 = inOffset[v + 1] as number;
    const total = o1 - o0 + (i1 - i0);
    if (total === 0) {
      out[v] = Number.NaN;
      continue;
    }
    for (let e = o0; e < o1; e++) stamp[outTarget[e] as number] = v;
    let mutual = 0;
    for (let e = i0; e < i1; e++) if (stamp[inSource[e] as number] === v) mutual++;
    out[v] = (2 * mutual) / total;
  }
  return out;
}
