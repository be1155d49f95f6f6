import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { useEditing } from "../../../components/useEditing.ts";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { DecisionRulesBox } from "../../polls/DecisionRulesBox.tsx";
import { type AgreementSection, sectionHeading, sectionRef } from "../agreementParts.tsx";
import { SectionEditor } from "./SectionEditor.tsx";
import { SectionHistory } from "./SectionHistory.tsx";

/** The framework's question on how the network makes decisions. */
const DECISION_QUESTION = 6;

/** One section of the agreement: its text, who last edited it, its editor, deletion (free sections) and history. */
export function SectionView({
  section,
  canEdit,
  canDelete,
  onChanged,
  onDeleted,
}: {
  section: AgreementSection;
  canEdit: boolean;
  canDelete: boolean;
  onChanged: (s: AgreementSection) => void;
  onDeleted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { editing, setEditing, editButton } = useEditing();
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { error, save } = useSave();
  const headingId = `section-heading-${section.id}`;
  const ref = sectionRef(section);
  const remove = () =>
    save(
      () =>
        ok(
          client.DELETE("/api/networks/{networkId}/agreement/sections/{sectionId}", {
            params: { path: { networkId: home.network.id, sectionId: section.id } },
          }),
        ),
      { saved: () => onDeleted(section.id) },
    );
  return (
    <section id={`section-${section.id}`} className="agreement-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{sectionHeading(t, section)}</h2>
      {section.body.trim() ? (
        <div className="prose agreement-text">{section.body}</div>
      ) : (
        <p className="agreement-empty">{t("agreement.section.empty")}</p>
      )}
      {/* Question 6 asks how the network decides: its structured rules, which polls follow, stand beside the text. */}
      {section.question === DECISION_QUESTION ? <DecisionRulesBox networkId={home.network.id} /> : null}
      {section.updatedByName ? (
        <p className="meta">
          {t("agreement.section.lastEdited", { name: section.updatedByName, date: formatDate(section.updatedAt, true) })}
        </p>
      ) : null}
      {saved && !editing ? <Status>{t("common.saved")}</Status> : null}
      <FormError error={error} />
      {editing ? (
        <SectionEditor
          section={section}
          onCancel={() => setEditing(false)}
          onConflict={(current) => onChanged({ ...section, ...current, commentCount: section.commentCount })}
          onSaved={(s) => {
            onChanged(s);
            setSaved(true);
            setEditing(false);
          }}
        />
      ) : canEdit ? (
        <div className="agreement-actions">
          <button
            type="button"
            ref={editButton}
            onClick={() => {
              setSaved(false);
              setConfirming(false);
              setEditing(true);
            }}
          >
            {t("agreement.section.edit")}
            <span className="visually-hidden"> {t("agreement.section.which", { name: ref })}</span>
          </button>
          {canDelete && !confirming ? (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t("agreement.section.delete")}
              <span className="visually-hidden"> {t("agreement.section.ref", { name: ref })}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming && !editing ? (
        <div className="notice agreement-confirm">
          <p>{t("agreement.section.confirmDelete", { name: section.title })}</p>
          <div className="agreement-actions">
            <button type="button" className="danger" onClick={() => void remove()}>
              {t("agreement.section.confirmDeleteButton")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("agreement.editor.cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {canEdit ? <SectionHistory section={section} onCommented={(count) => onChanged({ ...section, commentCount: count })} /> : null}
    </section>
  );
}
