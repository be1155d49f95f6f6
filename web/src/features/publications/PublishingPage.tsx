import { type FormEvent, type RefObject, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useVersionedSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./publications.css";
import { Checkbox, LiveMessage, PublishedBadge, useCard } from "./shared.tsx";
import type { NewsItem, Publishing, PublishingSettings, SettingsFields } from "./types.ts";

type Part = "showGoals" | "showResults" | "showPractices" | "showAgreement" | "showMap";

const fieldsOf = (s: PublishingSettings): SettingsFields => ({
  slug: s.slug,
  enabled: s.enabled,
  intro: s.intro,
  showGoals: s.showGoals,
  showResults: s.showResults,
  showPractices: s.showPractices,
  showAgreement: s.showAgreement,
  showMap: s.showMap,
});

const publicUrl = (slug: string) => `${window.location.origin}/p/${slug}`;

/** Saves a news item's text and published state, based on `version`. */
const updateNews = (networkId: string, newsId: string, body: { title: string; body: string; published: boolean; version: number }) =>
  ok(client.PATCH("/api/networks/{networkId}/news/{newsId}", { params: { path: { networkId, newsId } }, body }));

/** The parts a coordinator may make public, with their labels and what each one shows. */
function useParts(): { key: Part; label: string; hint: string }[] {
  const { t } = useTranslation();
  return [
    { key: "showGoals", label: t("publicationsUi.settings.showGoals"), hint: t("publicationsUi.settings.showGoalsHint") },
    { key: "showResults", label: t("publicationsUi.settings.showResults"), hint: t("publicationsUi.settings.showResultsHint") },
    { key: "showPractices", label: t("publicationsUi.settings.showPractices"), hint: t("publicationsUi.settings.showPracticesHint") },
    { key: "showAgreement", label: t("publicationsUi.settings.showAgreement"), hint: t("publicationsUi.settings.showAgreementHint") },
    { key: "showMap", label: t("publicationsUi.settings.showMap"), hint: t("publicationsUi.settings.showMapHint") },
  ];
}

/**
 * Chooses the public page's address, whether it is on, its introduction and
 * which parts it shows. When someone else saved first (409), the stored
 * settings are shown above the form, the user's choices stay in it, and the
 * next save is based on the stored version.
 */
function SettingsForm({
  networkId,
  settings,
  onSaved,
  onConflict,
}: {
  networkId: string;
  settings: PublishingSettings;
  onSaved: (p: Publishing) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const parts = useParts();
  const [fields, setFields] = useState<SettingsFields>(() => fieldsOf(settings));
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<PublishingSettings>({
    version: settings.version,
    conflictInSummary: true,
  });
  const set = <K extends keyof SettingsFields>(key: K, value: SettingsFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The form starts from the stored version (0 until first saved), so it is never null here.
    const body = { ...fields, version: version ?? 0 };
    void save(() => ok(client.PUT("/api/networks/{networkId}/publishing", { params: { path: { networkId } }, body })), {
      saved: (p) => {
        setFields(fieldsOf(p.settings));
        setVersion(p.settings.version);
        onSaved(p);
      },
      conflict: onConflict,
    });
  };

  const chosen = conflict ? parts.filter((p) => conflict[p.key]).map((p) => p.label) : [];
  return (
    <form onSubmit={submit} noValidate>
      {conflict ? (
        <section className="conflict" aria-labelledby="settings-conflict-heading">
          <h3 id="settings-conflict-heading">{t("publicationsUi.settings.conflictTitle")}</h3>
          <p>{t("publicationsUi.settings.conflictHelp")}</p>
          <dl className="facts">
            <dt>{t("publicationsUi.settings.slug")}</dt>
            <dd className="pub-url">{publicUrl(conflict.slug)}</dd>
            <dt>{t("publicationsUi.settings.enabled")}</dt>
            <dd>{conflict.enabled ? t("publicationsUi.settings.on") : t("publicationsUi.settings.off")}</dd>
            <dt>{t("publicationsUi.settings.intro")}</dt>
            <dd className="prose">{conflict.intro || t("common.notSet")}</dd>
            <dt>{t("publicationsUi.settings.parts")}</dt>
            <dd>{chosen.length ? chosen.join(", ") : t("publicationsUi.settings.noParts")}</dd>
          </dl>
        </section>
      ) : null}
      <FormError error={error} />
      <TextField
        name="slug"
        label={t("publicationsUi.settings.slug")}
        hint={t("publicationsUi.settings.slugHint", { url: publicUrl(fields.slug.trim().toLowerCase() || "…") })}
        required
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
        value={fields.slug}
        onChange={(e) => set("slug", e.target.value)}
        error={error}
      />
      <Checkbox
        id="publishing-enabled"
        label={t("publicationsUi.settings.enabled")}
        hint={t("publicationsUi.settings.enabledHint")}
        checked={fields.enabled}
        onChange={(v) => set("enabled", v)}
      />
      <TextArea
        name="intro"
        label={t("publicationsUi.settings.intro")}
        hint={t("publicationsUi.settings.introHint")}
        maxLength={4000}
        rows={4}
        value={fields.intro}
        onChange={(e) => set("intro", e.target.value)}
        error={error}
      />
      <fieldset className="checkbox-list">
        <legend>{t("publicationsUi.settings.parts")}</legend>
        <p className="hint">{t("publicationsUi.settings.partsHint")}</p>
        {parts.map((p) => (
          <Checkbox
            key={p.key}
            id={`publishing-${p.key}`}
            label={p.label}
            hint={p.hint}
            checked={fields[p.key]}
            onChange={(v) => set(p.key, v)}
          />
        ))}
      </fieldset>
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("publicationsUi.settings.save")}
      </button>
    </form>
  );
}

/** Writes a new news item or edits one; a stale edit (409) shows the stored item beside the user's text. */
function NewsForm({
  networkId,
  item,
  idPrefix,
  onDone,
  onCancel,
  onGone,
}: {
  networkId: string;
  item?: NewsItem;
  idPrefix: string;
  onDone: (p: Publishing, title: string, published: boolean) => void;
  onCancel?: () => void;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item?.title ?? "");
  const [body, setBody] = useState(item?.body ?? "");
  const [published, setPublished] = useState(item ? item.publishedAt !== null : false);
  const { busy, error, save, version, conflict } = useVersionedSave<NewsItem>({
    version: item?.version ?? 0,
    prefix: idPrefix,
    conflictInSummary: true,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems[`${idPrefix}-title`] = `${t("publicationsUi.news.title")}: ${t("validation.required")}`;
    if (!body.trim()) problems[`${idPrefix}-body`] = `${t("publicationsUi.news.body")}: ${t("validation.required")}`;
    void save(
      () =>
        item
          ? updateNews(networkId, item.id, { title, body, published, version: version ?? 0 })
          : ok(client.POST("/api/networks/{networkId}/news", { params: { path: { networkId } }, body: { title, body, published } })),
      {
        problems,
        saved: (p) => {
          if (!item) {
            setTitle("");
            setBody("");
            setPublished(false);
          }
          onDone(p, title.trim(), published);
        },
        failed: (err) => {
          // Deleted meanwhile (a 409 that comes this far has no stored item to show): the page drops it.
          if (err instanceof ApiError && (err.status === 404 || err.status === 409)) onGone();
          return err;
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      {item ? (
        <h4 id={`${idPrefix}-heading`}>{t("publicationsUi.news.editHeading")}</h4>
      ) : (
        <h3 id={`${idPrefix}-heading`}>{t("publicationsUi.news.write")}</h3>
      )}
      {conflict ? (
        <div className="conflict">
          <p className="strong">{t("publicationsUi.news.conflict")}</p>
          <dl className="facts">
            <dt>{t("publicationsUi.news.title")}</dt>
            <dd>{conflict.title}</dd>
            <dt>{t("publicationsUi.news.status")}</dt>
            <dd>
              {conflict.publishedAt
                ? t("publicationsUi.common.publishedOn", { date: formatDate(conflict.publishedAt) })
                : t("publicationsUi.common.draft")}
            </dd>
            <dt>{t("publicationsUi.news.body")}</dt>
            <dd className="prose">{conflict.body}</dd>
          </dl>
        </div>
      ) : null}
      <FormError error={error} />
      <TextField
        name={`${idPrefix}-title`}
        label={t("publicationsUi.news.title")}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={error}
      />
      <TextArea
        name={`${idPrefix}-body`}
        label={t("publicationsUi.news.body")}
        hint={t("publicationsUi.news.bodyHint")}
        required
        maxLength={20000}
        rows={6}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error}
      />
      <Checkbox
        id={`${idPrefix}-published`}
        label={item ? t("publicationsUi.news.published") : t("publicationsUi.news.publishNow")}
        hint={item ? undefined : t("publicationsUi.news.publishNowHint")}
        checked={published}
        onChange={setPublished}
      />
      <p className="pub-actions">
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {item ? t("publicationsUi.news.saveEdit") : t("publicationsUi.news.submit")}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t("publicationsUi.common.cancel")}
          </button>
        ) : null}
      </p>
    </form>
  );
}

/** One news item with its status and the coordinator's actions: edit, publish or unpublish, delete. */
function NewsCard({
  networkId,
  item,
  onChange,
  reload,
  announce,
  listHeading,
}: {
  networkId: string;
  item: NewsItem;
  onChange: (p: Publishing) => void;
  reload: () => Promise<void>;
  announce: (message: string) => void;
  listHeading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { editing, setEditing, editButton, busy, error, run } = useCard({
    reload,
    onChange,
    announce,
    changed: t("publicationsUi.news.changed"),
  });
  const toggle = () => {
    const publish = item.publishedAt === null;
    const { title, body, version } = item;
    run(
      () => updateNews(networkId, item.id, { title, body, published: publish, version }),
      publish ? t("publicationsUi.news.publishedMessage", { title }) : t("publicationsUi.news.unpublishedMessage", { title }),
    );
  };

  const remove = () => {
    if (!window.confirm(t("publicationsUi.news.confirmDelete", { title: item.title }))) return;
    run(
      () => ok(client.DELETE("/api/networks/{networkId}/news/{newsId}", { params: { path: { networkId, newsId: item.id } } })),
      t("publicationsUi.news.deleted", { title: item.title }),
      () => listHeading.current?.focus(),
    );
  };

  return (
    <li className="card pub-card">
      <h3>{item.title}</h3>
      <PublishedBadge publishedAt={item.publishedAt} />
      {editing ? (
        <NewsForm
          networkId={networkId}
          item={item}
          idPrefix={`news-${item.id}`}
          onDone={(p, title) => {
            onChange(p);
            setEditing(false);
            announce(t("publicationsUi.news.saved", { title }));
          }}
          onCancel={() => setEditing(false)}
          onGone={() => void reload()}
        />
      ) : (
        <>
          <p className="prose">{item.body}</p>
          <FormError error={error} />
          <p className="pub-actions">
            <button type="button" ref={editButton} onClick={() => setEditing(true)}>
              {t("publicationsUi.common.edit")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
            <button type="button" aria-disabled={busy || undefined} onClick={toggle}>
              {item.publishedAt ? t("publicationsUi.common.unpublish") : t("publicationsUi.common.publish")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
            <button type="button" className="danger" onClick={remove}>
              {t("publicationsUi.common.delete")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          </p>
        </>
      )}
    </li>
  );
}

/** The page itself, for coordinators. */
function PublishingContent() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const { data, error, reload, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/publishing", { params: { path: { networkId } } })),
    `publishing:${networkId}`,
  );
  const [message, setMessage] = useState<string | null>(null);
  const newsHeading = useRef<HTMLHeadingElement>(null);
  const saved = data?.settings;

  return (
    <Page title={t("publicationsUi.publishing.title")}>
      <p>{t("publicationsUi.publishing.intro")}</p>
      <LiveMessage>{message}</LiveMessage>
      <FormError error={error} />
      {!data || !saved ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <section aria-labelledby="publishing-settings-heading" className="panel">
            <h2 id="publishing-settings-heading">{t("publicationsUi.settings.heading")}</h2>
            {saved.enabled ? (
              <p className="notice pub-state">
                {t("publicationsUi.settings.stateOn")}{" "}
                <a href={`/p/${saved.slug}`} className="pub-url">
                  {publicUrl(saved.slug)}
                </a>
              </p>
            ) : (
              <p className="notice pub-state">{t("publicationsUi.settings.stateOff")}</p>
            )}
            <SettingsForm
              networkId={networkId}
              settings={saved}
              onSaved={(p) => {
                setData(p);
                setMessage(t("publicationsUi.settings.saved"));
              }}
              onConflict={() => {
                setMessage(null);
                void reload();
              }}
            />
          </section>

          <section aria-labelledby="publishing-news-heading" className="panel">
            <h2 id="publishing-news-heading" ref={newsHeading} tabIndex={-1}>
              {t("publicationsUi.news.heading")}
            </h2>
            <p>{t("publicationsUi.news.intro")}</p>
            {saved.enabled ? (
              <p>
                {t("publicationsUi.news.feed")}{" "}
                <a href={`/p/${saved.slug}/feed.atom`} className="pub-url">
                  {`${publicUrl(saved.slug)}/feed.atom`}
                </a>
              </p>
            ) : (
              <p className="hint">{t("publicationsUi.news.feedOff")}</p>
            )}
            {data.news.length === 0 ? (
              <p>{t("publicationsUi.news.none")}</p>
            ) : (
              <ul className="pub-list">
                {data.news.map((n) => (
                  <NewsCard
                    key={n.id}
                    networkId={networkId}
                    item={n}
                    onChange={setData}
                    reload={reload}
                    announce={setMessage}
                    listHeading={newsHeading}
                  />
                ))}
              </ul>
            )}
            <div className="pub-new">
              <NewsForm
                networkId={networkId}
                idPrefix="news-new"
                onDone={(p, title, published) => {
                  setData(p);
                  setMessage(
                    published ? t("publicationsUi.news.createdPublished", { title }) : t("publicationsUi.news.createdDraft", { title }),
                  );
                }}
                onGone={() => void reload()}
              />
            </div>
          </section>
        </>
      )}
    </Page>
  );
}

/**
 * The network's public page: its address, whether it is on, which parts it
 * shows, and its news. Only coordinators choose; others who open the address
 * get an explanation instead of forms that would fail.
 */
export function PublishingPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  if (home.role === "coordinator") return <PublishingContent />;
  return (
    <Page title={t("publicationsUi.publishing.title")}>
      <p className="notice">{t("publicationsUi.publishing.coordinatorsOnly")}</p>
      <p>
        <Link to={`/networks/${home.network.id}/practices`}>{t("publicationsUi.publishing.toPractices")}</Link>
      </p>
    </Page>
  );
}
