import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Loads data when `key` changes (null: not now) and keeps it with its error; `reload` loads again after a
 * change. The key names what is loaded (e.g. the network and filter), so `load` may be a fresh closure
 * on every render: `useLoad(() => ok(client.GET(...)), \`goals:${networkId}\`)`.
 */
export function useLoad<T>(load: () => Promise<T>, key: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(load);
  latest.current = load;
  // Only the newest request may set the data: an older answer arriving late must not overwrite it.
  const generation = useRef(0);
  const reload = useCallback(async () => {
    if (key === null) return;
    const mine = ++generation.current;
    try {
      const value = await latest.current();
      if (mine !== generation.current) return;
      setData(value);
      setError(null);
    } catch (err) {
      if (mine === generation.current) setError(err);
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload, setData };
}
