import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useVersionedSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loaded, Page, Section } from "../../components/Page.tsx";
import { useHashTarget } from "../../components/useHashTarget.ts";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./publications.css";
import { CardActions, type CardContext, FormButtons, LiveMessage, PublishedBadge, useCard } from "./shared.tsx";
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
  const { busy, error, save, version, conflict, showConflict } = useVersionedSave<Practice>({
    version: practice?.version ?? 0,
    prefix: idPrefix,
    conflictInSummary: true,
  });
  const {
    draft: fields,
    setDraft: setFields,
    field,
  } = useDraft<PracticeFields>(practice ? fieldsOf(practice) : empty, { error, savePrefix: idPrefix });

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
        {...field("title")}
        label={t("publications.practices.title")}
        hint={t("publications.practices.titleHint")}
        required
        maxLength={200}
      />
      <TextArea
        {...field("whatWorked")}
        label={t("public.whatWorked")}
        hint={t("publications.practices.whatWorkedHint")}
        required
        maxLength={8000}
        rows={5}
      />
      <TextArea {...field("context")} label={t("public.where")} hint={t("publications.practices.contextHint")} maxLength={4000} rows={3} />
      <TextField
        {...field("contact")}
        label={t("publications.practices.contact")}
        hint={t("publications.practices.contactHint")}
        maxLength={500}
      />
      <FormButtons
        label={practice ? t("publications.practices.saveEdit") : t("publications.practices.submit")}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}

/** One of the network's own practices with its status, author and the actions the user may take. */
function OwnPracticeCard({ ctx, practice, coordinator }: { ctx: CardContext<Practices>; practice: Practice; coordinator: boolean }) {
  const { t } = useTranslation();
  const { networkId, onChange, reload, announce } = ctx;
  const { editing, setEditing, editButton, busy, error, run, remove } = useCard(ctx, t("publications.practices.changed"));
  const toggle = () => {
    const publish = practice.publishedAt === null;
    const { title } = practice;
    run(
      () => updatePractice(networkId, practice.id, { ...fieldsOf(practice), published: publish, version: practice.version }),
      publish ? t("publications.practices.publishedMessage", { title }) : t("publications.practices.unpublishedMessage", { title }),
    );
  };

  const onDelete = () =>
    remove(
      t("publications.practices.confirmDelete", { title: practice.title }),
      () =>
        ok(
          client.DELETE("/api/networks/{networkId}/practices/{practiceId}", {
            params: { path: { networkId, practiceId: practice.id } },
          }),
        ),
      t("publications.practices.deleted", { title: practice.title }),
    );

  return (
    <li className="card pub-card" id={`practice-${practice.id}`}>
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
          <CardActions
            title={practice.title}
            published={practice.publishedAt !== null}
            busy={busy}
            editButton={editButton}
            onEdit={practice.canEdit ? () => setEditing(true) : undefined}
            onToggle={coordinator ? toggle : undefined}
            onDelete={practice.canEdit ? onDelete : undefined}
          />
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
  const { home, networkId, coordinator } = useNetwork();
  const { data, error, reload, setData } = useLoad(() => listPractices(networkId), `practices:${networkId}`);
  const [message, setMessage] = useState<string | null>(null);
  const ownHeading = useRef<HTMLHeadingElement>(null);
  const canAdd = home.role !== "observer";
  useHashTarget(Boolean(data), "practice-");
  const cards: CardContext<Practices> = { networkId, onChange: setData, reload, announce: setMessage, listHeading: ownHeading };

  return (
    <Page title={t("publications.practices.pageTitle")}>
      <p>{t("publications.practices.intro")}</p>
      <p>
        {t("publications.practices.publicList")} <a href="/good-practices">{t("public.sharedPractices")}</a>
      </p>
      <LiveMessage>{message}</LiveMessage>
      <Loaded data={data} error={error}>
        {(data) => (
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
                    <OwnPracticeCard key={p.id} ctx={cards} practice={p} coordinator={coordinator} />
                  ))}
                </ul>
              )}
            </section>

            {canAdd ? (
              <Section id="practice-new-heading" className="panel" title={t("publications.practices.addHeading")}>
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
              </Section>
            ) : null}

            <Section id="practices-shared-heading" className="panel" title={t("publications.practices.sharedHeading")}>
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
            </Section>
          </>
        )}
      </Loaded>
    </Page>
  );
}
