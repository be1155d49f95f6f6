import { useTranslation } from "react-i18next";

/** The change since an earlier round: an arrow and signed number to see, a sentence for screen readers. */
export function Delta({
  diff,
  format,
  round,
  unit = "",
  better = "up",
}: {
  diff: number | null;
  format: (n: number) => string;
  round: string;
  unit?: "" | "Pp";
  /** Which way is good news: it decides only the colour; the arrow and the words tell the direction. */
  better?: "up" | "down" | "neither";
}) {
  const { t } = useTranslation();
  if (diff === null || !Number.isFinite(diff)) return null;
  const abs = format(Math.abs(diff));
  if (abs === format(0)) {
    return (
      <span className="delta delta-same">
        <span aria-hidden="true">= </span>
        <span className="visually-hidden">{t("surveys.health.delta.same", { round })}</span>
      </span>
    );
  }
  const up = diff > 0;
  const tone = better === "neither" ? "delta-neutral" : up === (better === "up") ? "delta-good" : "delta-bad";
  return (
    <span className={`delta ${tone}`}>
      <span aria-hidden="true">
        {up ? "▲ +" : "▼ −"}
        {abs}
        {unit ? ` ${t("surveys.health.delta.ppShort")}` : ""}
      </span>
      <span className="visually-hidden">{t(`surveys.health.delta.${up ? "up" : "down"}${unit}`, { value: abs, round })}</span>
    </span>
  );
}
