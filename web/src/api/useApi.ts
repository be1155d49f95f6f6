import { useCallback, useEffect, useState } from "react";
import { api } from "./client.ts";

/** GETs a URL when it changes; `reload` fetches it again after a change. */
export function useApi<T>(url: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    if (!url) return;
    try {
      setData(await api<T>("GET", url));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [url]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload, setData };
}
