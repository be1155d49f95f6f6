import type { Graph } from "./graph.ts";

/**
 * Burt's structural holes as NetworkX 3.x computes them (`constraint`,
 * `effective_size`, section 2 of docs/analysis.md). Both read a node's ties
 * whichever way they point, through the "mutual weight" a_uv + a_vu of each
 * pair; weighted, a_uv is the tie's weight, unweighted it is 1 for every tie.
 */

/** Every node's neighbours in either direction, with the mutual weight of each pair, in compressed sparse rows. */
export interface MutualTies {
  offset: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Sum and largest of each node's mutual weights (NetworkX's `norm=sum` and `norm=max`). */
  sum: Float64Array;
  max: Float64Array;
}

export function mutualTies(g: Graph, weighted: boolean): MutualTies {
  const { n, outOffset, outTarget, outWeight, inOffset, inSource, inWeight } = g;
  const offset = new Int32Array(n + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  const acc = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const list: number[] = [];
  const add = (u: number, v: number, w: number) => {
    if (seen[v] !== u) {
      seen[v] = u;
      acc[v] = 0;
      list.push(v);
    }
    acc[v] = (acc[v] as number) + (weighted ? w : 1);
  };
  for (let u = 0; u < n; u++) {
    list.length = 0;
    // An undirected edge is stored both ways, so it contributes a_uv + a_vu = 2w, as in NetworkX's Graph.
    for (let e = outOffset[u] as number; e < (outOffset[u + 1] as number); e++) add(u, outTarget[e] as number, outWeight[e] as number);
    for (let e = inOffset[u] as number; e < (inOffset[u + 1] as number); e++) add(u, inSource[e] as number, inWeight[e] as number);
    let s = 0;
    let m = 0;
    for (const v of list) {
      const w = acc[v] as number;
      // A tie of weight 0 is no tie for these figures, as in NetworkX's sparse-matrix path.
      if (w <= 0) continue;
      targets.push(v);
      weights.push(w);
      s += w;
      if (w > m) m = w;
    }
    sum[u] = s;
    max[u] = m;
    offset[u + 1] = targets.length;
  }
  return { offset, target: Int32Array.from(targets), weight: Float64Array.from(weights), sum, max };
}

/**
 * NetworkX `constraint`: c(v) = Σ_j (p_vj + Σ_q p_vq p_qj)² over v's neighbours j,
 * where p_vj is v's mutual weight with j over the sum of v's mutual weights.
 * NaN for a node without ties (NetworkX's nan; presenters turn it into null).
 */
export function constraint(g: Graph, weighted = false, ties = mutualTies(g, weighted)): Float64Array {
  const { n } = g;
  const { offset, target, weight, sum } = ties;
  const out = new Float64Array(n);
  const indirect = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const v0 = offset[v] as number;
    const v1 = offset[v + 1] as number;
    if (v0 === v1) {
      out[v] = Number.NaN;
      continue;
    }
    for (let e = v0; e < v1; e++) {
      const j = target[e] as number;
      mark[j] = v;
      indirect[j] = 0;
    }
    const sv = sum[v] as number;
    for (let e = v0; e < v1; e++) {
      const q = target[e] as number;
      const pvq = (weight[e] as number) / sv;
      const sq = sum[q] as number;
      for (let f = offset[q] as number; f < (offset[q + 1] as number); f++) {
        const j = target[f] as number;
        if (mark[j] === v) indirect[j] = (indirect[j] as number) + (pvq * (weight[f] as number)) / sq;
      }
    }
    let c = 0;
    for (let e = v0; e < v1; e++) {
      const local = (weight[e] as number) / sv + (indirect[target[e] as number] as number);
      c += local * local;
    }
    out[v] = c;
  }
  return out;
}

/**
 * NetworkX `effective_size`: Σ_u (1 − Σ_w p_vw m_uw) over v's neighbours u, where
 * m_uw is u's mutual weight with w over u's largest mutual weight. Unweighted on an
 * undirected graph this is Borgatti's n − 2t/n. NaN for a node without ties.
 */
export function effectiveSize(g: Graph, weighted = false, ties = mutualTies(g, weighted)): Float64Array {
  const { n } = g;
  const { offset, target, weight, sum, max } = ties;
  const out = new Float64Array(n);
  const share = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const v0 = offset[v] as number;
    const v1 = offset[v + 1] as number;
    if (v0 === v1) {
      out[v] = Number.NaN;
      continue;
    }
    const sv = sum[v] as number;
    for (let e = v0; e < v1; e++) share[target[e] as number] = (weight[e] as number) / sv;
    let size = 0;
    for (let e = v0; e < v1; e++) {
      const u = target[e] as number;
      const mu = max[u] as number;
      let redundancy = 0;
      for (let f = offset[u] as number; f < (offset[u + 1] as number); f++) {
        redundancy += ((share[target[f] as number] as number) * (weight[f] as number)) / mu;
      }
      size += 1 - redundancy;
    }
    for (let e = v0; e < v1; e++) share[target[e] as number] = 0;
    out[v] = size;
  }
  return out;
}
