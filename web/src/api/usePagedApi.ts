import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "./client.ts";
import type { Page } from "./types.ts";

const withCursor = (url: string, cursor: string) => `${url}${url.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`;

/**
 * A paged list (`{ items, nextCursor }`): the first page when the URL changes, `more` appends the next.
 * `reload` fetches as many pages again as are shown, so a change does not shrink the list under the reader.
 */
export function usePagedApi<T>(url: string | null) {
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pagesShown = useRef(1);
  const reload = useCallback(async () => {
    if (!url) return;
    try {
      let page = await api<Page<T>>("GET", url);
      const all = [...page.items];
      for (let n = 1; n < pagesShown.current && page.nextCursor; n++) {
        page = await api<Page<T>>("GET", withCursor(url, page.nextCursor));
        all.push(...page.items);
      }
      setItems(all);
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [url]);
  useEffect(() => {
    pagesShown.current = 1;
    setItems(null);
    void reload();
  }, [reload]);
  const more = async () => {
    if (!url || !cursor) return;
    setBusy(true);
    try {
      const page = await api<Page<T>>("GET", withCursor(url, cursor));
      pagesShown.current += 1;
      setItems((list) => [...(list ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { items, error, reload, more, hasMore: cursor !== null, busy };
}
