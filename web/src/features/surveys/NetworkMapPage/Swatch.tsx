/** A colour swatch as SVG attributes: the Content-Security-Policy forbids inline styles. */
export function Swatch({ colour, line = false }: { colour: string; line?: boolean }) {
  return (
    <svg className="map-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {line ? <rect x="0" y="6" width="16" height="4" fill={colour} /> : <circle cx="8" cy="8" r="7" fill={colour} />}
    </svg>
  );
}
