import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { client, ok, type Schemas } from "../../api/client.ts";
import type { paths } from "../../api/schema.d.ts";
import { useLoad } from "../../api/useLoad.ts";
import { usePaged } from "../../api/usePaged.ts";
import { Avatar } from "../../components/Avatar.tsx";
import { FormError, SelectField, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { Segmented } from "../../components/Segmented.tsx";
import { TagInput } from "../../components/TagInput.tsx";
import { formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { GapsPanel } from "../organisations/GapsPanel.tsx";

type Person = Schemas["Person"];
type DirectoryQuery = NonNullable<paths["/api/networks/{networkId}/people"]["get"]["parameters"]["query"]>;

const FILTERS = ["q", "organisation", "tag", "need", "stale"] as const;
type Filter = (typeof FILTERS)[number];

/** The form's filters as the address has them, "" for none. */
const filtersOf = (query: URLSearchParams) => Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ""])) as Record<Filter, string>;

function Freshness({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { data } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people/freshness", { params: { path: { networkId } } })),
    `freshness:${networkId}`,
  );
  if (!data || data.share === null) return null;
  return (
    <p className="notice">
      {t("people.freshness", {
        percent: formatNumber(Math.round(data.share * 100)),
        upToDate: data.upToDate,
        total: data.total,
        days: data.thresholdDays,
      })}{" "}
      {data.stale > 0 ? <Link to="?stale=true">{t("people.showStale", { count: data.stale })}</Link> : null}
    </p>
  );
}

function PersonCard({ person, base }: { person: Person; base: string }) {
  const { t } = useTranslation();
  return (
    <li className="card person-card">
      <Avatar name={person.name} photoUrl={person.photoUrl} />
      <div>
        <h2>
          <Link to={`${base}/${person.id}`}>{person.name}</Link>
        </h2>
        <p className="meta">{[person.title, person.organisationName].filter(Boolean).join(", ") || t("people.noOrganisation")}</p>
        {person.competences.length > 0 ? (
          <p>
            <span className="visually-hidden">{t("people.competences")}: </span>
            {person.competences.map((c) => (
              <span key={c} className="tag">
                {c}
              </span>
            ))}
          </p>
        ) : null}
        {person.email || person.phone ? (
          <p className="contact">
            {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}{" "}
            {person.phone ? <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a> : null}
          </p>
        ) : null}
        {person.stale ? <p className="badge warn">{t("people.staleBadge")}</p> : null}
      </div>
    </li>
  );
}

/** A who's-who grid of faces, names and organisations; printed, each becomes a name card. */
function Gallery({ people, base, networkName }: { people: Person[]; base: string; networkName: string }) {
  return (
    <ul className="gallery">
      {people.map((p) => (
        <li key={p.id} className="gallery-card">
          <Avatar name={p.name} photoUrl={p.photoUrl} size="large" />
          <p className="gallery-name">
            <Link to={`${base}/${p.id}`}>{p.name}</Link>
          </p>
          <p className="gallery-org">{p.organisationName}</p>
          {p.title ? <p className="gallery-title">{p.title}</p> : null}
          <p className="print-only gallery-network">{networkName}</p>
        </li>
      ))}
    </ul>
  );
}

/** The directory: find people by name, organisation, competence or need; as a list or as a who's-who gallery. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const base = `/networks/${networkId}/people`;
  const [params, setParams] = useSearchParams();
  const view = params.get("view") === "gallery" ? "gallery" : "list";
  const observer = home.role === "observer";
  const organisations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: { path: { networkId } } })),
    `organisations:${networkId}`,
  );
  const { draft: form, setDraft: setForm, set: setFilter, field } = useDraft(() => filtersOf(params));

  const query = new URLSearchParams(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f) as string]] : [])));
  const queryString = query.toString();
  // The filters the address names, passed on as they are; the server checks them.
  const filters = Object.fromEntries(query) as Omit<DirectoryQuery, "limit" | "cursor">;
  const list = usePaged(
    (cursor) =>
      ok(client.GET("/api/networks/{networkId}/people", { params: { path: { networkId }, query: { limit: 60, ...filters, cursor } } })),
    `people:${networkId}?${queryString}`,
  );
  const people = list.items;
  const error = list.error;

  // biome-ignore lint/correctness/useExhaustiveDependencies: another network's directory also starts from the address's filters
  useEffect(() => {
    setForm(filtersOf(new URLSearchParams(queryString)));
  }, [networkId, queryString]);

  const search = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (form[f]) next.set(f, form[f]);
    if (view === "gallery") next.set("view", "gallery");
    setParams(next);
  };
  const switchView = (v: "list" | "gallery") => {
    const next = new URLSearchParams(params);
    if (v === "gallery") next.set("view", "gallery");
    else next.delete("view");
    setParams(next);
  };
  const set = (k: Filter) => (v: string) => setFilter(k, v);
  const exportUrl = (format: "csv" | "xlsx" | "vcard") =>
    `/api/networks/${networkId}/people/export?format=${format}${queryString ? `&${queryString}` : ""}`;

  return (
    <Page title={t("people.title")}>
      {home.role === "coordinator" ? <Freshness networkId={networkId} /> : null}
      <form className="filters no-print" onSubmit={search} aria-label={t("people.searchLabel")}>
        <TextField {...field("q")} label={t("people.search")} hint={t("people.searchHint")} type="search" />
        <SelectField
          {...field("organisation")}
          label={t("people.organisation")}
          options={[
            { value: "", label: t("people.anyOrganisation") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        {observer ? null : (
          <>
            <TagInput
              networkId={networkId}
              kind="competence"
              name="tag"
              label={t("people.competence")}
              value={form.tag}
              onChange={set("tag")}
              single
            />
            <TagInput
              networkId={networkId}
              kind="need"
              name="need"
              label={t("people.need")}
              value={form.need}
              onChange={set("need")}
              single
            />
          </>
        )}
        {home.role === "coordinator" ? (
          <div className="field checkbox">
            <input
              id="field-stale"
              type="checkbox"
              checked={form.stale === "true"}
              onChange={(e) => set("stale")(e.target.checked ? "true" : "")}
            />
            <label htmlFor="field-stale">{t("people.onlyStale")}</label>
          </div>
        ) : null}
        <button type="submit" className="primary">
          {t("people.find")}
        </button>
      </form>

      <div className="toolbar no-print">
        <Segmented
          legend={t("people.view")}
          options={[
            { value: "list", label: t("people.listView") },
            { value: "gallery", label: t("people.galleryView") },
          ]}
          value={view}
          onChange={switchView}
        />
        {view === "gallery" ? (
          <button type="button" onClick={() => window.print()}>
            {t("people.printCards")}
          </button>
        ) : null}
        {observer ? null : (
          <>
            <a className="button" href={exportUrl("csv")} download>
              {t("people.exportCsv")}
            </a>
            <a className="button" href={exportUrl("xlsx")} download>
              {t("people.exportXlsx")}
            </a>
            <a className="button" href={exportUrl("vcard")} download>
              {t("people.exportVcard")}
            </a>
          </>
        )}
      </div>

      <FormError error={error} />
      {!people ? (
        <Loading />
      ) : (
        <>
          <Status>
            {people.length === 0 ? t("people.none") : t("people.found", { count: people.length, more: list.hasMore ? "+" : "" })}
          </Status>
          {view === "gallery" ? (
            <Gallery people={people} base={base} networkName={home.network.name} />
          ) : (
            <ul className="cards people-list">
              {people.map((p) => (
                <PersonCard key={p.id} person={p} base={base} />
              ))}
            </ul>
          )}
          {list.hasMore ? (
            <button type="button" className="no-print" onClick={() => void list.more()}>
              {t("common.showMore")}
            </button>
          ) : null}
        </>
      )}
      {observer ? null : (
        <div className="no-print">
          <GapsPanel />
        </div>
      )}
    </Page>
  );
}
