import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { GraphFigures, SurveyRound } from "../types.ts";

/** The map's whole-graph figures as text: the accessible twin of the canvas. */
export function MapSummary({
  figures,
  level,
  tablesLink,
  number,
}: {
  figures: GraphFigures;
  level: SurveyRound["level"];
  tablesLink: { pathname: string; search: string; hash: string };
  number: (n: number) => string;
}) {
  const { t } = useTranslation();
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-summary`} className="panel">
      <h2 id={`${ids}-summary`}>{t("surveys.map.summaryTitle")}</h2>
      <dl className="facts">
        <dt>{t(level === "organisation" ? "surveys.map.nodesOrganisations" : "surveys.map.nodesPeople")}</dt>
        <dd>{number(figures.nodeCount)}</dd>
        <dt>{t("surveys.map.tiesLabel")}</dt>
        <dd>{number(figures.edgeCount)}</dd>
        <dt>{t("surveys.map.density")}</dt>
        <dd>{number(figures.density)}</dd>
        <dt>{t("surveys.map.communities")}</dt>
        <dd>{number(figures.communityCount)}</dd>
        <dt>{t("surveys.map.isolates")}</dt>
        <dd>{number(figures.isolateCount)}</dd>
        <dt>{t("surveys.map.brokers")}</dt>
        <dd>{figures.brokerCount === null ? "–" : number(figures.brokerCount)}</dd>
      </dl>
      <p>
        <Link to={tablesLink}>{t("surveys.map.tablesLink")}</Link>
      </p>
    </section>
  );
}
