import { type ReactNode, type SVGProps, useId } from "react";

/** A chart drawn in SVG: an image that screen readers know by its `title`; the drawing itself is for the eye. */
export function ChartImage({
  title,
  children,
  ...svg
}: { title: string; children: ReactNode } & Omit<SVGProps<SVGSVGElement>, "role" | "aria-labelledby" | "focusable">) {
  const titleId = useId();
  return (
    <svg {...svg} role="img" aria-labelledby={titleId} focusable="false">
      <title id={titleId}>{title}</title>
      {children}
    </svg>
  );
}
