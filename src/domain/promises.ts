/** Where a promise of the ledger stands. */
export const PROMISE_STATES = ["open", "kept", "renegotiated", "not_kept"] as const;
export type PromiseState = (typeof PROMISE_STATES)[number];

/**
 * The structural factors of commitment (DOMAIN.md: barriers and enablers,
 * estäjät ja mahdollistajat). Barriers are named when a promise is not kept
 * or is renegotiated, enablers when it is kept.
 */
export const STRUCTURAL_FACTORS = ["time", "mandate", "money", "skills", "information", "other"] as const;
export type StructuralFactor = (typeof STRUCTURAL_FACTORS)[number];

export type FactorKind = "barrier" | "enabler";

export interface PromiseOutcome {
  state: PromiseState;
  /** The latest agreed due date, YYYY-MM-DD: renegotiating moves it. */
  dueOn: string;
  /** The day the promise was marked kept or not kept, YYYY-MM-DD; null while it is not closed. */
  closedOn: string | null;
  /** How many times the promise has been renegotiated. */
  renegotiations: number;
}

export interface KeepingRate {
  total: number;
  keptOnTime: number;
  keptLate: number;
  renegotiated: number;
  notKept: number;
  open: number;
  /** Open promises whose due date has passed. */
  overdue: number;
  /** Between 0 and 1; null when no promise has an outcome yet. */
  rate: number | null;
}

/** Whether a value is one of the promise states. */
export const isPromiseState = (value: unknown): value is PromiseState => PROMISE_STATES.includes(value as PromiseState);

/** Whether a value is one of the structural factors. */
export const isStructuralFactor = (value: unknown): value is StructuralFactor => STRUCTURAL_FACTORS.includes(value as StructuralFactor);

/** Which kind of factor a promise in a state may name: enablers when kept, barriers when not kept or renegotiated, none while open. */
export function factorKindFor(state: PromiseState): FactorKind | null {
  if (state === "kept") return "enabler";
  if (state === "not_kept" || state === "renegotiated") return "barrier";
  return null;
}

/**
 * The keeping rate of a set of promises on a given day.
 *
 * Every promise falls into exactly one of keptOnTime, keptLate, renegotiated,
 * notKept and open, so they add up to total:
 * - kept: on time when closedOn ≤ dueOn (the latest due date, so a promise
 *   renegotiated and then kept by its new date is kept on time), late otherwise;
 *   a kept promise without closedOn counts as on time;
 * - renegotiated: renegotiated at least once and not (yet) closed as kept or
 *   not kept;
 * - open: never renegotiated and not closed.
 * rate = (keptOnTime + keptLate + renegotiated) / (total − open): renegotiating
 * in time is keeping one's word too, and promises still open have no outcome
 * yet. It is null when total − open is 0. overdue counts the open promises
 * whose dueOn is before today (renegotiated ones are not counted). Dates are
 * YYYY-MM-DD, which compare as strings.
 */
export function keepingRate(promises: PromiseOutcome[], today: string): KeepingRate {
  const result: KeepingRate = {
    total: promises.length,
    keptOnTime: 0,
    keptLate: 0,
    renegotiated: 0,
    notKept: 0,
    open: 0,
    overdue: 0,
    rate: null,
  };
  for (const p of promises) {
    if (p.state === "kept") {
      if (p.closedOn !== null && p.closedOn > p.dueOn) result.keptLate++;
      else result.keptOnTime++;
    } else if (p.state === "not_kept") {
      result.notKept++;
    } else if (p.state === "renegotiated" || p.renegotiations > 0) {
      result.renegotiated++;
    } else {
      result.open++;
      if (p.dueOn < today) result.overdue++;
    }
  }
  const withOutcome = result.total - result.open;
  result.rate = withOutcome === 0 ? null : (result.keptOnTime + result.keptLate + result.renegotiated) / withOutcome;
  return result;
}

const MOVES: Record<PromiseState, readonly PromiseState[]> = {
  open: ["kept", "not_kept", "renegotiated"],
  // Renegotiating again is allowed: each time sets a new due date or new content.
  renegotiated: ["kept", "not_kept", "renegotiated"],
  kept: [],
  not_kept: [],
};

/** Which state changes are allowed: open → kept | not_kept | renegotiated; renegotiated → kept | not_kept | renegotiated; kept and not_kept are final. */
export function canMoveTo(from: PromiseState, to: PromiseState): boolean {
  return MOVES[from]?.includes(to) ?? false;
}

type FactorCount = { factor: StructuralFactor; count: number };

/** Factors named at least once, most common first; ties in the order of STRUCTURAL_FACTORS so the list is stable. */
function ranked(counts: Map<StructuralFactor, number>): FactorCount[] {
  return STRUCTURAL_FACTORS.filter((f) => counts.has(f))
    .map((factor) => ({ factor, count: counts.get(factor) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/** Counts of barriers and enablers named across promises, most common first. */
export function factorCounts(entries: { kind: FactorKind; factor: StructuralFactor }[]): {
  barriers: FactorCount[];
  enablers: FactorCount[];
} {
  const barriers = new Map<StructuralFactor, number>();
  const enablers = new Map<StructuralFactor, number>();
  for (const { kind, factor } of entries) {
    const counts = kind === "barrier" ? barriers : enablers;
    counts.set(factor, (counts.get(factor) ?? 0) + 1);
  }
  return { barriers: ranked(barriers), enablers: ranked(enablers) };
}
