import { useTranslation } from "react-i18next";
import { VALUE_ITEMS, VALUE_MAX } from "../../../../../src/domain/resources.ts";
import type { SurveyRound } from "../types.ts";
import { fieldOf, type RatingDraft } from "./draft.ts";
import { Scale } from "./Scale.tsx";

const VALUE_LEVELS = Array.from({ length: VALUE_MAX }, (_, i) => i + 1);

/** How valuable a known partner is, on power and influence, involvement and resources (1–4 or "can't say"). */
export function ValueQuestions({
  level,
  path,
  idBase,
  radioBase,
  rating,
  onChange,
  error,
}: {
  level: SurveyRound["level"];
  path: string;
  idBase: string;
  radioBase: string;
  rating: RatingDraft;
  onChange: (r: RatingDraft) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="survey-value">
      <legend>{t("surveys.answer.valueLegend", { context: level })}</legend>
      <p className="hint">{t("surveys.answer.valueHint")}</p>
      <div className="survey-card-grid">
        {VALUE_ITEMS.map((item) => (
          <Scale
            key={item}
            id={`${idBase}.${item}`}
            name={`${radioBase}-${item}`}
            legend={t(`surveys.scale.valueItem.${item}.name`)}
            description={t(`surveys.scale.valueItem.${item}.question`, { context: level })}
            values={VALUE_LEVELS}
            labelOf={(v) => t(`surveys.scale.value.${v}`)}
            value={rating[item] ?? null}
            onChange={(v) => onChange({ ...rating, [item]: v })}
            cantSay
            error={fieldOf(error, `${path}.${item}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
