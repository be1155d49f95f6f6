import { type FormEvent, type RefObject, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useVersionedSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./publications.css";
import { LiveMessage, PublishedBadge, useCard } from "./shared.tsx";
import type { Practice, PracticeFields, Practices } from "./types.ts";

const fieldsOf = (p: Practice): PracticeFields => ({ title: p.title, whatWorked: p.whatWorked, context: p.context, contact: p.contact });

const listPractices = (networkId: string) => ok(client.GET("/api/networks/{networkId}/practices", { params: { path: { networkId } } }));

/** Saves a practice's fields with its published state, based on `version`. */
const updatePractice = (networkId: string, practiceId: string, body: PracticeFields & { published: boolean; version: number }) =>
  ok(client.PATCH("/api/networks/{networkId}/practices/{practiceId}", { params: { path: { networkId, practiceId } }, body }));

/** What worked, where and how, and whom to ask, as a description list. */
function PracticeText({ practice, contactLabel }: { practice: PracticeFields; contactLabel: string }) {
  const { t } = useTranslation();
  return (
    <dl className="pub-fields">
      <dt>{t("public.whatWorked")}</dt>
      <dd className="prose">{practice.whatWorked}</dd>
      {practice.context ? (
        <>
          <dt>{t("public.where")}</dt>
          <dd className="prose">{practice.context}</dd>
        </>
      ) : null}
      {practice.contact ? (
        <>
          <dt>{contactLabel}</dt>
          <dd className="prose">{practice.contact}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * Writes down a new good practice or edits one. A stale edit (409) shows the
 * stored practice above the form; the user's text stays in it and the next
 * save is based on the stored version.
 */
function PracticeForm({
  networkId,
  practice,
  idPrefix,
  onDone,
  onCancel,
  onGone,
  onRefresh,
}: {
  networkId: string;
  practice?: Practice;
  idPrefix: string;
  onDone: (list: Practices, title: string) => void;
  onCancel?: () => void;
  onGone: () => void;
  /** The list as fetched again after a refusal, so that the page shows what is stored. */
  onRefresh: (list: Practices) => void;
}) {
  const { t } = useTranslation();
  const empty: PracticeFields = { title: "", whatWorked: "", context: "", contact: "" };
  const [fields, setFields] = useState<PracticeFields>(practice ? fieldsOf(practice) : empty);
  const { busy, error, save, version, conflict, showConflict } = useVersionedSave<Practice>({
    version: practice?.version ?? 0,
    prefix: idPrefix,
    conflictInSummary: true,
  });
  const set = (key: keyof PracticeFields, value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!fields.title.trim()) problems[`${idPrefix}-title`] = `${t("publications.practices.title")}: ${t("validation.required")}`;
    if (!fields.whatWorked.trim()) problems[`${idPrefix}-whatWorked`] = `${t("public.whatWorked")}: ${t("validation.required")}`;
    void save(
      () =>
        practice
          ? updatePractice(networkId, practice.id, {
              ...fields,
              // Editing keeps the published state as it is stored now; publishing is its own button.
              published: (conflict ?? practice).publishedAt !== null,
              // The form starts from a version (0 for a new practice), so it is never null here.
              version: version ?? 0,
            })
          : ok(client.POST("/api/networks/{networkId}/practices", { params: { path: { networkId } }, body: fields })),
      {
        problems,
        saved: (list) => {
          if (!practice) setFields(empty);
          onDone(list, fields.title.trim());
        },
        failed: async (err) => {
          if (err instanceof ApiError && err.status === 403 && practice) {
            // A coordinator may have published or unpublished the practice meanwhile, which the server refuses
            // before it looks at the version: treat a changed practice as the conflict it is.
            const current = await listPractices(networkId)
              .then((list) => {
                onRefresh(list);
                return list.own.find((p) => p.id === practice.id);
              })
              .catch(() => undefined);
            if (current && current.version !== version) {
              showConflict(current);
              return new ApiError(409, "conflict", t("errors.conflict"));
            }
          } else if (err instanceof ApiError && (err.status === 404 || err.status === 409)) {
            // Deleted meanwhile (a 409 that comes this far has no stored practice to show): the page drops it.
            onGone();
          }
          return err;
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      {practice ? <h4 id={`${idPrefix}-heading`}>{t("publications.practices.editHeading")}</h4> : null}
      {conflict ? (
        <div className="conflict">
          <p className="strong">{t("publications.practices.conflict")}</p>
          <p className="strong">{conflict.title}</p>
          <p>
            {conflict.publishedAt
              ? t("publications.common.publishedOn", { date: formatDate(conflict.publishedAt) })
              : t("publications.common.draft")}
          </p>
          <PracticeText practice={conflict} contactLabel={t("publications.practices.contact")} />
        </div>
      ) : null}
      <FormError error={error} />
      <TextField
        name={`${idPrefix}-title`}
        label={t("publications.practices.title")}
        hint={t("publications.practices.titleHint")}
        required
        maxLength={200}
        value={fields.title}
        onChange={(e) => set("title", e.target.value)}
        error={error}
      />
      <TextArea
        name={`${idPrefix}-whatWorked`}
        label={t("public.whatWorked")}
        hint={t("publications.practices.whatWorkedHint")}
        required
        maxLength={8000}
        rows={5}
        value={fields.whatWorked}
        onChange={(e) => set("whatWorked", e.target.value)}
        error={error}
      />
      <TextArea
        name={`${idPrefix}-context`}
        label={t("public.where")}
        hint={t("publications.practices.contextHint")}
        maxLength={4000}
        rows={3}
        value={fields.context}
        onChange={(e) => set("context", e.target.value)}
        error={error}
      />
      <TextField
        name={`${idPrefix}-contact`}
        label={t("publications.practices.contact")}
        hint={t("publications.practices.contactHint")}
        maxLength={500}
        value={fields.contact}
        onChange={(e) => set("contact", e.target.value)}
        error={error}
      />
      <p className="pub-actions">
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {practice ? t("publications.practices.saveEdit") : t("publications.practices.submit")}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t("publications.common.cancel")}
          </button>
        ) : null}
      </p>
    </form>
  );
}

/** One of the network's own practices with its status, author and the actions the user may take. */
function OwnPracticeCard({
  networkId,
  practice,
  coordinator,
  onChange,
  reload,
  announce,
  listHeading,
}: {
  networkId: string;
  practice: Practice;
  coordinator: boolean;
  onChange: (list: Practices) => void;
  reload: () => Promise<void>;
  announce: (message: string) => void;
  listHeading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const { editing, setEditing, editButton, busy, error, run } = useCard({
    reload,
    onChange,
    announce,
    changed: t("publications.practices.changed"),
  });
  const toggle = () => {
    const publish = practice.publishedAt === null;
    const { title } = practice;
    run(
      () => updatePractice(networkId, practice.id, { ...fieldsOf(practice), published: publish, version: practice.version }),
      publish ? t("publications.practices.publishedMessage", { title }) : t("publications.practices.unpublishedMessage", { title }),
    );
  };

  const remove = () => {
    if (!window.confirm(t("publications.practices.confirmDelete", { title: practice.title }))) return;
    run(
      () =>
        ok(
          client.DELETE("/api/networks/{networkId}/practices/{practiceId}", {
            params: { path: { networkId, practiceId: practice.id } },
          }),
        ),
      t("publications.practices.deleted", { title: practice.title }),
      () => listHeading.current?.focus(),
    );
  };

  return (
    <li className="card pub-card">
      <h3>{practice.title}</h3>
      <PublishedBadge publishedAt={practice.publishedAt} />
      {practice.createdBy ? <p className="meta">{t("publications.practices.writtenBy", { name: practice.createdBy })}</p> : null}
      {editing ? (
        <PracticeForm
          networkId={networkId}
          practice={practice}
          idPrefix={`practice-${practice.id}`}
          onDone={(list, title) => {
            onChange(list);
            setEditing(false);
            announce(t("publications.practices.saved", { title }));
          }}
          onCancel={() => setEditing(false)}
          onGone={() => void reload()}
          onRefresh={onChange}
        />
      ) : (
        <>
          <PracticeText practice={practice} contactLabel={t("publications.practices.contact")} />
          <FormError error={error} />
          {practice.canEdit || coordinator ? (
            <p className="pub-actions">
              {practice.canEdit ? (
                <button type="button" ref={editButton} onClick={() => setEditing(true)}>
                  {t("publications.common.edit")}
                  <span className="visually-hidden">: {practice.title}</span>
                </button>
              ) : null}
              {coordinator ? (
                <button type="button" aria-disabled={busy || undefined} onClick={toggle}>
                  {practice.publishedAt ? t("publications.common.unpublish") : t("publications.common.publish")}
                  <span className="visually-hidden">: {practice.title}</span>
                </button>
              ) : null}
              {practice.canEdit ? (
                <button type="button" className="danger" onClick={remove}>
                  {t("publications.common.delete")}
                  <span className="visually-hidden">: {practice.title}</span>
                </button>
              ) : null}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}

/**
 * Good practices: what worked, where, and whom to ask. The network's own
 * (drafts too, except for observers) with writing, editing and, for
 * coordinators, publishing; and those other networks on this Solmu have published.
 */
export function PracticesPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const { data, error, reload, setData } = useLoad(() => listPractices(networkId), `practices:${networkId}`);
  const [message, setMessage] = useState<string | null>(null);
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const coordinator = home.role === "coordinator";
  const canAdd = home.role !== "observer";

  return (
    <Page title={t("publications.practices.pageTitle")}>
      <p>{t("publications.practices.intro")}</p>
      <p>
        {t("publications.practices.publicList")} <a href="/good-practices">{t("public.sharedPractices")}</a>
      </p>
      <LiveMessage>{message}</LiveMessage>
      <FormError error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <section aria-labelledby="practices-own-heading" className="panel">
            <h2 id="practices-own-heading" ref={ownHeading} tabIndex={-1}>
              {t("publications.practices.ownHeading")}
            </h2>
            <p className="hint">{coordinator ? t("publications.practices.ownHintCoordinator") : t("publications.practices.ownHint")}</p>
            {data.own.length === 0 ? (
              <p>{canAdd ? t("publications.practices.ownNone") : t("publications.practices.ownNonePublished")}</p>
            ) : (
              <ul className="pub-list">
                {data.own.map((p) => (
                  <OwnPracticeCard
                    key={p.id}
                    networkId={networkId}
                    practice={p}
                    coordinator={coordinator}
                    onChange={setData}
                    reload={reload}
                    announce={setMessage}
                    listHeading={ownHeading}
                  />
                ))}
              </ul>
            )}
          </section>

          {canAdd ? (
            <section aria-labelledby="practice-new-heading" className="panel">
              <h2 id="practice-new-heading">{t("publications.practices.addHeading")}</h2>
              <PracticeForm
                networkId={networkId}
                idPrefix="practice-new"
                onDone={(list, title) => {
                  setData(list);
                  setMessage(t("publications.practices.created", { title }));
                }}
                onGone={() => void reload()}
                onRefresh={setData}
              />
            </section>
          ) : null}

          <section aria-labelledby="practices-shared-heading" className="panel">
            <h2 id="practices-shared-heading">{t("publications.practices.sharedHeading")}</h2>
            {data.shared.length === 0 ? (
              <p>{t("publications.practices.sharedNone")}</p>
            ) : (
              <ul className="pub-list">
                {data.shared.map((p) => (
                  <li key={p.id} className="card pub-card">
                    <h3>{p.title}</h3>
                    <p className="meta">
                      {p.publicPage ? (
                        <a href={p.publicPage}>{t("publications.practices.fromNetwork", { network: p.networkName })}</a>
                      ) : (
                        t("publications.practices.fromNetwork", { network: p.networkName })
                      )}
                      {p.publishedAt ? ` · ${t("publications.common.publishedOn", { date: formatDate(p.publishedAt) })}` : null}
                    </p>
                    <PracticeText practice={p} contactLabel={t("public.contact")} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
