import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { FormError, TextArea } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { Agreement, AgreementVersion, Decision } from "../agreementParts.tsx";

/** The representative's organisation accepts the proposed version or asks for changes. */
export function DecisionForm({ version, onDecided }: { version: AgreementVersion; onDecided: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [decision, setDecision] = useState<Decision | "">("");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!decision) {
      setError(new ApiError(400, "invalid", t("agreement.decision.choose")));
      document.getElementById("field-decision")?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const a = await ok(
        client.PUT("/api/networks/{networkId}/agreement/versions/{versionId}/decision", {
          params: { path: { networkId: home.network.id, versionId: version.id } },
          body: { decision, comment },
        }),
      );
      setSaved(true);
      onDecided(a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
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
            checked={decision === "accepted"}
            onChange={() => setDecision("accepted")}
          />
          <label htmlFor="field-decision">{t("agreement.decision.accept")}</label>
        </div>
        <div className="agreement-radio">
          <input
            type="radio"
            id="field-decision-changes"
            name="decision"
            value="changes_requested"
            checked={decision === "changes_requested"}
            onChange={() => setDecision("changes_requested")}
          />
          <label htmlFor="field-decision-changes">{t("agreement.decision.changes")}</label>
        </div>
      </fieldset>
      <TextArea
        name="comment"
        label={t("agreement.decision.comment")}
        hint={t("agreement.decision.commentHint")}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("agreement.decision.submit")}
      </button>
      {saved ? <Status>{t("agreement.decision.saved")}</Status> : null}
    </form>
  );
}
