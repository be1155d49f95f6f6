// Learning-café seating benchmark: plans seeded random cafés (organisations of 3–7 people whose members
// mostly know each other, about 8 acquaintances per person) and reports the median wall time of 5 runs
// with the plan's new pairs against its upper bound. Writes nothing; bench/run.ts decides what to keep.
import { planSeating } from "../src/domain/seating.ts";
import { cafe } from "../tests/support/cafe.ts";

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
/** Acquaintances per person on average. */
const KNOWN_PER_PERSON = 8;

/** Median wall time of planning each benchmark café, with the quality of the plan that took it. */
export async function seatingBench(): Promise<{ name: string; ms: number; newPairs: number; upperBound: number; ratio: number }[]> {
  const results: { name: string; ms: number; newPairs: number; upperBound: number; ratio: number }[] = [];
  for (const spec of SPECS) {
    const input = cafe(spec.people, spec.tables, spec.rounds, SEED, KNOWN_PER_PERSON);
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
