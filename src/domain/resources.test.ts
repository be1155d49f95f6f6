import { describe, expect, it } from "vitest";
import {
  namedResourceFigures,
  organisationResources,
  type RatedValue,
  receivedValue,
  resourceGaps,
  roundResourceFigures,
  valueFigures,
} from "./resources.ts";

const v = (
  respondent: string,
  valuePower: number | null,
  valueInvolvement: number | null,
  valueResources: number | null,
  knowing = 2,
): RatedValue => ({
  respondent,
  knowing,
  valuePower,
  valueInvolvement,
  valueResources,
});

describe("value a partner receives", () => {
  it("is the mean of each item from the minimum group size of raters who gave it a number, null below", () => {
    const ratings = [v("a", 4, 1, null), v("b", 3, 2, null), v("c", 2, null, 4), v("d", 1, 3, null, 0)];
    // d does not know the partner: not asked, not counted. Power 9/3; involvement 2 raters; resources 1 rater.
    expect(receivedValue(ratings, 3)).toEqual({ valuePower: 3, valueInvolvement: null, valueResources: null, raters: 3 });
    expect(receivedValue(ratings, 2)).toEqual({ valuePower: 3, valueInvolvement: 1.5, valueResources: null, raters: 3 });
  });

  it("counts a rater once however many of an organisation's people they rated, but pools their ratings", () => {
    const pooled = [v("a", 4, 4, 4), v("a", 2, 2, 2), v("b", 3, 3, 3)];
    expect(receivedValue(pooled, 3)).toEqual({ valuePower: null, valueInvolvement: null, valueResources: null, raters: 2 });
    expect(receivedValue(pooled, 2)).toEqual({ valuePower: 3, valueInvolvement: 3, valueResources: 3, raters: 2 });
  });

  it("leaves values off the 1–4 scale out", () => {
    expect(receivedValue([v("a", 5, 0, 4), v("b", 4, 4, 4)], 2)).toEqual({
      valuePower: null,
      valueInvolvement: null,
      valueResources: 4,
      raters: 2,
    });
  });

  it("gives the network's distribution of each item, hidden below the minimum group size of raters", () => {
    const f = valueFigures([v("a", 4, null, 1), v("b", 4, null, 1), v("c", 1, 2, null)], 3);
    expect(f.valuePower).toEqual({ mean: 3, n: 3, counts: [1, 0, 0, 2], raters: 3, hidden: false });
    expect(f.valueInvolvement).toEqual({ mean: null, n: 1, counts: [], raters: 1, hidden: true });
    expect(f.valueResources).toMatchObject({ raters: 2, hidden: true });
  });
});

describe("what an organisation brings", () => {
  const answers = [
    { organisationId: "kunta", resources: ["premises", "staff_time"] as const },
    { organisationId: "kunta", resources: ["staff_time"] as const },
    { organisationId: "kunta", resources: ["funding", "staff_time"] as const },
    { organisationId: "mll", resources: ["volunteers"] as const },
    { organisationId: null, resources: ["it"] as const },
  ];

  it("lists every resource its people named in the survey's order, with counts only from the minimum group size of respondents", () => {
    const out = organisationResources(answers, "person", 3);
    expect(out).toEqual([
      {
        organisationId: "kunta",
        respondents: 3,
        resources: [
          { resource: "funding", count: 1 },
          { resource: "staff_time", count: 3 },
          { resource: "premises", count: 1 },
        ],
      },
      { organisationId: "mll", respondents: 1, resources: [{ resource: "volunteers", count: null }] },
    ]);
    // One respondent fewer than the minimum: the list stays, the counts go.
    expect(organisationResources(answers, "person", 4)[0]?.resources.every((r) => r.count === null)).toBe(true);
  });

  it("takes an organisation-level answer as the organisation's own statement, without counts", () => {
    expect(organisationResources(answers, "organisation", 1)[0]?.resources.map((r) => r.count)).toEqual([null, null, null]);
  });

  it("finds the resources nobody brings and those only one brings, never 'other'", () => {
    const out = organisationResources(answers, "person", 3);
    expect(resourceGaps(out)).toEqual({
      nobody: ["in_kind", "data", "expertise", "community_connections", "facilitation", "advocacy", "it"],
      onlyOne: [
        { resource: "funding", organisationId: "kunta" },
        { resource: "staff_time", organisationId: "kunta" },
        { resource: "volunteers", organisationId: "mll" },
        { resource: "premises", organisationId: "kunta" },
      ],
    });
  });

  it("names the organisations and counts how many bring each resource, leaving out one that has left", () => {
    const figures = roundResourceFigures(answers, [], "person", 3);
    const named = namedResourceFigures(figures, new Map([["kunta", "Kuopion kaupunki"]]));
    expect(named.organisations.map((o) => o.name)).toEqual(["Kuopion kaupunki"]);
    expect(named.coverage.find((c) => c.resource === "staff_time")?.organisations).toBe(1);
    expect(named.coverage.find((c) => c.resource === "volunteers")?.organisations).toBe(0);
  });
});
