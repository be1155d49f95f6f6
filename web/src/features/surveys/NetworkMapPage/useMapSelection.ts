import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { MapNode } from "../types.ts";

/**
 * Which node is chosen, and the search that chooses one by name. Choosing from the panel moves keyboard
 * focus to the panel's new heading; Esc clears the choice anywhere on the page. An address with `node=`
 * (a broker's "show on the map") opens with that node chosen and its panel focused.
 */
export function useMapSelection(nodes: MapNode[], language: string) {
  const [params] = useSearchParams();
  const asked = params.get("node");
  const initial = asked !== null && nodes.some((n) => n.id === asked) ? asked : null;
  const [focus, setFocus] = useState<string | null>(initial);
  const [search, setSearch] = useState("");
  const [searchMiss, setSearchMiss] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const moveToPanel = useRef(initial !== null);

  const select = useCallback((id: string | null) => {
    setFocus(id);
    setSearchMiss(false);
  }, []);

  /** A node clicked on the map: keyboard focus stays where it is. */
  const pick = (id: string) => {
    moveToPanel.current = false;
    select(id);
  };

  // After jumping to a neighbour from the panel, keyboard focus goes to the panel's new heading.
  useEffect(() => {
    if (focus !== null && moveToPanel.current) {
      moveToPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [focus]);

  // Esc clears the selection anywhere on the page.
  useEffect(() => {
    if (focus === null) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") {
        setFocus(null);
        setSearch("");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [focus]);

  const jumpTo = (id: string) => {
    moveToPanel.current = true;
    select(id);
  };

  // Search: names as the datalist offers them; a duplicate name gets its organisation added.
  const names = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
    const byName = new Map<string, string>();
    for (const n of [...nodes].sort((a, b) => a.label.localeCompare(b.label, language))) {
      let name = n.label;
      if ((counts.get(n.label) ?? 0) > 1) name = `${n.label} (${n.organisationName ?? n.id.slice(0, 8)})`;
      if (byName.has(name)) name = `${name} · ${n.id.slice(0, 8)}`;
      byName.set(name, n.id);
    }
    return byName;
  }, [nodes, language]);
  const onSearchChange = (value: string) => {
    setSearch(value);
    setSearchMiss(false);
    const id = names.get(value);
    if (id) select(id);
  };
  const onSearchSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = search.trim().toLocaleLowerCase(language);
    if (!q) return;
    const exact = names.get(search.trim());
    const match = exact ?? [...names.entries()].find(([name]) => name.toLocaleLowerCase(language).includes(q))?.[1];
    if (match) select(match);
    else setSearchMiss(true);
  };

  /** The clear button: no node chosen, and an empty search. */
  const clear = () => {
    select(null);
    setSearch("");
  };

  return { focus, select, pick, jumpTo, clear, search, searchMiss, names, onSearchChange, onSearchSubmit, panelHeading };
}
