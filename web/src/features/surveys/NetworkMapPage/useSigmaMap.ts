import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { applyComparison, type Centrality, type ColourBy, type EdgeDimension, type MapGraph, passesFilter } from "../mapGraph.ts";
import type { MapEdge } from "../types.ts";
import { createRenderer, type MapSigma, startLayout } from "./renderer.ts";

/**
 * The map on its canvas: sigma draws the round's graph, the worker lays it out, and the controls, the
 * comparison and the chosen node become item states. Without WebGL the page works on without the canvas.
 */
export function useSigmaMap({
  graph,
  controls,
  focus,
  otherEdges,
  onClickNode,
  onClickStage,
}: {
  graph: MapGraph;
  /** What colours and sizes the nodes, and which ties the filter shows (see `useMapControls`). */
  controls: { colourBy: ColourBy; sizeBy: Centrality; dimension: EdgeDimension; threshold: number };
  focus: string | null;
  /** The ties of the round compared with, or null for no comparison. */
  otherEdges: MapEdge[] | null;
  onClickNode: (id: string) => void;
  onClickStage: () => void;
}) {
  const { colourBy, sizeBy, dimension, threshold } = controls;
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<MapSigma | null>(null);
  const [webgl, setWebgl] = useState<"pending" | "ok" | "failed">("pending");
  const [layout, setLayout] = useState<number | null>(null);
  const clicks = useRef({ onClickNode, onClickStage });
  clicks.current = { onClickNode, onClickStage };

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
    renderer.on("clickNode", ({ node }) => clicks.current.onClickNode(node));
    renderer.on("clickStage", () => clicks.current.onClickStage());
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
    // Batched by state, so that sigma redraws only the items that change. Ties among the chosen node's
    // contacts stay in view, undimmed: with the node's own ties they are its ego network.
    const rest = graph.filterNodes((node) => !near.has(node));
    const among = graph.filterEdges((edge, _attrs, source, target) => !ties.has(edge) && near.has(source) && near.has(target));
    const otherTies = graph.filterEdges((edge, _attrs, source, target) => !ties.has(edge) && !(near.has(source) && near.has(target)));
    renderer.setNodesState(rest, { isHighlighted: false, isFocus: false, isDimmed: chosen !== null });
    renderer.setNodesState(
      [...near].filter((node) => node !== chosen),
      { isHighlighted: true, isFocus: false, isDimmed: false },
    );
    if (chosen !== null) renderer.setNodeState(chosen, { isHighlighted: true, isFocus: true, isDimmed: false });
    renderer.setEdgesState(otherTies, { isHighlighted: false, isDimmed: chosen !== null });
    renderer.setEdgesState(among, { isHighlighted: false, isDimmed: false });
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

  return { container, webgl, layout, onMapKey, camera };
}
