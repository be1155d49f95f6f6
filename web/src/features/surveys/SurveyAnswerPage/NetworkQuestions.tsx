import { useTranslation } from "react-i18next";
import { NETWORK_TYPES, SELF_COMMITMENT_ITEMS } from "../../../../../src/domain/surveys.ts";
import { Section } from "../../../components/Page.tsx";
import { type AnswerDraft, FIVE, fieldOf } from "./draft.ts";
import { FactorChoice } from "./FactorChoice.tsx";
import { Scale } from "./Scale.tsx";

/** Step 2: one's own commitment, what hinders and helps the network's work, and what kind of network it is. */
export function NetworkQuestions({
  draft,
  set,
  error,
}: {
  draft: AnswerDraft;
  set: <K extends keyof AnswerDraft>(k: K) => (v: AnswerDraft[K]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Section id="survey-step2" className="panel" title={t("surveys.answer.step2")}>
      <p>{t("surveys.answer.step2Help")}</p>
      <h3>{t("surveys.answer.selfHeading")}</h3>
      <p className="hint">{t("surveys.answer.selfHint")}</p>
      <div className="survey-card-grid">
        {SELF_COMMITMENT_ITEMS.map((item) => (
          <Scale
            key={item}
            id={`field-selfCommitment.${item}`}
            name={`self-${item}`}
            legend={
              <>
                <span className="strong">{t(`surveys.scale.self.${item}.name`)}</span>: {t(`surveys.scale.self.${item}.question`)}
              </>
            }
            values={FIVE}
            value={draft.selfCommitment[item]}
            onChange={(v) => set("selfCommitment")({ ...draft.selfCommitment, [item]: v })}
            error={fieldOf(error, `selfCommitment.${item}`)}
          />
        ))}
      </div>
      <h3>{t("surveys.answer.factorsHeading")}</h3>
      <FactorChoice
        kind="barriers"
        chosen={draft.barriers}
        text={draft.barriersText}
        onChosen={set("barriers")}
        onText={set("barriersText")}
        error={error}
      />
      <FactorChoice
        kind="enablers"
        chosen={draft.enablers}
        text={draft.enablersText}
        onChosen={set("enablers")}
        onText={set("enablersText")}
        error={error}
      />
      <h3>{t("surveys.answer.typeHeading")}</h3>
      <fieldset className={`radio-group${fieldOf(error, "networkType") ? " field-invalid" : ""}`} id="field-networkType">
        <legend>{t("surveys.answer.typeLegend")}</legend>
        {fieldOf(error, "networkType") ? <p className="field-problem">{fieldOf(error, "networkType")}</p> : null}
        {NETWORK_TYPES.map((type) => (
          <div key={type} className="radio-option">
            <input
              type="radio"
              id={`networkType-${type}`}
              name="networkType"
              checked={draft.networkType === type}
              onChange={() => set("networkType")(type)}
              aria-describedby={`networkType-${type}-desc`}
            />
            <label htmlFor={`networkType-${type}`}>
              {t(`networkType.${type}.name`)}
              <span className="hint survey-type-desc" id={`networkType-${type}-desc`}>
                {t(`networkType.${type}.description`)}
              </span>
            </label>
          </div>
        ))}
        <div className="radio-option">
          <input
            type="radio"
            id="networkType-none"
            name="networkType"
            checked={draft.networkType === null}
            onChange={() => set("networkType")(null)}
          />
          <label htmlFor="networkType-none">{t("surveys.scale.cantSay")}</label>
        </div>
      </fieldset>
    </Section>
  );
}
