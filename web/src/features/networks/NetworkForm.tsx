import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NETWORK_TYPES, type NetworkType } from "../../../../src/domain/network.ts";
import { TIES_VISIBILITIES } from "../../../../src/domain/surveyVisibility.ts";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { FormError, SelectField, TextArea, TextField, useDraft, useSubmit } from "../../components/Form.tsx";
import { Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import "./networks.css";

/** The fields of a network as the API takes them. */
export type NetworkFields = Schemas["NetworkInput"];
type SurveyAnswersOnLeave = NetworkFields["surveyAnswersOnLeave"];

const ON_LEAVE: SurveyAnswersOnLeave[] = ["aggregate", "delete"];

/** The fields of a new network: survey answers are kept as long as their round, and a leaver's answers stay only in aggregates. */
export const NEW_NETWORK: NetworkFields = {
  name: "",
  purpose: "",
  networkType: "joint_strategic",
  governance: "",
  staleAfterDays: 180,
  surveyRetentionMonths: null,
  surveyAnswersOnLeave: "aggregate",
  surveyTiesVisibility: "individual",
};

/** Whether members reach the network only when signed in with their organisation's account; shown where providers exist. */
function RequireSsoField({ checked, onChange, error }: { checked: boolean; onChange: (on: boolean) => void; error: unknown }) {
  const { t } = useTranslation();
  const providers = useLoad(() => ok(client.GET("/api/auth/providers")), "providers").data?.items ?? [];
  const problem = error instanceof ApiError ? error.fields.requireSso : undefined;
  if (providers.length === 0 && !checked) return null;
  return (
    <fieldset className="settings-group">
      <legend>{t("networks.requireSso.legend")}</legend>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <div className="field checkbox">
        <input id="field-requireSso" type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor="field-requireSso">{t("networks.requireSso.label")}</label>
      </div>
      <p className="hint">{t("networks.requireSso.hint", { providers: providers.map((p) => p.label).join(", ") })}</p>
    </fieldset>
  );
}

/** How long a network keeps survey answers, and what happens to a leaver's answers. */
function SurveyRetentionFields({
  months,
  onLeave,
  onMonths,
  onOnLeave,
  error,
}: {
  months: number | null;
  onLeave: SurveyAnswersOnLeave;
  onMonths: (months: number | null) => void;
  onOnLeave: (policy: SurveyAnswersOnLeave) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const ids = useId();
  return (
    <fieldset className="settings-group">
      <legend>{t("networks.retention.legend")}</legend>
      <TextField
        name="surveyRetentionMonths"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        label={t("networks.retention.months")}
        hint={t("networks.retention.monthsHint")}
        value={months === null ? "" : String(months)}
        onChange={(e) => onMonths(e.target.value === "" ? null : Number(e.target.value))}
        error={error}
      />
      <fieldset className="radio-group" id="field-surveyAnswersOnLeave">
        <legend>{t("networks.retention.onLeave.legend")}</legend>
        {ON_LEAVE.map((policy) => (
          <div key={policy} className="radio-option">
            <input
              type="radio"
              id={`${ids}-${policy}`}
              name="surveyAnswersOnLeave"
              value={policy}
              checked={onLeave === policy}
              aria-describedby={`${ids}-${policy}-hint`}
              onChange={() => onOnLeave(policy)}
            />
            <div>
              <label htmlFor={`${ids}-${policy}`}>{t(`networks.retention.onLeave.${policy}`)}</label>
              <p className="hint" id={`${ids}-${policy}-hint`}>
                {t(`networks.retention.onLeave.${policy}Hint`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** The fields of a network, for creating and editing. */
export function NetworkForm({
  initial,
  submitLabel,
  onSubmit,
  error,
  done,
}: {
  initial: NetworkFields;
  submitLabel: string;
  onSubmit: (fields: NetworkFields) => Promise<void>;
  error: unknown;
  /** Said beside the button, where the eye is after pressing it. */
  done?: string | null;
}) {
  const { t } = useTranslation();
  const { draft: fields, set, field } = useDraft(initial, { error });
  const { busy, submit } = useSubmit(() => onSubmit(fields));
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField {...field("name")} label={t("networks.name")} required />
      <TextArea {...field("purpose")} label={t("networks.purpose")} hint={t("networks.purposeHint")} />
      <SelectField
        name="networkType"
        label={t("networks.type")}
        hint={t(`networkType.${fields.networkType}.description`)}
        value={fields.networkType}
        onChange={(e) => set("networkType", e.target.value as NetworkType)}
        options={NETWORK_TYPES.map((nt) => ({ value: nt, label: t(`networkType.${nt}.name`) }))}
        error={error}
      />
      <TextArea {...field("governance")} label={t("networks.governance")} hint={t("networks.governanceHint")} />
      <TextField
        name="staleAfterDays"
        type="number"
        inputMode="numeric"
        min={30}
        max={1095}
        label={t("networks.staleAfterDays")}
        hint={t("networks.staleAfterDaysHint")}
        value={String(fields.staleAfterDays)}
        onChange={(e) => set("staleAfterDays", Number(e.target.value))}
        error={error}
      />
      <SurveyRetentionFields
        months={fields.surveyRetentionMonths}
        onLeave={fields.surveyAnswersOnLeave}
        onMonths={(m) => set("surveyRetentionMonths", m)}
        onOnLeave={(p) => set("surveyAnswersOnLeave", p)}
        error={error}
      />
      <RadioGroup
        name="surveyTiesVisibility"
        legend={t("networks.tiesVisibility.legend")}
        options={TIES_VISIBILITIES.map((v) => ({ value: v, label: t(`surveys.rounds.ties.${v}`) }))}
        value={fields.surveyTiesVisibility}
        onChange={(v) => set("surveyTiesVisibility", v as NetworkFields["surveyTiesVisibility"])}
        error={error instanceof ApiError ? error.fields.surveyTiesVisibility : undefined}
      />
      <p className="hint">{t("networks.tiesVisibility.hint")}</p>
      {fields.requireSso !== undefined ? (
        <RequireSsoField checked={fields.requireSso} onChange={(on) => set("requireSso", on)} error={error} />
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}
