import { useTranslation } from "react-i18next";
import type { MapEdge } from "../types.ts";

// How many ties of a comparison are listed by name; the rest are counted.
const LISTED_TIES = 50;

/** The ties that came and went between this round and the other. */
export function Comparison({
  added,
  removed,
  otherIsOlder,
  otherTitle,
  label,
  number,
}: {
  added: MapEdge[];
  removed: MapEdge[];
  otherIsOlder: boolean;
  otherTitle: string;
  label: (id: string) => string;
  number: (n: number) => string;
}) {
  const { t } = useTranslation();
  const tie = (e: MapEdge) => t("surveys.map.tieName", { source: label(e.source), target: label(e.target) });
  const list = (edges: MapEdge[], heading: string) =>
    edges.length ? (
      <details>
        <summary>{heading}</summary>
        <ul>
          {edges.slice(0, LISTED_TIES).map((e) => (
            <li key={`${e.source}>${e.target}`}>{tie(e)}</li>
          ))}
        </ul>
        {edges.length > LISTED_TIES ? <p>{t("surveys.map.andMore", { n: number(edges.length - LISTED_TIES) })}</p> : null}
      </details>
    ) : null;
  return (
    <>
      <p>
        {otherIsOlder
          ? t("surveys.map.compareSummary", { added: number(added.length), removed: number(removed.length) })
          : t("surveys.map.compareSummaryLater", { added: number(added.length), removed: number(removed.length), title: otherTitle })}
      </p>
      {list(added, otherIsOlder ? t("surveys.map.newTies") : t("surveys.map.onlyThisRound"))}
      {list(removed, otherIsOlder ? t("surveys.map.goneTies") : t("surveys.map.onlyOtherRound", { title: otherTitle }))}
    </>
  );
}
