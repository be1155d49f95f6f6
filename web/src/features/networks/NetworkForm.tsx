import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkType } from "../../api/types.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";

export interface NetworkFields {
  name: string;
  purpose: string;
  networkType: NetworkType;
  governance: string;
  staleAfterDays: number;
}

export const NETWORK_TYPES: NetworkType[] = ["hierarchical_strategic", "joint_strategic", "freely_evolving", "chaotic"];

/** The fields of a network, for creating and editing. */
export function NetworkForm({
  initial,
  submitLabel,
  onSubmit,
  error,
}: {
  initial: NetworkFields;
  submitLabel: string;
  onSubmit: (fields: NetworkFields) => Promise<void>;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof NetworkFields>(k: K, v: NetworkFields[K]) => setFields((f) => ({ ...f, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit(fields);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField
        name="name"
        label={t("networks.name")}
        required
        value={fields.name}
        onChange={(e) => set("name", e.target.value)}
        error={error}
      />
      <TextArea
        name="purpose"
        label={t("networks.purpose")}
        hint={t("networks.purposeHint")}
        value={fields.purpose}
        onChange={(e) => set("purpose", e.target.value)}
        error={error}
      />
      <SelectField
        name="networkType"
        label={t("networks.type")}
        hint={t(`networkType.${fields.networkType}.description`)}
        value={fields.networkType}
        onChange={(e) => set("networkType", e.target.value as NetworkType)}
        options={NETWORK_TYPES.map((nt) => ({ value: nt, label: t(`networkType.${nt}.name`) }))}
        error={error}
      />
      <TextArea
        name="governance"
        label={t("networks.governance")}
        hint={t("networks.governanceHint")}
        value={fields.governance}
        onChange={(e) => set("governance", e.target.value)}
        error={error}
      />
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
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
