import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BROKERAGE_ROLES } from "../../../../../src/domain/sna/groups.ts";
import { Section } from "../../../components/Page.tsx";
import type { MapNode, RoundAnalysis } from "../types.ts";
import { useFormats } from "./format.ts";

/** The brokers of a round, each with the figures that make them one, so that a coordinator can check them on the map. */
export function Brokers({ analysis, networkId }: { analysis: RoundAnalysis; networkId: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const g = analysis.graph;
  if (!g) return null;
  const limits = g.brokerThresholds;
  const brokers = analysis.nodes.filter((n) => n.broker).sort((a, b) => b.betweenness - a.betweenness);
  const groups = t(analysis.round.level === "organisation" ? "surveys.health.groupsKind" : "surveys.health.groupsOrganisation");
  const roles = (n: MapNode) => {
    const b = n.brokerage;
    if (!b) return null;
    const named = BROKERAGE_ROLES.filter((r) => b[r] > 0).map((r) =>
      t("surveys.health.roleCount", { role: t(`surveys.roles.${r}`), count: b[r] }),
    );
    return named.length > 0
      ? t("surveys.health.brokerRoles", { groups, roles: named.join(", ") })
      : t("surveys.health.brokerNoRoles", { groups });
  };
  const mapLink = (n: MapNode) =>
    `/networks/${networkId}/health/map?round=${encodeURIComponent(analysis.round.id)}&node=${encodeURIComponent(n.id)}`;
  const body = () => {
    if (g.brokerCount === null) return <p>{t("surveys.health.brokersUnknown")}</p>;
    // Under group structure no node is shown, so brokers are counted but not named.
    if (analysis.nodes.length === 0) return <p>{t("surveys.health.brokersHiddenGroups", { count: g.brokerCount })}</p>;
    if (brokers.length === 0 || !limits) return <p>{t("surveys.health.brokersNone")}</p>;
    return (
      <ul className="brokers">
        {brokers.map((n) => (
          <li key={n.id}>
            <span className="strong">{n.label}</span>
            {n.organisationName && n.organisationName !== n.label ? ` (${n.organisationName})` : ""}
            <br />
            {t("surveys.health.brokerWhy", {
              betweenness: f.pct1(n.betweenness),
              mean: f.pct1(limits.betweennessAbove / 2),
              constraint: f.two(n.constraint ?? 0),
              median: f.two(limits.constraintBelow),
            })}{" "}
            {roles(n)} <Link to={mapLink(n)}>{t("surveys.health.showOnMap", { name: n.label })}</Link>
          </li>
        ))}
      </ul>
    );
  };
  return (
    <Section id="brokers-heading" title={t("surveys.health.brokersTitle")}>
      {limits ? (
        <p className="hint">
          {t("surveys.health.brokersIntro", {
            betweenness: f.pct1(limits.betweennessAbove / 2),
            constraint: f.two(limits.constraintBelow),
          })}
        </p>
      ) : null}
      {body()}
      <p className="hint">{t("surveys.rolesHelp")}</p>
    </Section>
  );
}
