import { useTranslation } from "react-i18next";
import { RESOURCES, type Resource } from "../../../../../src/domain/resources.ts";
import { TextArea } from "../../../components/Form.tsx";
import { Section } from "../../../components/Page.tsx";
import { fieldOf } from "./draft.ts";
import { TickList } from "./TickList.tsx";

/** "What does your organisation bring to the network?": the kinds of resource to tick, and a free text for details or "other". */
export function ResourceQuestions({
  chosen,
  text,
  onChosen,
  onText,
  error,
}: {
  chosen: Resource[];
  text: string;
  onChosen: (r: Resource[]) => void;
  onText: (v: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const problem = fieldOf(error, "resources");
  return (
    <Section id="survey-resources" className="panel" title={t("surveys.answer.resourcesHeading")}>
      <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id="field-resources" aria-describedby="resources-hint">
        <legend className="visually-hidden">{t("surveys.answer.resourcesHeading")}</legend>
        <p className="hint" id="resources-hint">
          {t("surveys.answer.resourcesHint")}
        </p>
        {problem ? <p className="field-problem">{problem}</p> : null}
        <TickList options={RESOURCES} chosen={chosen} onChosen={onChosen} idPrefix="resources" label={(r) => t(`resourceKinds.${r}`)} />
        <TextArea
          name="resourcesText"
          label={t("surveys.answer.resourcesText")}
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => onText(e.target.value)}
          error={error}
        />
      </fieldset>
    </Section>
  );
}
