import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, useDraft } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { Agreement, AgreementVersion, Decision } from "../agreementParts.tsx";

/** The representative's organisation accepts the proposed version or asks for changes. */
export function DecisionForm({ version, onDecided }: { version: AgreementVersion; onDecided: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { busy, error, setError, save } = useSave();
  const { draft, set, field } = useDraft({ decision: "" as Decision | "", comment: "" }, { error });
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { decision, comment } = draft;
    if (!decision) {
      setError(new ApiError(400, "invalid", t("agreement.decision.choose")));
      document.getElementById("field-decision")?.focus();
      return;
    }
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/agreement/versions/{versionId}/decision", {
            params: { path: { networkId: home.network.id, versionId: version.id } },
            body: { decision, comment },
          }),
        ),
      {
        saved: (a) => {
          setSaved(true);
          onDecided(a);
        },
      },
    );
  };
  return (
    <form className="agreement-decision" onSubmit={submit} noValidate>
      <h3>{t("agreement.decision.heading", { number: version.number })}</h3>
      <FormError error={error} />
      <fieldset>
        <legend>{t("agreement.decision.legend")}</legend>
        <div className="agreement-radio">
          <input
            type="radio"
            id="field-decision"
            name="decision"
            value="accepted"
            checked={draft.decision === "accepted"}
            onChange={() => set("decision", "accepted")}
          />
          <label htmlFor="field-decision">{t("agreement.decision.accept")}</label>
        </div>
        <div className="agreement-radio">
          <input
            type="radio"
            id="field-decision-changes"
            name="decision"
            value="changes_requested"
            checked={draft.decision === "changes_requested"}
            onChange={() => set("decision", "changes_requested")}
          />
          <label htmlFor="field-decision-changes">{t("agreement.decision.changes")}</label>
        </div>
      </fieldset>
      <TextArea {...field("comment")} label={t("agreement.decision.comment")} hint={t("agreement.decision.commentHint")} />
      <button type="submit" className="primary" disabled={busy}>
        {t("agreement.decision.submit")}
      </button>
      {saved ? <Status>{t("agreement.decision.saved")}</Status> : null}
    </form>
  );
}
