import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * A link such as …/goals#goal-… (from search, the anticipation view or a notification) opens at that item
 * once the page's data has loaded: the browser's own jump happens before the item exists. Focus moves
 * there too, so that a keyboard or screen-reader user starts where the link pointed.
 */
export function useHashTarget(ready: boolean, prefix: string) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash.startsWith(`#${prefix}`) || done.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    done.current = hash;
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.scrollIntoView();
    el.focus();
  }, [ready, hash, prefix]);
}
