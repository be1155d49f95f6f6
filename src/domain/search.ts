import { searchNeedle, searchText } from "./directory.ts";

/** The kinds of things global search finds, in the order their groups are shown. */
export const SEARCH_KINDS = [
  "person",
  "organisation",
  "meeting",
  "event",
  "promise",
  "decision",
  "goal",
  "agreementSection",
  "practice",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Shorter queries would match nearly everything and say nothing. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;
/** Hits kept per kind: search is for finding, the feature's own page for browsing. */
export const HITS_PER_KIND = 8;

/** The query as search compares it, or undefined when it is too short to search by. */
export function searchQuery(q: string): string | undefined {
  const needle = searchNeedle(q);
  return needle && [...needle].length >= MIN_QUERY_LENGTH ? needle : undefined;
}

/**
 * How well a thing matches: 0 when the title starts with the query, 1 when a word of the title does,
 * 2 when the title contains it, 3 when only the other text does, and null for no match.
 */
export function matchRank(needle: string, title: string, other: (string | null | undefined)[]): number | null {
  const t = searchText([title]);
  if (t.startsWith(needle)) return 0;
  if (t.includes(` ${needle}`) || t.includes(`-${needle}`)) return 1;
  if (t.includes(needle)) return 2;
  return searchText(other).includes(needle) ? 3 : null;
}

/**
 * A short passage of `text` around the first place the query occurs, with an ellipsis where text was cut,
 * so that a hit found in a long body shows why it was found.
 */
export function excerpt(text: string, needle: string, radius = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const at = flat.toLocaleLowerCase("fi").indexOf(needle);
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2).trimEnd()}…` : flat;
  const from = Math.max(0, at - radius);
  const to = Math.min(flat.length, at + needle.length + radius);
  return `${from > 0 ? "…" : ""}${flat.slice(from, to).trim()}${to < flat.length ? "…" : ""}`;
}

export interface Ranked<T> {
  rank: number;
  title: string;
  item: T;
}

/** The best hits first (by rank, then title in Finnish order), at most `limit`. */
export function bestHits<T>(hits: Ranked<T>[], limit = HITS_PER_KIND): T[] {
  return [...hits]
    .sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title, "fi"))
    .slice(0, limit)
    .map((h) => h.item);
}
