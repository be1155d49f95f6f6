// Learning-café seating benchmark: plans seeded random cafés (organisations of 3–7 people whose members
// mostly know each other, about 8 acquaintances per person) and reports the median wall time of 5 runs
// with the plan's new pairs against its upper bound. Writes nothing; bench/run.ts decides what to keep.
import { seededRandom } from "../src/domain/random.ts";
import { planSeating, type SeatingInput } from "../src/domain/seating.ts";

interface Spec {
  people: number;
  tables: number;
  rounds: number;
}

const SPECS: Spec[] = [
  { people: 200, tables: 20, rounds: 4 },
  { people: 60, tables: 6, rounds: 3 },
];

const SEED = 20261127;
const RUNS = 5;
const KNOWN_PER_PERSON = 8;
/** Chance that two people of the same organisation know each other. */
const P_COLLEAGUE = 0.6;

/** A café whose acquaintances cluster in organisations, topped up with random ones to the target degree. */
export function generateCafe({ people: n, tables, rounds }: Spec, seed: number): SeatingInput {
  const random = seededRandom(seed);
  const organisation: number[] = [];
  for (let o = 0; organisation.length < n; o++) {
    const size = 3 + Math.floor(random() * 5);
    for (let i = 0; i < size && organisation.length < n; i++) organisation.push(o);
  }
  const seen = new Set<number>();
  const known: Array<[number, number]> = [];
  const add = (a: number, b: number) => {
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) return;
    seen.add(key);
    known.push([a, b]);
  };
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (organisation[a] === organisation[b] && random() < P_COLLEAGUE) add(a, b);
  while (known.length < (n * KNOWN_PER_PERSON) / 2) add(Math.floor(random() * n), Math.floor(random() * n));
  return { organisation, known, tables, rounds, seed };
}

/** Median wall time of planning each benchmark café, with the quality of the plan that took it. */
export async function seatingBench(): Promise<{ name: string; ms: number; newPairs: number; upperBound: number; ratio: number }[]> {
  const results: { name: string; ms: number; newPairs: number; upperBound: number; ratio: number }[] = [];
  for (const spec of SPECS) {
    const input = generateCafe(spec, SEED);
    const runs: { ms: number; newPairs: number; upperBound: number; ratio: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const plan = planSeating(input);
      runs.push({ ms: performance.now() - started, newPairs: plan.newPairs, upperBound: plan.upperBound, ratio: plan.ratio });
    }
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(RUNS / 2)] as (typeof runs)[number];
    results.push({ name: `seating ${spec.people}/${spec.tables}/${spec.rounds}`, ...median });
  }
  return results;
}
