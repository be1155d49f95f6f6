import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { InstanceDocumentPage, type ReadDocument, type SaveDocument } from "../../components/InstanceDocument.tsx";

const readStatement: ReadDocument = (locale) => ok(client.GET("/api/accessibility-statement", { params: { query: { locale } } }));
const saveStatement: SaveDocument = (body) => ok(client.PUT("/api/admin/accessibility-statement", { body }));

/** Anyone, signed in or not, can tell about an accessibility problem. */
function FeedbackForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const initialPage = (params.get("page") ?? "").slice(0, 500);
  const { busy, error, save } = useSave();
  const { draft, setDraft, field } = useDraft({ page: initialPage, description: "", email: "" }, { error });
  const [sent, setSent] = useState(false);
  const headingId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    void save(
      () =>
        ok(
          client.POST("/api/accessibility-feedback", {
            body: { page: draft.page.trim(), description: draft.description.trim(), email: draft.email.trim() || null },
          }),
        ),
      {
        saved: () => {
          setDraft({ page: initialPage, description: "", email: "" });
          setSent(true);
        },
      },
    );
  };

  return (
    <section className="document-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accessibility.feedback.title")}</h2>
      <p>{t("accessibility.feedback.intro")}</p>
      <form onSubmit={submit}>
        <FormError error={error} />
        <TextField
          {...field("page")}
          label={t("accessibility.feedback.page")}
          hint={t("accessibility.feedback.pageHint")}
          maxLength={500}
        />
        <TextArea
          {...field("description")}
          label={t("accessibility.feedback.description")}
          hint={t("accessibility.feedback.descriptionHint")}
          required
          maxLength={4000}
          rows={6}
        />
        <TextField
          {...field("email")}
          type="email"
          autoComplete="email"
          label={t("accessibility.feedback.email")}
          hint={t("accessibility.feedback.emailHint")}
          maxLength={254}
        />
        <div className="document-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t("accessibility.feedback.send")}
          </button>
        </div>
      </form>
      <p className="status" role="status">
        {sent ? t("accessibility.feedback.thanks") : ""}
      </p>
    </section>
  );
}

/** The accessibility statement required by law 306/2019, its feedback channel and, for the instance admin, its editor. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <InstanceDocumentPage
      texts="accessibility"
      read={readStatement}
      write={saveStatement}
      editorIntro={
        <>
          <p>{t("accessibility.edit.intro")}</p>
          <p>{t("accessibility.edit.contactDetails")}</p>
          <p>
            <Link to="/admin/accessibility">{t("accessibility.edit.reportsLink")}</Link>
          </p>
        </>
      }
    >
      <FeedbackForm />
    </InstanceDocumentPage>
  );
}
