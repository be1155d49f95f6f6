import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../../components/Page.tsx";
import type { MapNode, OrganisationFigures, ReceivedFigures, RoundAnalysis } from "../types.ts";
import { Brokers } from "./Brokers.tsx";
import { receivedTrust, useFormats } from "./format.ts";
import { GraphFiguresList, GraphSummary } from "./GraphFigures.tsx";
import { Homophily } from "./Homophily.tsx";
import { type Column, SortableTable } from "./SortableTable.tsx";

/** The mean of the four trust dimensions a node received, or "hidden" when too few rated it. */
function TrustCell({ r }: { r: ReceivedFigures }) {
  const { t } = useTranslation();
  const f = useFormats();
  const m = receivedTrust(r);
  return m === null ? <span className="meta">{t("surveys.health.hiddenShort")}</span> : f.one(m);
}

export function NetworkStructure({ analysis, networkId }: { analysis: RoundAnalysis; networkId: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const g = analysis.graph;
  const level = analysis.round.level;
  const [technical, setTechnical] = useState(false);
  const nodeColumns = useMemo<(Column<MapNode> & { technical?: boolean })[]>(
    () => [
      { key: "name", label: t("surveys.health.col.name"), value: (n) => n.label, render: (n) => n.label },
      {
        key: "organisation",
        label: t("surveys.health.col.organisation"),
        value: (n) => n.organisationName,
        render: (n) => n.organisationName ?? "–",
      },
      { key: "in", label: t("surveys.health.col.inDegree"), value: (n) => n.inDegree, render: (n) => f.int(n.inDegree), numeric: true },
      {
        key: "out",
        label: t("surveys.health.col.outDegree"),
        value: (n) => n.outDegree,
        render: (n) => f.int(n.outDegree),
        numeric: true,
      },
      {
        key: "betweenness",
        label: t("surveys.health.col.betweenness"),
        value: (n) => n.betweenness,
        render: (n) => f.upTo2(n.betweenness),
        numeric: true,
        technical: true,
      },
      {
        key: "closeness",
        label: t("surveys.health.col.closeness"),
        value: (n) => n.closeness,
        render: (n) => f.upTo2(n.closeness),
        numeric: true,
        technical: true,
      },
      {
        key: "eigenvector",
        label: t("surveys.health.col.eigenvector"),
        value: (n) => n.eigenvector,
        render: (n) => (n.eigenvector === null ? "–" : f.upTo2(n.eigenvector)),
        numeric: true,
        technical: true,
      },
      {
        key: "pagerank",
        label: t("surveys.health.col.pagerank"),
        value: (n) => n.pagerank,
        render: (n) => f.upTo2(n.pagerank),
        numeric: true,
        technical: true,
      },
      ...(
        [
          ["constraint", (n: MapNode) => n.constraint],
          ["effectiveSize", (n: MapNode) => n.effectiveSize],
          ["coreNumber", (n: MapNode) => n.coreNumber],
          ["clustering", (n: MapNode) => n.clustering],
        ] as const
      ).map(([key, value]) => ({
        key,
        label: t(`surveys.health.col.${key}`),
        value,
        render: (n: MapNode) => {
          const v = value(n);
          return v === null ? "–" : f.upTo2(v);
        },
        numeric: true,
        technical: true,
      })),
      {
        key: "community",
        label: t("surveys.health.col.community"),
        value: (n) => n.community,
        render: (n) => f.int(n.community + 1),
        numeric: true,
      },
      {
        key: "broker",
        label: t("surveys.health.col.broker"),
        value: (n) => (n.broker ? 1 : 0),
        render: (n) => (n.broker ? t("surveys.health.yes") : t("surveys.health.no")),
      },
      {
        key: "trust",
        label: t("surveys.health.col.receivedTrust"),
        value: (n) => receivedTrust(n.received),
        render: (n) => <TrustCell r={n.received} />,
        numeric: true,
      },
    ],
    [t, f],
  );
  const orgColumns = useMemo<Column<OrganisationFigures>[]>(
    () => [
      { key: "name", label: t("surveys.health.col.name"), value: (o) => o.name, render: (o) => o.name },
      { key: "kind", label: t("surveys.health.col.kind"), value: (o) => t(`orgKinds.${o.kind}`), render: (o) => t(`orgKinds.${o.kind}`) },
      { key: "nodes", label: t("surveys.health.col.nodes"), value: (o) => o.nodes, render: (o) => f.int(o.nodes), numeric: true },
      {
        key: "degree",
        label: t("surveys.health.col.meanDegree"),
        value: (o) => o.meanDegree,
        render: (o) => f.one(o.meanDegree),
        numeric: true,
      },
      {
        key: "betweenness",
        label: t("surveys.health.col.meanBetweenness"),
        value: (o) => o.meanBetweenness,
        render: (o) => f.upTo2(o.meanBetweenness),
        numeric: true,
      },
      {
        key: "isolates",
        label: t("surveys.health.col.isolates"),
        value: (o) => o.isolates,
        render: (o) => f.int(o.isolates),
        numeric: true,
      },
      {
        key: "trust",
        label: t("surveys.health.col.receivedTrust"),
        value: (o) => receivedTrust(o.received),
        render: (o) => <TrustCell r={o.received} />,
        numeric: true,
      },
    ],
    [t, f],
  );
  if (analysis.hidden || !g) {
    return (
      <Section id="structure-heading" title={t("surveys.health.structureTitle")}>
        <p>
          {analysis.round.status === "open"
            ? t("surveys.health.hiddenOpen")
            : t("surveys.health.structureHidden", { min: analysis.minGroupSize })}
        </p>
      </Section>
    );
  }
  // Once a round's raw answers are deleted, its per-person structure goes with them; the whole-graph figures stay.
  const nodesGone = analysis.nodes.length === 0;
  return (
    <>
      <Section id="structure-heading" title={t("surveys.health.structureTitle")}>
        <p>{t("surveys.health.structureIntro")}</p>
        <GraphSummary g={g} level={level} />
        {analysis.previous ? <p className="meta">{t("surveys.health.comparedTo", { round: analysis.previous.title })}</p> : null}
        <GraphFiguresList g={g} previous={analysis.previous} />
        {nodesGone ? (
          <p className="notice">{t("surveys.health.nodesGone")}</p>
        ) : (
          <p className="toolbar">
            <Link className="button primary" to={`/networks/${networkId}/health/map?round=${encodeURIComponent(analysis.round.id)}`}>
              {t("surveys.health.openMap")}
            </Link>{" "}
            <a href="#tables">{t("surveys.health.toTables")}</a>
          </p>
        )}
        <h3>{t("surveys.health.communitiesTitle")}</h3>
        {analysis.communities.length === 0 ? (
          <p>{t("surveys.health.noCommunities")}</p>
        ) : (
          <ul className="communities">
            {[...analysis.communities]
              .sort((a, b) => b.size - a.size)
              .map((c) => (
                <li key={c.id}>
                  <span className="strong">{t("surveys.health.communityName", { n: c.id + 1 })}</span>
                  {": "}
                  {t(`surveys.health.communitySize.${level}`, { count: c.size })}
                  {c.organisations.length > 0 ? ` — ${t("surveys.health.mainOrganisations", { names: c.organisations.join(", ") })}` : ""}
                </li>
              ))}
          </ul>
        )}
      </Section>
      <Brokers analysis={analysis} networkId={networkId} />
      <Homophily analysis={analysis} />
      <section id="tables" aria-labelledby="tables-heading" tabIndex={-1}>
        <h2 id="tables-heading">{t("surveys.health.tablesTitle")}</h2>
        <p className="hint">{t("surveys.health.tablesHelp", { min: analysis.minGroupSize })}</p>
        {nodesGone ? null : (
          <p className="technical-toggle">
            <input id="health-technical" type="checkbox" checked={technical} onChange={(e) => setTechnical(e.target.checked)} />
            <label htmlFor="health-technical">{t("surveys.health.showTechnical")}</label>
            <span className="hint"> {t("surveys.health.technicalHint")}</span>
          </p>
        )}
        {nodesGone ? null : (
          <SortableTable
            caption={t(`surveys.health.nodesCaption.${level}`)}
            columns={technical ? nodeColumns : nodeColumns.filter((c) => !c.technical)}
            rows={analysis.nodes}
            rowKey={(n) => n.id}
          />
        )}
        <SortableTable
          caption={t("surveys.health.organisationsCaption")}
          columns={orgColumns}
          rows={analysis.organisations}
          rowKey={(o) => o.id}
        />
      </section>
    </>
  );
}
