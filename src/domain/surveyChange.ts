import { TRUST_DIMENSIONS, type TrustDimension } from "./surveys.ts";

/**
 * Change between two rounds of a network's survey, tie by tie, node by node
 * and organisation by organisation (docs/analysis.md, "Change between
 * rounds"). Both rounds are at the same level, so a node is the same person
 * or organisation in each, known by its id.
 */

/** Means of ratings are compared as numbers: a difference below this is the rounding of two equal means, not a change. */
const EPSILON = 1e-9;

/** Whether a tie is in both rounds, only in the later one, or only in the earlier one. */
export const TIE_PRESENCES = ["new", "lost", "kept"] as const;
export type TiePresence = (typeof TIE_PRESENCES)[number];

/** Which way a kept tie's value moved. */
export const DIRECTIONS = ["strengthened", "weakened", "unchanged"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether a node is in both rounds, joined in the later one, or left after the earlier one. */
export const NODE_PRESENCES = ["both", "joined", "left"] as const;
export type NodePresence = (typeof NODE_PRESENCES)[number];

/** Whether a node became a broker (docs/analysis.md section 4), stopped being one, or neither. */
export const BROKER_CHANGES = ["gained", "lost", "unchanged"] as const;
export type BrokerChange = (typeof BROKER_CHANGES)[number];

/** A figure in the earlier and the later round and how it changed; the change is null unless both are known. */
export interface Change {
  before: number | null;
  after: number | null;
  change: number | null;
}

/** A figure's change: after − before when both rounds have it, else null. */
export function changeOf(before: number | null | undefined, after: number | null | undefined): Change {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a !== null && b !== null ? a - b : null };
}

const direction = (before: number, after: number): Direction =>
  after - before > EPSILON ? "strengthened" : before - after > EPSILON ? "weakened" : "unchanged";

/** A directed tie as a round's analysis holds it: knowing 1–3 and frequency 0–4 (means over raters at organisation level). */
export interface TieFigures {
  source: string;
  target: string;
  knowing: number;
  frequency: number;
}

export interface TieChange {
  source: string;
  target: string;
  presence: TiePresence;
  knowing: Change;
  frequency: Change;
  /** Which way knowing moved on a tie of both rounds; null for a new or lost tie. */
  knowingDirection: Direction | null;
  frequencyDirection: Direction | null;
}

const tieKey = (source: string, target: string) => `${source}>${target}`;

/**
 * Every tie of either round, identified by its source and target (a→b and b→a are two ties): the
 * later round's ties in its order, new or kept, then the earlier round's lost ties in theirs.
 */
export function tieChanges(before: TieFigures[], after: TieFigures[]): TieChange[] {
  const earlier = new Map(before.map((e) => [tieKey(e.source, e.target), e]));
  const later = new Set(after.map((e) => tieKey(e.source, e.target)));
  const out: TieChange[] = after.map((e) => {
    const b = earlier.get(tieKey(e.source, e.target));
    return {
      source: e.source,
      target: e.target,
      presence: b ? "kept" : "new",
      knowing: changeOf(b?.knowing, e.knowing),
      frequency: changeOf(b?.frequency, e.frequency),
      knowingDirection: b ? direction(b.knowing, e.knowing) : null,
      frequencyDirection: b ? direction(b.frequency, e.frequency) : null,
    };
  });
  for (const e of before) {
    if (later.has(tieKey(e.source, e.target))) continue;
    out.push({
      source: e.source,
      target: e.target,
      presence: "lost",
      knowing: changeOf(e.knowing, null),
      frequency: changeOf(e.frequency, null),
      knowingDirection: null,
      frequencyDirection: null,
    });
  }
  return out;
}

export interface TieChangeCounts {
  new: number;
  lost: number;
  kept: number;
  /** Among kept ties: how many are known better, less well, or the same. */
  knowing: Record<Direction, number>;
  /** Among kept ties: how many are worked on more often, less often, or as often. */
  frequency: Record<Direction, number>;
}

/** How many ties are new, lost and kept, and how the kept ones moved in knowing and frequency. */
export function countTieChanges(changes: TieChange[]): TieChangeCounts {
  const counts: TieChangeCounts = {
    new: 0,
    lost: 0,
    kept: 0,
    knowing: { strengthened: 0, weakened: 0, unchanged: 0 },
    frequency: { strengthened: 0, weakened: 0, unchanged: 0 },
  };
  for (const c of changes) {
    counts[c.presence]++;
    if (c.knowingDirection) counts.knowing[c.knowingDirection]++;
    if (c.frequencyDirection) counts.frequency[c.frequencyDirection]++;
  }
  return counts;
}

/** A node's position in one round. */
export interface NodeFigures {
  id: string;
  label: string;
  organisationName: string | null;
  inDegree: number;
  outDegree: number;
  betweenness: number;
  constraint: number | null;
  broker: boolean;
}

export interface NodeChange {
  id: string;
  label: string;
  organisationName: string | null;
  presence: NodePresence;
  inDegree: Change;
  outDegree: Change;
  betweenness: Change;
  constraint: Change;
  broker: { before: boolean | null; after: boolean | null; change: BrokerChange | null };
}

const brokerChange = (before: boolean, after: boolean): BrokerChange => (before === after ? "unchanged" : after ? "gained" : "lost");

/** How much a node's position moved, for ordering: its ties gained or lost, then its betweenness; a round it is missing from counts as nothing. */
const movement = (n: NodeChange) => {
  const degree = (side: "before" | "after") => (n.inDegree[side] ?? 0) + (n.outDegree[side] ?? 0);
  return [Math.abs(degree("after") - degree("before")), Math.abs((n.betweenness.after ?? 0) - (n.betweenness.before ?? 0))] as const;
};

/**
 * Each node's position in both rounds: degree in and out, betweenness, constraint and whether it is a
 * broker. Communities are left out: Louvain numbers its groups anew in each round. Ordered by how much
 * the position moved (the absolute change of in + out degree, then of betweenness), then by name.
 */
/**
 * Every id of either round with its item before and after: the later round's order first, then those
 * only in the earlier one. The newer item names it, as the reader knows it now.
 */
function pairById<T extends { id: string }>(before: T[], after: T[]) {
  const earlier = new Map(before.map((x) => [x.id, x]));
  const later = new Map(after.map((x) => [x.id, x]));
  const ids = [...after.map((x) => x.id), ...before.filter((x) => !later.has(x.id)).map((x) => x.id)];
  return ids.map((id) => {
    const b = earlier.get(id);
    const a = later.get(id);
    const presence: NodePresence = a && b ? "both" : a ? "joined" : "left";
    return { id, b, a, named: (a ?? b) as T, presence };
  });
}

export function nodeChanges(before: NodeFigures[], after: NodeFigures[], language = "fi"): NodeChange[] {
  const out = pairById(before, after).map(({ id, b, a, named, presence }): NodeChange => {
    return {
      id,
      label: named.label,
      organisationName: named.organisationName,
      presence,
      inDegree: changeOf(b?.inDegree, a?.inDegree),
      outDegree: changeOf(b?.outDegree, a?.outDegree),
      betweenness: changeOf(b?.betweenness, a?.betweenness),
      constraint: changeOf(b?.constraint, a?.constraint),
      broker: { before: b?.broker ?? null, after: a?.broker ?? null, change: a && b ? brokerChange(b.broker, a.broker) : null },
    };
  });
  const collator = new Intl.Collator(language);
  const keys = new Map(out.map((n) => [n.id, movement(n)]));
  return out.sort((x, y) => {
    const [dx, bx] = keys.get(x.id) as readonly [number, number];
    const [dy, by] = keys.get(y.id) as readonly [number, number];
    return dy - dx || by - bx || collator.compare(x.label, y.label);
  });
}

/** Trust received, per dimension: null below the minimum group size of raters (the round's analysis already made it so). */
export type ReceivedTrust = Record<TrustDimension, number | null>;

/** An organisation's figures in one round. */
export interface OrganisationFigures {
  id: string;
  name: string;
  kind: string;
  nodes: number;
  meanDegree: number;
  meanBetweenness: number;
  received: ReceivedTrust;
}

export interface OrganisationChange {
  id: string;
  name: string;
  kind: string;
  presence: NodePresence;
  nodes: Change;
  meanDegree: Change;
  meanBetweenness: Change;
  trust: Record<TrustDimension, Change>;
}

const trustOf = (b: ReceivedTrust | undefined, a: ReceivedTrust | undefined) =>
  Object.fromEntries(TRUST_DIMENSIONS.map((d) => [d, changeOf(b?.[d], a?.[d])])) as Record<TrustDimension, Change>;

/** Each organisation of either round with its size, mean degree, mean betweenness and received trust in both; ordered by name. */
export function organisationChanges(before: OrganisationFigures[], after: OrganisationFigures[], language = "fi"): OrganisationChange[] {
  const collator = new Intl.Collator(language);
  return pairById(before, after)
    .map(({ id, b, a, named, presence }): OrganisationChange => {
      return {
        id,
        name: named.name,
        kind: named.kind,
        presence,
        nodes: changeOf(b?.nodes, a?.nodes),
        meanDegree: changeOf(b?.meanDegree, a?.meanDegree),
        meanBetweenness: changeOf(b?.meanBetweenness, a?.meanBetweenness),
        trust: trustOf(b?.received, a?.received),
      };
    })
    .sort((x, y) => collator.compare(x.name, y.name));
}

/** A network-level mean of a round as released: hidden (and its mean null) below the minimum group size of raters. */
export interface ReleasedMean {
  mean: number | null;
  raters: number;
  hidden: boolean;
}

/**
 * The network's trust per dimension in both rounds. A round's value is used only when it was released
 * from at least the minimum group size of raters; the change only when both rounds have one.
 */
export function trustChange(
  before: Record<TrustDimension, ReleasedMean>,
  after: Record<TrustDimension, ReleasedMean>,
  minGroupSize: number,
): Record<TrustDimension, Change> {
  const released = (m: ReleasedMean) => (!m.hidden && m.raters >= minGroupSize ? m.mean : null);
  return Object.fromEntries(TRUST_DIMENSIONS.map((d) => [d, changeOf(released(before[d]), released(after[d]))])) as Record<
    TrustDimension,
    Change
  >;
}

/** The whole-network figures compared between rounds (docs/analysis.md section 3); communities are numbered anew each round. */
export const NETWORK_CHANGE_FIGURES = [
  "nodeCount",
  "edgeCount",
  "density",
  "reciprocity",
  "isolateCount",
  "brokerCount",
  "averageClustering",
  "betweennessCentralization",
] as const;
export type NetworkChangeFigure = (typeof NETWORK_CHANGE_FIGURES)[number];

/** Whole-network figures of one round; null where an older round lacks one. */
export type NetworkFigures = Record<NetworkChangeFigure, number | null>;

/** Each whole-network figure in both rounds and its change. */
export const networkChange = (before: NetworkFigures, after: NetworkFigures): Record<NetworkChangeFigure, Change> =>
  Object.fromEntries(NETWORK_CHANGE_FIGURES.map((k) => [k, changeOf(before[k], after[k])])) as Record<NetworkChangeFigure, Change>;
