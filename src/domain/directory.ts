import type { NetworkRole } from "./network.ts";

/** Who may see a contact field: any member of the network, or coordinators only. */
export const VISIBILITIES = ["members", "coordinators"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Kinds of member organisations: municipality, wellbeing services county, NGO, company, parish, research, other. */
export const ORGANISATION_KINDS = ["municipality", "wellbeing_county", "ngo", "company", "parish", "research", "other"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const TAG_KINDS = ["competence", "need", "language"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const DAY_MS = 86_400_000;

/** The key two tags are compared by: case, surrounding and repeated spaces do not matter. */
export const tagKey = (tag: string): string => tag.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fi");

/** The text a person is found by: name, title, organisation and tags, lower-cased so that any database can match substrings. */
export const searchText = (parts: (string | null | undefined)[]): string =>
  parts
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) => p.normalize("NFC").toLocaleLowerCase("fi"))
    .join(" \u0001 ");

/** A query turned into the form searchText stores, or undefined when it is blank. */
export const searchNeedle = (q: string | undefined): string | undefined => {
  const n = q?.normalize("NFC").trim().toLocaleLowerCase("fi");
  return n ? n : undefined;
};

/** True when a profile was never confirmed or was confirmed longer ago than the network's threshold. */
export function isStale(confirmedAt: string | null, thresholdDays: number, now: Date): boolean {
  if (!confirmedAt) return true;
  return now.getTime() - new Date(confirmedAt).getTime() > thresholdDays * DAY_MS;
}

/** The ISO instant before which a confirmation counts as stale. */
export const staleBefore = (thresholdDays: number, now: Date): string => new Date(now.getTime() - thresholdDays * DAY_MS).toISOString();

export interface Freshness {
  total: number;
  upToDate: number;
  stale: number;
  /** Share of profiles up to date, 0…1; null when there are none. */
  share: number | null;
}

/** How many contact details are up to date. */
export function freshness(total: number, stale: number): Freshness {
  const upToDate = total - stale;
  return { total, upToDate, stale, share: total === 0 ? null : upToDate / total };
}

/**
 * Whether a viewer sees one of a person's contact fields. Observers see names
 * and organisations only; members see what the person shares with members;
 * coordinators and the person themselves see everything.
 */
export function canSeeContact(viewer: NetworkRole, isSelf: boolean, visibility: Visibility): boolean {
  if (isSelf || viewer === "coordinator") return true;
  if (viewer === "observer") return false;
  return visibility === "members";
}

/** Wished-for competences that no one in the network has yet, in the order they were wished. */
export function uncoveredCompetences(wished: string[], present: Iterable<string>): string[] {
  const have = new Set([...present].map(tagKey));
  const seen = new Set<string>();
  return wished.filter((w) => {
    const k = tagKey(w);
    if (have.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Splits "Aino Maria Laaksonen" into given names and family name, for name cards and vCards. */
export function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? "";
  return { given: parts.join(" "), family };
}
