import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../src/domain/locale.ts";
import { ApiError, type Body, type Schemas } from "../api/client.ts";
import { useLoad } from "../api/useLoad.ts";
import { useSave } from "../api/useVersionedSave.ts";
import { formatDate, LOCALES } from "../i18n.ts";
import { useSession } from "../session.tsx";
import { FormError, SelectField, TextArea, useDraft } from "./Form.tsx";
import { Loading, Page } from "./Page.tsx";
import "./InstanceDocument.css";

/** A text the instance admin writes per language (the accessibility statement, the privacy notice), as the API gives it. */
type InstanceDocument = Schemas["InstanceDocument"];

/** Reads the document of a language. */
export type ReadDocument = (locale: Locale) => Promise<InstanceDocument>;
/** Saves the document of a language: `{ locale, body, version }`. */
export type SaveDocument = (input: Body<"/api/admin/privacy-notice", "put">) => Promise<InstanceDocument>;

/** The UI language as one of the documents' languages; anything else reads the Finnish text. */
const asLocale = (lng: string | undefined): Locale => {
  const short = (lng ?? "").slice(0, 2);
  return (LOCALES as string[]).includes(short) ? (short as Locale) : "fi";
};

type Block = { key: number; kind: "heading"; text: string } | { key: number; kind: "paragraph"; lines: string[] };

/** Splits the plain-text document: `## ` starts a heading, a blank line ends a paragraph, other newlines are line breaks. */
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

/** The document as React elements only, the text never read as HTML; `children` follow it (e.g. when it was updated). */
function DocumentBody({ body, children }: { body: string; children?: ReactNode }) {
  return (
    <div className="instance-document">
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
      {children}
    </div>
  );
}

/** The catalogue section of a document's page; each has `title`, `lastUpdated` and the editor's texts under `edit`. */
export type DocumentTexts = "accessibility" | "privacy";

/**
 * The instance admin writes the document of each language, starting from Solmu's own text.
 * When someone else saved first (409), their text is shown and the next save builds on it.
 */
function DocumentEditor({
  read,
  write,
  texts,
  intro,
  onSaved,
}: {
  /** Reads a language's document; a function that stays the same between renders. */
  read: ReadDocument;
  /** Saves `{ locale, body, version }`. */
  write: SaveDocument;
  texts: DocumentTexts;
  /** What the admin should know before editing, under the heading. */
  intro?: ReactNode;
  onSaved: (document: InstanceDocument) => void;
}) {
  const { t, i18n } = useTranslation();
  const [locale, setLocaleChoice] = useState<Locale>(() => asLocale(i18n.language));
  const [stored, setStored] = useState<InstanceDocument | null>(null);
  const { busy, error, setError, save } = useSave();
  const { draft, setDraft, field } = useDraft({ body: "" }, { error });
  const [version, setVersion] = useState(0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<InstanceDocument | null>(null);
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  useEffect(() => {
    let live = true;
    setStored(null);
    setLoadError(null);
    setError(null);
    setConflict(null);
    setSaved(false);
    read(locale)
      .then((d) => {
        if (!live) return;
        setStored(d);
        setDraft({ body: d.body });
        setVersion(d.version);
      })
      .catch((err: unknown) => {
        if (live) setLoadError(err);
      });
    return () => {
      live = false;
    };
    // setError and setDraft are state setters: they stay the same, so only `read` and `locale` load again.
  }, [read, locale, setError, setDraft]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void save(() => write({ locale, body: draft.body, version }), {
      saved: (d) => {
        setStored(d);
        setDraft({ body: d.body });
        setVersion(d.version);
        setConflict(null);
        setSaved(true);
        onSaved(d);
      },
      failed: (err) => {
        if (!(err instanceof ApiError && err.status === 409 && err.current)) return err;
        const current = err.current as InstanceDocument;
        setStored(current);
        setVersion(current.version);
        setConflict(current);
        onSaved(current);
        return null;
      },
    });
  };

  return (
    <section className="document-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`${texts}.edit.title`)}</h2>
      {intro}
      <SelectField
        name="documentLocale"
        label={t(`${texts}.edit.language.label`)}
        value={locale}
        options={LOCALES.map((l) => ({ value: l, label: t(`${texts}.edit.language.${l}`) }))}
        onChange={(e) => setLocaleChoice(asLocale(e.target.value))}
      />
      <FormError error={loadError} />
      {!stored && !loadError ? <Loading /> : null}
      {stored ? (
        <form onSubmit={submit}>
          {conflict ? (
            <div className="conflict" role="alert">
              <h3>{t(`${texts}.edit.conflictTitle`)}</h3>
              <p>{t(`${texts}.edit.conflict`)}</p>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
              <section className="document-stored" tabIndex={0} aria-label={t(`${texts}.edit.storedText`)} lang={conflict.locale}>
                {conflict.body}
              </section>
            </div>
          ) : null}
          <FormError error={error} />
          <p className="meta">
            {stored.isDefault
              ? t(`${texts}.edit.isDefault`)
              : stored.updatedAt
                ? t(`${texts}.lastUpdated`, { date: formatDate(stored.updatedAt) })
                : ""}
          </p>
          <TextArea
            {...field("body")}
            label={t(`${texts}.edit.body`, { language: t(`${texts}.edit.language.${locale}`) })}
            hint={t(`${texts}.edit.bodyHint`)}
            required
            maxLength={50000}
            rows={20}
            lang={locale}
          />
          <div className="document-actions">
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

/**
 * A page that shows an instance document in the reader's language, then
 * `children`, and for the instance admin the editor with `editorIntro`.
 */
export function InstanceDocumentPage({
  texts,
  read,
  write,
  editorIntro,
  children,
}: {
  texts: DocumentTexts;
  /** Reads a language's document; a function that stays the same between renders. */
  read: ReadDocument;
  write: SaveDocument;
  editorIntro: ReactNode;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = asLocale(i18n.language);
  const { data, error, setData } = useLoad(() => read(locale), `${texts}:${locale}`);
  const shown = data && data.locale === locale ? data : null;
  return (
    <div className="document-page">
      <Page title={t(`${texts}.title`)}>
        <FormError error={error} />
        {shown ? (
          <DocumentBody body={shown.body}>
            {!shown.isDefault && shown.updatedAt ? (
              <p className="meta">{t(`${texts}.lastUpdated`, { date: formatDate(shown.updatedAt) })}</p>
            ) : null}
          </DocumentBody>
        ) : error ? null : (
          <Loading />
        )}
        {children}
        {me?.isAdmin ? (
          <DocumentEditor
            read={read}
            write={write}
            texts={texts}
            intro={editorIntro}
            onSaved={(d) => {
              if (d.locale === locale) setData(d);
            }}
          />
        ) : null}
      </Page>
    </div>
  );
}
