/**
 * A graph in compressed sparse row form. Node i's out-neighbours are
 * outTarget[outOffset[i] .. outOffset[i + 1]) with weights outWeight at the
 * same positions; in-neighbours likewise. An undirected graph stores every
 * edge in both directions, so out- and in-adjacency are the same arrays.
 * Hot loops work on these typed arrays only, never on per-edge objects.
 */
export interface Graph {
  readonly directed: boolean;
  /** Number of nodes; nodes are 0 .. n - 1. */
  readonly n: number;
  /** The caller's id of each node, by index. */
  readonly ids: readonly string[];
  /** Distinct edges: an undirected edge counts once. Self-loops are dropped. */
  readonly edgeCount: number;
  readonly outOffset: Int32Array;
  readonly outTarget: Int32Array;
  readonly outWeight: Float64Array;
  readonly inOffset: Int32Array;
  readonly inSource: Int32Array;
  readonly inWeight: Float64Array;
}

export interface EdgeInput {
  source: string;
  target: string;
  /** Defaults to 1. */
  weight?: number;
}

const bump = (a: Int32Array, i: number) => {
  a[i] = (a[i] as number) + 1;
};

/**
 * Builds a graph from node ids and edges. Edges may name nodes missing from
 * `nodes`; they are added in order of first appearance. A repeated edge keeps
 * the last weight (as NetworkX's add_edge does); self-loops are dropped.
 */
export function buildGraph(nodes: readonly string[], edges: readonly EdgeInput[], directed: boolean): Graph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of nodes) indexOf(id);

  // Deduplicate with a key per ordered (or, undirected, unordered) pair.
  const weightOf = new Map<number, number>();
  const pairs: number[] = [];
  const resolved: Array<[number, number, number]> = [];
  for (const e of edges) resolved.push([indexOf(e.source), indexOf(e.target), e.weight ?? 1]);
  const n = ids.length;
  for (const [s, t, w] of resolved) {
    if (s === t) continue;
    const a = directed || s < t ? s : t;
    const b = directed || s < t ? t : s;
    const key = a * n + b;
    if (!weightOf.has(key)) pairs.push(key);
    weightOf.set(key, w);
  }

  const m = pairs.length;
  const stored = directed ? m : 2 * m;
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    bump(outCount, a + 1);
    bump(inCount, b + 1);
    if (!directed) {
      bump(outCount, b + 1);
      bump(inCount, a + 1);
    }
  }
  for (let i = 0; i < n; i++) {
    outCount[i + 1] = (outCount[i + 1] as number) + (outCount[i] as number);
    inCount[i + 1] = (inCount[i + 1] as number) + (inCount[i] as number);
  }
  const outOffset = outCount.slice();
  const inOffset = inCount.slice();
  const outTarget = new Int32Array(stored);
  const outWeight = new Float64Array(stored);
  const inSource = new Int32Array(stored);
  const inWeight = new Float64Array(stored);
  const outPos = outOffset.slice(0, n);
  const inPos = inOffset.slice(0, n);
  const place = (a: number, b: number, w: number) => {
    const o = outPos[a] as number;
    outPos[a] = o + 1;
    outTarget[o] = b;
    outWeight[o] = w;
    const p = inPos[b] as number;
    inPos[b] = p + 1;
    inSource[p] = a;
    inWeight[p] = w;
  };
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const w = weightOf.get(key) as number;
    place(a, b, w);
    if (!directed) place(b, a, w);
  }
  return { directed, n, ids, edgeCount: m, outOffset, outTarget, outWeight, inOffset, inSource, inWeight };
}
