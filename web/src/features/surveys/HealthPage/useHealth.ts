import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { loadAnalysis } from "../loadAnalysis.ts";

/** The network's survey rounds and the trends across them. */
export function useRounds(networkId: string) {
  const path = { networkId };
  const list = useLoad(() => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path } })), `rounds:${networkId}`);
  const trends = useLoad(() => ok(client.GET("/api/networks/{networkId}/surveys/trends", { params: { path } })), `trends:${networkId}`);
  return { list, trends };
}

/** One round's results, and for coordinators its network analysis. */
export function useRoundFigures(networkId: string, roundId: string, coordinator: boolean) {
  const path = { networkId, roundId };
  const results = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys/{roundId}/results", { params: { path } })),
    `results:${networkId}:${roundId}`,
  );
  const analysis = useLoad(() => loadAnalysis(networkId, roundId), coordinator ? `analysis:${networkId}:${roundId}` : null);
  return { results, analysis };
}
