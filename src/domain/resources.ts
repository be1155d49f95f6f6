import { type RatedDistribution, ratedDistribution } from "./surveys.ts";

/**
 * What each organisation brings to the network and how valuable its partners
 * find it: PARTNER's resource and value questions, adapted to the framework's
 * "competences and capabilities" (osaaminen ja kyvyt). Pure; every figure
 * from others' ratings needs the minimum group size of distinct raters, as
 * trust does (decision 013).
 */

/** The kinds of resource an organisation may bring, in the order the survey asks them. */
export const RESOURCES = [
  "funding",
  "in_kind",
  "staff_time",
  "volunteers",
  "data",
  "expertise",
  "community_connections",
  "facilitation",
  "advocacy",
  "premises",
  "it",
  "other",
] as const;
export type Resource = (typeof RESOURCES)[number];

/** How valuable a partner is: power and influence, level of involvement, resource contribution. */
export const VALUE_ITEMS = ["valuePower", "valueInvolvement", "valueResources"] as const;
export type ValueItem = (typeof VALUE_ITEMS)[number];
/** The value scale: 1 not at all · 2 a small amount · 3 a fair amount · 4 a great deal; "can't say" is null. */
export const VALUE_MAX = 4;

export type PartnerValues = Record<ValueItem, number | null>;

/** The value answers alone, from a row or input that carries more. */
export const partnerValues = (r: Partial<PartnerValues>): PartnerValues => ({
  valuePower: r.valuePower ?? null,
  valueInvolvement: r.valueInvolvement ?? null,
  valueResources: r.valueResources ?? null,
});

/** A value rating with the person who gave it and how well they know the one rated. */
export type RatedValue = PartnerValues & { respondent: string; knowing: number };

/** The value a node receives: means of its raters' answers, each shown only from the minimum group size of raters of that item. */
export type ReceivedValue = Record<ValueItem, number | null> & { raters: number };

/**
 * Value a node (or an organisation's people pooled) receives. Only partners
 * known at least by name are asked about (knowing ≥ 1). Each item's mean
 * needs minGroupSize distinct raters who gave it a number; otherwise null,
 * so no one's rating of a partner can be read off. `raters` counts everyone
 * who rated the node with knowing ≥ 1.
 */
export function receivedValue(ratings: readonly RatedValue[], minGroupSize: number): ReceivedValue {
  const known = ratings.filter((r) => r.knowing >= 1);
  const out = { raters: new Set(known.map((r) => r.respondent)).size } as ReceivedValue;
  for (const item of VALUE_ITEMS) {
    out[item] = ratedDistribution(
      known.map((r) => ({ respondent: r.respondent, value: r[item] })),
      1,
      VALUE_MAX,
      minGroupSize,
    ).mean;
  }
  return out;
}

/** The network-level distribution of each value item over every rating of a known partner. */
export function valueFigures(ratings: readonly RatedValue[], minGroupSize: number): Record<ValueItem, RatedDistribution> {
  const known = ratings.filter((r) => r.knowing >= 1);
  const out = {} as Record<ValueItem, RatedDistribution>;
  for (const item of VALUE_ITEMS) {
    out[item] = ratedDistribution(
      known.map((r) => ({ respondent: r.respondent, value: r[item] })),
      1,
      VALUE_MAX,
      minGroupSize,
    );
  }
  return out;
}

/** One respondent's statement of what their organisation brings. */
export interface ResourceAnswer {
  organisationId: string | null;
  resources: readonly Resource[];
}

/** What one organisation brings, as a round's answers say. */
export interface OrganisationResources {
  organisationId: string;
  /** Respondents who answered for it. */
  respondents: number;
  /** Each resource named, in RESOURCES order; `count` is how many of its respondents named it, or null when hidden. */
  resources: { resource: Resource; count: number | null }[];
}

/**
 * What each organisation brings: every resource any of its respondents named.
 * At organisation level the representatives speak for the organisation, so
 * the list is its own statement. At person level the list is of the
 * organisation, not of a person, but how many named each resource is an
 * aggregate of people's answers: the counts are given only when the
 * organisation has at least minGroupSize respondents. Respondents without an
 * organisation bring nothing to any organisation's list.
 */
export function organisationResources(
  answers: readonly ResourceAnswer[],
  level: "person" | "organisation",
  minGroupSize: number,
): OrganisationResources[] {
  const byOrg = new Map<string, ResourceAnswer[]>();
  for (const a of answers) {
    if (!a.organisationId) continue;
    const list = byOrg.get(a.organisationId);
    if (list) list.push(a);
    else byOrg.set(a.organisationId, [a]);
  }
  return [...byOrg.entries()].map(([organisationId, list]) => {
    const counted = level === "person" && list.length >= minGroupSize;
    const resources = RESOURCES.flatMap((resource) => {
      const count = list.filter((a) => a.resources.includes(resource)).length;
      return count === 0 ? [] : [{ resource, count: counted ? count : null }];
    });
    return { organisationId, respondents: list.length, resources };
  });
}

/**
 * The network's resource gaps: the kinds no organisation brings, and those
 * only one brings (the network depends on it). "Other" is no kind of its
 * own, so nobody naming it is no gap.
 */
export function resourceGaps(organisations: readonly Pick<OrganisationResources, "organisationId" | "resources">[]) {
  const coverage = RESOURCES.filter((r) => r !== "other").map((resource) => ({
    resource,
    organisationIds: organisations.filter((o) => o.resources.some((r) => r.resource === resource)).map((o) => o.organisationId),
  }));
  return {
    nobody: coverage.filter((c) => c.organisationIds.length === 0).map((c) => c.resource),
    onlyOne: coverage.flatMap((c) =>
      c.organisationIds.length === 1 ? [{ resource: c.resource, organisationId: c.organisationIds[0] as string }] : [],
    ),
  };
}

/** A round's resource and value figures, frozen with its other aggregates. */
export interface RoundResourceFigures {
  /** Each value item over every rating of a known partner; hidden below the minimum group size of raters. */
  values: Record<ValueItem, RatedDistribution>;
  /** What each organisation brings, by organisationResources' rule. */
  organisations: OrganisationResources[];
}

/** The resource and value figures of a round's submitted answers. */
export function roundResourceFigures(
  answers: readonly ResourceAnswer[],
  ratings: readonly RatedValue[],
  level: "person" | "organisation",
  minGroupSize: number,
): RoundResourceFigures {
  return { values: valueFigures(ratings, minGroupSize), organisations: organisationResources(answers, level, minGroupSize) };
}

/**
 * A round's resource figures as the results and the analysis show them: each organisation by name (one
 * that has left the network since is left out) and, for each resource, how many organisations bring it.
 */
export function namedResourceFigures(figures: RoundResourceFigures, names: ReadonlyMap<string, string>) {
  const organisations = figures.organisations
    .filter((o) => names.has(o.organisationId))
    .map((o) => ({ ...o, name: names.get(o.organisationId) as string }))
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
  return {
    values: figures.values,
    organisations,
    coverage: RESOURCES.map((resource) => ({
      resource,
      organisations: organisations.filter((o) => o.resources.some((r) => r.resource === resource)).length,
    })),
  };
}
