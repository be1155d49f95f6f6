// ForceAtlas2 for the network map, off the main thread: the page posts node positions and tie
// endpoints as typed arrays; the worker iterates and posts positions back whenever the page asks for the next ones.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
// @ts-expect-error: the single-iteration module ships without type declarations
import iterateUntyped from "graphology-layout-forceatlas2/iterate.js";

/**
 * What the page sends: first x,y pairs per node and source,target index pairs per tie; then "next" each time it has
 * drawn the positions it was given and is ready for newer ones.
 */
export type LayoutRequest = { positions: Float32Array; edges: Uint32Array } | "next";

/** What the worker answers: x,y pairs per node after `done` of `total` iterations. */
export interface LayoutProgress {
  positions: Float32Array;
  done: number;
  total: number;
}

type Iterate = (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => void;
const iterate = iterateUntyped as Iterate;

// The library's defaults (graphology-layout-forceatlas2/defaults.js), which inferSettings then adjusts.
const DEFAULT_SETTINGS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

/** The most positions are sent a second: each answer costs the page a redraw of the whole map. */
const REPORT_EVERY_MS = 250;
/** How long the worker iterates before it looks for the page's messages. */
const SLICE_MS = 30;

// The layout's own matrix layout (see graphology-layout-forceatlas2/helpers.js): 10 numbers a node, 3 a tie.
const PPN = 10;
const PPE = 3;

/** More iterations for small maps, fewer for big ones, so that every map is arranged in a few seconds. */
function iterationsFor(order: number): number {
  if (order <= 100) return 600;
  if (order <= 500) return 400;
  if (order <= 1000) return 300;
  return 200;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The layout under way: its matrices, how far it has come, and whether the page waits for positions. */
interface Run {
  nodes: Float32Array;
  ties: Float32Array;
  order: number;
  settings: Required<ForceAtlas2Settings>;
  done: number;
  total: number;
  wanted: boolean;
  lastSent: number;
}
let run: Run | null = null;

function start(positions: Float32Array, edges: Uint32Array): Run {
  const order = positions.length / 2;
  const size = edges.length / 2;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const j = i * PPN;
    nodes[j] = positions[2 * i] ?? 0;
    nodes[j + 1] = positions[2 * i + 1] ?? 0;
    nodes[j + 6] = 1; // mass, grown by degree below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const ties = new Float32Array(size * PPE);
  for (let k = 0; k < size; k++) {
    const s = (edges[2 * k] ?? 0) * PPN;
    const t = (edges[2 * k + 1] ?? 0) * PPN;
    ties[k * PPE] = s;
    ties[k * PPE + 1] = t;
    ties[k * PPE + 2] = 1;
    nodes[s + 6] = (nodes[s + 6] ?? 1) + 1;
    nodes[t + 6] = (nodes[t + 6] ?? 1) + 1;
  }
  const settings = { ...DEFAULT_SETTINGS, ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500 };
  // The page draws the starting positions itself and asks for the first layout step at once.
  return { nodes, ties, order, settings, done: 0, total: order === 0 ? 0 : iterationsFor(order), wanted: true, lastSent: 0 };
}

function send(r: Run) {
  const out = new Float32Array(r.order * 2);
  for (let i = 0; i < r.order; i++) {
    out[2 * i] = r.nodes[i * PPN] ?? 0;
    out[2 * i + 1] = r.nodes[i * PPN + 1] ?? 0;
  }
  r.wanted = false;
  r.lastSent = performance.now();
  scope.postMessage({ positions: out, done: r.done, total: r.total }, [out.buffer]);
}

/**
 * Iterates in slices, between which the page's "next" can arrive. Positions go only to a page that asked for them
 * (it asks once it has drawn the last ones), so a slow device draws fewer steps of the layout rather than falling
 * behind with its main thread busy redrawing; the layout itself takes as long either way.
 */
function iterateSlice(r: Run) {
  if (run !== r) return;
  const until = performance.now() + SLICE_MS;
  while (r.done < r.total && performance.now() < until) {
    iterate(r.settings, r.nodes, r.ties);
    r.done++;
  }
  if (r.done >= r.total) {
    if (r.wanted) send(r);
    return;
  }
  if (r.wanted && performance.now() - r.lastSent >= REPORT_EVERY_MS) send(r);
  setTimeout(() => iterateSlice(r), 0);
}

scope.onmessage = (e) => {
  const message = e.data;
  if (message === "next") {
    if (!run) return;
    run.wanted = true;
    // A finished layout has nothing newer: its last positions go out now.
    if (run.done >= run.total) send(run);
    return;
  }
  run = start(message.positions, message.edges);
  iterateSlice(run);
};
