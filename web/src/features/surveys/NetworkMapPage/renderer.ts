// Sigma and the layout worker for the network map: they live outside React's renders.
import type { Attributes } from "graphology-types";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerPlain, pathLine } from "sigma/rendering";
import {
  DIMMED_EDGE_COLOUR,
  DIMMED_NODE_COLOUR,
  EDGE_COLOUR,
  EDGE_FOCUS_COLOUR,
  EDGE_GONE_COLOUR,
  EDGE_NEW_COLOUR,
  type EdgeAttrs,
  type MapGraph,
  type NodeAttrs,
} from "../mapGraph.ts";
import type { LayoutProgress, LayoutRequest } from "../mapLayout.worker.ts";

type NodeState = { isFocus: boolean; isDimmed: boolean };
type EdgeState = { isDimmed: boolean; isFiltered: boolean };
export type MapSigma = Sigma<NodeAttrs, EdgeAttrs, Attributes, NodeState, EdgeState>;

/** A conditional style rule; sigma's rules name their consequence `then`, they are not promises. */
function rule<const W extends object, const T extends object>(condition: W, consequence: T) {
  // biome-ignore lint/suspicious/noThenProperty: sigma's style rules are { whenState | whenData, then }
  return { ...condition, then: consequence };
}

/**
 * Sigma with declarative styles over item states rather than reducers: sigma 4 re-evaluates every
 * item through a reducer whenever the camera starts or stops moving, which stalls a 20,000-tie map.
 */
export function createRenderer(graph: MapGraph, container: HTMLElement): MapSigma {
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
 * redraws on the graph's events. The next positions are asked for only once these are drawn and the page has
 * been idle, so that a slow device stays responsive while the layout runs. Progress is reported in steps of ten
 * per cent.
 */
export function startLayout(graph: MapGraph, onProgress: (percent: number | null) => void): Worker | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL("../mapLayout.worker.ts", import.meta.url), { type: "module" });
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
  // Sigma draws the moved nodes in the next animation frame; after it, input waiting for the main thread goes first.
  const askNext = () =>
    requestAnimationFrame(() => {
      const next = () => worker.postMessage("next" satisfies LayoutRequest);
      if (typeof requestIdleCallback === "function") requestIdleCallback(next, { timeout: 1000 });
      else setTimeout(next, 0);
    });
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
    if (done < total) askNext();
  };
  worker.onerror = () => onProgress(100);
  onProgress(0);
  const request: LayoutRequest = { positions, edges };
  worker.postMessage(request, [positions.buffer, edges.buffer]);
  return worker;
}
