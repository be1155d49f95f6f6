import { seededRandom } from "../random.ts";
import type { Graph } from "./graph.ts";

/**
 * Betweenness and harmonic closeness: one breadth-first search per source (Brandes), summed over the
 * sources. The sources are cut into fixed blocks, each block is summed on its own from zero, and the
 * blocks' sums are added in block order. The blocks depend only on the number of sources, never on how
 * many threads share them, so a pool of workers (src/services/snaPool.ts) that hands blocks out in any
 * order and adds them back in block order gets the very same bits as one thread running them in a row.
 */

/** The out-adjacency the searches read: all a worker needs of a graph. */
export type PathGraph = Pick<Graph, "n" | "outOffset" | "outTarget">;

export interface PathFigures {
  /** NetworkX betweenness_centrality, normalised, unweighted. */
  betweenness: Float64Array;
  /** NetworkX harmonic_centrality, unweighted, not normalised. */
  closeness: Float64Array;
}

/** Which sources to search and how they are cut into blocks. */
export interface PathPlan {
  /** The sources, in the order they are searched. */
  sources: Int32Array;
  /** Block b is sources[starts[b] .. starts[b + 1]). */
  starts: Int32Array;
  /** n / sources searched when sampling (Brandes–Pich), else 1. */
  scale: number;
}

/** Blocks are at least this many sources: a small graph is one block, summed exactly as before blocks. */
const MIN_BLOCK = 64;
/** At most this many blocks: enough to keep a few workers evenly busy, few enough that adding them up costs nothing. */
const MAX_BLOCKS = 64;

/**
 * The plan for every source (exact figures), or for `sample` sources drawn without replacement with
 * the seeded generator (Brandes–Pich; the estimate is scaled by n / sample). A sample of n or more is
 * every source.
 */
export function planPaths(n: number, sample?: { count: number; seed: number }): PathPlan {
  let sources: Int32Array;
  let scale = 1;
  if (sample && sample.count < n) {
    // Partial Fisher–Yates: the first `count` places of a shuffle, then sorted so that searches run in node order.
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const random = seededRandom(sample.seed);
    for (let i = 0; i < sample.count; i++) {
      const j = i + Math.floor(random() * (n - i));
      const t = all[i] as number;
      all[i] = all[j] as number;
      all[j] = t;
    }
    sources = all.slice(0, Math.max(0, sample.count)).sort();
    scale = sources.length === 0 ? 0 : n / sources.length;
  } else {
    sources = Int32Array.from({ length: n }, (_, i) => i);
  }
  const count = sources.length;
  const size = Math.max(MIN_BLOCK, Math.ceil(count / MAX_BLOCKS));
  const blocks = Math.ceil(count / size);
  const starts = new Int32Array(blocks + 1);
  for (let b = 0; b <= blocks; b++) starts[b] = Math.min(count, b * size);
  return { sources, starts, scale };
}

/** The working arrays of one thread's searches, allocated once and reused for every source. */
export interface PathScratch {
  dist: Int32Array;
  sigma: Float64Array;
  coef: Float64Array;
  order: Int32Array;
  succ: Int32Array;
  bound: Int32Array;
  inverse: Float64Array;
}

export function pathScratch(g: PathGraph): PathScratch {
  const { n } = g;
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    // coef[w] = (1 + delta[w]) / sigma[w]: lets the backward pass pull from
    // successors instead of keeping predecessor lists, with one division per node.
    coef: new Float64Array(n),
    // BFS queue; read backwards it is Brandes' stack (non-increasing distance).
    order: new Int32Array(n),
    // Shortest-path successors of the node at queue position p are
    // succ[bound[p] .. bound[p + 1]): recording them in the forward pass spares
    // the backward pass a second scan of every edge and its distance checks.
    succ: new Int32Array(g.outTarget.length),
    bound: new Int32Array(n + 1),
    inverse,
  };
}

/**
 * Adds block b's unscaled sums to `bc` and `closeness`, which the caller zeroes first: betweenness
 * as ordered-pair dependencies, closeness as Σ 1/d(s, u) over the block's sources s.
 */
export function searchBlock(
  g: PathGraph,
  plan: PathPlan,
  b: number,
  scratch: PathScratch,
  bc: Float64Array,
  closeness: Float64Array,
): void {
  const { outOffset, outTarget } = g;
  const { dist, sigma, coef, order, succ, bound, inverse } = scratch;
  const end = plan.starts[b + 1] as number;
  for (let k = plan.starts[b] as number; k < end; k++) {
    const s = plan.sources[k] as number;
    if ((outOffset[s] as number) === (outOffset[s + 1] as number)) continue;
    let head = 0;
    let tail = 1;
    let ptr = 0;
    order[0] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const dn = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const e1 = outOffset[v + 1] as number;
      for (let e = outOffset[v] as number; e < e1; e++) {
        const w = outTarget[e] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = dn;
          closeness[w] = (closeness[w] as number) + (inverse[dn] as number);
          sigma[w] = sv;
          order[tail++] = w;
          succ[ptr++] = w;
        } else if (dw === dn) {
          sigma[w] = (sigma[w] as number) + sv;
          succ[ptr++] = w;
        }
      }
      bound[head] = ptr;
    }
    // Deeper nodes sit later in the queue, so every successor's coef is final
    // before its predecessors read it.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i] as number;
      let sum = 0;
      const k1 = bound[i + 1] as number;
      for (let j = bound[i] as number; j < k1; j++) sum += coef[succ[j] as number] as number;
      const sv = sigma[v] as number;
      const delta = sv * sum;
      bc[v] = (bc[v] as number) + delta;
      coef[v] = (1 + delta) / sv;
    }
    // Resetting only what this source touched keeps sparse components cheap.
    for (let i = 0; i < tail; i++) dist[order[i] as number] = -1;
  }
}

/** Adds one block's sums into the running totals; blocks must come in block order. */
export function addBlock(total: PathFigures, bc: Float64Array, closeness: Float64Array): void {
  const { betweenness: tb, closeness: tc } = total;
  for (let i = 0; i < tb.length; i++) {
    tb[i] = (tb[i] as number) + (bc[i] as number);
    tc[i] = (tc[i] as number) + (closeness[i] as number);
  }
}

/** Turns the summed blocks into the figures, in place: NetworkX's normalisation and the sample's scale. */
export function finishPaths(total: PathFigures, plan: PathPlan): PathFigures {
  const { betweenness: bc, closeness } = total;
  const n = bc.length;
  // NetworkX scales both kinds by 1/((n-1)(n-2)): on an undirected graph each
  // unordered pair was counted from both ends, which the halved pair count cancels.
  if (n <= 2) bc.fill(0);
  else {
    const scale = plan.scale / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) bc[i] = (bc[i] as number) * scale;
  }
  if (plan.scale !== 1) for (let i = 0; i < n; i++) closeness[i] = (closeness[i] as number) * plan.scale;
  return total;
}

/**
 * Betweenness (NetworkX betweenness_centrality: normalised, unweighted) and harmonic closeness
 * (NetworkX harmonic_centrality: unweighted, sum over v of 1/d(v, u)) in this thread, from one
 * breadth-first search per source, since both need the same distances. With `sample`, both are
 * Brandes–Pich estimates from that many seeded random sources.
 */
export function pathFigures(g: PathGraph, options: { sample?: { count: number; seed: number } } = {}): PathFigures {
  return searchAll(g, planPaths(g.n, options.sample));
}

/** The path figures of a plan (planPaths) in this thread: every block in a row, added in block order. */
export function searchAll(g: PathGraph, plan: PathPlan): PathFigures {
  const scratch = pathScratch(g);
  const total = { betweenness: new Float64Array(g.n), closeness: new Float64Array(g.n) };
  const bc = new Float64Array(g.n);
  const closeness = new Float64Array(g.n);
  for (let b = 0; b + 1 < plan.starts.length; b++) {
    bc.fill(0);
    closeness.fill(0);
    searchBlock(g, plan, b, scratch, bc, closeness);
    addBlock(total, bc, closeness);
  }
  return finishPaths(total, plan);
}
