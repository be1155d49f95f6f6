import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useSession } from "../../session.tsx";
import { hitCount, hitDay, hitHref, type SearchGroup, useSearch } from "./hits.ts";
import "./search.css";

interface Choice {
  id: string;
  href: string;
}

/** The options in the order the arrow keys walk them: every hit, then "show all results". */
function choicesOf(groups: SearchGroup[], base: string, query: string): Choice[] {
  return [
    ...groups.flatMap((g) => g.items.map((h) => ({ id: `${base}-${h.kind}-${h.id}`, href: hitHref(h) }))),
    { id: `${base}-all`, href: `/search?q=${encodeURIComponent(query)}` },
  ];
}

/**
 * The header's search: a combobox (WAI-ARIA pattern with a grouped listbox) over the person's networks.
 * Typing searches after a pause; the arrow keys walk the hits, Enter opens one or, with none chosen, the
 * search page; Escape closes the list, then clears the field. The count is announced as a status message.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const base = useId();
  const [typed, setTyped] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { query, searchable, groups, pending } = useSearch(typed, open);
  const choices = groups ? choicesOf(groups, base, query) : [];
  const expanded = open && searchable && groups !== null;
  // The network is named only for someone who belongs to several.
  const manyNetworks = (useSession().me?.networks.length ?? 0) > 1;

  // Leaving the page (a hit opened, a link followed) closes the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location is the trigger, not a value read
  useEffect(() => {
    setOpen(false);
    setActive(-1);
  }, [location.pathname, location.search, location.hash]);

  // New results: nothing is chosen until the person moves into the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the results are the trigger, not a value read
  useEffect(() => setActive(-1), [groups]);

  const go = (href: string) => {
    setOpen(false);
    navigate(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (choices.length === 0) return;
      const last = choices.length - 1;
      setActive((i) => (e.key === "ArrowDown" ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else setTyped("");
      setActive(-1);
    } else if (e.key === "Enter" && expanded && active >= 0 && choices[active]) {
      e.preventDefault();
      go(choices[active].href);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ([...typed.trim()].length >= 2) go(`/search?q=${encodeURIComponent(typed.trim())}`);
  };

  const count = groups ? hitCount(groups) : 0;
  const listId = `${base}-list`;
  let index = -1;
  return (
    <search className="search-box" aria-label={t("search.label")}>
      <form onSubmit={submit}>
        <label htmlFor={`${base}-field`} className="visually-hidden">
          {t("search.field")}
        </label>
        <input
          id={`${base}-field`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? choices[active]?.id : undefined}
          aria-describedby={`${base}-hint`}
          placeholder={t("search.placeholder")}
          value={typed}
          maxLength={100}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={(e) => {
            if (!e.currentTarget.form?.contains(e.relatedTarget)) setOpen(false);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit">{t("search.submit")}</button>
        <span id={`${base}-hint`} className="visually-hidden">
          {t("search.hint")}
        </span>
        <span role="status" className="visually-hidden">
          {open && searchable ? (pending ? t("search.searching") : groups ? t("search.count", { count }) : "") : ""}
        </span>
        <div id={listId} role="listbox" aria-label={t("search.field")} className="search-popup" hidden={!expanded}>
          {groups?.map((g) => (
            // biome-ignore lint/a11y/useSemanticElements: a group inside a listbox (WAI-ARIA), not a form's fieldset
            <div key={g.kind} role="group" aria-labelledby={`${base}-g-${g.kind}`}>
              <div role="presentation" id={`${base}-g-${g.kind}`} className="search-group">
                {t(`search.kind.${g.kind}`)}
              </div>
              {g.items.map((h) => {
                index += 1;
                const mine = index;
                const day = hitDay(h);
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches options through the combobox (aria-activedescendant)
                  <div
                    key={`${h.kind}-${h.id}`}
                    tabIndex={-1}
                    id={`${base}-${h.kind}-${h.id}`}
                    role="option"
                    aria-selected={active === mine}
                    className="search-option"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => go(hitHref(h))}
                  >
                    <span className="search-title">{h.title}</span>
                    <span className="search-meta">{[h.detail, day, manyNetworks ? h.networkName : null].filter(Boolean).join(" · ")}</span>
                  </div>
                );
              })}
            </div>
          ))}
          {groups ? (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches options through the combobox (aria-activedescendant)
            <div
              id={`${base}-all`}
              tabIndex={-1}
              role="option"
              aria-selected={active === choices.length - 1}
              className="search-option search-all"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(`/search?q=${encodeURIComponent(query)}`)}
            >
              {count === 0 ? t("search.none", { query }) : t("search.showAll", { query })}
            </div>
          ) : null}
        </div>
      </form>
    </search>
  );
}
