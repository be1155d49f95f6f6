import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { SELF_COMMITMENT_ITEMS, type StructuralFactor, TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { Section } from "../../../components/Page.tsx";
import { formatDate, formatNumber } from "../../../i18n.ts";
import type { MyResponse, SurveyTarget } from "../types.ts";
import { targetMeta } from "./draft.ts";

const scaleValue = (v: number | null, cantSay: string) => (v === null ? cantSay : `${formatNumber(v)} / 5`);

/** One's own answers without a form, for a round that has closed. */
export function OwnAnswers({ response, targets }: { response: MyResponse; targets: SurveyTarget[] }) {
  const { t } = useTranslation();
  const byId = new Map(targets.map((x) => [x.id, x]));
  const cantSay = t("surveys.scale.cantSay");
  const factors = (fs: StructuralFactor[], text: string) =>
    [...fs.map((f) => t(`surveys.scale.factor.${f}`)), ...(text ? [text] : [])].join(", ") || t("surveys.answer.nothing");
  return (
    <Section id="survey-own" className="panel" title={t("surveys.answer.ownHeading")}>
      <p className="meta">
        {response.status === "submitted" && response.submittedAt
          ? t("surveys.answer.ownSubmitted", { date: formatDate(response.submittedAt, true) })
          : t("surveys.answer.ownDraft")}
      </p>
      {response.ratings.length === 0 ? (
        <p>{t("surveys.answer.noneChosen")}</p>
      ) : (
        <ul className="plain survey-cards">
          {response.ratings.map((r) => {
            const target = byId.get(r.targetId);
            const meta = targetMeta(target, t);
            return (
              <li key={r.targetId} className="card">
                <h3>
                  {target?.name ?? t("surveys.answer.unknownTarget")}
                  {meta ? <span className="meta"> ({meta})</span> : null}
                </h3>
                <dl className="facts">
                  <dt>{t("surveys.answer.knowing")}</dt>
                  <dd>{t(`surveys.scale.knowing.${r.knowing}`)}</dd>
                  <dt>{t("surveys.answer.frequency")}</dt>
                  <dd>{t(`surveys.scale.frequency.${r.frequency}`)}</dd>
                  {TRUST_DIMENSIONS.map((d) => (
                    <Fragment key={d}>
                      <dt>{t("surveys.answer.trustLegend", { dimension: t(`surveys.scale.trust.${d}.name`) })}</dt>
                      <dd>{scaleValue(r[d], cantSay)}</dd>
                    </Fragment>
                  ))}
                  <dt>{t("surveys.answer.commitment")}</dt>
                  <dd>{scaleValue(r.commitment, cantSay)}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t("surveys.answer.step2")}</h3>
      <dl className="facts">
        {SELF_COMMITMENT_ITEMS.map((item) => (
          <Fragment key={item}>
            <dt>{t(`surveys.scale.self.${item}.question`)}</dt>
            <dd>{scaleValue(response.selfCommitment[item], t("surveys.answer.notAnswered"))}</dd>
          </Fragment>
        ))}
        <dt>{t("surveys.answer.barriers")}</dt>
        <dd>{factors(response.barriers, response.barriersText)}</dd>
        <dt>{t("surveys.answer.enablers")}</dt>
        <dd>{factors(response.enablers, response.enablersText)}</dd>
        <dt>{t("surveys.answer.typeLegend")}</dt>
        <dd>{response.networkType ? t(`networkType.${response.networkType}.name`) : cantSay}</dd>
      </dl>
    </Section>
  );
}
