import { seededRandom } from "../../src/domain/random.ts";
import type { SeatingInput } from "../../src/domain/seating.ts";

/** Chance that two people of the same organisation know each other. */
const P_COLLEAGUE = 0.6;

/**
 * A seeded learning café for the seating tests and benchmark: organisations of 3–7 people whose members mostly
 * know each other, topped up with random acquaintances to `degree` on average.
 */
export function cafe(n: number, tables: number, rounds: number, seed: number, degree = 8): SeatingInput {
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
  while (known.length < (n * degree) / 2) add(Math.floor(random() * n), Math.floor(random() * n));
  return { organisation, known, tables, rounds, seed };
}
