// The seeded random graphs of the SNA benchmarks (bench/sna.ts, bench/snaCores.ts), in a module of their own so
// that both can use them without importing each other.
import fs from "node:fs";
import { seededRandom } from "../src/domain/random.ts";
import type { EdgeInput } from "../src/domain/sna/index.ts";

export interface GraphSpec {
  name: string;
  nodes: number;
  edges: number;
  communities: number;
}

export const SEED = 20261127;
/** Share of ties inside a community, and chance that a tie is returned. */
export const P_INSIDE = 0.8;
export const P_RECIPROCATE = 0.25;

/** Index i with cumulative[i - 1] <= x < cumulative[i], searching [lo, hi). */
function pick(cumulative: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A directed stochastic block model with uneven community sizes and
 * heavy-tailed activity (a few organisations tie to many), some returned ties
 * and integer weights 1–5: closer to a real collaboration network than G(n, m).
 */
export function plantedPartition(spec: GraphSpec, seed: number): { ids: string[]; edges: EdgeInput[] } {
  const { nodes: n, edges: m, communities: k } = spec;
  const random = seededRandom(seed);
  const shares = Array.from({ length: k }, () => 0.5 + random());
  const totalShare = shares.reduce((a, b) => a + b, 0);
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++)
    start[c + 1] = Math.min(n, (start[c] as number) + Math.max(2, Math.round((n * (shares[c] as number)) / totalShare)));
  start[k] = n;
  const communityOf = new Int32Array(n);
  for (let c = 0; c < k; c++) for (let i = start[c] as number; i < (start[c + 1] as number); i++) communityOf[i] = c;
  // Pareto(2.5) activity capped at 10: heavy-tailed but no node that would fill its own community.
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += Math.min(10, (1 - random()) ** (-1 / 1.5));
    cumulative[i] = sum;
  }
  const total = sum;
  const seen = new Set<number>();
  const edges: EdgeInput[] = [];
  const add = (s: number, t: number) => {
    const key = s * n + t;
    if (s === t || seen.has(key)) return false;
    seen.add(key);
    edges.push({ source: String(s), target: String(t), weight: 1 + Math.floor(random() * 5) });
    return true;
  };
  for (let attempts = 0; edges.length < m; attempts++) {
    if (attempts > 100 * m) throw new Error(`cannot place ${m} edges on ${n} nodes`);
    const s = pick(cumulative, 0, n, random() * total);
    let t: number;
    if (random() < P_INSIDE) {
      const c = communityOf[s] as number;
      const lo = start[c] as number;
      const hi = start[c + 1] as number;
      const base = lo === 0 ? 0 : (cumulative[lo - 1] as number);
      t = pick(cumulative, lo, hi, base + random() * ((cumulative[hi - 1] as number) - base));
    } else {
      t = pick(cumulative, 0, n, random() * total);
    }
    if (add(s, t) && edges.length < m && random() < P_RECIPROCATE) add(t, s);
  }
  return { ids: Array.from({ length: n }, (_, i) => String(i)), edges };
}

/** Writes a graph as `solmu analyze` and the Python references read it: source,target,weight. */
export function writeEdgeList(file: string, edges: readonly EdgeInput[]) {
  const lines = ["source,target,weight"];
  for (const e of edges) lines.push(`${e.source},${e.target},${e.weight ?? 1}`);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}
