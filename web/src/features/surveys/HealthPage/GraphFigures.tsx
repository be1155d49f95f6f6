import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GraphFigures, RoundAnalysis, SurveyRound } from "../types.ts";
import { Delta } from "./Delta.tsx";
import { useFormats } from "./format.ts";

// Rules of thumb for the summary: above these, ties gather on a few nodes, or groups stand clearly apart.
const HIGH_CENTRALIZATION = 0.5;
const CLEAR_MODULARITY = 0.4;

function graphDiffs(g: GraphFigures, p: GraphFigures | undefined) {
  const d = (a: number | null, b: number | null | undefined, scale = 1) => (p && a !== null && b != null ? (a - b) * scale : null);
  return {
    nodes: d(g.nodeCount, p?.nodeCount),
    ties: d(g.edgeCount, p?.edgeCount),
    density: d(g.density, p?.density, 100),
    reciprocity: d(g.reciprocity, p?.reciprocity, 100),
    degree: d(g.degreeCentralization, p?.degreeCentralization),
    betweenness: d(g.betweennessCentralization, p?.betweennessCentralization),
    communities: d(g.communityCount, p?.communityCount),
    modularity: d(g.modularity, p?.modularity),
    isolates: d(g.isolateCount, p?.isolateCount),
    brokers: d(g.brokerCount, p?.brokerCount),
  };
}

export function GraphSummary({ g, level }: { g: GraphFigures; level: SurveyRound["level"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const groups = { count: g.communityCount, modularity: f.two(g.modularity) };
  const sentences = [
    t(`surveys.health.summary.size.${level}`, { nodes: f.int(g.nodeCount), ties: f.int(g.edgeCount), density: f.pct1(g.density) }),
    g.reciprocity === null ? null : t("surveys.health.summary.reciprocity", { value: f.pct(g.reciprocity) }),
    g.degreeCentralization >= HIGH_CENTRALIZATION ? t("surveys.health.summary.centralized") : t("surveys.health.summary.spread"),
    g.communityCount <= 1
      ? t("surveys.health.summary.oneGroup")
      : g.modularity >= CLEAR_MODULARITY
        ? t("surveys.health.summary.groupsClear", groups)
        : t("surveys.health.summary.groupsMixed", groups),
    g.isolateCount > 0 ? t("surveys.health.summary.isolates", { count: g.isolateCount }) : t("surveys.health.summary.noIsolates"),
    g.brokerCount ? t("surveys.health.summary.brokers", { count: g.brokerCount }) : null,
  ].filter(Boolean);
  return <p className="summary">{sentences.join(" ")}</p>;
}

export function GraphFiguresList({ g, previous }: { g: GraphFigures; previous: RoundAnalysis["previous"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const diff = graphDiffs(g, previous?.graph);
  const round = previous?.title ?? "";
  const rows: { key: string; value: string; delta: ReactNode }[] = [
    { key: "nodes", value: f.int(g.nodeCount), delta: <Delta diff={diff.nodes} format={f.int} round={round} better="neither" /> },
    { key: "ties", value: f.int(g.edgeCount), delta: <Delta diff={diff.ties} format={f.int} round={round} /> },
    { key: "density", value: f.pct1(g.density), delta: <Delta diff={diff.density} format={f.upTo2} round={round} unit="Pp" /> },
    {
      key: "reciprocity",
      value: g.reciprocity === null ? t("surveys.health.notDirected") : f.pct(g.reciprocity),
      delta: <Delta diff={diff.reciprocity} format={f.upTo1} round={round} unit="Pp" />,
    },
    {
      key: "degreeCentralization",
      value: f.two(g.degreeCentralization),
      delta: <Delta diff={diff.degree} format={f.two} round={round} better="neither" />,
    },
    {
      key: "betweennessCentralization",
      value: f.two(g.betweennessCentralization),
      delta: <Delta diff={diff.betweenness} format={f.two} round={round} better="neither" />,
    },
    {
      key: "communities",
      value: f.int(g.communityCount),
      delta: <Delta diff={diff.communities} format={f.int} round={round} better="neither" />,
    },
    {
      key: "modularity",
      value: f.two(g.modularity),
      delta: <Delta diff={diff.modularity} format={f.two} round={round} better="neither" />,
    },
    { key: "isolates", value: f.int(g.isolateCount), delta: <Delta diff={diff.isolates} format={f.int} round={round} better="down" /> },
    {
      key: "brokers",
      value: g.brokerCount === null ? t("surveys.health.notKnown") : f.int(g.brokerCount),
      delta: <Delta diff={diff.brokers} format={f.int} round={round} better="neither" />,
    },
    {
      key: "averageClustering",
      value: g.averageClustering === null ? t("surveys.health.notKnown") : f.two(g.averageClustering),
      delta: null,
    },
    { key: "maxCoreNumber", value: g.maxCoreNumber === null ? t("surveys.health.notKnown") : f.int(g.maxCoreNumber), delta: null },
  ];
  return (
    <dl className="graph-figures">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{t(`surveys.health.graph.${r.key}`)}</dt>
          <dd>
            <span className="strong">{r.value}</span> {r.delta}
            <span className="hint">{t(`surveys.health.graphHelp.${r.key}`)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
