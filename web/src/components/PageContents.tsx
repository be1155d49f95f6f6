import { type MouseEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface Entry {
  id: string;
  text: string;
}

const same = (a: Entry[], b: Entry[]) => a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.text === b[i]?.text);

/** Pages shorter than this are read from the top; a table of contents would only be in the way. */
const MIN_ENTRIES = 3;

/**
 * An in-page table of contents for a long page: its sections' headings (the `h2`s with an id in the main
 * landmark, read from the page itself so that it never disagrees with what is shown), each a link that
 * moves the view and the focus to that section.
 */
export function PageContents() {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    const main = ref.current?.closest("main");
    if (!main) return;
    const scan = () => {
      const found = [...main.querySelectorAll<HTMLHeadingElement>("h2[id]")]
        .filter((h) => !ref.current?.contains(h) && !h.closest(".visually-hidden, [hidden], details:not([open])"))
        .map((h) => ({ id: h.id, text: h.textContent?.trim() ?? "" }))
        .filter((e) => e.text !== "");
      setEntries((prev) => (same(prev, found) ? prev : found));
    };
    scan();
    // Sections arrive as their data loads: the contents follow.
    const observer = new MutationObserver(scan);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    e.preventDefault();
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.scrollIntoView();
    heading.focus();
    window.history.replaceState(window.history.state, "", `#${id}`);
  };

  return (
    <nav ref={ref} className="page-contents no-print" aria-labelledby="page-contents-heading" hidden={entries.length < MIN_ENTRIES}>
      <p id="page-contents-heading" className="page-contents-title">
        {t("common.onThisPage")}
      </p>
      <ol>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(ev) => jump(ev, e.id)}>
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
