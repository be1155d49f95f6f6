/** A person's photo, or their initials when there is none; decorative, since the name is always next to it. */
export function Avatar({ name, photoUrl, size = "small" }: { name: string; photoUrl: string | null; size?: "small" | "large" }) {
  if (photoUrl) return <img className={`avatar avatar-${size}`} src={photoUrl} alt="" loading="lazy" />;
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span className={`avatar avatar-${size} avatar-initials`} aria-hidden="true">
      {initials}
    </span>
  );
}
