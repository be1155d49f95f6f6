/**
 * Who is a broker: a node whose position is unusual in its own network, not
 * anyone with one tie into another group (section 4 of docs/analysis.md).
 * Both thresholds come from the network's own distribution over the nodes
 * that have ties, so a dense network and a sparse one are each judged by
 * their own standard.
 */

/** Linear-interpolation quantile of sorted values (NumPy's default, R's type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const m = sorted.length;
  if (m === 0) return Number.NaN;
  const h = (m - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** Figures equal in exact arithmetic may differ in the last bits; such a difference is not "above". */
const EPSILON = 1e-12;

export interface BrokerThresholds {
  /** Twice the mean betweenness of the nodes with ties. A broker's betweenness is above it. */
  betweennessAbove: number;
  /** The median constraint of the nodes with ties. A broker's constraint is below it. */
  constraintBelow: number;
}

export interface BrokerInput {
  betweenness: ArrayLike<number>;
  /** NaN for a node without ties. */
  constraint: ArrayLike<number>;
}

/**
 * A broker stands out on Freeman's and Burt's counts at once: its betweenness
 * is more than twice the network's mean (it lies on an unusual share of the
 * shortest paths) and its constraint is below the network's median (its
 * contacts are not tied to each other, so it spans a structural hole). Since
 * the betweenness values sum to n times their mean, fewer than half of the
 * nodes can ever exceed twice it; in practice a handful do. Nodes without
 * ties are neither counted nor judged.
 */
export function findBrokers(input: BrokerInput): { broker: boolean[]; thresholds: BrokerThresholds | null } {
  const n = input.betweenness.length;
  const tied: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(input.constraint[i] as number)) tied.push(i);
  const broker = new Array<boolean>(n).fill(false);
  if (tied.length === 0) return { broker, thresholds: null };
  let total = 0;
  for (const i of tied) total += input.betweenness[i] as number;
  const con = Float64Array.from(tied, (i) => input.constraint[i] as number).sort();
  const thresholds = { betweennessAbove: (2 * total) / tied.length, constraintBelow: quantile(con, 0.5) };
  for (const i of tied) {
    const b = input.betweenness[i] as number;
    broker[i] =
      b > EPSILON && b > thresholds.betweennessAbove + EPSILON && (input.constraint[i] as number) < thresholds.constraintBelow - EPSILON;
  }
  return { broker, thresholds };
}
