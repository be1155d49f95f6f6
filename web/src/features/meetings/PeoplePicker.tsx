import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Member } from "../../api/types.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading } from "../../components/Page.tsx";
import { fieldProblem } from "./meetingUtil.ts";

interface MemberPage {
  items: Member[];
  nextCursor: string | null;
}

/** Every member of the network, following the pages of the members list. */
export function useAllMembers(networkId: string) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: Member[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const page: MemberPage = await api<MemberPage>("GET", `/api/networks/${networkId}/members?limit=200${query}`);
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && !cancelled);
      if (!cancelled) setMembers(all);
    })().catch((err: unknown) => {
      if (!cancelled) setError(err);
    });
    return () => {
      cancelled = true;
    };
  }, [networkId]);
  return { members, error };
}

/**
 * Who is invited (a filterable checkbox list of members with "select all shown") and, among them,
 * who facilitates. Field names `<prefix>participantIds` and `<prefix>facilitatorIds` carry the errors.
 */
export function PeoplePicker({
  networkId,
  participantIds,
  facilitatorIds,
  onChange,
  error,
  prefix = "",
}: {
  networkId: string;
  participantIds: string[];
  facilitatorIds: string[];
  onChange: (participantIds: string[], facilitatorIds: string[]) => void;
  error: unknown;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { members, error: loadError } = useAllMembers(networkId);
  const [filter, setFilter] = useState("");
  const q = filter.trim().toLocaleLowerCase();
  const shown = (members ?? []).filter(
    (m) => !q || m.name.toLocaleLowerCase().includes(q) || (m.organisationName ?? "").toLocaleLowerCase().includes(q),
  );
  const chosen = new Set(participantIds);
  const setChosen = (next: Set<string>) =>
    onChange(
      [...next],
      facilitatorIds.filter((f) => next.has(f)),
    );
  const toggle = (memberId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(memberId);
    else next.delete(memberId);
    setChosen(next);
  };
  const allShownChosen = shown.length > 0 && shown.every((m) => chosen.has(m.id));
  const toggleShown = () => {
    const next = new Set(chosen);
    for (const m of shown) {
      if (allShownChosen) next.delete(m.id);
      else next.add(m.id);
    }
    setChosen(next);
  };
  const problem = fieldProblem(error, `${prefix}participantIds`);
  const facilitatorProblem = fieldProblem(error, `${prefix}facilitatorIds`);
  const byId = new Map((members ?? []).map((m) => [m.id, m]));
  const chosenPeople = participantIds.map((pid) => byId.get(pid)).filter((m): m is Member => Boolean(m));
  return (
    <>
      <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id={`field-${prefix}participantIds`}>
        <legend>{t("meetingsUi.people.participants")}</legend>
        {problem ? <p className="field-problem">{problem}</p> : null}
        <FormError error={loadError} />
        {!members ? (
          loadError ? null : (
            <Loading />
          )
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-filter`}>{t("meetingsUi.people.filter")}</label>
              <input id={`${id}-filter`} type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
            <div className="toolbar">
              <button type="button" onClick={toggleShown} disabled={shown.length === 0}>
                {allShownChosen ? t("meetingsUi.people.clearShown") : t("meetingsUi.people.selectShown")}
              </button>
            </div>
            <p className="status" role="status">
              {t("meetingsUi.people.chosenCount", { count: participantIds.length, shown: shown.length })}
            </p>
            <ul className="plain meeting-people-list">
              {shown.map((m) => (
                <li key={m.id} className="field checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-p-${m.id}`}
                    checked={chosen.has(m.id)}
                    onChange={(e) => toggle(m.id, e.target.checked)}
                  />
                  <label htmlFor={`${id}-p-${m.id}`}>
                    {m.name}
                    {m.organisationName ? <span className="meta"> {m.organisationName}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <fieldset className={`checkbox-list${facilitatorProblem ? " field-invalid" : ""}`} id={`field-${prefix}facilitatorIds`}>
        <legend>{t("meetingsUi.people.facilitators")}</legend>
        <p className="hint meeting-help">{t("meetingsUi.people.facilitatorsHint")}</p>
        {facilitatorProblem ? <p className="field-problem">{facilitatorProblem}</p> : null}
        {chosenPeople.length === 0 ? (
          <p>{t("meetingsUi.people.chooseFirst")}</p>
        ) : (
          <ul className="plain meeting-people-list">
            {chosenPeople.map((m) => (
              <li key={m.id} className="field checkbox">
                <input
                  type="checkbox"
                  id={`${id}-f-${m.id}`}
                  checked={facilitatorIds.includes(m.id)}
                  onChange={(e) =>
                    onChange(participantIds, e.target.checked ? [...facilitatorIds, m.id] : facilitatorIds.filter((f) => f !== m.id))
                  }
                />
                <label htmlFor={`${id}-f-${m.id}`}>{m.name}</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
