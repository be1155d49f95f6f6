import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Figure } from "../types.ts";
import { valueText } from "./format.ts";

export function FiguresSection({ figures, minGroupSize }: { figures: Figure[]; minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ev-figures-heading" className="panel">
      <h2 id="ev-figures-heading">{t("evaluation.figures.heading")}</h2>
      <p className="hint">{t("evaluation.figures.intro")}</p>
      <dl className="facts ev-figures">
        {figures.map((f) => (
          <Fragment key={f.key}>
            <dt>{t(`evaluation.source.${f.key}`)}</dt>
            <dd>
              {f.value === null ? (
                <span className="meta">{t("evaluation.figures.none", { count: minGroupSize })}</span>
              ) : (
                valueText(t, f.value, f.unit)
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
