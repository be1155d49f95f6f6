import { mulberry32 } from "./random.ts";

/**
 * Learning-café seating: who sits at which table in each round, so that
 * people meet as many new faces as possible and colleagues are spread out.
 *
 * A greedy construction seats people round by round, then simulated annealing
 * swaps two people between tables of one round (or moves one person from a
 * larger to a smaller table, which keeps the sizes balanced). Every candidate
 * move is scored incrementally from a per-pair "rounds seated together"
 * counter, so one evaluation costs O(table size) and the search runs on
 * typed arrays only. Memory is about 5·n² bytes, fine for a few thousand people.
 */

export interface SeatingInput {
  /** Participants by index 0..n-1; organisation index per person (or -1 for none). */
  organisation: Int32Array | number[];
  /** Pairs who already know each other (the service passes mutual ties of a closed survey round, decision 014), as [a, b] index pairs. */
  known: Array<[number, number]>;
  /** Pairs who have already sat together in earlier meetings (optional). */
  alreadyMet?: Array<[number, number]>;
  /** Number of tables (≥ 1). */
  tables: number;
  /** Number of rounds (≥ 1). */
  rounds: number;
  /** Optional host per table who stays at that table every round: hosts[t] = person index or -1. */
  hosts?: number[];
  seed?: number;
  /** Wall-clock budget for the whole call in milliseconds (default 800); the search stops early when it runs out. */
  deadlineMs?: number;
}

export interface SeatingPlan {
  /** assignment[round][person] = table index. */
  assignment: number[][];
  /** New acquaintances created: distinct unordered pairs who sit at the same table in at least one round and neither know each other nor have met before. */
  newPairs: number;
  /** An upper bound on newPairs for these sizes (see `upperBound` below). */
  upperBound: number;
  /** newPairs / upperBound (1 when upperBound is 0). */
  ratio: number;
  /** Pairs of the same organisation seated together (summed over rounds) — lower is better mixing. */
  sameOrganisationPairs: number;
}

/** Input that cannot be seated; `code` says why, the message is English. */
export class SeatingError extends Error {
  constructor(
    readonly code: "too_many_tables" | "no_participants" | "bad_host" | "bad_input",
    message: string,
  ) {
    super(message);
    this.name = "SeatingError";
  }
}

const DEFAULT_DEADLINE_MS = 800;
// Deterministic effort: the annealing length scales with the number of seats to
// fill, so a given seed gives the same plan on any machine unless the deadline hits first.
const ITERATIONS_PER_SEAT = 1_000;
// Counts live in a Uint16Array.
const MAX_ROUNDS = 65_535;
// The pair tables take about 5·n² bytes (80 MB here), and the search's random indices assume n < 2¹⁶.
const MAX_PARTICIPANTS = 4_000;

/** Validated input: flat typed arrays that the scorer and the search share. */
interface Problem {
  n: number;
  tables: number;
  rounds: number;
  /** Organisation per person, -1 for none. */
  org: Int32Array;
  /** n·n, symmetric: 1 when the pair neither knows each other nor has met, so sitting together would be new. */
  eligible: Uint8Array;
  /** Table hosted by each person, or -1. */
  hostTable: Int32Array;
  /** Host of each table, or -1. */
  tableHost: Int32Array;
  /** Balanced sizes: every table seats `base`, and `extra` of them one more. */
  base: number;
  extra: number;
}

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);

function prepare(input: SeatingInput): Problem {
  const { organisation, tables, rounds } = input;
  if (!organisation || typeof organisation.length !== "number") throw new SeatingError("bad_input", "organisation must be an array");
  const n = organisation.length;
  if (n === 0) throw new SeatingError("no_participants", "there are no participants to seat");
  if (n > MAX_PARTICIPANTS) throw new SeatingError("bad_input", `at most ${MAX_PARTICIPANTS} participants can be seated`);
  if (!isInt(tables) || tables < 1) throw new SeatingError("bad_input", "tables must be a positive integer");
  if (!isInt(rounds) || rounds < 1 || rounds > MAX_ROUNDS)
    throw new SeatingError("bad_input", `rounds must be an integer from 1 to ${MAX_ROUNDS}`);
  if (tables > n) throw new SeatingError("too_many_tables", `${tables} tables for ${n} participants would leave tables empty`);

  const org = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const o = organisation[i];
    if (!isInt(o)) throw new SeatingError("bad_input", `organisation of participant ${i} is not an integer`);
    org[i] = o < 0 ? -1 : o;
  }

  const eligible = new Uint8Array(n * n).fill(1);
  for (let i = 0; i < n; i++) eligible[i * n + i] = 0;
  const exclude = (pairs: Array<[number, number]> | undefined, what: string) => {
    if (pairs === undefined) return;
    if (!Array.isArray(pairs)) throw new SeatingError("bad_input", `${what} must be an array of pairs`);
    for (const pair of pairs) {
      const a = pair?.[0];
      const b = pair?.[1];
      if (!isInt(a) || !isInt(b) || a < 0 || b < 0 || a >= n || b >= n)
        throw new SeatingError("bad_input", `${what} has a pair outside participants 0..${n - 1}`);
      eligible[a * n + b] = 0;
      eligible[b * n + a] = 0;
    }
  };
  exclude(input.known, "known");
  exclude(input.alreadyMet, "alreadyMet");

  const hostTable = new Int32Array(n).fill(-1);
  const tableHost = new Int32Array(tables).fill(-1);
  const hosts = input.hosts ?? [];
  if (!Array.isArray(hosts) || hosts.length > tables)
    throw new SeatingError("bad_host", `hosts must list at most one host per table (${tables})`);
  for (let t = 0; t < hosts.length; t++) {
    const h = hosts[t];
    if (h === -1) continue;
    if (!isInt(h) || h < 0 || h >= n) throw new SeatingError("bad_host", `host of table ${t} is not a participant index`);
    if ((hostTable[h] as number) >= 0)
      throw new SeatingError("bad_host", `participant ${h} hosts both table ${hostTable[h]} and table ${t}`);
    hostTable[h] = t;
    tableHost[t] = h;
  }

  return { n, tables, rounds, org, eligible, hostTable, tableHost, base: Math.floor(n / tables), extra: n % tables };
}

const pairs2 = (k: number) => (k * (k - 1)) / 2;

/** Fewest pairs that share a table when g people are spread over `tables` tables. */
const spread = (g: number, tables: number) => {
  const q = Math.floor(g / tables);
  const r = g % tables;
  return r * pairs2(q + 1) + (tables - r) * pairs2(q);
};

/**
 * Upper bound on new pairs: the minimum of
 * (1) seats: a round seats P = Σ over tables C(size, 2) pairs for the balanced
 *     sizes. From the second round on, each first-round table's people are spread
 *     over the tables again, so at least W = Σ over tables spread(size) of a
 *     round's pairs sat together in round one (when a table seats more people
 *     than there are tables): P + (rounds − 1)·(P − W);
 * (2) candidates: unordered pairs that are neither known nor already met, less
 *     those of two hosts, who never share a table;
 * (3) per person: nobody meets more than rounds·(largest table − 1) people, nor
 *     more than their own candidates, so ⌊Σ_i min(candidates_i, rounds·(⌈n/tables⌉ − 1)) / 2⌋.
 */
function upperBound(p: Problem): number {
  const { n, tables, rounds, eligible, hostTable, base, extra } = p;
  const perRound = extra * pairs2(base + 1) + (tables - extra) * pairs2(base);
  const repeated = extra * spread(base + 1, tables) + (tables - extra) * spread(base, tables);
  const seats = perRound + (rounds - 1) * (perRound - repeated);
  const perPersonCap = rounds * (base + (extra > 0 ? 1 : 0) - 1);
  let candidates = 0;
  let degreeSum = 0;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const iHost = (hostTable[i] as number) >= 0;
    let degree = 0;
    for (let j = 0; j < n; j++) if (eligible[row + j] === 1 && !(iHost && (hostTable[j] as number) >= 0)) degree++;
    candidates += degree;
    degreeSum += Math.min(degree, perPersonCap);
  }
  return Math.min(seats, candidates / 2, Math.floor(degreeSum / 2));
}

/** Same-organisation pairs no seating can avoid: each organisation spread as evenly as the tables allow. */
function sameOrganisationFloor(p: Problem): number {
  const sizes = new Map<number, number>();
  for (const o of p.org) if (o >= 0) sizes.set(o, (sizes.get(o) ?? 0) + 1);
  let floor = 0;
  for (const g of sizes.values()) floor += spread(g, p.tables);
  return floor * p.rounds;
}

/** Scores a flat assignment (tableOf[round·n + person]). */
function score(p: Problem, tableOf: Int32Array): { newPairs: number; sameOrganisationPairs: number } {
  const { n, tables, rounds, org, eligible } = p;
  const seen = new Uint8Array(n * n);
  const start = new Int32Array(tables + 1);
  const order = new Int32Array(n);
  let newPairs = 0;
  let sameOrganisationPairs = 0;
  for (let r = 0; r < rounds; r++) {
    const off = r * n;
    // Counting sort of the round by table, so pairs are enumerated table by table.
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const t = (tableOf[off + i] as number) + 1;
      start[t] = (start[t] as number) + 1;
    }
    for (let t = 0; t < tables; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const fill = start.slice(0, tables);
    for (let i = 0; i < n; i++) {
      const t = tableOf[off + i] as number;
      order[fill[t] as number] = i;
      fill[t] = (fill[t] as number) + 1;
    }
    for (let t = 0; t < tables; t++) {
      const s0 = start[t] as number;
      const s1 = start[t + 1] as number;
      for (let x = s0; x < s1; x++) {
        const a = order[x] as number;
        const oa = org[a] as number;
        for (let y = x + 1; y < s1; y++) {
          const b = order[y] as number;
          if (oa >= 0 && org[b] === oa) sameOrganisationPairs++;
          const k = a < b ? a * n + b : b * n + a;
          if (eligible[k] === 1 && seen[k] === 0) {
            seen[k] = 1;
            newPairs++;
          }
        }
      }
    }
  }
  return { newPairs, sameOrganisationPairs };
}

/** Seats everyone for every round: greedy construction, then annealing within the deadline. */
function search(p: Problem, seed: number, deadline: number, bound: number): Int32Array {
  const { n, tables, rounds, org, eligible, tableHost, hostTable, base, extra } = p;
  const maxSize = base + (extra > 0 ? 1 : 0);
  // Score = K·new pairs − same-organisation pairs. K exceeds what one move can change the
  // latter by (4·(maxSize − 1)), so no single step gives up a new pair to separate colleagues.
  const K = 4 * maxSize + 1;
  const next = mulberry32(seed);

  const tableOf = new Int32Array(rounds * n);
  const pos = new Int32Array(rounds * n);
  const members = new Int32Array(rounds * tables * maxSize);
  const size = new Int32Array(rounds * tables);
  // Rounds each pair sits together in this plan, both (a,b) and (b,a).
  const count = new Uint16Array(n * n);

  // One byte per ordered pair so the hot loops read a single array: bit 1 = would be new, bit 2 = colleagues.
  const kind = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) {
    const oa = org[a] as number;
    for (let b = 0; b < n; b++) kind[a * n + b] = (eligible[a * n + b] as number) | (a !== b && oa >= 0 && org[b] === oa ? 2 : 0);
  }
  // What a's seat at table slot ts is worth with everyone there but `skip`: K for each pair that has sat
  // together `met` times (0 before a joins, 1 when only this seat made them meet), minus 1 for each colleague.
  const seatValue = (a: number, ts: number, met: number, skip: number) => {
    const row = a * n;
    const m0 = ts * maxSize;
    const m1 = m0 + (size[ts] as number);
    let g = 0;
    for (let x = m0; x < m1; x++) {
      const m = members[x] as number;
      const v = kind[row + m] as number;
      if (v === 0 || m === skip) continue;
      if ((v & 1) === 1 && count[row + m] === met) g += K;
      if ((v & 2) === 2) g -= 1;
    }
    return g;
  };
  // Score change if a joins table slot ts (round r), where `skip` is leaving: new pairs it would create minus colleagues met.
  const joinGain = (a: number, ts: number, skip: number) => seatValue(a, ts, 0, skip);
  // Score lost if a leaves its table slot ts: pairs met only here, minus colleagues left behind (a itself counts as neither).
  const leaveLoss = (a: number, ts: number) => seatValue(a, ts, 1, -1);
  const bump = (a: number, ts: number, delta: number) => {
    const m0 = ts * maxSize;
    const m1 = m0 + (size[ts] as number);
    for (let x = m0; x < m1; x++) {
      const m = members[x] as number;
      if (m === a) continue;
      count[a * n + m] = (count[a * n + m] as number) + delta;
      count[m * n + a] = (count[m * n + a] as number) + delta;
    }
  };
  const seat = (r: number, a: number, t: number) => {
    const ts = r * tables + t;
    bump(a, ts, 1);
    const s = size[ts] as number;
    members[ts * maxSize + s] = a;
    pos[r * n + a] = s;
    size[ts] = s + 1;
    tableOf[r * n + a] = t;
  };
  const unseat = (r: number, a: number) => {
    const ts = r * tables + (tableOf[r * n + a] as number);
    const s = (size[ts] as number) - 1;
    const slot = ts * maxSize;
    const at = pos[r * n + a] as number;
    const last = members[slot + s] as number;
    members[slot + at] = last;
    pos[r * n + last] = at;
    size[ts] = s;
    bump(a, ts, -1);
  };

  const movable = Int32Array.from({ length: n }, (_, i) => i).filter((i) => hostTable[i] === -1);
  const M = movable.length;

  // Greedy: since a round always holds the same number of pairs, maximising new
  // pairs means seating each person where they waste the fewest; ties go to the
  // emptiest table so that later people keep choices.
  const order = movable.slice();
  const capacity = new Int32Array(tables);
  for (let r = 0; r < rounds; r++) {
    for (let t = 0; t < tables; t++) {
      // Rotating which tables are larger keeps hosts' tables from always being the crowded ones.
      capacity[t] = base + ((t - r + rounds * tables) % tables < extra ? 1 : 0);
      const h = tableHost[t] as number;
      if (h >= 0) seat(r, h, t);
    }
    for (let i = M - 1; i > 0; i--) {
      const j = next() % (i + 1);
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    const offset = next() % tables;
    for (let i = 0; i < M; i++) {
      const a = order[i] as number;
      let bestT = -1;
      let bestCost = 0;
      let bestFree = 0;
      for (let k = 0; k < tables; k++) {
        const t = (k + offset) % tables;
        const ts = r * tables + t;
        const free = (capacity[t] as number) - (size[ts] as number);
        if (free <= 0) continue;
        const cost = K * (size[ts] as number) - joinGain(a, ts, -1);
        if (bestT < 0 || cost < bestCost || (cost === bestCost && free > bestFree)) {
          bestT = t;
          bestCost = cost;
          bestFree = free;
        }
      }
      seat(r, a, bestT);
    }
  }

  if (tables < 2 || M < 2) return tableOf;

  let current = 0;
  {
    const s = score(p, tableOf);
    current = K * s.newPairs - s.sameOrganisationPairs;
  }
  // Nothing can beat every bound pair with only unavoidable colleague pairs.
  const ideal = K * bound - sameOrganisationFloor(p);
  let best = current;
  let bestSaved = true;
  const bestTableOf = tableOf.slice();

  const budget = ITERATIONS_PER_SEAT * M * rounds;
  // Temperatures in score units: start where losing a new pair is sometimes accepted, end where only colleague shuffles are.
  const t0 = 0.25 * K;
  const t1 = 0.2;
  const annealStart = performance.now();
  const span = Math.max(1, deadline - annealStart);
  let temperature = t0;
  let x = next() | 1;
  for (let iter = 0; iter < budget && current < ideal; iter++) {
    if ((iter & 1023) === 0) {
      const now = performance.now();
      if (now > deadline) break;
      // Cool by whichever runs out first, iterations or time, so a tight deadline still ends cold.
      temperature = t0 * (t1 / t0) ** Math.max(iter / budget, (now - annealStart) / span);
    }
    // xorshift32 kept inline in a local, so that rejected moves, the vast majority, make no calls but the gain loops.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const r = ((x >>> 16) * rounds) >>> 16;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const a = movable[((x >>> 16) * M) >>> 16] as number;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const b = movable[((x >>> 16) * M) >>> 16] as number;
    const ra = r * n + a;
    const rb = r * n + b;
    const A = tableOf[ra] as number;
    const B = tableOf[rb] as number;
    if (A === B) continue;
    const As = r * tables + A;
    const Bs = r * tables + B;
    const sizeA = size[As] as number;
    const sizeB = size[Bs] as number;
    // Moving one person from a larger to a smaller table keeps sizes within one of each other.
    const move = sizeA !== sizeB && (x & 1024) === 0;
    let delta: number;
    if (move) {
      if (sizeA > sizeB) delta = joinGain(a, Bs, -1) - leaveLoss(a, As);
      else delta = joinGain(b, As, -1) - leaveLoss(b, Bs);
    } else {
      delta = joinGain(a, Bs, b) - leaveLoss(a, As) + joinGain(b, As, a) - leaveLoss(b, Bs);
    }
    if (delta < 0) {
      // exp(-20) is below one in 4·10⁸: reject without computing it, which is most rejections.
      if (delta < -20 * temperature) continue;
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      if ((x >>> 0) / 4294967296 >= Math.exp(delta / temperature)) continue;
      if (!bestSaved && current === best) {
        bestTableOf.set(tableOf);
        bestSaved = true;
      }
    }
    if (move) {
      if (sizeA > sizeB) {
        unseat(r, a);
        seat(r, a, B);
      } else {
        unseat(r, b);
        seat(r, b, A);
      }
    } else {
      unseat(r, a);
      unseat(r, b);
      seat(r, a, B);
      seat(r, b, A);
    }
    current += delta;
    if (current > best) {
      best = current;
      bestSaved = false;
    }
  }
  return current >= best ? tableOf : bestTableOf;
}

/** Seats everyone at one table per round, balanced and with hosts fixed, maximising new acquaintances. */
export function planSeating(input: SeatingInput): SeatingPlan {
  const started = performance.now();
  const p = prepare(input);
  const budgetMs = input.deadlineMs ?? DEFAULT_DEADLINE_MS;
  if (typeof budgetMs !== "number" || !(budgetMs >= 0)) throw new SeatingError("bad_input", "deadlineMs must be a non-negative number");
  const bound = upperBound(p);
  const deadline = started + budgetMs;
  const tableOf = search(p, input.seed ?? 1, deadline, bound);
  const { newPairs, sameOrganisationPairs } = score(p, tableOf);
  const assignment: number[][] = [];
  for (let r = 0; r < p.rounds; r++) assignment.push(Array.from(tableOf.subarray(r * p.n, (r + 1) * p.n)));
  return { assignment, newPairs, upperBound: bound, ratio: bound === 0 ? 1 : newPairs / bound, sameOrganisationPairs };
}

/** New pairs and same-organisation pairs of a given assignment[round][person] = table. */
export function scoreSeating(input: SeatingInput, assignment: number[][]): Omit<SeatingPlan, "assignment" | "upperBound" | "ratio"> {
  const p = prepare({ ...input, rounds: Array.isArray(assignment) ? Math.max(1, assignment.length) : 1 });
  if (!Array.isArray(assignment)) throw new SeatingError("bad_input", "assignment must be an array of rounds");
  const tableOf = new Int32Array(assignment.length * p.n);
  for (let r = 0; r < assignment.length; r++) {
    const row = assignment[r];
    if (!Array.isArray(row) || row.length !== p.n) throw new SeatingError("bad_input", `round ${r} must seat all ${p.n} participants`);
    for (let i = 0; i < p.n; i++) {
      const t = row[i];
      if (!isInt(t) || t < 0 || t >= p.tables) throw new SeatingError("bad_input", `round ${r} seats participant ${i} at no table`);
      tableOf[r * p.n + i] = t;
    }
  }
  return score({ ...p, rounds: assignment.length }, tableOf);
}
