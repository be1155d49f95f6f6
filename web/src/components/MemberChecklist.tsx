import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok, type Schemas } from "../api/client.ts";
import { FormError } from "./Form.tsx";
import { Loading } from "./Page.tsx";

type Member = Schemas["Member"];

/** Every member of the network, following the pages of the members list; nothing is loaded while `enabled` is false. */
export function useAllMembers(networkId: string, enabled = true) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    (async () => {
      const all: Member[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(
          client.GET("/api/networks/{networkId}/members", { params: { path: { networkId }, query: { limit: 200, cursor } } }),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && !cancelled);
      if (!cancelled) setMembers(all);
    })().catch((err: unknown) => {
      if (!cancelled) setError(err);
    });
    return () => {
      cancelled = true;
    };
  }, [networkId, enabled]);
  return { members, error };
}

/**
 * Choosing people of the network: a checkbox list with a filter by name or
 * organisation and "select all shown". `field` names the request field whose
 * error is shown here (and the anchor the error summary links to).
 */
export function MemberChecklist({
  networkId,
  legend,
  chosen,
  onChange,
  field,
  error,
  members: given,
}: {
  networkId: string;
  legend: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
  field: string;
  error: unknown;
  /** Members already loaded by the caller; otherwise they are fetched here. */
  members?: Member[] | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const loaded = useAllMembers(networkId, given === undefined);
  const members = given === undefined ? loaded.members : given;
  const [filter, setFilter] = useState("");
  const q = filter.trim().toLocaleLowerCase();
  const shown = (members ?? []).filter(
    (m) => !q || m.name.toLocaleLowerCase().includes(q) || (m.organisationName ?? "").toLocaleLowerCase().includes(q),
  );
  const picked = new Set(chosen);
  const allShownChosen = shown.length > 0 && shown.every((m) => picked.has(m.id));
  const toggleShown = () => {
    const next = new Set(picked);
    for (const m of shown) {
      if (allShownChosen) next.delete(m.id);
      else next.add(m.id);
    }
    onChange([...next]);
  };
  const problem = error instanceof ApiError ? error.fields[field] : undefined;
  return (
    <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id={`field-${field}`}>
      <legend>{legend}</legend>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <FormError error={loaded.error} />
      {!members ? (
        loaded.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-filter`}>{t("common.filterPeople")}</label>
            <input id={`${id}-filter`} type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <div className="toolbar">
            <button type="button" onClick={toggleShown} disabled={shown.length === 0}>
              {allShownChosen ? t("common.clearShown") : t("common.selectShown")}
            </button>
          </div>
          <p className="status" role="status">
            {t("common.chosenCount", { count: chosen.length, shown: shown.length })}
          </p>
          <ul className="plain member-checklist">
            {shown.map((m) => (
              <li key={m.id} className="field checkbox">
                <input
                  type="checkbox"
                  id={`${id}-m-${m.id}`}
                  checked={picked.has(m.id)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, m.id] : chosen.filter((x) => x !== m.id))}
                />
                <label htmlFor={`${id}-m-${m.id}`}>
                  {m.name}
                  {m.organisationName ? <span className="meta"> {m.organisationName}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
