import { useEffect, useState } from "react";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { formatDay } from "../../i18n.ts";

export type SearchHit = Schemas["SearchHit"];
export type SearchGroup = Schemas["SearchResult"]["groups"][number];

/** Where a hit opens: the thing's own page, or its place on the page that lists it. */
export function hitHref(h: SearchHit): string {
  const n = `/networks/${h.networkId}`;
  switch (h.kind) {
    case "person":
      return `${n}/people/${h.id}`;
    case "organisation":
      return `${n}/organisations/${h.id}`;
    case "meeting":
      return `${n}/meetings/${h.id}`;
    case "event":
      return `${n}/calendar?event=${encodeURIComponent(h.id)}`;
    case "promise":
      return `${n}/promises#promise-${h.id}`;
    case "decision":
      return `${n}/decisions#decision-${h.id}`;
    case "goal":
      return `${n}/goals#goal-${h.id}`;
    case "agreementSection":
      return `${n}/agreement#section-${h.id}`;
    case "practice":
      return `${n}/practices#practice-${h.id}`;
  }
}

/** The day a hit is dated by (a meeting's start, a promise's due day), as a Finn writes it. */
export const hitDay = (h: SearchHit) => (h.date ? formatDay(h.date) : null);

const MIN = 2;
const DEBOUNCE_MS = 250;

/** The query as typed, the one searched (after a pause in typing), and its results. */
export function useSearch(typed: string, enabled = true) {
  const [query, setQuery] = useState(typed.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const searchable = enabled && [...query].length >= MIN;
  const result = useLoad(() => ok(client.GET("/api/search", { params: { query: { q: query } } })), searchable ? `search:${query}` : null);
  const fresh = searchable && result.data?.query === query;
  return {
    query,
    searchable,
    groups: fresh ? (result.data?.groups ?? []) : null,
    pending: searchable && !fresh && !result.error,
    error: result.error,
  };
}

export const hitCount = (groups: SearchGroup[]) => groups.reduce((n, g) => n + g.items.length, 0);
