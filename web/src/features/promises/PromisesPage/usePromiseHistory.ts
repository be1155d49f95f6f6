import { useState } from "react";
import { client, ok } from "../../../api/client.ts";
import type { HistoryItem } from "./types.ts";

/** A promise's history, loaded when first asked for, or taken from a change's answer. */
export function usePromiseHistory(networkId: string, promiseId: string) {
  const [history, setHistory] = useState<HistoryItem[] | null>(null);
  const [historyError, setHistoryError] = useState<unknown>(null);
  const loadHistory = async () => {
    setHistoryError(null);
    try {
      const d = await ok(client.GET("/api/networks/{networkId}/promises/{promiseId}", { params: { path: { networkId, promiseId } } }));
      setHistory(d.history);
    } catch (err) {
      setHistoryError(err);
    }
  };
  return { history, setHistory, historyError, loadHistory };
}
