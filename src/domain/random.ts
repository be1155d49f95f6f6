/**
 * mulberry32, a small seeded generator of unsigned 32-bit integers: the same seed gives the same sequence
 * on every platform, so seeded plans, analyses and demo data come out the same everywhere.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Seeded pseudo-random numbers in [0, 1), from mulberry32. */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

/** An item of a non-empty list, drawn with `random`. */
export const pickFrom = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
