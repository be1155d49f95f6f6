import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../i18n.ts";
import type { SurveyRound, SurveyTarget } from "../types.ts";
import { targetMeta } from "./draft.ts";

/** How many search results are listed at once; typing narrows them down. */
const MAX_RESULTS = 20;

/** Step 1's search: type a name or an organisation, then add from the list of buttons. */
export function TargetSearch({
  targets,
  chosen,
  onAdd,
  announcement,
  onTyping,
  inputRef,
  level,
}: {
  targets: SurveyTarget[];
  chosen: Set<string>;
  onAdd: (t: SurveyTarget) => void;
  announcement: string;
  onTyping: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  level: SurveyRound["level"];
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const q = query.trim().toLocaleLowerCase();
  const matches = targets
    .filter((x) => !chosen.has(x.id))
    .filter((x) => !q || x.name.toLocaleLowerCase().includes(q) || (x.organisationName ?? "").toLocaleLowerCase().includes(q))
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = matches.slice(0, MAX_RESULTS);
  const summary =
    matches.length === 0
      ? t("surveys.answer.searchNone")
      : matches.length > shown.length
        ? t("surveys.answer.searchSome", { shown: formatNumber(shown.length), count: matches.length })
        : t("surveys.answer.searchCount", { count: matches.length });
  return (
    <div className="survey-search">
      <div className="field">
        <label htmlFor="survey-search">
          {level === "organisation" ? t("surveys.answer.searchOrganisations") : t("surveys.answer.searchPeople")}
        </label>
        <input
          id="survey-search"
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            onTyping();
          }}
          aria-describedby="survey-search-status"
        />
      </div>
      <p className="status" role="status" id="survey-search-status">
        {announcement ? `${announcement} ` : ""}
        {summary}
      </p>
      {shown.length > 0 ? (
        <ul className="plain survey-results">
          {shown.map((x) => {
            const meta = targetMeta(x, t);
            return (
              <li key={x.id}>
                <button type="button" onClick={() => onAdd(x)}>
                  {t("surveys.answer.add")}
                  <span className="visually-hidden">: </span> <span className="strong">{x.name}</span>
                </button>
                {meta ? <span className="meta"> {meta}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
