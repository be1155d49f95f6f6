import type { Attributes } from "graphology-types";
import {
  type FormEvent,
  Fragment,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerPlain, pathLine } from "sigma/rendering";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import {
  applyComparison,
  buildGraph,
  CENTRALITIES,
  type Centrality,
  COMMUNITY_COLOURS,
  type ColourBy,
  communityColour,
  compareTies,
  DIMENSION_RANGE,
  DIMMED_EDGE_COLOUR,
  DIMMED_NODE_COLOUR,
  EDGE_COLOUR,
  EDGE_DIMENSIONS,
  EDGE_FOCUS_COLOUR,
  EDGE_GONE_COLOUR,
  EDGE_NEW_COLOUR,
  type EdgeAttrs,
  type EdgeDimension,
  isPrivacyFiltered,
  KIND_COLOURS,
  kindColour,
  type MapGraph,
  mappableRounds,
  type NodeAttrs,
  ORG_KINDS,
  passesFilter,
  pickRound,
  UNKNOWN_COLOUR,
} from "./mapGraph.ts";
import type { LayoutProgress, LayoutRequest } from "./mapLayout.worker.ts";
import {
  EXPORT_FORMATS,
  type MapEdge,
  type MapNode,
  type RoundAnalysis,
  type RoundList,
  type SurveyRound,
  TRUST_DIMENSIONS,
} from "./types.ts";
import "./map.css";

const EXPORT_KEYS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  gexf: "gexf",
  graphml: "graphml",
  kumu: "kumu",
  "nodes.csv": "nodesCsv",
  "edges.csv": "edgesCsv",
};

// How many ties of a comparison are listed by name; the rest are counted.
const LISTED_TIES = 50;

type NodeState = { isFocus: boolean; isDimmed: boolean };
type EdgeState = { isDimmed: boolean; isFiltered: boolean };
type MapSigma = Sigma<NodeAttrs, EdgeAttrs, Attributes, NodeState, EdgeState>;

/** A conditional style rule; sigma's rules name their consequence `then`, they are not promises. */
function rule<const W extends object, const T extends object>(condition: W, consequence: T) {
  // biome-ignore lint/suspicious/noThenProperty: sigma's style rules are { whenState | whenData, then }
  return { ...condition, then: consequence };
}

/**
 * Sigma with declarative styles over item states rather than reducers: sigma 4 re-evaluates every
 * item through a reducer whenever the camera starts or stops moving, which stalls a 20,000-tie map.
 */
function createRenderer(graph: MapGraph, container: HTMLElement): MapSigma {
  return new Sigma<NodeAttrs, EdgeAttrs, Attributes, NodeState, EdgeState>(graph, container, {
    primitives: { edges: { paths: [pathLine()], extremities: [extremityArrow()], layers: [layerPlain()] } },
    customNodeState: { isFocus: false, isDimmed: false },
    customEdgeState: { isDimmed: false, isFiltered: false },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        rule({ whenState: "isHighlighted" }, { labelVisibility: "visible", depth: "topNodes", zIndex: 1 }),
        rule({ whenState: "isFocus" }, { backdropVisibility: "visible", zIndex: 2 }),
        rule({ whenState: "isDimmed" }, { color: DIMMED_NODE_COLOUR, labelVisibility: "hidden" }),
      ],
      edges: [
        { ...DEFAULT_STYLES.edges, color: EDGE_COLOUR, head: "arrow" },
        rule({ whenState: "isHighlighted" }, { color: EDGE_FOCUS_COLOUR, size: 2, depth: "topEdges", zIndex: 1 }),
        rule({ whenData: { status: "new" } }, { color: EDGE_NEW_COLOUR }),
        rule({ whenData: { status: "gone" } }, { color: EDGE_GONE_COLOUR }),
        rule({ whenState: "isDimmed" }, { color: DIMMED_EDGE_COLOUR }),
        rule({ whenState: "isFiltered" }, { visibility: "hidden" }),
      ],
    },
    settings: {
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      allowInvalidContainer: true,
      labelRenderedSizeThreshold: 9,
      minCameraRatio: 0.02,
      maxCameraRatio: 5,
    },
  });
}

/**
 * Runs ForceAtlas2 in a worker on typed arrays; every answer moves the graph's nodes, and sigma
 * redraws on the graph's events. Progress is reported in steps of ten per cent.
 */
function startLayout(graph: MapGraph, onProgress: (percent: number | null) => void): Worker | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./mapLayout.worker.ts", import.meta.url), { type: "module" });
  } catch {
    // Without workers the map keeps its starting circle of communities.
    onProgress(null);
    return null;
  }
  const positions = new Float32Array(graph.order * 2);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node, attrs) => {
    index.set(node, i);
    positions[2 * i] = attrs.x;
    positions[2 * i + 1] = attrs.y;
    i++;
  });
  const real = graph.filterEdges((_edge, attrs) => attrs.status !== "gone");
  const edges = new Uint32Array(real.length * 2);
  real.forEach((edge, k) => {
    edges[2 * k] = index.get(graph.source(edge)) ?? 0;
    edges[2 * k + 1] = index.get(graph.target(edge)) ?? 0;
  });
  let shown = -1;
  worker.onmessage = (e: MessageEvent<LayoutProgress>) => {
    const { positions: next, done, total } = e.data;
    let j = 0;
    graph.updateEachNodeAttributes(
      (_node, attrs) => {
        attrs.x = next[2 * j] ?? attrs.x;
        attrs.y = next[2 * j + 1] ?? attrs.y;
        j++;
        return attrs;
      },
      { attributes: ["x", "y"] },
    );
    const percent = done >= total ? 100 : Math.floor((done / total) * 10) * 10;
    if (percent !== shown) {
      shown = percent;
      onProgress(percent);
    }
  };
  worker.onerror = () => onProgress(100);
  onProgress(0);
  const request: LayoutRequest = { positions, edges };
  worker.postMessage(request, [positions.buffer, edges.buffer]);
  return worker;
}

/** A colour swatch as SVG attributes: the Content-Security-Policy forbids inline styles. */
function Swatch({ colour, line = false }: { colour: string; line?: boolean }) {
  return (
    <svg className="map-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {line ? <rect x="0" y="6" width="16" height="4" fill={colour} /> : <circle cx="8" cy="8" r="7" fill={colour} />}
    </svg>
  );
}

export function NetworkMapPage() {
  const { t, i18n } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const [params, setParams] = useSearchParams();
  const rounds = useApi<RoundList>(`/api/networks/${networkId}/surveys`);
  const available = useMemo(() => mappableRounds(rounds.data?.items ?? []), [rounds.data]);
  const round = pickRound(available, params.get("round"));
  const compareWith = available.find((r) => r.id === params.get("compare") && r.id !== round?.id && r.level === round?.level) ?? null;
  const analysis = useApi<RoundAnalysis>(round ? `/api/networks/${networkId}/surveys/${round.id}/analysis` : null);
  const other = useApi<RoundAnalysis>(compareWith ? `/api/networks/${networkId}/surveys/${compareWith.id}/analysis` : null);
  const data = analysis.data && analysis.data.round.id === round?.id ? analysis.data : null;
  const otherData = other.data && other.data.round.id === compareWith?.id ? other.data : null;

  const setParam = (name: string, value: string) => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const title = t("surveysUi.map.title");
  if (rounds.error) {
    return (
      <Page title={title}>
        <FormError error={rounds.error} />
      </Page>
    );
  }
  if (!rounds.data) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={title}>
      <p>{t("surveysUi.map.intro")}</p>
      {round ? (
        <>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("surveysUi.map.roundsForm")}>
            <SelectField
              name="map-round"
              label={t("surveysUi.map.round")}
              value={round.id}
              onChange={(e) => setParam("round", e.target.value)}
              options={available.map((r) => ({ value: r.id, label: r.title }))}
            />
            <SelectField
              name="map-compare"
              label={t("surveysUi.map.compareWith")}
              value={compareWith?.id ?? ""}
              onChange={(e) => setParam("compare", e.target.value)}
              options={[
                { value: "", label: t("surveysUi.map.noComparison") },
                ...available.filter((r) => r.id !== round.id && r.level === round.level).map((r) => ({ value: r.id, label: r.title })),
              ]}
            />
          </form>
          {analysis.error ? <FormError error={analysis.error} /> : null}
          {!data && !analysis.error ? <Loading /> : null}
          {data ? (
            <MapContent
              key={data.round.id}
              networkId={networkId}
              analysis={data}
              compareRound={compareWith}
              other={compareWith ? otherData : null}
              otherError={compareWith ? other.error : null}
              coordinator={home.role === "coordinator"}
              language={i18n.language}
            />
          ) : null}
        </>
      ) : (
        <p>{t("surveysUi.map.noRounds")}</p>
      )}
    </Page>
  );
}

function MapContent({
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
            ? t("surveysUi.map.hiddenOpen")
            : t("surveysUi.map.hidden", { respondents: analysis.respondents, min })}
        </p>
        <p>
          <Link to={tablesLink}>{t("surveysUi.map.tablesLink")}</Link>
        </p>
      </>
    );
  }
  // The retention period deleted the raw answers, and with them every person and tie; only whole-graph figures remain.
  if (analysis.nodes.length === 0) {
    return (
      <>
        <p className="notice">{t("surveysUi.map.nodesGone")}</p>
        <p>
          <Link to={tablesLink}>{t("surveysUi.map.tablesLink")}</Link>
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

function Exports({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="map-exports-heading" className="panel">
      <h2 id="map-exports-heading">{t("surveysUi.map.exportTitle")}</h2>
      <p>{t("surveysUi.map.exportNote")}</p>
      <ul className="map-exports">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <a href={`/api/networks/${networkId}/surveys/${roundId}/export?format=${encodeURIComponent(f)}`} download>
              {t(`surveysUi.map.exportFormat.${EXPORT_KEYS[f]}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MapView({
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
    (n: number, digits = 3) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n),
    [language],
  );

  // The controls.
  const [colourBy, setColourBy] = useState<ColourBy>(level === "organisation" ? "community" : "kind");
  const [sizeBy, setSizeBy] = useState<Centrality>("degree");
  const [dimension, setDimension] = useState<EdgeDimension>("knowing");
  const [thresholdText, setThresholdText] = useState(String(DIMENSION_RANGE.knowing.min));
  const [focus, setFocus] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [searchMiss, setSearchMiss] = useState(false);
  const range = DIMENSION_RANGE[dimension];
  const parsed = Number.parseFloat(thresholdText.replace(",", "."));
  const threshold = Number.isFinite(parsed) ? parsed : range.min;

  // The map: one graph a round; sigma and the layout worker live in refs, outside React's renders.
  const graph = useMemo<MapGraph>(() => buildGraph(analysis), [analysis]);
  const nodesById = useMemo(() => new Map(analysis.nodes.map((n) => [n.id, n])), [analysis]);
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<MapSigma | null>(null);
  const [webgl, setWebgl] = useState<"pending" | "ok" | "failed">("pending");
  const [layout, setLayout] = useState<number | null>(null);
  const selectRef = useRef<(id: string | null) => void>(() => {});
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const moveToPanel = useRef(false);

  const select = useCallback((id: string | null) => {
    setFocus(id);
    setSearchMiss(false);
  }, []);
  selectRef.current = select;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let renderer: MapSigma;
    try {
      renderer = createRenderer(graph, element);
    } catch {
      // Sigma throws without WebGL 2 (as in some headless browsers): the page works on without the canvas.
      element.replaceChildren();
      setWebgl("failed");
      return;
    }
    sigma.current = renderer;
    setWebgl("ok");
    renderer.on("clickNode", ({ node }) => {
      moveToPanel.current = false;
      selectRef.current(node);
    });
    renderer.on("clickStage", () => selectRef.current(null));
    const worker = startLayout(graph, setLayout);
    return () => {
      worker?.terminate();
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  // Colour and size are node attributes that sigma's styles read; a change is one pass over the nodes.
  useEffect(() => {
    graph.updateEachNodeAttributes(
      (_node, attrs) => {
        attrs.color = colourBy === "kind" ? attrs.kindColor : attrs.communityColor;
        attrs.size = attrs.sizes[sizeBy];
        return attrs;
      },
      { attributes: ["color", "size"] },
    );
  }, [graph, colourBy, sizeBy]);

  // The current filter and choice, for ties that the comparison adds after the states were set.
  const live = useRef({ dimension, threshold, focus });
  live.current = { dimension, threshold, focus };

  // Comparison: mark new ties and draw the ties no longer reported; sigma follows the graph's events.
  // A round whose people are gone has no ties left to compare with: every tie would look new.
  const otherGone = other !== null && !other.hidden && other.nodes.length === 0;
  const otherEdges = other && !other.hidden && !otherGone ? other.edges : null;
  useEffect(() => {
    const added = applyComparison(graph, otherEdges);
    const renderer = sigma.current;
    if (!renderer) return;
    const { dimension: d, threshold: min, focus: chosen } = live.current;
    for (const edge of added) {
      const attrs = graph.getEdgeAttributes(edge);
      const touches = attrs.from === chosen || attrs.to === chosen;
      renderer.setEdgeState(edge, {
        isFiltered: !passesFilter(attrs.values[d], min),
        isHighlighted: touches,
        isDimmed: chosen !== null && !touches,
      });
    }
  }, [graph, otherEdges]);
  const otherIsOlder = compareRound ? compareRound.opensOn <= analysis.round.opensOn : true;
  const comparison = useMemo(() => (otherEdges ? compareTies(analysis.edges, otherEdges) : null), [analysis.edges, otherEdges]);

  // The tie filter and the chosen node are sigma item states: only the items whose state changes are redrawn.
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer || webgl !== "ok") return;
    const hidden: string[] = [];
    const shown: string[] = [];
    graph.forEachEdge((edge, attrs) => {
      (passesFilter(attrs.values[dimension], threshold) ? shown : hidden).push(edge);
    });
    renderer.setEdgesState(hidden, { isFiltered: true });
    renderer.setEdgesState(shown, { isFiltered: false });
  }, [graph, webgl, dimension, threshold]);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer || webgl !== "ok") return;
    const chosen = focus !== null && graph.hasNode(focus) ? focus : null;
    const near = new Set<string>();
    const ties = new Set<string>();
    if (chosen !== null) {
      near.add(chosen);
      graph.forEachEdge(chosen, (edge, _attrs, source, target) => {
        ties.add(edge);
        near.add(source);
        near.add(target);
      });
    }
    // Batched by state, so that sigma redraws only the items that change.
    const rest = graph.filterNodes((node) => !near.has(node));
    const otherTies = graph.filterEdges((edge) => !ties.has(edge));
    renderer.setNodesState(rest, { isHighlighted: false, isFocus: false, isDimmed: chosen !== null });
    renderer.setNodesState(
      [...near].filter((node) => node !== chosen),
      { isHighlighted: true, isFocus: false, isDimmed: false },
    );
    if (chosen !== null) renderer.setNodeState(chosen, { isHighlighted: true, isFocus: true, isDimmed: false });
    renderer.setEdgesState(otherTies, { isHighlighted: false, isDimmed: chosen !== null });
    renderer.setEdgesState([...ties], { isHighlighted: true, isDimmed: false });
  }, [graph, webgl, focus]);

  // Choosing a node moves the camera to it.
  useEffect(() => {
    const renderer = sigma.current;
    if (focus === null || !renderer) return;
    const shown = renderer.getNodeDisplayData(focus);
    if (!shown) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 500 });
  }, [focus]);

  // After jumping to a neighbour from the panel, keyboard focus goes to the panel's new heading.
  useEffect(() => {
    if (focus !== null && moveToPanel.current) {
      moveToPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [focus]);

  // Esc clears the selection anywhere on the page.
  useEffect(() => {
    if (focus === null) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") {
        setFocus(null);
        setSearch("");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [focus]);

  const jumpTo = (id: string) => {
    moveToPanel.current = true;
    select(id);
  };

  // Search: names as the datalist offers them; a duplicate name gets its organisation added.
  const names = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of analysis.nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
    const byName = new Map<string, string>();
    for (const n of [...analysis.nodes].sort((a, b) => a.label.localeCompare(b.label, language))) {
      let name = n.label;
      if ((counts.get(n.label) ?? 0) > 1) name = `${n.label} (${n.organisationName ?? n.id.slice(0, 8)})`;
      if (byName.has(name)) name = `${name} · ${n.id.slice(0, 8)}`;
      byName.set(name, n.id);
    }
    return byName;
  }, [analysis.nodes, language]);
  const onSearchChange = (value: string) => {
    setSearch(value);
    setSearchMiss(false);
    const id = names.get(value);
    if (id) select(id);
  };
  const onSearchSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = search.trim().toLocaleLowerCase(language);
    if (!q) return;
    const exact = names.get(search.trim());
    const match = exact ?? [...names.entries()].find(([name]) => name.toLocaleLowerCase(language).includes(q))?.[1];
    if (match) select(match);
    else setSearchMiss(true);
  };

  // Keyboard on the map: arrows pan, + and - zoom, 0 resets.
  const onMapKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const camera = sigma.current?.getCamera();
    if (!camera) return;
    const step = 0.1 * camera.ratio;
    const move = (dx: number, dy: number) => void camera.animate({ x: camera.x + dx, y: camera.y + dy }, { duration: 150 });
    switch (e.key) {
      case "ArrowLeft":
        move(-step, 0);
        break;
      case "ArrowRight":
        move(step, 0);
        break;
      case "ArrowUp":
        move(0, step);
        break;
      case "ArrowDown":
        move(0, -step);
        break;
      case "+":
      case "=":
        void camera.zoomIn({ duration: 200 });
        break;
      case "-":
      case "_":
        void camera.zoomOut({ duration: 200 });
        break;
      case "0":
        void camera.reset({ duration: 300 });
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  const camera = (action: "in" | "out" | "reset") => {
    const c = sigma.current?.getCamera();
    if (!c) return;
    if (action === "in") void c.zoomIn({ duration: 200 });
    else if (action === "out") void c.zoomOut({ duration: 200 });
    else void c.reset({ duration: 300 });
  };

  const shownTies = useMemo(
    () => analysis.edges.reduce((sum, e) => sum + (passesFilter(e[dimension], threshold) ? 1 : 0), 0),
    [analysis.edges, dimension, threshold],
  );

  const nodesText = t(level === "organisation" ? "surveysUi.map.organisations" : "surveysUi.map.people", {
    count: figures?.nodeCount ?? 0,
  });
  const tiesText = t("surveysUi.map.ties", { count: figures?.edgeCount ?? 0 });
  const focused = focus !== null ? (nodesById.get(focus) ?? null) : null;
  const kindsPresent = ORG_KINDS.filter((k) => analysis.nodes.some((n) => n.kind === k));
  const unknownKind = analysis.nodes.some((n) => !n.kind || !(n.kind in KIND_COLOURS));
  const communities = [...analysis.communities].sort((a, b) => a.id - b.id);
  const label = (id: string) => nodesById.get(id)?.label ?? id;

  return (
    <>
      <form className="map-controls" onSubmit={onSearchSubmit} aria-label={t("surveysUi.map.controls")}>
        <RadioGroup
          name="map-colour"
          legend={t("surveysUi.map.colourBy")}
          value={colourBy}
          onChange={(v) => setColourBy(v as ColourBy)}
          options={[
            { value: "kind", label: t("surveysUi.map.colourKind") },
            { value: "community", label: t("surveysUi.map.colourCommunity") },
          ]}
        />
        <SelectField
          name="map-size"
          label={t("surveysUi.map.sizeBy")}
          value={sizeBy}
          onChange={(e) => setSizeBy(e.target.value as Centrality)}
          options={CENTRALITIES.map((c) => ({ value: c, label: t(`surveysUi.map.centrality.${c}`) }))}
        />
        <fieldset className="map-filter">
          <legend>{t("surveysUi.map.filter")}</legend>
          <SelectField
            name="map-dimension"
            label={t("surveysUi.map.dimensionLabel")}
            value={dimension}
            onChange={(e) => {
              const d = e.target.value as EdgeDimension;
              setDimension(d);
              setThresholdText(String(DIMENSION_RANGE[d].min));
            }}
            options={EDGE_DIMENSIONS.map((d) => ({ value: d, label: t(`surveysUi.map.dimension.${d}`) }))}
          />
          <TextField
            name="map-threshold"
            type="number"
            inputMode="decimal"
            label={t("surveysUi.map.threshold")}
            hint={t("surveysUi.map.thresholdHint", { min: range.min, max: range.max })}
            min={range.min}
            max={range.max}
            step={0.5}
            value={thresholdText}
            onChange={(e) => setThresholdText(e.target.value)}
          />
          {isPrivacyFiltered(dimension) ? <p className="hint">{t("surveysUi.map.trustNote", { min })}</p> : null}
          <output className="map-output" htmlFor="field-map-dimension field-map-threshold">
            {t("surveysUi.map.shownTies", { shown: number(shownTies), total: number(analysis.edges.length) })}
          </output>
        </fieldset>
        <div className="map-search">
          <TextField
            name="map-search"
            type="search"
            label={t("surveysUi.map.search")}
            hint={t("surveysUi.map.searchHint")}
            list={`${ids}-names`}
            autoComplete="off"
            value={search}
            onChange={(e) => onSearchChange(e.target.value)}
          />
          <datalist id={`${ids}-names`}>
            {[...names.keys()].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div className="toolbar">
            <button type="submit">{t("surveysUi.map.find")}</button>
            {focus !== null ? (
              <button
                type="button"
                onClick={() => {
                  select(null);
                  setSearch("");
                }}
              >
                {t("surveysUi.map.clear")}
              </button>
            ) : null}
          </div>
          <p role="status" className="status">
            {searchMiss
              ? t("surveysUi.map.noMatch", { query: search })
              : focused
                ? t("surveysUi.map.selected", { name: focused.label })
                : ""}
          </p>
        </div>
      </form>

      <div className="map-layout">
        <div className="map-main">
          <div className="toolbar">
            <button type="button" onClick={() => camera("in")} disabled={webgl !== "ok"}>
              {t("surveysUi.map.zoomIn")}
            </button>
            <button type="button" onClick={() => camera("out")} disabled={webgl !== "ok"}>
              {t("surveysUi.map.zoomOut")}
            </button>
            <button type="button" onClick={() => camera("reset")} disabled={webgl !== "ok"}>
              {t("surveysUi.map.reset")}
            </button>
          </div>
          {webgl === "failed" ? <p className="notice">{t("surveysUi.map.noWebgl")}</p> : null}
          <div
            ref={container}
            className={`map-canvas${webgl === "failed" ? " map-canvas-off" : ""}`}
            role="img"
            aria-label={t("surveysUi.map.ariaLabel", { nodes: nodesText, ties: tiesText })}
            aria-describedby={`${ids}-keys`}
            // The map takes arrow keys to pan and +/- to zoom, so it must be reachable by keyboard
            tabIndex={webgl === "ok" ? 0 : -1}
            onKeyDown={onMapKey}
          />
          <p className="hint" id={`${ids}-keys`}>
            {t("surveysUi.map.keys")}
          </p>
          <p role="status" className="status">
            {layout === null ? "" : layout < 100 ? t("surveysUi.map.arranging", { percent: layout }) : t("surveysUi.map.arranged")}
          </p>
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
              <h2 id={`${ids}-panel`}>{t("surveysUi.map.detailsTitle")}</h2>
              <p>{t("surveysUi.map.detailsHint")}</p>
            </section>
          )}
          {compareRound ? (
            <section className="panel" aria-labelledby={`${ids}-compare`}>
              <h2 id={`${ids}-compare`}>{t("surveysUi.map.compareTitle", { title: compareRound.title })}</h2>
              {otherError ? <FormError error={otherError} /> : null}
              {!other && !otherError ? <Loading /> : null}
              {other?.hidden ? <p>{t("surveysUi.map.compareHidden", { min: other.minGroupSize })}</p> : null}
              {otherGone ? <p>{t("surveysUi.map.compareGone")}</p> : null}
              {comparison && other ? (
                <Comparison
                  added={comparison.added}
                  removed={comparison.removed}
                  otherIsOlder={otherIsOlder}
                  otherTitle={other.round.title}
                  label={label}
                  number={number}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      </div>

      {figures ? (
        <section aria-labelledby={`${ids}-summary`} className="panel">
          <h2 id={`${ids}-summary`}>{t("surveysUi.map.summaryTitle")}</h2>
          <dl className="facts">
            <dt>{t(level === "organisation" ? "surveysUi.map.nodesOrganisations" : "surveysUi.map.nodesPeople")}</dt>
            <dd>{number(figures.nodeCount)}</dd>
            <dt>{t("surveysUi.map.tiesLabel")}</dt>
            <dd>{number(figures.edgeCount)}</dd>
            <dt>{t("surveysUi.map.density")}</dt>
            <dd>{number(figures.density)}</dd>
            <dt>{t("surveysUi.map.communities")}</dt>
            <dd>{number(figures.communityCount)}</dd>
            <dt>{t("surveysUi.map.isolates")}</dt>
            <dd>{number(figures.isolateCount)}</dd>
            <dt>{t("surveysUi.map.brokers")}</dt>
            <dd>{number(figures.brokerCount)}</dd>
          </dl>
          <p>
            <Link to={tablesLink}>{t("surveysUi.map.tablesLink")}</Link>
          </p>
        </section>
      ) : null}
      {children}
    </>
  );
}

function Legend({
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
      <h2 id={`${id}-legend`}>{t("surveysUi.map.legendTitle")}</h2>
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
                {t("surveysUi.map.kindUnknown")}
              </li>
            ) : null}
          </>
        ) : (
          communities.map((c) => (
            <li key={c.id}>
              <Swatch colour={communityColour(c.id)} />
              {t(level === "organisation" ? "surveysUi.map.communityOrganisations" : "surveysUi.map.communityPeople", {
                n: c.id + 1,
                count: c.size,
                size: number(c.size),
              })}
            </li>
          ))
        )}
      </ul>
      {colourBy === "community" && communities.length > COMMUNITY_COLOURS.length ? (
        <p className="hint">{t("surveysUi.map.coloursRepeat", { n: COMMUNITY_COLOURS.length })}</p>
      ) : null}
      <ul className="map-legend-list" aria-label={t("surveysUi.map.tieLegend")}>
        <li>
          <Swatch colour={EDGE_COLOUR} line />
          {t(comparing ? "surveysUi.map.tieSame" : "surveysUi.map.tie")}
        </li>
        {comparing ? (
          <>
            <li>
              <Swatch colour={EDGE_NEW_COLOUR} line />
              {t(comparing === "older" ? "surveysUi.map.tieNew" : "surveysUi.map.tieOnlyThis")}
            </li>
            <li>
              <Swatch colour={EDGE_GONE_COLOUR} line />
              {t(comparing === "older" ? "surveysUi.map.tieGone" : "surveysUi.map.tieOnlyOther")}
            </li>
          </>
        ) : null}
      </ul>
      <p className="hint">{t("surveysUi.map.sizeNote")}</p>
    </div>
  );
}

function NodePanel({
  node,
  graph,
  minGroupSize,
  headingRef,
  label,
  onJump,
  number,
}: {
  node: MapNode;
  graph: MapGraph;
  minGroupSize: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  label: (id: string) => string;
  onJump: (id: string) => void;
  number: (n: number, digits?: number) => string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const byName = (a: string, b: string) => label(a).localeCompare(label(b), i18n.language);
  const real = (edge: string) => graph.getEdgeAttribute(edge, "status") !== "gone";
  const outgoing = graph.hasNode(node.id)
    ? graph
        .outEdges(node.id)
        .filter(real)
        .map((e) => graph.target(e))
        .sort(byName)
    : [];
  const incoming = graph.hasNode(node.id)
    ? graph
        .inEdges(node.id)
        .filter(real)
        .map((e) => graph.source(e))
        .sort(byName)
    : [];
  const received = node.received;
  const trustValue = (v: number | null) =>
    v !== null ? number(v, 2) : received.raters < minGroupSize ? t("surveysUi.map.hiddenRaters", { min: minGroupSize }) : "–";
  const list = (ids: string[], heading: string, key: string) => (
    <>
      <h3 id={`${id}-${key}`}>{heading}</h3>
      {ids.length ? (
        <ul className="map-neighbours" aria-labelledby={`${id}-${key}`}>
          {ids.map((n) => (
            <li key={n}>
              <button type="button" className="link-button" onClick={() => onJump(n)}>
                {label(n)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("surveysUi.map.none")}</p>
      )}
    </>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`} ref={headingRef} tabIndex={-1}>
        {node.label}
      </h2>
      <dl className="facts">
        {node.organisationName ? (
          <>
            <dt>{t("surveysUi.map.organisation")}</dt>
            <dd>{node.organisationName}</dd>
          </>
        ) : null}
        <dt>{t("surveysUi.map.kind")}</dt>
        <dd>{node.kind && node.kind in KIND_COLOURS ? t(`orgKinds.${node.kind}`) : t("surveysUi.map.kindUnknown")}</dd>
        <dt>{t("surveysUi.map.inDegree")}</dt>
        <dd>{number(node.inDegree)}</dd>
        <dt>{t("surveysUi.map.outDegree")}</dt>
        <dd>{number(node.outDegree)}</dd>
        <dt>{t("surveysUi.map.centrality.betweenness")}</dt>
        <dd>{number(node.betweenness)}</dd>
        <dt>{t("surveysUi.map.centrality.closeness")}</dt>
        <dd>{number(node.closeness)}</dd>
        <dt>{t("surveysUi.map.centrality.eigenvector")}</dt>
        <dd>{node.eigenvector === null ? "–" : number(node.eigenvector)}</dd>
        <dt>{t("surveysUi.map.centrality.pagerank")}</dt>
        <dd>{number(node.pagerank)}</dd>
        <dt>{t("surveysUi.map.community")}</dt>
        <dd>{number(node.community + 1)}</dd>
        <dt>{t("surveysUi.map.broker")}</dt>
        <dd>{node.broker ? t("surveysUi.map.yes") : t("surveysUi.map.no")}</dd>
      </dl>
      <h3>{t("surveysUi.map.receivedTitle")}</h3>
      <p className="hint">{t("surveysUi.map.raters", { count: received.raters })}</p>
      <dl className="facts">
        {TRUST_DIMENSIONS.map((d) => (
          <Fragment key={d}>
            <dt>{t(`surveysUi.map.dimension.${d}`)}</dt>
            <dd>{trustValue(received[d])}</dd>
          </Fragment>
        ))}
        <dt>{t("surveysUi.map.dimension.commitment")}</dt>
        <dd>{trustValue(received.commitment)}</dd>
      </dl>
      {list(outgoing, t("surveysUi.map.outgoing", { n: outgoing.length }), "out")}
      {list(incoming, t("surveysUi.map.incoming", { n: incoming.length }), "in")}
    </section>
  );
}

function Comparison({
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
  const tie = (e: MapEdge) => t("surveysUi.map.tieName", { source: label(e.source), target: label(e.target) });
  const list = (edges: MapEdge[], heading: string) =>
    edges.length ? (
      <details>
        <summary>{heading}</summary>
        <ul>
          {edges.slice(0, LISTED_TIES).map((e) => (
            <li key={`${e.source}>${e.target}`}>{tie(e)}</li>
          ))}
        </ul>
        {edges.length > LISTED_TIES ? <p>{t("surveysUi.map.andMore", { n: number(edges.length - LISTED_TIES) })}</p> : null}
      </details>
    ) : null;
  return (
    <>
      <p>
        {otherIsOlder
          ? t("surveysUi.map.compareSummary", { added: number(added.length), removed: number(removed.length) })
          : t("surveysUi.map.compareSummaryLater", { added: number(added.length), removed: number(removed.length), title: otherTitle })}
      </p>
      {list(added, otherIsOlder ? t("surveysUi.map.newTies") : t("surveysUi.map.onlyThisRound"))}
      {list(removed, otherIsOlder ? t("surveysUi.map.goneTies") : t("surveysUi.map.onlyOtherRound", { title: otherTitle }))}
    </>
  );
}
