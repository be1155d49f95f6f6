import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type AgreementSection, sectionRef } from "../agreementParts.tsx";
import { focusField, renameFields } from "./fields.ts";

/**
 * Edits one section. The save names the version it started from; when someone
 * else saved in between (409), their text is shown beside yours, and the next
 * save is based on their version, so nobody's work is lost.
 */
export function SectionEditor({
  section,
  onSaved,
  onConflict,
  onCancel,
}: {
  section: AgreementSection;
  onSaved: (s: AgreementSection) => void;
  /** Someone else saved first: the page shows their stored text from now on. */
  onConflict: (current: AgreementSection) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const free = section.question === null;
  const bodyName = `body-${section.id}`;
  const titleName = `title-${section.id}`;
  const [draft, setDraft] = useState({ title: section.title, body: section.body });
  const [version, setVersion] = useState(section.version);
  const [conflict, setConflict] = useState<AgreementSection | null>(null);
  const [resolved, setResolved] = useState<string | null>(null);
  const { busy, error, save } = useSave();
  useEffect(() => {
    focusField(bodyName);
  }, [bodyName]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResolved(null);
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/agreement/sections/{sectionId}", {
            params: { path: { networkId: home.network.id, sectionId: section.id } },
            body: { version, title: free ? draft.title : "", body: draft.body },
          }),
        ),
      {
        saved: onSaved,
        failed: (err) => {
          if (err instanceof ApiError && err.status === 409 && err.current) {
            const current = err.current as AgreementSection;
            setConflict(current);
            setVersion(current.version);
            onConflict(current);
            return null;
          }
          return renameFields(err, { body: bodyName, title: titleName });
        },
      },
    );
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setDraft({ title: conflict.title, body: conflict.body });
    setConflict(null);
    setResolved(t("agreement.conflict.usedTheirs"));
    focusField(bodyName);
  };
  const keepMine = () => {
    setConflict(null);
    setResolved(t("agreement.conflict.keptMine"));
    focusField(bodyName);
  };
  return (
    <form className="agreement-editor" onSubmit={submit} noValidate>
      {conflict ? (
        <div className="conflict" role="alert">
          <h3>{t("agreement.conflict.title")}</h3>
          <p>{t("agreement.conflict.help", { name: conflict.updatedByName ?? t("agreement.unknownPerson") })}</p>
        </div>
      ) : null}
      <FormError error={error} />
      <div className={conflict ? "agreement-compare" : undefined}>
        <div>
          {free ? (
            <TextField
              name={titleName}
              label={t("agreement.editor.title")}
              required
              value={draft.title}
              onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
              error={error}
            />
          ) : null}
          <TextArea
            name={bodyName}
            label={conflict ? t("agreement.conflict.yours") : t("agreement.editor.body")}
            hint={t("agreement.editor.bodyHint")}
            rows={10}
            value={draft.body}
            onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
            error={error}
          />
        </div>
        {conflict ? (
          <section className="agreement-theirs" aria-labelledby={`theirs-${section.id}`}>
            <h3 id={`theirs-${section.id}`}>{t("agreement.conflict.theirs")}</h3>
            <p className="meta">
              {t("agreement.conflict.savedBy", {
                name: conflict.updatedByName ?? t("agreement.unknownPerson"),
                date: formatDate(conflict.updatedAt, true),
              })}
            </p>
            {free ? (
              <p>
                <strong>{t("agreement.editor.title")}:</strong> {conflict.title}
              </p>
            ) : null}
            <div className="prose agreement-text">{conflict.body}</div>
            <div className="agreement-actions">
              <button type="button" onClick={takeTheirs}>
                {t("agreement.conflict.useTheirs")}
              </button>
              <button type="button" onClick={keepMine}>
                {t("agreement.conflict.keepMine")}
              </button>
            </div>
          </section>
        ) : null}
      </div>
      {resolved ? <Status>{resolved}</Status> : null}
      <div className="agreement-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t("common.save")}
          <span className="visually-hidden"> {t("agreement.section.ref", { name: sectionRef(section) })}</span>
        </button>
        <button type="button" onClick={onCancel}>
          {t("agreement.editor.cancel")}
        </button>
      </div>
    </form>
  );
}
