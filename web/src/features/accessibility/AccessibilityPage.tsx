import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client.ts";
import type { Locale } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { asLocale, DocumentBody, DocumentEditor, type InstanceDocument } from "../../components/InstanceDocument.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";

const statementUrl = (locale: Locale) => `/api/accessibility-statement?locale=${locale}`;

/** Anyone, signed in or not, can tell about an accessibility problem. */
function FeedbackForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const initialPage = (params.get("page") ?? "").slice(0, 500);
  const [page, setPage] = useState(initialPage);
  const [description, setDescription] = useState("");
  const [email, setEmail] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const headingId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSent(false);
    setBusy(true);
    try {
      await api("POST", "/api/accessibility-feedback", {
        page: page.trim(),
        description: description.trim(),
        email: email.trim() || null,
      });
      setPage(initialPage);
      setDescription("");
      setEmail("");
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="document-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accessibilityUi.feedback.title")}</h2>
      <p>{t("accessibilityUi.feedback.intro")}</p>
      <form onSubmit={submit}>
        <FormError error={error} />
        <TextField
          name="page"
          label={t("accessibilityUi.feedback.page")}
          hint={t("accessibilityUi.feedback.pageHint")}
          error={error}
          value={page}
          maxLength={500}
          onChange={(e) => setPage(e.target.value)}
        />
        <TextArea
          name="description"
          label={t("accessibilityUi.feedback.description")}
          hint={t("accessibilityUi.feedback.descriptionHint")}
          error={error}
          value={description}
          required
          maxLength={4000}
          rows={6}
          onChange={(e) => setDescription(e.target.value)}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t("accessibilityUi.feedback.email")}
          hint={t("accessibilityUi.feedback.emailHint")}
          error={error}
          value={email}
          maxLength={254}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div className="document-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t("accessibilityUi.feedback.send")}
          </button>
        </div>
      </form>
      <p className="status" role="status">
        {sent ? t("accessibilityUi.feedback.thanks") : ""}
      </p>
    </section>
  );
}

/** The accessibility statement required by law 306/2019, its feedback channel and, for the instance admin, its editor. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = asLocale(i18n.language);
  const { data, error, setData } = useApi<InstanceDocument>(statementUrl(locale));
  const shown = data && data.locale === locale ? data : null;

  return (
    <div className="document-page">
      <Page title={t("accessibilityUi.title")}>
        <FormError error={error} />
        {shown ? (
          <DocumentBody body={shown.body}>
            {!shown.isDefault && shown.updatedAt ? (
              <p className="meta">{t("accessibilityUi.lastUpdated", { date: formatDate(shown.updatedAt) })}</p>
            ) : null}
          </DocumentBody>
        ) : error ? null : (
          <Loading />
        )}
        <FeedbackForm />
        {me?.isAdmin ? (
          <DocumentEditor
            readUrl={statementUrl}
            saveUrl="/api/admin/accessibility-statement"
            texts={{
              title: t("accessibilityUi.edit.title"),
              language: t("accessibilityUi.edit.language.label"),
              languageName: (l) => t(`accessibilityUi.edit.language.${l}`),
              isDefault: t("accessibilityUi.edit.isDefault"),
              lastUpdated: (date) => t("accessibilityUi.lastUpdated", { date }),
              body: (language) => t("accessibilityUi.edit.body", { language }),
              bodyHint: t("accessibilityUi.edit.bodyHint"),
              conflictTitle: t("accessibilityUi.edit.conflictTitle"),
              conflict: t("accessibilityUi.edit.conflict"),
              storedText: t("accessibilityUi.edit.storedText"),
            }}
            intro={
              <>
                <p>{t("accessibilityUi.edit.intro")}</p>
                <p>{t("accessibilityUi.edit.contactDetails")}</p>
                <p>
                  <Link to="/admin/accessibility">{t("accessibilityUi.edit.reportsLink")}</Link>
                </p>
              </>
            }
            onSaved={(s) => {
              if (s.locale === locale) setData(s);
            }}
          />
        ) : null}
      </Page>
    </div>
  );
}
