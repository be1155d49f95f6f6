import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EXPORT_FORMATS } from "../../../../../src/domain/surveys.ts";
import { Section } from "../../../components/Page.tsx";
import { EXPORT_KEYS, type RoundAnalysis, type SurveyRound } from "../types.ts";
import { MapView } from "./MapView.tsx";

/** A round's map, or why there is none: the round is open, too few answered, or its answers were deleted. */
export function MapContent({
  networkId,
  analysis,
  compareRound,
  other,
  otherError,
  coordinator,
  language,
}: {
  networkId: string;
  analysis: RoundAnalysis;
  compareRound: SurveyRound | null;
  other: RoundAnalysis | null;
  otherError: unknown;
  coordinator: boolean;
  language: string;
}) {
  const { t } = useTranslation();
  const roundId = analysis.round.id;
  const tablesLink = { pathname: `/networks/${networkId}/health`, search: `?round=${encodeURIComponent(roundId)}`, hash: "#tables" };
  const min = analysis.minGroupSize;

  if (analysis.hidden || !analysis.graph) {
    return (
      <>
        <p className="notice">
          {analysis.round.status === "open"
            ? t("surveys.map.hiddenOpen")
            : t("surveys.map.hidden", { respondents: analysis.respondents, min })}
        </p>
        <p>
          <Link to={tablesLink}>{t("surveys.map.tablesLink")}</Link>
        </p>
      </>
    );
  }
  // The retention period deleted the raw answers, and with them every person and tie; only whole-graph figures remain.
  if (analysis.nodes.length === 0) {
    return (
      <>
        <p className="notice">{t("surveys.map.nodesGone")}</p>
        <p>
          <Link to={tablesLink}>{t("surveys.map.tablesLink")}</Link>
        </p>
      </>
    );
  }
  return (
    <MapView
      analysis={analysis}
      compareRound={compareRound}
      other={other}
      otherError={otherError}
      tablesLink={tablesLink}
      language={language}
    >
      {coordinator ? <Exports networkId={networkId} roundId={roundId} /> : null}
    </MapView>
  );
}

/** The round's network as files for other tools (coordinators). */
function Exports({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useTranslation();
  return (
    <Section id="map-exports-heading" className="panel" title={t("surveys.map.exportTitle")}>
      <p>{t("surveys.map.exportNote")}</p>
      <ul className="map-exports">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <a href={`/api/networks/${networkId}/surveys/${roundId}/export?format=${encodeURIComponent(f)}`} download>
              {t(`surveys.map.exportFormat.${EXPORT_KEYS[f]}`)}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
