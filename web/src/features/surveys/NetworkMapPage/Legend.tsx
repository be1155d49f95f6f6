import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  COMMUNITY_COLOURS,
  type ColourBy,
  communityColour,
  EDGE_COLOUR,
  EDGE_GONE_COLOUR,
  EDGE_NEW_COLOUR,
  kindColour,
  UNKNOWN_COLOUR,
} from "../mapGraph.ts";
import type { RoundAnalysis } from "../types.ts";
import { Swatch } from "./Swatch.tsx";

/** What the map's colours and lines mean. */
export function Legend({
  colourBy,
  kinds,
  unknownKind,
  communities,
  level,
  comparing,
  number,
}: {
  colourBy: ColourBy;
  kinds: readonly string[];
  unknownKind: boolean;
  communities: RoundAnalysis["communities"];
  level: RoundAnalysis["round"]["level"];
  comparing: "older" | "newer" | null;
  number: (n: number) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="map-legend">
      <h2 id={`${id}-legend`}>{t("surveys.map.legendTitle")}</h2>
      <ul className="map-legend-list" aria-labelledby={`${id}-legend`}>
        {colourBy === "kind" ? (
          <>
            {kinds.map((k) => (
              <li key={k}>
                <Swatch colour={kindColour(k)} />
                {t(`orgKinds.${k}`)}
              </li>
            ))}
            {unknownKind ? (
              <li>
                <Swatch colour={UNKNOWN_COLOUR} />
                {t("surveys.map.kindUnknown")}
              </li>
            ) : null}
          </>
        ) : (
          communities.map((c) => (
            <li key={c.id}>
              <Swatch colour={communityColour(c.id)} />
              {t(level === "organisation" ? "surveys.map.communityOrganisations" : "surveys.map.communityPeople", {
                n: c.id + 1,
                count: c.size,
                size: number(c.size),
              })}
            </li>
          ))
        )}
      </ul>
      {colourBy === "community" && communities.length > COMMUNITY_COLOURS.length ? (
        <p className="hint">{t("surveys.map.coloursRepeat", { n: COMMUNITY_COLOURS.length })}</p>
      ) : null}
      <ul className="map-legend-list" aria-label={t("surveys.map.tieLegend")}>
        <li>
          <Swatch colour={EDGE_COLOUR} line />
          {t(comparing ? "surveys.map.tieSame" : "surveys.map.tie")}
        </li>
        {comparing ? (
          <>
            <li>
              <Swatch colour={EDGE_NEW_COLOUR} line />
              {t(comparing === "older" ? "surveys.map.tieNew" : "surveys.map.tieOnlyThis")}
            </li>
            <li>
              <Swatch colour={EDGE_GONE_COLOUR} line />
              {t(comparing === "older" ? "surveys.map.tieGone" : "surveys.map.tieOnlyOther")}
            </li>
          </>
        ) : null}
      </ul>
      <p className="hint">{t("surveys.map.sizeNote")}</p>
    </div>
  );
}
