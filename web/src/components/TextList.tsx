/**
 * Anonymous texts (comments, answers, quotes) as a list. They have no ids, may repeat and keep the server's
 * order, so each one's place is its key.
 */
export function TextList({ texts, className, itemClassName }: { texts: string[]; className: string; itemClassName?: string }) {
  return (
    <ul className={className}>
      {texts.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} className={itemClassName}>
          {text}
        </li>
      ))}
    </ul>
  );
}
