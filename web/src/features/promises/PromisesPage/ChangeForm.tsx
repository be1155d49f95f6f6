import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { STRUCTURAL_FACTORS, type StructuralFactor } from "../../../../../src/domain/promises.ts";
import { type Body, client, ok } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { ConflictNote, FormError, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type Change, type PromiseDetail, type PromiseItem, todayIso } from "./types.ts";

/** The small form behind "Kept", "Renegotiate" and "Not kept": what changed, and what helped or got in the way. */
export function ChangeForm({
  promise,
  to,
  idPrefix,
  onDone,
  onCancel,
}: {
  promise: PromiseItem;
  to: Change;
  idPrefix: string;
  onDone: (d: PromiseDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [factors, setFactors] = useState<StructuralFactor[]>([]);
  const { busy, error, save, version, conflict } = useVersionedSave<PromiseItem>({ version: promise.version, conflictInSummary: true });
  const id = `${idPrefix}${promise.id}-${to}`;
  const { draft, field } = useDraft({ dueOn: promise.dueOn, text: promise.text, note: "" }, { error, prefix: `${id}-` });
  const { dueOn, text, note } = draft;
  const barrier = to !== "kept";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Body<"/api/networks/{networkId}/promises/{promiseId}/changes", "post"> = {
      version: version ?? promise.version,
      to,
      note,
      factors,
    };
    if (to === "renegotiated") {
      if (dueOn !== promise.dueOn) body.dueOn = dueOn;
      if (text.trim() !== promise.text) body.text = text.trim();
    }
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/promises/{promiseId}/changes", {
            params: { path: { networkId: home.network.id, promiseId: promise.id } },
            body,
          }),
        ),
      { saved: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t(`promises.change.${to}.heading`)}</h4>
      <p className="hint">{t(`promises.change.${to}.help`)}</p>
      {conflict ? (
        <ConflictNote
          message={t("promises.change.conflict", { state: t(`promises.state.${conflict.state}`), dueOn: formatDay(conflict.dueOn) })}
        >
          <p className="prose">{conflict.text}</p>
        </ConflictNote>
      ) : null}
      <FormError error={error} />
      {to === "renegotiated" ? (
        <>
          <TextField
            {...field("dueOn")}
            type="date"
            label={t("promises.change.newDueOn")}
            hint={t("promises.change.newDueOnHint")}
            min={todayIso()}
          />
          <TextArea {...field("text")} label={t("promises.change.newText")} rows={3} />
        </>
      ) : null}
      <TextArea {...field("note")} label={t(`promises.change.${to}.note`)} required={to === "not_kept"} rows={3} />
      <fieldset className="checkbox-list" id={`${id}-factors`}>
        <legend>{barrier ? t("promises.change.barriersLegend") : t("promises.change.enablersLegend")}</legend>
        <p className="hint">{barrier ? t("promises.change.barriersHint") : t("promises.change.enablersHint")}</p>
        {STRUCTURAL_FACTORS.map((f) => (
          <div key={f} className="field checkbox">
            <input
              type="checkbox"
              id={`${id}-factor-${f}`}
              checked={factors.includes(f)}
              onChange={(e) => setFactors((fs) => (e.target.checked ? [...fs, f] : fs.filter((x) => x !== f)))}
            />
            <label htmlFor={`${id}-factor-${f}`}>{t(`promises.factor.${f}`)}</label>
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="primary" disabled={busy}>
          {t(`promises.change.${to}.submit`)}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {t("promises.change.cancel")}
        </button>
      </p>
    </form>
  );
}
