import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";

/**
 * The evaluation of a cycle (the current one unless `cycle` names another) and what the page says about it:
 * the message of its live region and the element that gets the focus once it is on the page.
 */
export function useEvaluation(networkId: string, cycle: string | null) {
  const { t } = useTranslation();
  const { data, error, reload, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/evaluation", { params: { path: { networkId }, query: { cycle: cycle || undefined } } })),
    `evaluation:${networkId}:${cycle || ""}`,
  );
  const [message, setMessage] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const announceCycle = useRef(false);
  const addedHere = useRef(new Set<string>()).current;

  // Focus moves once the element it goes to is on the page (after the data it depends on has rendered).
  useEffect(() => {
    if (!focusId || !data) return;
    const el = document.getElementById(focusId);
    if (el) {
      el.focus();
      setFocusId(null);
    }
  }, [focusId, data]);

  const cycleName = data?.cycle.name;
  useEffect(() => {
    if (announceCycle.current && cycleName) {
      announceCycle.current = false;
      setMessage(t("evaluation.cycle.shown", { name: cycleName }));
    }
  }, [cycleName, t]);

  return {
    data,
    error,
    reload,
    setData,
    message,
    /** Indicators added on this visit: their author may delete them (coordinators may delete any). */
    addedHere,
    /** Says something in the live region and optionally moves focus to an element (by id) once it is there. */
    announce: (m: string, id?: string) => {
      setMessage(m);
      if (id) setFocusId(id);
    },
    /** Another cycle was chosen: the live region names it once it is shown. */
    cycleChosen: () => {
      announceCycle.current = true;
      setMessage("");
    },
  };
}
