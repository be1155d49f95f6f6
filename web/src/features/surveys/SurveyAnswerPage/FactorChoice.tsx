import { useTranslation } from "react-i18next";
import { STRUCTURAL_FACTORS, type StructuralFactor } from "../../../../../src/domain/surveys.ts";
import { TextArea } from "../../../components/Form.tsx";
import { fieldOf } from "./draft.ts";
import { TickList } from "./TickList.tsx";

/** The barriers or enablers of the network's work: the structural factors to tick, and a free text. */

export function FactorChoice({
  kind,
  chosen,
  text,
  onChosen,
  onText,
  error,
}: {
  kind: "barriers" | "enablers";
  chosen: StructuralFactor[];
  text: string;
  onChosen: (f: StructuralFactor[]) => void;
  onText: (v: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const problem = fieldOf(error, kind);
  return (
    <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id={`field-${kind}`}>
      <legend>{kind === "barriers" ? t("surveys.answer.barriers") : t("surveys.answer.enablers")}</legend>
      <p className="hint">{kind === "barriers" ? t("surveys.answer.barriersHint") : t("surveys.answer.enablersHint")}</p>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <TickList
        options={STRUCTURAL_FACTORS}
        chosen={chosen}
        onChosen={onChosen}
        idPrefix={kind}
        label={(f) => t(`surveys.scale.factor.${f}`)}
      />
      <TextArea
        name={`${kind}Text`}
        label={kind === "barriers" ? t("surveys.answer.barriersText") : t("surveys.answer.enablersText")}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(e) => onText(e.target.value)}
        error={error}
      />
    </fieldset>
  );
}
