import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import type { SurveyRound } from "../types.ts";

/** A node's ego network in a round; null ids: nothing to load. */
export function useEgo(networkId: string, roundId: string | null, nodeId: string | null) {
  return useLoad(
    () =>
      ok(
        client.GET("/api/networks/{networkId}/surveys/{roundId}/ego/{nodeId}", {
          params: { path: { networkId, roundId: roundId ?? "", nodeId: nodeId ?? "" } },
        }),
      ),
    roundId && nodeId ? `ego:${networkId}:${roundId}:${nodeId}` : null,
  );
}

/** The newest closed round at a level whose figures are out: the one a directory card shows an ego network from. */
export function useLatestRound(networkId: string, level: SurveyRound["level"], enabled: boolean) {
  const rounds = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path: { networkId } } })),
    enabled ? `rounds:${networkId}` : null,
  );
  const min = rounds.data?.minGroupSize ?? 0;
  // Rounds come newest first.
  return rounds.data?.items.find((r) => r.level === level && r.status === "closed" && r.respondedCount >= min) ?? null;
}
