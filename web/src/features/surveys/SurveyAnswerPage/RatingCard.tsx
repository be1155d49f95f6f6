import { useTranslation } from "react-i18next";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import type { SurveyRound, SurveyTarget } from "../types.ts";
import { FIVE, FREQUENCY_LEVELS, fieldOf, KNOWING_LEVELS, type RatingDraft, targetMeta } from "./draft.ts";
import { Scale } from "./Scale.tsx";
import { ValueQuestions } from "./ValueQuestions.tsx";

/**
 * The rating card of one chosen person or organisation. Its questions speak of the one being rated: a person in
 * the singular, an organisation as "it" (i18next context `_person` / `_organisation`).
 */
export function RatingCard({
  level,
  index,
  rating,
  target,
  onChange,
  onRemove,
  error,
  asksValue,
}: {
  level: SurveyRound["level"];
  /** The round asks how valuable partners are: asked of those one knows at least by name. */
  asksValue: boolean;
  index: number;
  rating: RatingDraft;
  target: SurveyTarget | undefined;
  onChange: (r: RatingDraft) => void;
  onRemove: () => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const name = target?.name ?? t("surveys.answer.unknownTarget");
  const meta = targetMeta(target, t);
  const path = `ratings.${index}`;
  const key = `field-${path}`;
  const radio = `rate-${rating.targetId}`;
  const set = (k: keyof RatingDraft) => (v: number | null) => onChange({ ...rating, [k]: v });
  const targetProblem = fieldOf(error, `${path}.targetId`);
  return (
    <li>
      <fieldset className="survey-card" id={key}>
        <legend>
          <span className="survey-card-name">{name}</span>
          {meta ? <span className="survey-card-org"> ({meta})</span> : null}
        </legend>
        {targetProblem ? (
          <p className="field-problem" id={`${key}.targetId`}>
            {targetProblem}
          </p>
        ) : null}
        <div className="survey-card-grid">
          <Scale
            id={`${key}.knowing`}
            name={`${radio}-knowing`}
            legend={t("surveys.answer.knowing", { context: level })}
            values={KNOWING_LEVELS}
            labelOf={(v) => t(`surveys.scale.knowing.${v}`, { context: level })}
            value={rating.knowing}
            onChange={set("knowing")}
            error={fieldOf(error, `${path}.knowing`)}
          />
          <Scale
            id={`${key}.frequency`}
            name={`${radio}-frequency`}
            legend={t("surveys.answer.frequency")}
            values={FREQUENCY_LEVELS}
            labelOf={(v) => t(`surveys.scale.frequency.${v}`)}
            value={rating.frequency}
            onChange={set("frequency")}
            error={fieldOf(error, `${path}.frequency`)}
          />
          {TRUST_DIMENSIONS.map((d) => (
            <Scale
              key={d}
              id={`${key}.${d}`}
              name={`${radio}-${d}`}
              legend={t("surveys.answer.trustLegend", { dimension: t(`surveys.scale.trust.${d}.name`) })}
              description={t(`surveys.scale.trust.${d}.description`, { context: level })}
              values={FIVE}
              value={rating[d]}
              onChange={set(d)}
              cantSay
              error={fieldOf(error, `${path}.${d}`)}
            />
          ))}
          <Scale
            id={`${key}.commitment`}
            name={`${radio}-commitment`}
            legend={t("surveys.answer.commitment")}
            description={t("surveys.answer.commitmentHint", { context: level })}
            values={FIVE}
            value={rating.commitment}
            onChange={set("commitment")}
            cantSay
            error={fieldOf(error, `${path}.commitment`)}
          />
        </div>
        {asksValue && (rating.knowing ?? 0) >= 1 ? (
          <ValueQuestions level={level} path={path} idBase={key} radioBase={radio} rating={rating} onChange={onChange} error={error} />
        ) : null}
        <button type="button" className="danger" onClick={onRemove}>
          {t("surveys.answer.remove")}
          <span className="visually-hidden">: {name}</span>
        </button>
      </fieldset>
    </li>
  );
}
