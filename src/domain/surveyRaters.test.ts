import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageTrust } from "./evaluation.ts";
import {
  elementFigures,
  type RatedDistribution,
  type RespondentRating,
  receivedFigures,
  SELF_COMMITMENT_ITEMS,
  TRUST_DIMENSIONS,
  ties,
} from "./surveys.ts";

// Issue #16, point 2: no figure is computed from fewer distinct raters than the minimum group size.

const value5 = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const people = ["p0", "p1", "p2", "p3", "p4", "p5"];
const rating = fc.record({
  respondent: fc.constantFrom(...people),
  target: fc.constantFrom(...people),
  knowing: fc.integer({ min: 0, max: 3 }),
  goodwill: value5,
  competence: value5,
  vulnerability: value5,
  consistency: value5,
  commitment: value5,
  frequency: fc.integer({ min: 0, max: 4 }),
});
const selfAnswer = fc.record({
  respondent: fc.constantFrom(...people),
  autonomy: value5,
  meaningfulness: value5,
  connectedness: value5,
});
const round = fc.record({
  ratings: fc.array(rating, { maxLength: 30 }),
  selves: fc.uniqueArray(selfAnswer, { selector: (s) => s.respondent, maxLength: people.length }),
  min: fc.integer({ min: 1, max: 5 }),
});

type Key = keyof Omit<RespondentRating, "respondent">;
const ratersOf = (rows: readonly { respondent: string }[], value: (r: never) => number | null) =>
  new Set(rows.filter((r) => value(r as never) !== null).map((r) => r.respondent)).size;

function checkReleased(d: RatedDistribution, actualRaters: number, min: number) {
  expect(d.raters).toBe(actualRaters);
  if (actualRaters < min) expect(d).toMatchObject({ mean: null, counts: [], hidden: true });
  else expect(d.hidden).toBe(false);
}

describe("every survey figure needs the minimum group size of distinct raters", () => {
  it("holds for the core elements, per dimension and per self-commitment item", () => {
    fc.assert(
      fc.property(round, ({ ratings, selves, min }) => {
        const e = elementFigures(ratings, selves, min);
        const of = (k: Key) => ratersOf(ratings, (r: RespondentRating) => r[k] as number | null);
        for (const d of TRUST_DIMENSIONS) checkReleased(e.trust[d], of(d), min);
        checkReleased(e.commitment, of("commitment"), min);
        checkReleased(e.knowing, of("knowing"), min);
        checkReleased(e.frequency, of("frequency"), min);
        for (const i of SELF_COMMITMENT_ITEMS)
          checkReleased(
            e.self[i],
            ratersOf(selves, (s: (typeof selves)[number]) => s[i]),
            min,
          );
      }),
    );
  });

  it("holds for trust received per node and per tie", () => {
    fc.assert(
      fc.property(round, ({ ratings, min }) => {
        for (const target of people) {
          const mine = ratings.filter((r) => r.target === target);
          const got = receivedFigures(mine, min);
          for (const k of [...TRUST_DIMENSIONS, "commitment"] as const) {
            if (got[k] !== null) expect(ratersOf(mine, (r: RespondentRating) => r[k])).toBeGreaterThanOrEqual(min);
          }
        }
        for (const t of ties(
          ratings.map((r) => ({ ...r, source: r.respondent })),
          min,
        )) {
          const behind = ratings.filter((r) => r.respondent === t.source && r.target === t.target && r.knowing >= 1);
          for (const k of [...TRUST_DIMENSIONS, "commitment"] as const) {
            if (t[k] !== null) expect(ratersOf(behind, (r: RespondentRating) => r[k])).toBeGreaterThanOrEqual(min);
          }
        }
      }),
    );
  });

  it("holds for the network's average trust", () => {
    fc.assert(
      fc.property(round, ({ ratings, min }) => {
        const given = new Set(ratings.filter((r) => TRUST_DIMENSIONS.some((d) => r[d] !== null)).map((r) => r.respondent)).size;
        if (given < min) expect(averageTrust(ratings, min)).toBeNull();
      }),
    );
  });

  it("never shows a lone rater's answers, whatever else the round holds", () => {
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 10 }), fc.integer({ min: 2, max: 5 }), (ratings, min) => {
        const lone = ratings.map((r) => ({ ...r, respondent: "p0" }));
        const e = elementFigures(lone, [], min);
        for (const d of TRUST_DIMENSIONS) expect(e.trust[d].mean).toBeNull();
        expect(averageTrust(lone, min)).toBeNull();
      }),
    );
  });
});
