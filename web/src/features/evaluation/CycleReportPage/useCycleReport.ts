import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";

/** The report of a cycle (the current one without `cycleId`), compared with another cycle when `compare` names one. */
export function useCycleReport(networkId: string, cycleId: string | undefined, compare: string) {
  const { data, error } = useLoad(
    () =>
      ok(
        client.GET("/api/networks/{networkId}/report", {
          params: { path: { networkId }, query: { cycle: cycleId || undefined, compare: compare || undefined } },
        }),
      ),
    `report:${networkId}:${cycleId ?? ""}:${compare}`,
  );
  // The report of the cycle and comparison asked for; an earlier one is not shown while it loads.
  const report = data && (!cycleId || data.cycle.id === cycleId) && (data.compare?.id ?? "") === compare ? data : null;
  return { report, error };
}
