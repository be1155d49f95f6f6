import { seededRandom } from "../random.ts";
import type { Graph } from "./graph.ts";

/** The undirected graph on the same nodes; a pair linked either way gets one edge weighing the sum of both directions. */
export function undirectedVersion(g: Graph): Graph {
  if (!g.directed) return g;
  const { n, outOffset, outTarget, outWeight, inOffset, inSource, inWeight } = g;
  // Every undirected neighbour comes from an out- or an in-edge, so their total bounds the storage.
  const capacity = outTarget.length + inSource.length;
  const offset = new Int32Array(n + 1);
  const target = new Int32Array(capacity);
  const weight = new Float64Array(capacity);
  // slot[v] is where v sits in the current node's list, so both directions land on one entry.
  const slot = new Int32Array(n).fill(-1);
  const sides = [
    [outOffset, outTarget, outWeight],
    [inOffset, inSource, inWeight],
  ] as const;
  let p = 0;
  for (let u = 0; u < n; u++) {
    const start = p;
    for (const [sideOffset, neighbour, sideWeight] of sides) {
      for (let e = sideOffset[u] as number, end = sideOffset[u + 1] as number; e < end; e++) {
        const v = neighbour[e] as number;
        let s = slot[v] as number;
        if (s < 0) {
          s = p++;
          slot[v] = s;
          target[s] = v;
        }
        weight[s] = (weight[s] as number) + (sideWeight[e] as number);
      }
    }
    for (let q = start; q < p; q++) slot[target[q] as number] = -1;
    offset[u + 1] = p;
  }
  const outT = target.slice(0, p);
  const outW = weight.slice(0, p);
  return {
    directed: false,
    n,
    ids: g.ids,
    edgeCount: p / 2,
    outOffset: offset,
    outTarget: outT,
    outWeight: outW,
    inOffset: offset,
    inSource: outT,
    inWeight: outW,
  };
}

/** Modularity of a partition, as NetworkX's community.modularity with weight="weight"; 0 on a graph without edges. */
export function modularity(g: Graph, community: Int32Array, resolution = 1): number {
  checkPartition(g, community);
  const { n, outOffset, outTarget, outWeight } = g;
  let k = 0;
  for (let i = 0; i < n; i++) k = Math.max(k, (community[i] as number) + 1);
  // Summing over stored (out-)edges gives 2m and twice L_c undirected, m and L_c directed; the ratios agree.
  const inside = new Float64Array(k);
  const outSum = new Float64Array(k);
  const inSum = new Float64Array(k);
  let total = 0;
  for (let u = 0; u < n; u++) {
    const cu = community[u] as number;
    for (let e = outOffset[u] as number, end = outOffset[u + 1] as number; e < end; e++) {
      const v = outTarget[e] as number;
      const w = outWeight[e] as number;
      total += w;
      outSum[cu] = (outSum[cu] as number) + w;
      const cv = community[v] as number;
      inSum[cv] = (inSum[cv] as number) + w;
      if (cv === cu) inside[cu] = (inside[cu] as number) + w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < k; c++) {
    q += (inside[c] as number) / total - (resolution * (outSum[c] as number) * (inSum[c] as number)) / (total * total);
  }
  return q;
}

/** For each node, how many of its neighbours lie in a community other than its own (more than zero makes it a broker). */
export function brokers(g: Graph, community: Int32Array): Int32Array {
  checkPartition(g, community);
  // A tie is a tie whichever way it points, and a reciprocated one is still one neighbour.
  const u = undirectedVersion(g);
  const { n, outOffset, outTarget } = u;
  const cross = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ci = community[i] as number;
    let count = 0;
    for (let e = outOffset[i] as number, end = outOffset[i + 1] as number; e < end; e++) {
      if (community[outTarget[e] as number] !== ci) count++;
    }
    cross[i] = count;
  }
  return cross;
}

/** The same threshold NetworkX's louvain_communities uses by default. */
const THRESHOLD = 1e-7;

/** Louvain communities (Blondel et al. 2008) as NetworkX's louvain_communities, numbered from 0 by size, largest first. */
export function louvain(g: Graph, options: { seed: number; resolution?: number }): Int32Array {
  const resolution = options.resolution ?? 1;
  // Solmu reads communities off the undirected ties, so a directed graph is collapsed first.
  const und = undirectedVersion(g);
  const n = und.n;
  // Seeded so that the same seed gives the same visiting order on every platform.
  const random = seededRandom(options.seed);
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;

  let level: Level = { n, offset: und.outOffset, target: und.outTarget, weight: und.outWeight, loop: new Float64Array(n) };
  let twoM = 0;
  for (let e = 0; e < level.weight.length; e++) twoM += level.weight[e] as number;
  if (!(twoM > 0)) return renumberBySize(membership);

  let mod = singletonModularity(level, twoM, resolution);
  const work = new Workspace(n);
  for (;;) {
    const { community, count } = moveNodes(level, twoM, resolution, random, work);
    for (let i = 0; i < n; i++) membership[i] = community[membership[i] as number] as number;
    const next = aggregate(level, community, count, work);
    const newMod = singletonModularity(next, twoM, resolution);
    // NetworkX keeps the partition from the level that failed to improve enough, then stops.
    if (newMod - mod <= THRESHOLD || count === level.n) break;
    mod = newMod;
    level = next;
  }
  return renumberBySize(membership);
}

/** One level of the Louvain hierarchy: a CSR graph without self-loops, which are kept apart in `loop`. */
interface Level {
  n: number;
  offset: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Self-loop weight of each node, counted once, as NetworkX stores it. */
  loop: Float64Array;
}

/** Scratch arrays reused across levels so the inner loops allocate nothing. */
class Workspace {
  /** Position of a community in the current neighbour list, or -1. */
  readonly slot: Int32Array;
  readonly coms: Int32Array;
  readonly weights: Float64Array;
  constructor(n: number) {
    this.slot = new Int32Array(n).fill(-1);
    this.coms = new Int32Array(n);
    this.weights = new Float64Array(n);
  }

  /** Adds w to community c's weight in the current list of `count` communities; returns the list's new length. */
  add(c: number, w: number, count: number): number {
    let s = this.slot[c] as number;
    if (s < 0) {
      s = count++;
      this.slot[c] = s;
      this.coms[s] = c;
      this.weights[s] = 0;
    }
    this.weights[s] = (this.weights[s] as number) + w;
    return count;
  }
}

function strengths(level: Level): Float64Array {
  const { n, offset, weight, loop } = level;
  const k = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 2 * (loop[u] as number);
    for (let e = offset[u] as number, end = offset[u + 1] as number; e < end; e++) s += weight[e] as number;
    k[u] = s;
  }
  return k;
}

/** Modularity with every node of the level alone; on an aggregated level that is the modularity of the partition it collapsed. */
function singletonModularity(level: Level, twoM: number, resolution: number): number {
  const k = strengths(level);
  let q = 0;
  for (let u = 0; u < level.n; u++) {
    const d = (k[u] as number) / twoM;
    q += (2 * (level.loop[u] as number)) / twoM - resolution * d * d;
  }
  return q;
}

/** The local moving phase; returns each node's community renumbered 0 .. count - 1. */
function moveNodes(
  level: Level,
  twoM: number,
  resolution: number,
  random: () => number,
  work: Workspace,
): { community: Int32Array; count: number } {
  const { n, offset, target, weight } = level;
  const { slot, coms, weights } = work;
  const k = strengths(level);
  const total = k.slice();
  const com = new Int32Array(n);
  for (let u = 0; u < n; u++) com[u] = u;
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[u] = u;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }

  let moves = 1;
  while (moves > 0) {
    moves = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i] as number;
      const cu = com[u] as number;
      const ku = k[u] as number;
      let count = 0;
      for (let e = offset[u] as number, end = offset[u + 1] as number; e < end; e++) {
        count = work.add(com[target[e] as number] as number, weight[e] as number, count);
      }
      total[cu] = (total[cu] as number) - ku;
      // NetworkX's gain times m, minus the constant cost of leaving cu: staying is the bar to beat, ties keep the node put.
      const scale = (resolution * ku) / twoM;
      const own = slot[cu] as number;
      let best = cu;
      let bestGain = (own >= 0 ? (weights[own] as number) : 0) - (total[cu] as number) * scale;
      for (let s = 0; s < count; s++) {
        const c = coms[s] as number;
        const gain = (weights[s] as number) - (total[c] as number) * scale;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
        slot[c] = -1;
      }
      total[best] = (total[best] as number) + ku;
      if (best !== cu) {
        com[u] = best;
        moves++;
      }
    }
  }

  // Renumber by old community index, as NetworkX's filter over its partition list does.
  const renumber = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) renumber[com[u] as number] = 0;
  let count = 0;
  for (let c = 0; c < n; c++) if (renumber[c] === 0) renumber[c] = count++;
  for (let u = 0; u < n; u++) com[u] = renumber[com[u] as number] as number;
  return { community: com, count };
}

/** Collapses each community into one node; ties between communities add up, ties inside become a self-loop. */
function aggregate(level: Level, community: Int32Array, count: number, work: Workspace): Level {
  const { n, offset, target, weight, loop } = level;
  const { slot, coms, weights } = work;
  // Counting sort of nodes by community, so each super-node's edges are gathered in one sweep.
  const start = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) {
    const c = (community[u] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let u = 0; u < n; u++) {
    const c = community[u] as number;
    const at = fill[c] as number;
    members[at] = u;
    fill[c] = at + 1;
  }

  const newOffset = new Int32Array(count + 1);
  const newTarget = new Int32Array(target.length);
  const newWeight = new Float64Array(target.length);
  const newLoop = new Float64Array(count);
  let p = 0;
  for (let c = 0; c < count; c++) {
    let inside = 0;
    let loops = 0;
    let found = 0;
    for (let m = start[c] as number, mEnd = start[c + 1] as number; m < mEnd; m++) {
      const u = members[m] as number;
      loops += loop[u] as number;
      for (let e = offset[u] as number, end = offset[u + 1] as number; e < end; e++) {
        const d = community[target[e] as number] as number;
        const w = weight[e] as number;
        if (d === c) inside += w;
        else found = work.add(d, w, found);
      }
    }
    for (let s = 0; s < found; s++) {
      const d = coms[s] as number;
      newTarget[p] = d;
      newWeight[p] = weights[s] as number;
      p++;
      slot[d] = -1;
    }
    newOffset[c + 1] = p;
    // Each inside edge was met from both ends.
    newLoop[c] = loops + inside / 2;
  }
  return { n: count, offset: newOffset, target: newTarget.slice(0, p), weight: newWeight.slice(0, p), loop: newLoop };
}

/** Numbers communities 0, 1, … by size descending, ties by smallest member, so output never depends on internals. */
function renumberBySize(membership: Int32Array): Int32Array {
  const n = membership.length;
  const size = new Int32Array(n);
  const first = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = membership[i] as number;
    size[c] = (size[c] as number) + 1;
    if (first[c] === -1) first[c] = i;
  }
  const used: number[] = [];
  for (let c = 0; c < n; c++) if ((size[c] as number) > 0) used.push(c);
  used.sort((a, b) => (size[b] as number) - (size[a] as number) || (first[a] as number) - (first[b] as number));
  const rank = new Int32Array(n);
  for (let r = 0; r < used.length; r++) rank[used[r] as number] = r;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = rank[membership[i] as number] as number;
  return out;
}

function checkPartition(g: Graph, community: Int32Array): void {
  if (community.length !== g.n) throw new RangeError(`community has ${community.length} entries for ${g.n} nodes`);
}
