import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { Figure } from "../types.ts";
import { valueText } from "./format.ts";

export function FiguresSection({ figures, minGroupSize }: { figures: Figure[]; minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <Section id="ev-figures-heading" className="panel" title={t("evaluation.figures.heading")}>
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
    </Section>
  );
}
