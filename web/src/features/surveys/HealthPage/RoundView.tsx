import type { ReactNode } from "react";
import { FormError } from "../../../components/Form.tsx";
import { Loading } from "../../../components/Page.tsx";
import { CoreElements } from "./CoreElements.tsx";
import { MyNetwork } from "./MyNetwork.tsx";
import { NetworkStructure } from "./NetworkStructure.tsx";
import { Observations } from "./Observations.tsx";
import { Resources } from "./Resources.tsx";
import { RoundChange } from "./RoundChange.tsx";
import { RoundHeader } from "./RoundHeader.tsx";
import { Structural } from "./Structural.tsx";
import { useRoundFigures } from "./useHealth.ts";

/** One round's figures in the dashboard's order; the trends come between what members and coordinators see. */
export function RoundView({
  networkId,
  roundId,
  coordinator,
  trends,
}: {
  networkId: string;
  roundId: string;
  coordinator: boolean;
  trends: ReactNode;
}) {
  const { results, analysis } = useRoundFigures(networkId, roundId, coordinator);
  if (results.error) return <FormError error={results.error} />;
  const data = results.data && results.data.round.id === roundId ? results.data : null;
  if (!data) return <Loading />;
  const a = analysis.data && analysis.data.round.id === roundId ? analysis.data : null;
  const observations = [...data.observations, ...(coordinator && a ? a.observations : [])];
  return (
    <>
      <RoundHeader results={data} />
      {!data.hidden && data.elements ? <CoreElements elements={data.elements} previous={data.previous} /> : null}
      {observations.length > 0 || !data.hidden ? <Observations items={observations} /> : null}
      {trends}
      {!data.hidden ? <Structural results={data} coordinator={coordinator} /> : null}
      {!data.hidden && data.resources ? <Resources results={data} analysis={coordinator ? a : null} /> : null}
      {!data.hidden ? <MyNetwork networkId={networkId} round={data.round} /> : null}
      {coordinator ? (
        analysis.error ? (
          <FormError error={analysis.error} />
        ) : a ? (
          <>
            <NetworkStructure analysis={a} networkId={networkId} />
            {a.hidden ? null : <RoundChange networkId={networkId} analysis={a} />}
          </>
        ) : (
          <Loading />
        )
      ) : null}
    </>
  );
}
