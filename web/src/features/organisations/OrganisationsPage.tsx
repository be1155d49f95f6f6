import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ORGANISATION_KINDS, type OrganisationKind } from "../../../../src/domain/directory.ts";
import { type Answer, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError, SelectField, TextArea, TextField, useDraft, useSubmit } from "../../components/Form.tsx";
import { Loaded, Loading, Page, Section, Status } from "../../components/Page.tsx";
import { formatDay } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { GapsPanel } from "./GapsPanel.tsx";
import { useNetworkResources } from "./useResources.ts";

/** An organisation as the API gives it. */
export type Organisation = Schemas["Organisation"];
type OrganisationListItem = Answer<"/api/networks/{networkId}/organisations">["items"][number];
export type OrganisationDetail = Schemas["OrganisationDetail"];
/** One entry of shared history, newest first from the API. */
export type HistoryItem = Schemas["HistoryEntry"];

/** What the organisation form edits; website is free text ("www.x.fi" is fine), "" for none. */
export interface OrganisationFields {
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
  contactPersonId: string | null;
}

export const fieldsOf = (o: Organisation): OrganisationFields => ({
  name: o.name,
  kind: o.kind,
  website: o.website ?? "",
  description: o.description,
  contactPersonId: o.contactPersonId,
});

const EMPTY: OrganisationFields = { name: "", kind: "ngo", website: "", description: "", contactPersonId: null };

/** A web address without its scheme, for display. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//i, "").replace(/\/$/, "");

/** Only http(s) addresses become links; anything else is shown as text. */
export const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** The people of the network, for choosing a contact person. */
export function usePeopleOptions(networkId: string, enabled: boolean) {
  const { data } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people", { params: { path: { networkId }, query: { limit: 200 } } })),
    enabled ? `people-options:${networkId}` : null,
  );
  return data?.items ?? null;
}

/** The fields of an organisation, for adding and editing. */
export function OrganisationForm({
  initial,
  submitLabel,
  onSubmit,
  error,
  people,
  currentContact,
}: {
  initial: OrganisationFields;
  submitLabel: string;
  onSubmit: (fields: OrganisationFields) => Promise<void>;
  error: unknown;
  people: { id: string; name: string }[] | null;
  currentContact?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const { draft: fields, set, field } = useDraft(initial, { error });
  const { busy, submit } = useSubmit(() => onSubmit(fields));
  const contacts = [...(people ?? [])];
  // The stored contact stays choosable even when the list of people did not include them.
  if (currentContact && !contacts.some((p) => p.id === currentContact.id)) contacts.unshift(currentContact);
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField {...field("name")} label={t("organisations.name")} required />
      <SelectField
        {...field("kind")}
        label={t("organisations.kind")}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))}
      />
      <TextField
        {...field("website")}
        label={t("organisations.website")}
        hint={t("organisations.websiteHint")}
        inputMode="url"
        spellCheck={false}
      />
      <TextArea {...field("description")} label={t("organisations.description")} hint={t("organisations.descriptionHint")} />
      <SelectField
        name="contactPersonId"
        label={t("organisations.contactPerson")}
        hint={t("organisations.contactPersonHint")}
        value={fields.contactPersonId ?? ""}
        onChange={(e) => set("contactPersonId", e.target.value || null)}
        options={[{ value: "", label: t("organisations.noContact") }, ...contacts.map((p) => ({ value: p.id, label: p.name }))]}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** Links to people or organisations, separated by commas. */
function LinkList({ items, path }: { items: { id: string; name: string }[]; path: string }) {
  return items.map((x, i) => (
    <span key={x.id}>
      {i > 0 ? ", " : null}
      <Link to={`${path}/${x.id}`}>{x.name}</Link>
    </span>
  ));
}

/** A timeline of shared history, newest first, as an ordered list. */
export function HistoryTimeline({ items, networkId, headingLevel }: { items: HistoryItem[]; networkId: string; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const sorted = [...items].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  const base = `/networks/${networkId}`;
  return (
    <ol className="plain">
      {sorted.map((e) => (
        <li key={e.id}>
          <Heading>{e.title}</Heading>
          <p className="meta">
            <time dateTime={e.occurredOn}>{formatDay(e.occurredOn)}</time>
            {e.createdByName ? <> · {t("history.recordedBy", { name: e.createdByName })}</> : null}
          </p>
          {e.description ? <p className="message-body">{e.description}</p> : null}
          {e.people.length > 0 || e.formerPeople > 0 ? (
            <p>
              {t("history.people")} <LinkList items={e.people} path={`${base}/people`} />
              {e.formerPeople > 0
                ? e.people.length > 0
                  ? ` ${t("history.andFormer", { count: e.formerPeople })}`
                  : t("history.formerOnly", { count: e.formerPeople })
                : null}
            </p>
          ) : null}
          {e.organisations.length > 0 ? (
            <p>
              {t("history.organisations")} <LinkList items={e.organisations} path={`${base}/organisations`} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Two organisations' shared history: the entries that involve both. */
function PairHistory({ networkId, organisations }: { networkId: string; organisations: OrganisationListItem[] }) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const { draft, field } = useDraft({ pairFirst: "", pairSecond: "" }, { error });
  const [result, setResult] = useState<{ first: string; second: string; items: HistoryItem[] } | null>(null);
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  const options = [{ value: "", label: t("organisations.choose") }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    const { pairFirst: first, pairSecond: second } = draft;
    const problems: Record<string, string> = {};
    if (!first) problems.pairFirst = t("validation.required");
    if (!second) problems.pairSecond = t("validation.required");
    else if (second === first) problems.pairSecond = t("organisations.pairSame");
    void save(
      () =>
        ok(
          client.GET("/api/networks/{networkId}/history", {
            params: { path: { networkId }, query: { organisations: `${first},${second}` } },
          }),
        ),
      { problems, saved: (r) => setResult({ first: nameOf(first), second: nameOf(second), items: r.items }) },
    );
  };

  return (
    <Section id="pair-heading" className="panel" title={t("organisations.pairTitle")}>
      <p>{t("organisations.pairHint")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <SelectField {...field("pairFirst")} label={t("organisations.pairFirst")} options={options} />
        <SelectField {...field("pairSecond")} label={t("organisations.pairSecond")} options={options} />
        <button type="submit" disabled={busy}>
          {t("organisations.pairShow")}
        </button>
      </form>
      {busy ? <Loading /> : null}
      {result ? (
        <section aria-labelledby="pair-result-heading">
          <h3 id="pair-result-heading">{t("organisations.pairResult", { first: result.first, second: result.second })}</h3>
          <Status>{result.items.length === 0 ? t("history.pairEmpty") : t("history.count", { count: result.items.length })}</Status>
          {result.items.length > 0 ? <HistoryTimeline items={result.items} networkId={networkId} headingLevel={4} /> : null}
        </section>
      ) : null}
    </Section>
  );
}

/** The network's organisations, adding one, two organisations' shared history and who is missing. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { home, reload: reloadHome, networkId, coordinator } = useNetwork();
  const base = `/networks/${networkId}`;
  const { data, error, reload } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: { path: { networkId } } })),
    `organisations:${networkId}`,
  );
  const people = usePeopleOptions(networkId, coordinator);
  const resources = useNetworkResources(networkId).data;
  const brings = new Map(resources?.organisations.map((o) => [o.organisationId, o.resources]) ?? []);
  const { error: createError, save } = useSave();
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  const create = async (fields: OrganisationFields) => {
    setCreated(null);
    await save(async () => {
      const o = await ok(client.POST("/api/networks/{networkId}/organisations", { params: { path: { networkId } }, body: fields }));
      setCreated({ id: o.id, name: o.name });
      setFormKey((k) => k + 1);
      await reload();
      void reloadHome();
    });
  };

  return (
    <Page
      title={t("organisations.title")}
      actions={
        <div className="toolbar">
          {coordinator ? (
            <Link className="button" to={`${base}/import`}>
              {t("organisations.importLink")}
            </Link>
          ) : null}
          <a className="button" href={`/api/networks/${networkId}/organisations/export?format=csv`} download>
            {t("organisations.exportCsv")}
          </a>
          <a className="button" href={`/api/networks/${networkId}/organisations/export?format=xlsx`} download>
            {t("organisations.exportXlsx")}
          </a>
        </div>
      }
    >
      <Loaded data={data} error={error}>
        {(data) => (
          <>
            <Status>{t("organisations.count", { count: data.items.length })}</Status>
            {data.items.length === 0 ? (
              <p>{coordinator ? t("organisations.emptyCoordinator") : t("organisations.empty")}</p>
            ) : (
              <DataTable
                caption={t("organisations.title")}
                captionHidden
                columns={[
                  t("organisations.name"),
                  t("organisations.kind"),
                  t("organisations.contactPerson"),
                  t("organisations.representativeCount"),
                  t("organisations.website"),
                  ...(resources?.round ? [t("organisations.brings.column")] : []),
                ]}
              >
                {data.items.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={`${base}/organisations/${o.id}`}>{o.name}</Link>
                    </th>
                    <td>{t(`orgKinds.${o.kind}`, { defaultValue: o.kind })}</td>
                    <td>
                      {o.contactPersonId && o.contactName ? (
                        <Link to={`${base}/people/${o.contactPersonId}`}>{o.contactName}</Link>
                      ) : (
                        t("common.notSet")
                      )}
                    </td>
                    <td>{o.representativeCount}</td>
                    <td>{o.website ? <a href={safeHref(o.website)}>{displayUrl(o.website)}</a> : t("common.notSet")}</td>
                    {resources?.round ? (
                      <td>{(brings.get(o.id) ?? []).map((r) => t(`resourceKinds.${r}`)).join(", ") || t("common.notSet")}</td>
                    ) : null}
                  </tr>
                ))}
              </DataTable>
            )}
            {resources?.round ? (
              <p className="hint">
                {t("organisations.brings.from", { title: resources.round.title, date: formatDay(resources.round.closedOn) })}
              </p>
            ) : null}
          </>
        )}
      </Loaded>

      {coordinator ? (
        <Section id="add-organisation-heading" className="panel" title={t("organisations.add")}>
          {created ? (
            <Status>
              {t("organisations.created", { name: created.name })}{" "}
              <Link to={`${base}/organisations/${created.id}`}>{t("organisations.open", { name: created.name })}</Link>
            </Status>
          ) : null}
          <OrganisationForm
            key={formKey}
            initial={EMPTY}
            submitLabel={t("organisations.addSubmit")}
            error={createError}
            people={people}
            onSubmit={create}
          />
        </Section>
      ) : null}

      {home.role !== "observer" && data && data.items.length >= 2 ? <PairHistory networkId={networkId} organisations={data.items} /> : null}

      <GapsPanel />
    </Page>
  );
}
