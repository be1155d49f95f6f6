import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { AgreementSection } from "../agreementParts.tsx";
import { renameFields } from "./fields.ts";

/** Adds a free section beside the framework's fifteen questions. */
export function AddSectionForm({ onAdded }: { onAdded: (s: AgreementSection) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [draft, setDraft] = useState({ title: "", body: "" });
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, save } = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    void save(
      () =>
        ok(client.POST("/api/networks/{networkId}/agreement/sections", { params: { path: { networkId: home.network.id } }, body: draft })),
      {
        saved: (s) => {
          onAdded(s);
          setDraft({ title: "", body: "" });
          setAdded(s.title);
        },
        failed: (err) => renameFields(err, { title: "new-section-title", body: "new-section-body" }),
      },
    );
  };
  return (
    <section className="panel agreement-add" aria-labelledby="agreement-add-heading">
      <h2 id="agreement-add-heading" tabIndex={-1}>
        {t("agreement.add.heading")}
      </h2>
      <p className="hint">{t("agreement.add.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          name="new-section-title"
          label={t("agreement.editor.title")}
          required
          value={draft.title}
          onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
          error={error}
        />
        <TextArea
          name="new-section-body"
          label={t("agreement.editor.body")}
          hint={t("agreement.editor.bodyHint")}
          rows={6}
          value={draft.body}
          onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
          error={error}
        />
        <button type="submit" disabled={busy}>
          {t("agreement.add.submit")}
        </button>
        {added !== null ? <Status>{t("agreement.add.done", { name: added })}</Status> : null}
      </form>
    </section>
  );
}
