import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import type { Locale } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate, LOCALES } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import "./accessibility.css";

export interface AccessibilityStatement {
  locale: Locale;
  body: string;
  version: number;
  updatedAt: string | null;
  isDefault: boolean;
}

const statementUrl = (locale: Locale) => `/api/accessibility-statement?locale=${locale}`;

const asLocale = (lng: string | undefined): Locale => {
  const short = (lng ?? "").slice(0, 2);
  return (LOCALES as string[]).includes(short) ? (short as Locale) : "fi";
};

type Block = { key: number; kind: "heading"; text: string } | { key: number; kind: "paragraph"; lines: string[] };

/** Splits the plain-text statement: `## ` starts a heading, a blank line ends a paragraph, other newlines are line breaks. */
function toBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ key: blocks.length, kind: "paragraph", lines });
    lines = [];
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.startsWith("## ")) {
      flush();
      const text = line.slice(3).trim();
      if (text) blocks.push({ key: blocks.length, kind: "heading", text });
    } else if (line.trim() === "") {
      flush();
    } else {
      lines.push(line);
    }
  }
  flush();
  return blocks;
}

/** The statement as React elements only; the text is never read as HTML. */
function StatementBody({ body }: { body: string }) {
  return (
    <>
      {toBlocks(body).map((b) =>
        b.kind === "heading" ? (
          <h2 key={b.key}>{b.text}</h2>
        ) : (
          <p key={b.key}>
            {b.lines.reduce<ReactNode[]>((acc, line, i) => {
              if (i > 0) acc.push(<br key={`br${acc.length}`} />);
              acc.push(line);
              return acc;
            }, [])}
          </p>
        ),
      )}
    </>
  );
}

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
    <section className="a11y-section" aria-labelledby={headingId}>
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
        <div className="a11y-actions">
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

/** The instance admin writes the statement of each language; Solmu's own text is the starting point. */
function StatementEditor({ onSaved }: { onSaved: (s: AccessibilityStatement) => void }) {
  const { t, i18n } = useTranslation();
  const [locale, setLocaleChoice] = useState<Locale>(() => asLocale(i18n.language));
  const [stored, setStored] = useState<AccessibilityStatement | null>(null);
  const [body, setBody] = useState("");
  const [version, setVersion] = useState(0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<AccessibilityStatement | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  useEffect(() => {
    let live = true;
    setStored(null);
    setLoadError(null);
    setError(null);
    setConflict(null);
    setSaved(false);
    api<AccessibilityStatement>("GET", statementUrl(locale))
      .then((s) => {
        if (!live) return;
        setStored(s);
        setBody(s.body);
        setVersion(s.version);
      })
      .catch((err: unknown) => {
        if (live) setLoadError(err);
      });
    return () => {
      live = false;
    };
  }, [locale]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      const s = await api<AccessibilityStatement>("PUT", "/api/admin/accessibility-statement", { locale, body, version });
      setStored(s);
      setBody(s.body);
      setVersion(s.version);
      setConflict(null);
      setSaved(true);
      onSaved(s);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) {
        const current = err.current as AccessibilityStatement;
        setStored(current);
        setVersion(current.version);
        setConflict(current);
        onSaved(current);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const languageOptions = LOCALES.map((l) => ({ value: l, label: t(`accessibilityUi.edit.language.${l}`) }));

  return (
    <section className="a11y-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("accessibilityUi.edit.title")}</h2>
      <p>{t("accessibilityUi.edit.intro")}</p>
      <p>{t("accessibilityUi.edit.contactDetails")}</p>
      <p>
        <Link to="/admin/accessibility">{t("accessibilityUi.edit.reportsLink")}</Link>
      </p>
      <SelectField
        name="statementLocale"
        label={t("accessibilityUi.edit.language.label")}
        value={locale}
        options={languageOptions}
        onChange={(e) => setLocaleChoice(asLocale(e.target.value))}
      />
      <FormError error={loadError} />
      {!stored && !loadError ? <Loading /> : null}
      {stored ? (
        <form onSubmit={submit}>
          {conflict ? (
            <div className="conflict" role="alert">
              <h3>{t("accessibilityUi.edit.conflictTitle")}</h3>
              <p>{t("accessibilityUi.edit.conflict")}</p>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
              <section className="a11y-stored" tabIndex={0} aria-label={t("accessibilityUi.edit.storedText")} lang={conflict.locale}>
                {conflict.body}
              </section>
            </div>
          ) : null}
          <FormError error={error} />
          <p className="meta">
            {stored.isDefault
              ? t("accessibilityUi.edit.isDefault")
              : stored.updatedAt
                ? t("accessibilityUi.lastUpdated", { date: formatDate(stored.updatedAt) })
                : ""}
          </p>
          <TextArea
            name="body"
            label={t("accessibilityUi.edit.body", { language: t(`accessibilityUi.edit.language.${locale}`) })}
            hint={t("accessibilityUi.edit.bodyHint")}
            error={error}
            value={body}
            required
            maxLength={50000}
            rows={20}
            lang={locale}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="a11y-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("common.save")}
            </button>
          </div>
        </form>
      ) : null}
      <p className="status" role="status">
        {saved ? t("common.saved") : ""}
      </p>
    </section>
  );
}

/** The accessibility statement required by law 306/2019, its feedback channel and, for the instance admin, its editor. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = asLocale(i18n.language);
  const { data, error, setData } = useApi<AccessibilityStatement>(statementUrl(locale));
  const shown = data && data.locale === locale ? data : null;

  return (
    <div className="a11y-page">
      <Page title={t("accessibilityUi.title")}>
        <FormError error={error} />
        {shown ? (
          <div className="statement">
            <StatementBody body={shown.body} />
            {!shown.isDefault && shown.updatedAt ? (
              <p className="meta">{t("accessibilityUi.lastUpdated", { date: formatDate(shown.updatedAt) })}</p>
            ) : null}
          </div>
        ) : error ? null : (
          <Loading />
        )}
        <FeedbackForm />
        {me?.isAdmin ? (
          <StatementEditor
            onSaved={(s) => {
              if (s.locale === locale) setData(s);
            }}
          />
        ) : null}
      </Page>
    </div>
  );
}
