import { useState } from "react";
import type { PromiseState } from "../../../../../src/domain/promises.ts";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { usePaged } from "../../../api/usePaged.ts";
import { useHashTarget } from "../../../components/useHashTarget.ts";

/**
 * The ledger's state: my promises, all of them (by state), the keeping rates and the goals, the last
 * change's message; a link to #promise-… opens at that promise once the lists have loaded.
 */
export function usePromises(networkId: string, canPromise: boolean) {
  const [state, setState] = useState<PromiseState | "">("");
  const ledger = (query: { mine?: "true"; state?: PromiseState; limit: number }) => (cursor: string | undefined) =>
    ok(client.GET("/api/networks/{networkId}/promises", { params: { path: { networkId }, query: { ...query, cursor } } }));
  const mine = usePaged(ledger({ mine: "true", limit: 200 }), canPromise ? `mine:${networkId}` : null);
  const all = usePaged(ledger({ limit: 100, ...(state ? { state } : {}) }), `all:${networkId}:${state}`);
  const rates = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/promises/keeping-rates", { params: { path: { networkId } } })),
    `rates:${networkId}`,
  );
  const goalsLoad = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/goals", { params: { path: { networkId } } })),
    `goals:${networkId}`,
  );
  const goals = goalsLoad.data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const reloadAll = async () => {
    await Promise.all([mine.reload(), all.reload(), rates.reload()]);
  };
  const changed = (m: string) => {
    setMessage(m);
    void reloadAll();
  };
  /** A new promise: its message, a fresh form and the lists again. */
  const made = async (m: string) => {
    setMessage(m);
    setFormKey((k) => k + 1);
    await reloadAll();
  };

  const ready = Boolean(all.items && (!canPromise || mine.items));

  useHashTarget(ready, "promise-");

  return { state, setState, mine, all, rates, goals, message, formKey, changed, made };
}
