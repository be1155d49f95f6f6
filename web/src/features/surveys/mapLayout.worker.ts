// ForceAtlas2 for the network map, off the main thread: the page posts node positions and tie
// endpoints as typed arrays; the worker iterates and posts positions back every few iterations.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
// @ts-expect-error: the single-iteration module ships without type declarations
import iterateUntyped from "graphology-layout-forceatlas2/iterate.js";

/** What the page sends: x,y pairs per node and source,target index pairs per tie. */
export interface LayoutRequest {
  positions: Float32Array;
  edges: Uint32Array;
}

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

const REPORT_EVERY_MS = 250;

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

scope.onmessage = (e) => {
  const { positions, edges } = e.data;
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
  const settings = {
    ...DEFAULT_SETTINGS,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > 500,
  };
  const total = iterationsFor(order);
  const report = (done: number) => {
    const out = new Float32Array(order * 2);
    for (let i = 0; i < order; i++) {
      out[2 * i] = nodes[i * PPN] ?? 0;
      out[2 * i + 1] = nodes[i * PPN + 1] ?? 0;
    }
    scope.postMessage({ positions: out, done, total }, [out.buffer]);
  };
  if (order === 0) {
    report(total);
    return;
  }
  // Positions go back a few times a second: each answer costs the page a redraw of the whole map.
  let last = performance.now();
  for (let done = 1; done <= total; done++) {
    iterate(settings, nodes, ties);
    const now = performance.now();
    if (now - last >= REPORT_EVERY_MS || done === total) {
      report(done);
      last = now;
    }
  }
};
