import type { Graph } from "./graph.ts";
import { pathFigures } from "./paths.ts";

/**
 * Node and whole-graph centrality figures that reproduce NetworkX 3.x
 * defaults, so that numbers match what an analyst would get in Python.
 * Everything here runs on the CSR arrays of `Graph`; the per-source loops
 * reuse preallocated typed arrays because they run n times.
 */

export interface Degrees {
  inDegree: Int32Array;
  outDegree: Int32Array;
  degree: Int32Array;
  inStrength: Float64Array;
  outStrength: Float64Array;
  strength: Float64Array;
  degreeCentrality: Float64Array;
}

/** Degree counts, weighted strengths and NetworkX degree_centrality for every node. */
export function degrees(g: Graph): Degrees {
  const { n, outOffset, inOffset, outWeight, inWeight } = g;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const degree = new Int32Array(n);
  const inStrength = new Float64Array(n);
  const outStrength = new Float64Array(n);
  const strength = new Float64Array(n);
  const degreeCentrality = new Float64Array(n);
  // NetworkX gives every node of a graph with at most one node centrality 1.
  const scale = n <= 1 ? 0 : 1 / (n - 1);
  for (let i = 0; i < n; i++) {
    const o0 = outOffset[i] as number;
    const o1 = outOffset[i + 1] as number;
    const i0 = inOffset[i] as number;
    const i1 = inOffset[i + 1] as number;
    let os = 0;
    for (let e = o0; e < o1; e++) os += outWeight[e] as number;
    let is = 0;
    for (let e = i0; e < i1; e++) is += inWeight[e] as number;
    outDegree[i] = o1 - o0;
    inDegree[i] = i1 - i0;
    outStrength[i] = os;
    inStrength[i] = is;
    // An undirected edge is stored both ways, so in and out already each count it once.
    const d = g.directed ? o1 - o0 + (i1 - i0) : o1 - o0;
    degree[i] = d;
    strength[i] = g.directed ? os + is : os;
    degreeCentrality[i] = n <= 1 ? 1 : d * scale;
  }
  return { inDegree, outDegree, degree, inStrength, outStrength, strength, degreeCentrality };
}

/** NetworkX density: m / (n(n-1)) directed, 2m / (n(n-1)) undirected, 0 for n <= 1. */
export function density(g: Graph): number {
  const { n, edgeCount: m } = g;
  if (n <= 1) return 0;
  return (g.directed ? m : 2 * m) / (n * (n - 1));
}

/**
 * NetworkX overall_reciprocity: the share of directed edges whose reverse also
 * exists. NetworkX raises on a graph without edges; we return 0 so a report can
 * still be produced. An undirected graph gives 1, since every tie is mutual.
 */
export function reciprocity(g: Graph): number {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  const stored = outTarget.length;
  if (stored === 0) return 0;
  // Stamping u's out-neighbours lets each in-edge w→u be checked in O(1)
  // without sorted adjacency or a hash set.
  const stamp = new Int32Array(n).fill(-1);
  let mutual = 0;
  for (let u = 0; u < n; u++) {
    const o1 = outOffset[u + 1] as number;
    for (let e = outOffset[u] as number; e < o1; e++) stamp[outTarget[e] as number] = u;
    const i1 = inOffset[u + 1] as number;
    for (let e = inOffset[u] as number; e < i1; e++) if (stamp[inSource[e] as number] === u) mutual++;
  }
  return mutual / stored;
}

/** NetworkX betweenness_centrality, normalised and unweighted (Brandes). */
export const betweenness = (g: Graph): Float64Array => pathFigures(g).betweenness;

/** NetworkX harmonic_centrality, unweighted and not normalised: sum over v of 1/d(v, u). */
export const harmonicCloseness = (g: Graph): Float64Array => pathFigures(g).closeness;

/**
 * NetworkX eigenvector_centrality (unweighted, in-edges on a directed graph,
 * max_iter 100, tol 1e-6); null where NetworkX raises for non-convergence.
 */
export function eigenvector(g: Graph, maxIter = 100, tol = 1e-6): Float64Array | null {
  const { n, outOffset, outTarget } = g;
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    const tmp = last;
    last = x;
    x = tmp;
    // NetworkX iterates with A + I (start from a copy of xlast) so that
    // bipartite graphs do not oscillate; pushing along out-edges matches its
    // summation order.
    x.set(last);
    for (let u = 0; u < n; u++) {
      const xu = last[u] as number;
      const e1 = outOffset[u + 1] as number;
      for (let e = outOffset[u] as number; e < e1; e++) {
        const w = outTarget[e] as number;
        x[w] = (x[w] as number) + xu;
      }
    }
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (x[i] as number) * (x[i] as number);
    const norm = Math.sqrt(sq) || 1;
    let err = 0;
    for (let i = 0; i < n; i++) {
      const v = (x[i] as number) / norm;
      x[i] = v;
      err += Math.abs(v - (last[i] as number));
    }
    if (err < n * tol) return x;
  }
  return null;
}

/**
 * NetworkX pagerank (alpha 0.85, weighted, uniform personalization and
 * dangling distribution, max_iter 100, tol 1e-6). Where NetworkX would raise
 * for non-convergence we return the last iterate, which is still a
 * probability vector and more useful in a report than nothing.
 */
export function pagerank(g: Graph, alpha = 0.85, maxIter = 100, tol = 1e-6): Float64Array {
  const { n, outOffset, outWeight, inOffset, inSource, inWeight } = g;
  if (n === 0) return new Float64Array(0);
  // Inverse out-strength makes each row stochastic; 0 marks a dangling node,
  // as NetworkX treats a zero row sum.
  const invOut = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    const e1 = outOffset[u + 1] as number;
    for (let e = outOffset[u] as number; e < e1; e++) s += outWeight[e] as number;
    invOut[u] = s !== 0 ? 1 / s : 0;
  }
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iter = 0; iter < maxIter; iter++) {
    const tmp = last;
    last = x;
    x = tmp;
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const iu = invOut[u] as number;
      if (iu === 0) dangling += last[u] as number;
      share[u] = (last[u] as number) * iu;
    }
    const base = alpha * (dangling / n) + teleport;
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      const e1 = inOffset[v + 1] as number;
      for (let e = inOffset[v] as number; e < e1; e++) s += (share[inSource[e] as number] as number) * (inWeight[e] as number);
      const xv = alpha * s + base;
      x[v] = xv;
      err += Math.abs(xv - (last[v] as number));
    }
    if (err < n * tol) return x;
  }
  return x;
}

/**
 * Freeman centralization of NetworkX-normalised scores: sum(max - c_i) over
 * its value for a star of n nodes; 0 when n < 3.
 */
export function centralization(values: ArrayLike<number>, n: number, kind: "degree" | "betweenness"): number {
  if (n < 3) return 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, values[i] as number);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - (values[i] as number);
  // A star is the extreme case: with degree / (n-1) its centre scores 1 and
  // the n-1 leaves 1/(n-1), giving n-2; for betweenness the leaves score 0.
  const star = kind === "degree" ? n - 2 : n - 1;
  return sum / star;
}
