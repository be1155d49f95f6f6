import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";

/** What each organisation brings and the resource gaps, from the latest released survey round that asked (null: not yet). */
export function useNetworkResources(networkId: string, enabled = true) {
  return useLoad(
    () => ok(client.GET("/api/networks/{networkId}/resources", { params: { path: { networkId } } })),
    enabled ? `resources:${networkId}` : null,
  );
}
