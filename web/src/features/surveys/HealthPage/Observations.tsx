import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { Observation } from "../types.ts";
import { useFormats } from "./format.ts";

/** Turns codes in an observation's parameters into words and numbers into the current language's format. */
function useObservationText() {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  return (o: Observation) => {
    const lower = (s: string) => s.toLocaleLowerCase(i18n.language);
    const params: Record<string, string | number> = {};
    for (const [name, v] of Object.entries(o.params)) {
      const code = String(v);
      if (name === "dimension") params[name] = lower(t(`surveys.health.dimension.${code}`));
      else if (name === "item") params[name] = lower(t(`surveys.health.self.${code}`));
      else if (name === "factor") params[name] = lower(t(`surveys.health.factor.${code}`));
      else if (name === "type" || name === "declared") params[name] = t(`networkType.${code}.name`);
      else if (name === "count") params[name] = typeof v === "number" ? v : Number(v);
      else if (name === "delta" && typeof v === "number") params[name] = f.upTo1(Math.abs(v));
      else if (typeof v === "number") params[name] = f.upTo1(v);
      else params[name] = Array.isArray(v) ? (v as unknown[]).join(", ") : v;
    }
    return t(`surveys.observations.${o.key}`, params);
  };
}

export function Observations({ items }: { items: Observation[] }) {
  const { t } = useTranslation();
  const text = useObservationText();
  return (
    <Section id="observations-heading" title={t("surveys.health.observationsTitle")}>
      {items.length === 0 ? (
        <p>{t("surveys.health.noObservations")}</p>
      ) : (
        <ul className="observations">
          {items.map((o) => (
            <li key={`${o.key}-${JSON.stringify(o.params)}`}>{text(o)}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
