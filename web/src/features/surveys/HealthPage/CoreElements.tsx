import { useTranslation } from "react-i18next";
import { FREQUENCY_MAX, KNOWING_MAX, SELF_COMMITMENT_ITEMS, TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { Section } from "../../../components/Page.tsx";
import { MeanBar, StackedBar } from "../charts.tsx";
import type { Distribution, ElementFigures, RoundResults } from "../types.ts";
import { Delta } from "./Delta.tsx";
import { distributionLabel, figureText, useFormats } from "./format.ts";

const KNOWING_LABELS = Array.from({ length: KNOWING_MAX + 1 }, (_, i) => i);
const FREQUENCY_LABELS = Array.from({ length: FREQUENCY_MAX + 1 }, (_, i) => i);
const FIVE = [1, 2, 3, 4, 5];

function DistributionTable({
  caption,
  rows,
  scale,
  scaleLabel,
}: {
  caption: string;
  rows: { label: string; d: Distribution }[];
  scale: number[];
  scaleLabel: (v: number) => string;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <DataTable
      caption={caption}
      className="compact"
      columns={[
        { key: "question", label: t("surveys.health.col.question") },
        ...scale.map((v) => ({ key: String(v), label: scaleLabel(v) })),
        { key: "answers", label: t("surveys.health.col.answers") },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.label}>
          <th scope="row">{r.label}</th>
          {scale.map((v, i) => (
            <td key={v}>{f.int(r.d.counts[i] ?? 0)}</td>
          ))}
          <td>{f.int(r.d.n)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The change of a mean since the previous round, when both are known. */
const change = (d: Distribution, prev: Distribution | undefined) => (d.mean !== null && prev?.mean != null ? d.mean - prev.mean : null);

/** A mean out of `max` with its change since the previous round, and how the answers spread as a bar. */
function MeanAndSpread({
  d,
  prev,
  prevTitle,
  max,
  labels,
  spreadLabel,
  big = false,
}: {
  d: Distribution;
  prev: Distribution | undefined;
  prevTitle: string;
  max: number;
  labels: string[];
  spreadLabel: string;
  big?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <>
      <p className={big ? "big-figure" : undefined}>
        {figureText(t, d, (v) => t("surveys.health.outOf", { value: f.one(v), max }))}{" "}
        <Delta diff={change(d, prev)} format={f.one} round={prevTitle} />
      </p>
      <StackedBar counts={d.counts} labels={labels} ariaLabel={distributionLabel(t, spreadLabel, labels, d.counts)} />
    </>
  );
}

/** One mean on a 1–5 (or 0–3) scale: label, value, change and a bar. */
function MeanRow({
  label,
  d,
  prev,
  prevTitle,
  max,
  min = 1,
  lowest = false,
}: {
  label: string;
  d: Distribution;
  prev: Distribution | undefined;
  prevTitle: string;
  max: number;
  min?: number;
  lowest?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <li className={lowest ? "mean-row mean-lowest" : "mean-row"}>
      <span className="mean-label">
        {label}
        {lowest ? <span className="badge warn">{t("surveys.health.lowest")}</span> : null}
      </span>
      <span className="mean-value">
        {figureText(t, d, (v) => t("surveys.health.outOf", { value: f.one(v), max }))}{" "}
        <Delta diff={change(d, prev)} format={f.one} round={prevTitle} />
      </span>
      <MeanBar value={d.mean} min={min} max={max} highlight={lowest} />
    </li>
  );
}

export function CoreElements({ elements, previous }: { elements: ElementFigures; previous: RoundResults["previous"] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const prev = previous?.elements ?? null;
  const prevTitle = previous?.title ?? "";
  const knowingLabels = KNOWING_LABELS.map((v) => t(`surveys.health.knowingLevel.${v}`));
  const frequencyLabels = FREQUENCY_LABELS.map((v) => t(`surveys.health.frequencyLevel.${v}`));
  const trustMeans = TRUST_DIMENSIONS.map((d) => elements.trust[d].mean).filter((m): m is number => m !== null);
  const lowest = trustMeans.length > 1 ? TRUST_DIMENSIONS.find((d) => elements.trust[d].mean === Math.min(...trustMeans)) : undefined;
  const dim = (d: string) => t(`surveys.health.dimension.${d}`);
  const self = (i: string) => t(`surveys.health.self.${i}`);
  const scale5 = (v: number) => f.int(v);
  return (
    <Section id="elements-heading" title={t("surveys.health.elementsTitle")}>
      <p>{t("surveys.health.elementsIntro")}</p>
      {prev ? <p className="meta">{t("surveys.health.comparedTo", { round: prevTitle })}</p> : null}
      <ul className="cards health-cards">
        <li className="card">
          <h3>{t("surveys.health.knowing")}</h3>
          <p className="hint">{t("surveys.health.knowingHelp")}</p>
          <MeanAndSpread
            big
            d={elements.knowing}
            prev={prev?.knowing}
            prevTitle={prevTitle}
            max={3}
            labels={knowingLabels}
            spreadLabel={t("surveys.health.knowingDistribution")}
          />
          <h4>{t("surveys.health.frequency")}</h4>
          <MeanAndSpread
            d={elements.frequency}
            prev={prev?.frequency}
            prevTitle={prevTitle}
            max={4}
            labels={frequencyLabels}
            spreadLabel={t("surveys.health.frequencyDistribution")}
          />
        </li>
        <li className="card">
          <h3>{t("surveys.health.trust")}</h3>
          <p className="hint">{t("surveys.health.trustHelp")}</p>
          <ul className="means">
            {TRUST_DIMENSIONS.map((d) => (
              <MeanRow
                key={d}
                label={dim(d)}
                d={elements.trust[d]}
                prev={prev?.trust[d]}
                prevTitle={prevTitle}
                max={5}
                lowest={d === lowest}
              />
            ))}
          </ul>
          <details>
            <summary>{t("surveys.health.showDistribution")}</summary>
            <DistributionTable
              caption={t("surveys.health.trustDistribution")}
              rows={TRUST_DIMENSIONS.map((d) => ({ label: dim(d), d: elements.trust[d] }))}
              scale={FIVE}
              scaleLabel={scale5}
            />
          </details>
        </li>
        <li className="card">
          <h3>{t("surveys.health.commitment")}</h3>
          <p className="hint">{t("surveys.health.commitmentHelp")}</p>
          <ul className="means">
            <MeanRow
              label={t("surveys.health.commitmentShared")}
              d={elements.commitment}
              prev={prev?.commitment}
              prevTitle={prevTitle}
              max={5}
            />
          </ul>
          <h4>{t("surveys.health.selfTitle")}</h4>
          <ul className="means">
            {SELF_COMMITMENT_ITEMS.map((i) => (
              <MeanRow key={i} label={self(i)} d={elements.self[i]} prev={prev?.self[i]} prevTitle={prevTitle} max={5} />
            ))}
          </ul>
          <details>
            <summary>{t("surveys.health.showDistribution")}</summary>
            <DistributionTable
              caption={t("surveys.health.commitmentDistribution")}
              rows={[
                { label: t("surveys.health.commitmentShared"), d: elements.commitment },
                ...SELF_COMMITMENT_ITEMS.map((i) => ({ label: self(i), d: elements.self[i] })),
              ]}
              scale={FIVE}
              scaleLabel={scale5}
            />
          </details>
        </li>
      </ul>
    </Section>
  );
}
