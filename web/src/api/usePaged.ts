import { useCallback, useEffect, useRef, useState } from "react";

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A paged list (`{ items, nextCursor }`) loaded when `key` changes (null: not now); `more` appends the next
 * page. `reload` fetches as many pages again as are shown, so a change does not shrink the list under the
 * reader. `load(cursor)` fetches one page: `usePaged((cursor) => ok(client.GET(path, { params: { ..., query: { cursor } } })), key)`.
 */
export function usePaged<T>(load: (cursor: string | undefined) => Promise<Page<T>>, key: string | null) {
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(load);
  latest.current = load;
  const pagesShown = useRef(1);
  const generation = useRef(0);
  const reload = useCallback(async () => {
    if (key === null) return;
    const mine = ++generation.current;
    try {
      let page = await latest.current(undefined);
      const all = [...page.items];
      for (let n = 1; n < pagesShown.current && page.nextCursor; n++) {
        page = await latest.current(page.nextCursor);
        all.push(...page.items);
      }
      if (mine !== generation.current) return;
      setItems(all);
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === generation.current) setError(err);
    }
  }, [key]);
  useEffect(() => {
    pagesShown.current = 1;
    setItems(null);
    void reload();
  }, [reload]);
  const more = async () => {
    if (!cursor) return;
    setBusy(true);
    try {
      const page = await latest.current(cursor);
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
