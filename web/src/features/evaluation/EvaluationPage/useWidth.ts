import { useEffect, useRef, useState } from "react";

/** The width of an element, followed as it resizes, so that a chart's text keeps its size on a narrow screen. */
export function useWidth<T extends Element>(fallback: number, max: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.min(max, Math.round(w)));
    };
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [max]);
  return [ref, width] as const;
}
