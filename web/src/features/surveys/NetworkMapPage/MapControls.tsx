import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../../components/Form.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { CENTRALITIES, type Centrality, type ColourBy, EDGE_DIMENSIONS, type EdgeDimension, isPrivacyFiltered } from "../mapGraph.ts";
import type { MapNode } from "../types.ts";
import type { useMapControls } from "./useMapControls.ts";
import type { useMapSelection } from "./useMapSelection.ts";

/** The map's controls: colour and size of the nodes, the tie filter, and the search that chooses a node. */
export function MapControls({
  controls,
  selection,
  focused,
  shownTies,
  totalTies,
  minGroupSize: min,
  number,
}: {
  controls: ReturnType<typeof useMapControls>;
  selection: ReturnType<typeof useMapSelection>;
  focused: MapNode | null;
  shownTies: number;
  totalTies: number;
  minGroupSize: number;
  number: (n: number) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { colourBy, setColourBy, sizeBy, setSizeBy, dimension, chooseDimension, thresholdText, setThresholdText, range } = controls;
  const { focus, clear, search, searchMiss, names, onSearchChange, onSearchSubmit } = selection;
  return (
    <form className="map-controls" onSubmit={onSearchSubmit} aria-label={t("surveys.map.controls")}>
      <RadioGroup
        name="map-colour"
        legend={t("surveys.map.colourBy")}
        value={colourBy}
        onChange={(v) => setColourBy(v as ColourBy)}
        options={[
          { value: "kind", label: t("surveys.map.colourKind") },
          { value: "community", label: t("surveys.map.colourCommunity") },
        ]}
      />
      <SelectField
        name="map-size"
        label={t("surveys.map.sizeBy")}
        value={sizeBy}
        onChange={(e) => setSizeBy(e.target.value as Centrality)}
        options={CENTRALITIES.map((c) => ({ value: c, label: t(`surveys.map.centrality.${c}`) }))}
      />
      <fieldset className="map-filter">
        <legend>{t("surveys.map.filter")}</legend>
        <SelectField
          name="map-dimension"
          label={t("surveys.map.dimensionLabel")}
          value={dimension}
          onChange={(e) => chooseDimension(e.target.value as EdgeDimension)}
          options={EDGE_DIMENSIONS.map((d) => ({ value: d, label: t(`surveys.map.dimension.${d}`) }))}
        />
        <TextField
          name="map-threshold"
          type="number"
          inputMode="decimal"
          label={t("surveys.map.threshold")}
          hint={t("surveys.map.thresholdHint", { min: range.min, max: range.max })}
          min={range.min}
          max={range.max}
          step={0.5}
          value={thresholdText}
          onChange={(e) => setThresholdText(e.target.value)}
        />
        {isPrivacyFiltered(dimension) ? <p className="hint">{t("surveys.map.trustNote", { min })}</p> : null}
        <output className="map-output" htmlFor="field-map-dimension field-map-threshold">
          {t("surveys.map.shownTies", { shown: number(shownTies), total: number(totalTies) })}
        </output>
      </fieldset>
      <div className="map-search">
        <TextField
          name="map-search"
          type="search"
          label={t("surveys.map.search")}
          hint={t("surveys.map.searchHint")}
          list={`${id}-names`}
          autoComplete="off"
          value={search}
          onChange={(e) => onSearchChange(e.target.value)}
        />
        <datalist id={`${id}-names`}>
          {[...names.keys()].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <div className="toolbar">
          <button type="submit">{t("surveys.map.find")}</button>
          {focus !== null ? (
            <button type="button" onClick={clear}>
              {t("surveys.map.clear")}
            </button>
          ) : null}
        </div>
        <p role="status" className="status">
          {searchMiss ? t("surveys.map.noMatch", { query: search }) : focused ? t("surveys.map.selected", { name: focused.label }) : ""}
        </p>
      </div>
    </form>
  );
}
