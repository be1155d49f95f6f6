import { useTranslation } from "react-i18next";
import type { TieChange } from "../../../../../src/domain/surveyChange.ts";

// How many ties of a comparison are listed by name; the rest are counted.
const LISTED_TIES = 50;

/**
 * The ties that came and went between this round and the other, as text beside the map's colours, and how
 * the ties of both rounds moved: `changes` run from the earlier round to the later (src/domain/surveyChange.ts).
 */
export function Comparison({
  changes,
  otherIsOlder,
  thisTitle,
  otherTitle,
  label,
  number,
}: {
  changes: TieChange[];
  otherIsOlder: boolean;
  thisTitle: string;
  otherTitle: string;
  label: (id: string) => string;
  number: (n: number) => string;
}) {
  const { t } = useTranslation();
  const onlyLater = changes.filter((c) => c.presence === "new");
  const onlyEarlier = changes.filter((c) => c.presence === "lost");
  const kept = changes.filter((c) => c.presence === "kept");
  const added = otherIsOlder ? onlyLater : onlyEarlier;
  const removed = otherIsOlder ? onlyEarlier : onlyLater;
  const tie = (e: TieChange) => t("surveys.map.tieName", { source: label(e.source), target: label(e.target) });
  const list = (edges: TieChange[], heading: string) =>
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
      {kept.length > 0 ? (
        <p>
          {t("surveys.map.compareKept", {
            kept: t("surveys.map.ties", { count: kept.length }),
            stronger: number(kept.filter((c) => c.knowingDirection === "strengthened").length),
            weaker: number(kept.filter((c) => c.knowingDirection === "weakened").length),
            from: otherIsOlder ? otherTitle : thisTitle,
            to: otherIsOlder ? thisTitle : otherTitle,
          })}
        </p>
      ) : null}
      {list(added, otherIsOlder ? t("surveys.map.newTies") : t("surveys.map.onlyThisRound"))}
      {list(removed, otherIsOlder ? t("surveys.map.goneTies") : t("surveys.map.onlyOtherRound", { title: otherTitle }))}
    </>
  );
}
