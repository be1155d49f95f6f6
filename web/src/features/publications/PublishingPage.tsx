import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useVersionedSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./publications.css";
import { CardActions, type CardContext, Checkbox, FormButtons, LiveMessage, PublishedBadge, useCard } from "./shared.tsx";
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
    { key: "showGoals", label: t("publications.settings.showGoals"), hint: t("publications.settings.showGoalsHint") },
    { key: "showResults", label: t("publications.settings.showResults"), hint: t("publications.settings.showResultsHint") },
    { key: "showPractices", label: t("publications.settings.showPractices"), hint: t("publications.settings.showPracticesHint") },
    { key: "showAgreement", label: t("publications.settings.showAgreement"), hint: t("publications.settings.showAgreementHint") },
    { key: "showMap", label: t("publications.settings.showMap"), hint: t("publications.settings.showMapHint") },
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
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<PublishingSettings>({
    version: settings.version,
    conflictInSummary: true,
  });
  const { draft: fields, setDraft: setFields, set, field } = useDraft<SettingsFields>(() => fieldsOf(settings), { error });

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
          <h3 id="settings-conflict-heading">{t("publications.settings.conflictTitle")}</h3>
          <p>{t("publications.settings.conflictHelp")}</p>
          <dl className="facts">
            <dt>{t("publications.settings.slug")}</dt>
            <dd className="pub-url">{publicUrl(conflict.slug)}</dd>
            <dt>{t("publications.settings.enabled")}</dt>
            <dd>{conflict.enabled ? t("publications.settings.on") : t("publications.settings.off")}</dd>
            <dt>{t("publications.settings.intro")}</dt>
            <dd className="prose">{conflict.intro || t("common.notSet")}</dd>
            <dt>{t("publications.settings.parts")}</dt>
            <dd>{chosen.length ? chosen.join(", ") : t("publications.settings.noParts")}</dd>
          </dl>
        </section>
      ) : null}
      <FormError error={error} />
      <TextField
        {...field("slug")}
        label={t("publications.settings.slug")}
        hint={t("publications.settings.slugHint", { url: publicUrl(fields.slug.trim().toLowerCase() || "…") })}
        required
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
      />
      <Checkbox
        id="publishing-enabled"
        label={t("publications.settings.enabled")}
        hint={t("publications.settings.enabledHint")}
        checked={fields.enabled}
        onChange={(v) => set("enabled", v)}
      />
      <TextArea
        {...field("intro")}
        label={t("publications.settings.intro")}
        hint={t("publications.settings.introHint")}
        maxLength={4000}
        rows={4}
      />
      <fieldset className="checkbox-list">
        <legend>{t("publications.settings.parts")}</legend>
        <p className="hint">{t("publications.settings.partsHint")}</p>
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
        {t("publications.settings.save")}
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
  const { busy, error, save, version, conflict } = useVersionedSave<NewsItem>({
    version: item?.version ?? 0,
    prefix: idPrefix,
    conflictInSummary: true,
  });
  const empty = { title: "", body: "", published: false };
  const { draft, setDraft, set, field } = useDraft(
    item ? { title: item.title, body: item.body, published: item.publishedAt !== null } : empty,
    { error, savePrefix: idPrefix },
  );
  const { title, body, published } = draft;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems[`${idPrefix}-title`] = `${t("publications.news.title")}: ${t("validation.required")}`;
    if (!body.trim()) problems[`${idPrefix}-body`] = `${t("publications.news.body")}: ${t("validation.required")}`;
    void save(
      () =>
        item
          ? updateNews(networkId, item.id, { title, body, published, version: version ?? 0 })
          : ok(client.POST("/api/networks/{networkId}/news", { params: { path: { networkId } }, body: { title, body, published } })),
      {
        problems,
        saved: (p) => {
          if (!item) setDraft(empty);
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
        <h4 id={`${idPrefix}-heading`}>{t("publications.news.editHeading")}</h4>
      ) : (
        <h3 id={`${idPrefix}-heading`}>{t("publications.news.write")}</h3>
      )}
      {conflict ? (
        <div className="conflict">
          <p className="strong">{t("publications.news.conflict")}</p>
          <dl className="facts">
            <dt>{t("publications.news.title")}</dt>
            <dd>{conflict.title}</dd>
            <dt>{t("publications.news.status")}</dt>
            <dd>
              {conflict.publishedAt
                ? t("publications.common.publishedOn", { date: formatDate(conflict.publishedAt) })
                : t("publications.common.draft")}
            </dd>
            <dt>{t("publications.news.body")}</dt>
            <dd className="prose">{conflict.body}</dd>
          </dl>
        </div>
      ) : null}
      <FormError error={error} />
      <TextField {...field("title")} label={t("publications.news.title")} required maxLength={200} />
      <TextArea
        {...field("body")}
        label={t("publications.news.body")}
        hint={t("publications.news.bodyHint")}
        required
        maxLength={20000}
        rows={6}
      />
      <Checkbox
        id={`${idPrefix}-published`}
        label={item ? t("publications.news.published") : t("publications.news.publishNow")}
        hint={item ? undefined : t("publications.news.publishNowHint")}
        checked={published}
        onChange={(v) => set("published", v)}
      />
      <FormButtons label={item ? t("publications.news.saveEdit") : t("publications.news.submit")} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** One news item with its status and the coordinator's actions: edit, publish or unpublish, delete. */
function NewsCard({ ctx, item }: { ctx: CardContext<Publishing>; item: NewsItem }) {
  const { t } = useTranslation();
  const { networkId, onChange, reload, announce } = ctx;
  const { editing, setEditing, editButton, busy, error, run, remove } = useCard(ctx, t("publications.news.changed"));
  const toggle = () => {
    const publish = item.publishedAt === null;
    const { title, body, version } = item;
    run(
      () => updateNews(networkId, item.id, { title, body, published: publish, version }),
      publish ? t("publications.news.publishedMessage", { title }) : t("publications.news.unpublishedMessage", { title }),
    );
  };

  const onDelete = () =>
    remove(
      t("publications.news.confirmDelete", { title: item.title }),
      () => ok(client.DELETE("/api/networks/{networkId}/news/{newsId}", { params: { path: { networkId, newsId: item.id } } })),
      t("publications.news.deleted", { title: item.title }),
    );

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
            announce(t("publications.news.saved", { title }));
          }}
          onCancel={() => setEditing(false)}
          onGone={() => void reload()}
        />
      ) : (
        <>
          <p className="prose">{item.body}</p>
          <FormError error={error} />
          <CardActions
            title={item.title}
            published={item.publishedAt !== null}
            busy={busy}
            editButton={editButton}
            onEdit={() => setEditing(true)}
            onToggle={toggle}
            onDelete={onDelete}
          />
        </>
      )}
    </li>
  );
}

/** The page itself, for coordinators. */
function PublishingContent() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { data, error, reload, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/publishing", { params: { path: { networkId } } })),
    `publishing:${networkId}`,
  );
  const [message, setMessage] = useState<string | null>(null);
  const newsHeading = useRef<HTMLHeadingElement>(null);
  const saved = data?.settings;
  const cards: CardContext<Publishing> = { networkId, onChange: setData, reload, announce: setMessage, listHeading: newsHeading };

  return (
    <Page title={t("publications.publishing.title")}>
      <p>{t("publications.publishing.intro")}</p>
      <LiveMessage>{message}</LiveMessage>
      <FormError error={error} />
      {!data || !saved ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Section id="publishing-settings-heading" className="panel" title={t("publications.settings.heading")}>
            {saved.enabled ? (
              <p className="notice pub-state">
                {t("publications.settings.stateOn")}{" "}
                <a href={`/p/${saved.slug}`} className="pub-url">
                  {publicUrl(saved.slug)}
                </a>
              </p>
            ) : (
              <p className="notice pub-state">{t("publications.settings.stateOff")}</p>
            )}
            <SettingsForm
              networkId={networkId}
              settings={saved}
              onSaved={(p) => {
                setData(p);
                setMessage(t("publications.settings.saved"));
              }}
              onConflict={() => {
                setMessage(null);
                void reload();
              }}
            />
          </Section>

          <section aria-labelledby="publishing-news-heading" className="panel">
            <h2 id="publishing-news-heading" ref={newsHeading} tabIndex={-1}>
              {t("publications.news.heading")}
            </h2>
            <p>{t("publications.news.intro")}</p>
            {saved.enabled ? (
              <p>
                {t("publications.news.feed")}{" "}
                <a href={`/p/${saved.slug}/feed.atom`} className="pub-url">
                  {`${publicUrl(saved.slug)}/feed.atom`}
                </a>
              </p>
            ) : (
              <p className="hint">{t("publications.news.feedOff")}</p>
            )}
            {data.news.length === 0 ? (
              <p>{t("publications.news.none")}</p>
            ) : (
              <ul className="pub-list">
                {data.news.map((n) => (
                  <NewsCard key={n.id} ctx={cards} item={n} />
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
                    published ? t("publications.news.createdPublished", { title }) : t("publications.news.createdDraft", { title }),
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
  const { home, coordinator } = useNetwork();
  if (coordinator) return <PublishingContent />;
  return (
    <Page title={t("publications.publishing.title")}>
      <p className="notice">{t("publications.publishing.coordinatorsOnly")}</p>
      <p>
        <Link to={`/networks/${home.network.id}/practices`}>{t("publications.publishing.toPractices")}</Link>
      </p>
    </Page>
  );
}
