import { type ReactNode, useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { tieChanges } from "../../../../../src/domain/surveyChange.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading } from "../../../components/Page.tsx";
import { buildGraph, isKnownKind, type MapGraph, ORG_KINDS, passesFilter } from "../mapGraph.ts";
import type { RoundAnalysis, SurveyRound } from "../types.ts";
import { Comparison } from "./Comparison.tsx";
import { Legend } from "./Legend.tsx";
import { MapControls } from "./MapControls.tsx";
import { MapProgress } from "./MapProgress.tsx";
import { MapSummary } from "./MapSummary.tsx";
import { NodePanel } from "./NodePanel.tsx";
import { useMapControls } from "./useMapControls.ts";
import { useMapSelection } from "./useMapSelection.ts";
import { useSigmaMap } from "./useSigmaMap.ts";

/** The map of a round: controls, the canvas with its legend, the chosen node or a hint, the comparison and the figures. */
export function MapView({
  analysis,
  compareRound,
  other,
  otherError,
  tablesLink,
  language,
  children,
}: {
  analysis: RoundAnalysis;
  compareRound: SurveyRound | null;
  other: RoundAnalysis | null;
  otherError: unknown;
  tablesLink: { pathname: string; search: string; hash: string };
  language: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const figures = analysis.graph;
  const min = analysis.minGroupSize;
  const level = analysis.round.level;
  const number = useCallback(
    (n: number, digits = 3) => new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(n),
    [language],
  );

  const controls = useMapControls(level);
  const { colourBy, dimension, threshold } = controls;
  const selection = useMapSelection(analysis.nodes, language);
  const { focus, panelHeading, jumpTo } = selection;

  // The map: one graph a round; sigma and the layout worker live in refs, outside React's renders.
  const graph = useMemo<MapGraph>(() => buildGraph(analysis), [analysis]);
  const nodesById = useMemo(() => new Map(analysis.nodes.map((n) => [n.id, n])), [analysis]);

  // Comparison: a round that shows only groups has no ties to show, and one whose people are gone has none left:
  // either way every tie would look new.
  const otherGroups = other !== null && !other.hidden && other.round.tiesVisibility === "groups";
  const otherGone = other !== null && !other.hidden && !otherGroups && other.nodes.length === 0;
  const otherEdges = other && !other.hidden && !otherGone && !otherGroups ? other.edges : null;
  const otherIsOlder = compareRound ? compareRound.opensOn <= analysis.round.opensOn : true;
  const comparison = useMemo(
    () => (otherEdges ? (otherIsOlder ? tieChanges(otherEdges, analysis.edges) : tieChanges(analysis.edges, otherEdges)) : null),
    [analysis.edges, otherEdges, otherIsOlder],
  );

  const { container, webgl, layout, onMapKey, camera } = useSigmaMap({
    graph,
    controls,
    focus,
    otherEdges,
    onClickNode: selection.pick,
    onClickStage: () => selection.select(null),
  });

  const shownTies = useMemo(
    () => analysis.edges.reduce((sum, e) => sum + (passesFilter(e[dimension], threshold) ? 1 : 0), 0),
    [analysis.edges, dimension, threshold],
  );

  const nodesText = t(level === "organisation" ? "surveys.map.organisations" : "surveys.map.people", {
    count: figures?.nodeCount ?? 0,
  });
  const tiesText = t("surveys.map.ties", { count: figures?.edgeCount ?? 0 });
  const focused = focus !== null ? (nodesById.get(focus) ?? null) : null;
  const kindsPresent = ORG_KINDS.filter((k) => analysis.nodes.some((n) => n.kind === k));
  const unknownKind = analysis.nodes.some((n) => !isKnownKind(n.kind));
  const communities = [...analysis.communities].sort((a, b) => a.id - b.id);
  const label = (id: string) => nodesById.get(id)?.label ?? id;

  return (
    <>
      <MapControls
        controls={controls}
        selection={selection}
        focused={focused}
        shownTies={shownTies}
        totalTies={analysis.edges.length}
        minGroupSize={min}
        number={number}
      />

      <div className="map-layout">
        <div className="map-main">
          <div className="toolbar">
            <button type="button" onClick={() => camera("in")} disabled={webgl !== "ok"}>
              {t("surveys.map.zoomIn")}
            </button>
            <button type="button" onClick={() => camera("out")} disabled={webgl !== "ok"}>
              {t("surveys.map.zoomOut")}
            </button>
            <button type="button" onClick={() => camera("reset")} disabled={webgl !== "ok"}>
              {t("surveys.map.reset")}
            </button>
          </div>
          {webgl === "failed" ? <p className="notice">{t("surveys.map.noWebgl")}</p> : null}
          <div
            ref={container}
            className={`map-canvas${webgl === "failed" ? " map-canvas-off" : ""}`}
            role="img"
            aria-label={t("surveys.map.ariaLabel", { nodes: nodesText, ties: tiesText })}
            aria-describedby={`${ids}-keys`}
            // The map takes arrow keys to pan and +/- to zoom, so it must be reachable by keyboard
            tabIndex={webgl === "ok" ? 0 : -1}
            onKeyDown={onMapKey}
          />
          <p className="hint" id={`${ids}-keys`}>
            {t("surveys.map.keys")}
          </p>
          <MapProgress
            label={layout === null ? "" : layout < 100 ? t("surveys.map.arranging", { percent: layout }) : t("surveys.map.arranged")}
            percent={layout}
            done={layout === null || layout >= 100}
          />
          <Legend
            colourBy={colourBy}
            kinds={kindsPresent}
            unknownKind={unknownKind}
            communities={communities}
            level={level}
            comparing={comparison === null ? null : otherIsOlder ? "older" : "newer"}
            number={number}
          />
        </div>

        <div className="map-panel">
          {focused ? (
            <NodePanel
              node={focused}
              graph={graph}
              minGroupSize={min}
              headingRef={panelHeading}
              label={label}
              onJump={jumpTo}
              number={number}
            />
          ) : (
            <section className="panel" aria-labelledby={`${ids}-panel`}>
              <h2 id={`${ids}-panel`}>{t("surveys.map.detailsTitle")}</h2>
              <p>{t("surveys.map.detailsHint")}</p>
              <p className="hint">{t("surveys.map.egoHint")}</p>
            </section>
          )}
          {compareRound ? (
            <section className="panel" aria-labelledby={`${ids}-compare`}>
              <h2 id={`${ids}-compare`}>{t("surveys.map.compareTitle", { title: compareRound.title })}</h2>
              {otherError ? <FormError error={otherError} /> : null}
              {!other && !otherError ? <Loading /> : null}
              {other?.hidden ? <p>{t("surveys.map.compareHidden", { min: other.minGroupSize })}</p> : null}
              {otherGone ? <p>{t("surveys.map.compareGone")}</p> : null}
              {otherGroups ? <p>{t("surveys.map.compareGroups")}</p> : null}
              {comparison && other ? (
                <Comparison
                  changes={comparison}
                  otherIsOlder={otherIsOlder}
                  thisTitle={analysis.round.title}
                  otherTitle={other.round.title}
                  label={label}
                  number={number}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      </div>

      {figures ? <MapSummary figures={figures} level={level} tablesLink={tablesLink} number={number} /> : null}
      {children}
    </>
  );
}
