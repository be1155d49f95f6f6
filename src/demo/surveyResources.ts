import type { Resource } from "../domain/resources.ts";

/**
 * What the demo's organisations bring and how their partners value them, by kind, as Finnish networks
 * usually see it: a municipality brings paid staff time, premises and money; the wellbeing services county
 * data, expertise and the family centre's facilitation; associations volunteers, community connections
 * and advocacy; a parish premises and volunteers; a university of applied sciences expertise and data.
 * Nobody brings IT, so the gaps view has something real to say.
 */
const BRINGS: Record<string, readonly Resource[]> = {
  municipality: ["staff_time", "premises", "funding"],
  wellbeing_county: ["data", "expertise", "staff_time", "funding", "facilitation"],
  ngo: ["volunteers", "community_connections", "advocacy"],
  parish: ["premises", "volunteers", "community_connections"],
  research: ["expertise", "data"],
  company: ["in_kind", "expertise"],
  other: ["expertise"],
};

/** Public organisations hold the mandate; associations and parishes carry less weight in decisions. */
const POWER: Record<string, number> = { municipality: 3.4, wellbeing_county: 3.6, ngo: 2.2, parish: 2.2, research: 2.4, company: 1.8 };
const RESOURCE_VALUE: Record<string, number> = {
  municipality: 3.2,
  wellbeing_county: 3.3,
  ngo: 2.6,
  parish: 2.7,
  research: 2.5,
  company: 2,
};

const clamp4 = (x: number) => Math.max(1, Math.min(4, Math.round(x)));

/** What one respondent of an organisation of this kind says it brings: most of its kind's resources, each not always named. */
export function demoResources(kind: string | undefined, rnd: () => number): Resource[] {
  return (BRINGS[kind ?? "other"] ?? BRINGS.other ?? []).filter(() => rnd() < 0.8);
}

/** How valuable a respondent finds a partner of this kind, whom they know and work with this often; "can't say" now and then. */
export function demoValue(kind: string | undefined, frequency: number, rnd: () => number) {
  const k = kind ?? "other";
  const answer = (base: number) => (rnd() < 0.1 ? null : clamp4(base + (rnd() - 0.5) * 1.4));
  return {
    value_power: answer(POWER[k] ?? 2),
    value_involvement: answer(1.2 + frequency * 0.6),
    value_resources: answer(RESOURCE_VALUE[k] ?? 2),
  };
}
