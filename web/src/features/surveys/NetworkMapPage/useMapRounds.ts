import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { loadAnalysis } from "../loadAnalysis.ts";
import { mappableRounds, pickRound } from "../mapGraph.ts";

/**
 * The rounds there is a map of, the one the address asks for (else the latest) and the one to compare it
 * with, each with its analysis; `setParam` changes the address without a new history entry.
 */
export function useMapRounds(networkId: string) {
  const [params, setParams] = useSearchParams();
  const rounds = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path: { networkId } } })),
    `rounds:${networkId}`,
  );
  const available = useMemo(() => mappableRounds(rounds.data?.items ?? []), [rounds.data]);
  const round = pickRound(available, params.get("round"));
  const compareWith = available.find((r) => r.id === params.get("compare") && r.id !== round?.id && r.level === round?.level) ?? null;
  // How much of the shown round's analysis has come, in steps of ten per cent (null: the size is not known): the page
  // draws again only when the step changes, not for every chunk of the download.
  const [progress, setProgress] = useState<number | null>(0);
  const analysis = useLoad(
    () => {
      setProgress(0);
      return loadAnalysis(networkId, round?.id ?? "", ({ loaded, total }) =>
        setProgress(total ? Math.min(100, Math.floor((loaded / total) * 10) * 10) : null),
      );
    },
    round ? `analysis:${networkId}:${round.id}` : null,
  );
  const other = useLoad(
    () => loadAnalysis(networkId, compareWith?.id ?? ""),
    compareWith ? `analysis:${networkId}:${compareWith.id}` : null,
  );
  const data = analysis.data && analysis.data.round.id === round?.id ? analysis.data : null;
  const otherData = other.data && other.data.round.id === compareWith?.id ? other.data : null;

  const setParam = (name: string, value: string) => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  return { rounds, available, round, compareWith, analysis, progress, other, data, otherData, setParam };
}
