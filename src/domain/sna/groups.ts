import type { Graph } from "./graph.ts";

/**
 * Figures about groups of nodes (organisations, kinds of organisation,
 * communities): Krackhardt and Stern's E-I index and Gould and Fernandez's
 * brokerage roles (section 4 of docs/analysis.md). NetworkX has neither; the
 * tests check them against hand-computed cases. A group is a number ≥ 0 per
 * node; −1 means the node's group is unknown, and it is left out.
 */

export interface EiCount {
  /** Ties to another group. */
  external: number;
  /** Ties inside the group. */
  internal: number;
  /** (E − I) / (E + I), from −1 (only inside) to 1 (only outside); null without ties. */
  index: number | null;
}

export interface EiFigures {
  /** Whole network: every tie between two known groups once. */
  network: EiCount & {
    /** The index if the same ties fell at random on all possible pairs: what "no preference" would give with these group sizes. */
    expected: number | null;
  };
  /** Per group number: ties with one end in the group are external, with both ends internal. */
  groups: Array<EiCount & { group: number; size: number }>;
  /** Per node, over its neighbours with a known group. */
  nodes: Array<number | null>;
}

const indexOf = (external: number, internal: number) => (external + internal === 0 ? null : (external - internal) / (external + internal));

/**
 * The E-I index (Krackhardt & Stern 1988) on the undirected ties: two people
 * are tied when either named the other, and a returned tie is one tie.
 */
export function eiIndex(u: Graph, group: ArrayLike<number>): EiFigures {
  if (u.directed) throw new Error("eiIndex reads the undirected version of a graph");
  const { n, outOffset, outTarget } = u;
  const sizes = new Map<number, number>();
  const ext = new Map<number, number>();
  const int = new Map<number, number>();
  const nodes: Array<number | null> = [];
  let external = 0;
  let internal = 0;
  for (let v = 0; v < n; v++) {
    const gv = group[v] as number;
    if (gv < 0) {
      nodes.push(null);
      continue;
    }
    sizes.set(gv, (sizes.get(gv) ?? 0) + 1);
    let e = 0;
    let i = 0;
    for (let k = outOffset[v] as number; k < (outOffset[v + 1] as number); k++) {
      const w = outTarget[k] as number;
      const gw = group[w] as number;
      if (gw < 0) continue;
      if (gw === gv) i++;
      else e++;
      // Each undirected tie is seen from both ends: count it for the network from its lower end only.
      if (v < w) {
        if (gw === gv) internal++;
        else external++;
      }
    }
    nodes.push(indexOf(e, i));
    ext.set(gv, (ext.get(gv) ?? 0) + e);
    // An internal tie is seen by both of its ends inside the group.
    int.set(gv, (int.get(gv) ?? 0) + i / 2);
  }
  let possibleInside = 0;
  let total = 0;
  for (const s of sizes.values()) {
    possibleInside += (s * (s - 1)) / 2;
    total += s;
  }
  const possibleOutside = (total * (total - 1)) / 2 - possibleInside;
  const groups = [...sizes.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([g, size]) => {
      const e = ext.get(g) ?? 0;
      const i = int.get(g) ?? 0;
      return { group: g, size, external: e, internal: i, index: indexOf(e, i) };
    });
  return {
    network: { external, internal, index: indexOf(external, internal), expected: indexOf(possibleOutside, possibleInside) },
    groups,
    nodes,
  };
}

export const BROKERAGE_ROLES = ["coordinator", "gatekeeper", "representative", "itinerant", "liaison"] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number>;

/**
 * Gould & Fernandez (1989) brokerage roles: for every two-path a → v → c with
 * a ≠ c and no tie a → c, v brokers in the role the three groups give:
 * coordinator (a, v, c in one group), itinerant (a and c in one group, v outside),
 * representative (a and v in one, c outside), gatekeeper (v and c in one, a
 * outside), liaison (all three different). Paths through a node of unknown group
 * are not counted. An undirected graph's ties run both ways.
 */
export function brokerageRoles(g: Graph, group: ArrayLike<number>): BrokerageCounts[] {
  const { n, outOffset, outTarget, inOffset, inSource } = g;
  const counts: BrokerageCounts[] = [];
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const c: BrokerageCounts = { coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0 };
    counts.push(c);
    const gv = group[v] as number;
    if (gv < 0) continue;
    for (let e = inOffset[v] as number; e < (inOffset[v + 1] as number); e++) {
      const a = inSource[e] as number;
      const ga = group[a] as number;
      if (ga < 0) continue;
      // stamp[t] === a marks t as a's successor; a stale mark of another node never equals a.
      for (let f = outOffset[a] as number; f < (outOffset[a + 1] as number); f++) stamp[outTarget[f] as number] = a;
      for (let f = outOffset[v] as number; f < (outOffset[v + 1] as number); f++) {
        const t = outTarget[f] as number;
        if (t === a || stamp[t] === a) continue;
        const gt = group[t] as number;
        if (gt < 0) continue;
        if (ga === gv && gv === gt) c.coordinator++;
        else if (ga === gt) c.itinerant++;
        else if (ga === gv) c.representative++;
        else if (gv === gt) c.gatekeeper++;
        else c.liaison++;
      }
    }
  }
  return counts;
}

/** Numbers each distinct group label from 0 in order of first appearance; null becomes −1. */
export function groupNumbers(labels: ReadonlyArray<string | null>): { group: Int32Array; names: string[] } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const group = new Int32Array(labels.length);
  labels.forEach((label, i) => {
    if (label === null) {
      group[i] = -1;
      return;
    }
    let k = index.get(label);
    if (k === undefined) {
      k = names.length;
      index.set(label, k);
      names.push(label);
    }
    group[i] = k;
  });
  return { group, names };
}

export interface LabelledEi {
  network: EiFigures["network"];
  groups: Array<EiCount & { name: string; size: number }>;
}

/** The E-I index of a graph's undirected ties by group labels (null: unknown), with each group named. */
export function eiByLabels(u: Graph, labels: ReadonlyArray<string | null>): LabelledEi {
  const { group, names } = groupNumbers(labels);
  const ei = eiIndex(u, group);
  return { network: ei.network, groups: ei.groups.map(({ group: g, ...rest }) => ({ name: names[g] as string, ...rest })) };
}
