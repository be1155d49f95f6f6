import { useState } from "react";
import { type Centrality, type ColourBy, DIMENSION_RANGE, type EdgeDimension } from "../mapGraph.ts";
import type { SurveyRound } from "../types.ts";

/** The map's controls: what colours and sizes the nodes, and which ties the filter shows. */
export function useMapControls(level: SurveyRound["level"]) {
  const [colourBy, setColourBy] = useState<ColourBy>(level === "organisation" ? "community" : "kind");
  const [sizeBy, setSizeBy] = useState<Centrality>("degree");
  const [dimension, setDimension] = useState<EdgeDimension>("knowing");
  const [thresholdText, setThresholdText] = useState(String(DIMENSION_RANGE.knowing.min));
  const range = DIMENSION_RANGE[dimension];
  const parsed = Number.parseFloat(thresholdText.replace(",", "."));
  const threshold = Number.isFinite(parsed) ? parsed : range.min;
  /** A new dimension starts its filter from the bottom of its scale. */
  const chooseDimension = (d: EdgeDimension) => {
    setDimension(d);
    setThresholdText(String(DIMENSION_RANGE[d].min));
  };
  return { colourBy, setColourBy, sizeBy, setSizeBy, dimension, chooseDimension, thresholdText, setThresholdText, range, threshold };
}
