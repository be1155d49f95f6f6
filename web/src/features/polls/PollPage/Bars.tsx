/** One row of a bar list: what is counted, the bar, and the figure as text. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The figure as shown; the bar itself is decorative beside it. */
  text: string;
  highlight?: boolean;
}

/**
 * Horizontal CSS bars, each with its figure in text beside it, so the list reads the same without seeing the bars
 * (they are hidden from screen readers). Bars are scaled to `max`, by default the largest value.
 */
export function Bars({ bars, max, label }: { bars: Bar[]; max?: number; label: string }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="plain poll-bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className={b.highlight ? "poll-bar-row best" : "poll-bar-row"}>
          <span className="poll-bar-label">{b.label}</span>
          <span className="poll-bar-track" aria-hidden="true">
            <span className="poll-bar-fill" style={{ width: `${top > 0 ? Math.round((b.value / top) * 100) : 0}%` }} />
          </span>
          <span className="poll-bar-value">{b.text}</span>
        </li>
      ))}
    </ul>
  );
}
