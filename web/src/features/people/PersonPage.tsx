import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Visibility } from "../../../../src/domain/directory.ts";
import { ApiError, apiError, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { Avatar } from "../../components/Avatar.tsx";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { splitTagList, TagInput } from "../../components/TagInput.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { DirectoryEgo } from "../surveys/ego/DirectoryEgo.tsx";

type Person = Schemas["Person"];

interface Draft {
  name: string;
  title: string;
  organisationId: string;
  behindTitle: string;
  expectations: string;
  phone: string;
  emailVisibility: Visibility;
  phoneVisibility: Visibility;
  competences: string;
  needs: string;
  languages: string;
}

const draftOf = (p: Person): Draft => ({
  name: p.name,
  title: p.title ?? "",
  organisationId: p.organisationId ?? "",
  behindTitle: p.behindTitle ?? "",
  expectations: p.expectations ?? "",
  phone: p.phone ?? "",
  emailVisibility: p.emailVisibility ?? "members",
  phoneVisibility: p.phoneVisibility ?? "members",
  competences: p.competences.join(", "),
  needs: p.needs.join(", "),
  languages: p.languages.join(", "),
});

function Profile({ person }: { person: Person }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length ? items.join(", ") : t("common.notSet"));
  return (
    <dl className="facts">
      <dt>{t("people.organisation")}</dt>
      <dd>{person.organisationName ?? t("common.notSet")}</dd>
      <dt>{t("people.jobTitle")}</dt>
      <dd>{person.title ?? t("common.notSet")}</dd>
      <dt>{t("people.behindTitle")}</dt>
      <dd className="prose">{person.behindTitle ?? t("common.notSet")}</dd>
      <dt>{t("people.competences")}</dt>
      <dd>{list(person.competences)}</dd>
      <dt>{t("people.needs")}</dt>
      <dd>{list(person.needs)}</dd>
      <dt>{t("people.expectations")}</dt>
      <dd className="prose">{person.expectations ?? t("common.notSet")}</dd>
      <dt>{t("people.languages")}</dt>
      <dd>{list(person.languages)}</dd>
      <dt>{t("auth.email")}</dt>
      <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : t("people.hidden")}</dd>
      <dt>{t("people.phone")}</dt>
      <dd>{person.phone ? <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a> : t("people.hidden")}</dd>
      <dt>{t("people.confirmed")}</dt>
      <dd>
        {person.confirmedAt ? formatDate(person.confirmedAt) : t("people.neverConfirmed")}
        {person.stale ? <span className="badge warn"> {t("people.staleBadge")}</span> : null}
      </dd>
    </dl>
  );
}

function EditForm({ person, onSaved }: { person: Person; onSaved: (p: Person) => void }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const organisations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: { path: { networkId } } })),
    `organisations:${networkId}`,
  );
  const { error, save, saved } = useSave();
  const { draft, set, field } = useDraft(() => draftOf(person), { error });
  const [version, setVersion] = useState(person.version ?? 1);
  const [conflict, setConflict] = useState<Person | null>(null);
  const visibilityOptions = [
    { value: "members", label: t("people.visibleMembers") },
    { value: "coordinators", label: t("people.visibleCoordinators") },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PATCH("/api/networks/{networkId}/people/{personId}", {
            params: { path: { networkId, personId: person.id } },
            body: {
              version,
              ...(person.canEditName ? { name: draft.name } : {}),
              title: draft.title,
              organisationId: draft.organisationId || null,
              behindTitle: draft.behindTitle,
              expectations: draft.expectations,
              phone: draft.phone,
              emailVisibility: draft.emailVisibility,
              phoneVisibility: draft.phoneVisibility,
              competences: splitTagList(draft.competences),
              needs: splitTagList(draft.needs),
              languages: splitTagList(draft.languages),
            },
          }),
        ),
      {
        saved: (p) => {
          setVersion(p.version ?? version);
          setConflict(null);
          onSaved(p);
        },
        // A stale version: the stored person is shown beside the form, and the error says what happened.
        failed: (err) => {
          if (err instanceof ApiError && err.status === 409 && err.current) {
            const current = err.current as Person;
            setConflict(current);
            setVersion(current.version ?? version);
          }
          return err;
        },
      },
    );
  };
  return (
    <Section id="edit-heading" className="panel" title={person.isSelf ? t("people.editOwn") : t("people.edit")}>
      {conflict ? (
        <div className="conflict">
          <h3>{t("network.conflictTitle")}</h3>
          <p>{t("network.conflictHelp")}</p>
          <Profile person={conflict} />
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          {...field("name")}
          label={t("people.name")}
          required
          readOnly={!person.canEditName}
          hint={person.canEditName ? undefined : t("people.nameIsPersons")}
        />
        <TextField {...field("title")} label={t("people.jobTitle")} />
        <SelectField
          {...field("organisationId")}
          label={t("people.organisation")}
          hint={t("people.organisationHint")}
          options={[
            { value: "", label: t("people.noOrganisation") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextArea {...field("behindTitle")} label={t("people.behindTitle")} hint={t("people.behindTitleHint")} />
        <TagInput
          networkId={networkId}
          kind="competence"
          name="competences"
          label={t("people.competences")}
          hint={t("people.tagsHint")}
          value={draft.competences}
          onChange={(v) => set("competences", v)}
        />
        <TagInput
          networkId={networkId}
          kind="need"
          name="needs"
          label={t("people.needs")}
          hint={t("people.tagsHint")}
          value={draft.needs}
          onChange={(v) => set("needs", v)}
        />
        <TextArea {...field("expectations")} label={t("people.expectations")} />
        <TagInput
          networkId={networkId}
          kind="language"
          name="languages"
          label={t("people.languages")}
          hint={t("people.tagsHint")}
          value={draft.languages}
          onChange={(v) => set("languages", v)}
        />
        <TextField {...field("phone")} type="tel" autoComplete="tel" label={t("people.phone")} />
        <SelectField {...field("emailVisibility")} label={t("people.emailVisibility")} options={visibilityOptions} />
        <SelectField {...field("phoneVisibility")} label={t("people.phoneVisibility")} options={visibilityOptions} />
        <button type="submit" className="primary">
          {t("common.save")}
        </button>
        {saved ? <Status>{person.isSelf ? t("people.savedConfirmed") : t("common.saved")}</Status> : null}
      </form>
    </Section>
  );
}

function PhotoForm({ person, onChanged }: { person: Person; onChanged: (p: Person | null) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, save } = useSave();
  const path = { networkId: home.network.id, personId: person.id };
  // The photo goes as its own bytes, not JSON, so it is sent by fetch; the answer is the Person the route documents.
  const url = `/api/networks/${path.networkId}/people/${path.personId}/photo`;
  const upload = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    void save(async () => {
      const res = await fetch(url, {
        method: "PUT",
        credentials: "same-origin",
        headers: { "Content-Type": file.type || "application/octet-stream" },
        body: file,
      });
      const data: unknown = await res.json();
      if (!res.ok) throw apiError(res, data);
      onChanged(data as Person);
    });
  };
  const remove = async () => {
    await ok(client.DELETE("/api/networks/{networkId}/people/{personId}/photo", { params: { path } }));
    onChanged(null);
  };
  return (
    <Section id="photo-heading" className="panel" title={t("people.photo")}>
      <form onSubmit={upload} noValidate>
        <FormError error={error} />
        <div className="field">
          <label htmlFor="field-photo">{t("people.choosePhoto")}</label>
          <p className="hint" id="photo-hint">
            {t("people.photoHint")}
          </p>
          <input
            id="field-photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="photo-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" disabled={!file || busy}>
          {t("people.uploadPhoto")}
        </button>{" "}
        {person.photoUrl ? (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t("people.removePhoto")}
          </button>
        ) : null}
        {busy ? <Status>{t("people.uploading")}</Status> : null}
      </form>
    </Section>
  );
}

/** The shared-history timeline of one person, and a form to add what they did together with someone. */
export function History({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { me } = useSession();
  const {
    data,
    reload,
    error: loadError,
  } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/history", { params: { path: { networkId }, query: { person: personId } } })),
    `history:${networkId}:person:${personId}`,
  );
  const people = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people", { params: { path: { networkId }, query: { limit: 200 } } })),
    `people-options:${networkId}`,
  );
  const mine = me?.networks.find((n) => n.id === networkId)?.personId;
  const { error, save } = useSave();
  const { draft, setDraft, set, field } = useDraft(
    { occurredOn: new Date().toISOString().slice(0, 10), title: "", description: "", withId: "" },
    { error },
  );
  const add = (e: FormEvent) => {
    e.preventDefault();
    const personIds = [personId, draft.withId].filter((x): x is string => Boolean(x));
    void save(async () => {
      await ok(
        client.POST("/api/networks/{networkId}/history", {
          params: { path: { networkId } },
          body: { occurredOn: draft.occurredOn, title: draft.title, description: draft.description, personIds },
        }),
      );
      setDraft((d) => ({ ...d, title: "", description: "" }));
      await reload();
    });
  };
  const remove = async (id: string) => {
    await ok(client.DELETE("/api/networks/{networkId}/history/{entryId}", { params: { path: { networkId, entryId: id } } }));
    await reload();
  };
  return (
    <Section id="history-heading" className="panel" title={t("people.history")}>
      <FormError error={loadError} />
      {!data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p>{t("people.noHistory")}</p>
      ) : (
        <ol className="timeline">
          {data.items.map((e) => (
            <li key={e.id}>
              <p className="meta">
                <time dateTime={e.occurredOn}>{formatDate(e.occurredOn)}</time>
              </p>
              <h3>{e.title}</h3>
              {e.description ? <p>{e.description}</p> : null}
              <p className="meta">
                {[...e.people.map((p) => p.name), ...e.organisations.map((o) => o.name)].join(", ")}
                {e.formerPeople > 0 ? ` ${t("people.formerPeople", { count: e.formerPeople })}` : ""}
              </p>
              {e.canDelete ? (
                <button type="button" className="link-button" onClick={() => void remove(e.id)}>
                  {t("people.deleteEntry")}
                  <span className="visually-hidden"> {e.title}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <h3>{t("people.addHistory")}</h3>
      <form onSubmit={add} noValidate>
        <FormError error={error} />
        <TextField {...field("occurredOn")} type="date" label={t("people.when")} />
        <TextField {...field("title")} label={t("people.what")} required />
        <TextArea {...field("description")} label={t("people.details")} />
        <SelectField
          name="personIds"
          label={t("people.withWhom")}
          value={draft.withId}
          onChange={(e) => set("withId", e.target.value)}
          options={[
            { value: "", label: t("people.nobodyElse") },
            ...(people.data?.items ?? [])
              .filter((p) => p.id !== personId)
              .map((p) => ({ value: p.id, label: p.id === mine ? `${p.name} (${t("people.you")})` : p.name })),
          ]}
          error={error}
        />
        <button type="submit">{t("people.saveHistory")}</button>
      </form>
    </Section>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const { refresh } = useSession();
  const { personId } = useParams();
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people/{personId}", { params: { path: { networkId, personId: personId ?? "" } } })),
    personId ? `person:${networkId}:${personId}` : null,
  );
  const [confirmed, setConfirmed] = useState(false);
  if (error) return <FormError error={error} />;
  if (!data) return <Loading />;
  const confirm = async () => {
    const p = await ok(
      client.POST("/api/networks/{networkId}/people/{personId}/confirm", { params: { path: { networkId, personId: data.id } } }),
    );
    setData(p);
    setConfirmed(true);
    await refresh();
  };
  return (
    <Page title={data.name}>
      <div className="profile-head">
        <Avatar name={data.name} photoUrl={data.photoUrl} size="large" />
        <p className="meta">{[data.title, data.organisationName].filter(Boolean).join(", ")}</p>
      </div>
      {data.isSelf && data.stale ? (
        <Section id="confirm-heading" className="notice" title={t("people.confirmTitle")}>
          <p>{t("people.confirmText")}</p>
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t("people.confirmButton")}
          </button>
        </Section>
      ) : null}
      {confirmed ? <Status>{t("people.confirmedNow")}</Status> : null}
      <Profile person={data} />
      {data.organisationId ? (
        <p>
          <Link to={`/networks/${home.network.id}/organisations/${data.organisationId}`}>
            {t("people.toOrganisation", { name: data.organisationName })}
          </Link>
        </p>
      ) : null}
      {data.canEdit ? (
        <>
          <EditForm
            person={data}
            onSaved={(p) => {
              setData(p);
              void refresh();
            }}
          />
          <PhotoForm person={data} onChanged={(p) => setData(p ?? { ...data, photoUrl: null })} />
        </>
      ) : null}
      {home.role === "coordinator" || data.isSelf ? (
        <DirectoryEgo networkId={networkId} level="person" nodeId={data.id} name={data.name} own={data.isSelf} />
      ) : null}
      {home.role === "observer" ? null : <History personId={data.id} />}
    </Page>
  );
}
