import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { hitCount, hitDay, hitHref, useSearch } from "./hits.ts";
import "./search.css";

/** All results of a search, grouped by kind with a heading each: the page the header's search leads to. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applied = params.get("q")?.trim() ?? "";
  const [typed, setTyped] = useState(applied);
  const { query, searchable, groups, pending, error } = useSearch(applied);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };
  return (
    <Page title={t("search.pageTitle")}>
      <p>{t("search.intro")}</p>
      <search>
        <form className="search-page-form form-row" onSubmit={submit}>
          <label htmlFor="search-page-field">{t("search.field")}</label>
          <input
            id="search-page-field"
            type="search"
            value={typed}
            maxLength={100}
            minLength={2}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit">{t("search.submit")}</button>
        </form>
      </search>
      <FormError error={error} />
      {searchable && query === applied ? (
        pending || !groups ? (
          <Loading />
        ) : (
          <div className="search-results">
            <Status>{groups.length ? t("search.count", { count: hitCount(groups) }) : t("search.none", { query })}</Status>
            {groups.map((g) => (
              <Section key={g.kind} id={`search-${g.kind}`} title={`${t(`search.kind.${g.kind}`)} (${g.items.length})`}>
                <ul>
                  {g.items.map((h) => {
                    const day = hitDay(h);
                    return (
                      <li key={h.id}>
                        <Link to={hitHref(h)}>{h.title}</Link>
                        <span className="search-meta">
                          {[h.detail, day].filter(Boolean).join(" · ")}
                          {h.detail || day ? " · " : ""}
                          {t("search.inNetwork", { network: h.networkName })}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </Section>
            ))}
          </div>
        )
      ) : null}
    </Page>
  );
}
