import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section } from "../../../components/Page.tsx";
import { formatDate, formatDay } from "../../../i18n.ts";
import { useSession } from "../../../session.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../evaluation.css";
import { PageContents } from "../../../components/PageContents.tsx";
import { CyclePicker } from "./CyclePicker.tsx";
import type { PageContext } from "./context.ts";
import { FiguresSection } from "./FiguresSection.tsx";
import { GoalSection } from "./GoalSection.tsx";
import { RoundSection } from "./RoundSection.tsx";
import { useEvaluation } from "./useEvaluation.ts";

/**
 * Phase 4 of the framework: the cycle's goals with their indicators and
 * measurements, Solmu's own figures, and the joint evaluation of the work's
 * impact with its results beside each goal.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const cycleParam = params.get("cycle");
  const { data, error, reload, setData, message, addedHere, announce, cycleChosen } = useEvaluation(networkId, cycleParam);

  if (!data) {
    return (
      <Page title={t("evaluation.title")}>
        <p>{t("evaluation.intro")}</p>
        {error ? <FormError error={error} /> : <Loading />}
        {error && cycleParam ? (
          <p>
            <Link to="?">{t("evaluation.cycle.toCurrent")}</Link>
          </p>
        ) : null}
      </Page>
    );
  }

  const ctx: PageContext = {
    networkId,
    data,
    canEdit: data.role !== "observer",
    coordinator: data.role === "coordinator",
    myName: me?.name ?? null,
    addedHere,
    setData,
    reload,
    announce,
  };
  const { cycle } = data;

  return (
    <Page title={t("evaluation.title")}>
      <p>{t("evaluation.intro")}</p>
      <PageContents />
      <FormError error={error} />
      <div className="ev-cycle">
        {data.cycles.length > 1 ? (
          <CyclePicker
            key={cycle.id}
            data={data}
            onChoose={(id) => {
              if (id === cycle.id) return;
              cycleChosen();
              setParams({ cycle: id });
            }}
          />
        ) : null}
        <dl className="facts">
          <dt>{t("evaluation.cycle.label")}</dt>
          <dd>
            {t("evaluation.cycle.option", { name: cycle.name })}{" "}
            <span className="meta">
              ({t("evaluation.cycle.dates", { start: formatDay(cycle.startsOn), end: formatDay(cycle.endsOn) })})
            </span>
          </dd>
          <dt>{t("evaluation.cycle.phase")}</dt>
          <dd>{cycle.closedAt ? t("evaluation.cycle.closed", { date: formatDate(cycle.closedAt) }) : t(`phases.${cycle.phase}.name`)}</dd>
        </dl>
        <ul className="plain ev-links">
          {data.round?.canAnswer ? (
            <li>
              <a href="#ev-answer-heading">{data.round.mine ? t("evaluation.round.toMine") : t("evaluation.round.toAnswer")}</a>
            </li>
          ) : null}
          <li>
            <Link to={`/networks/${networkId}/report/${cycle.id}`}>{t("evaluation.reportLink", { name: cycle.name })}</Link>
          </li>
        </ul>
      </div>
      <p className="status" role="status">
        {message}
      </p>

      <FiguresSection figures={data.figures} minGroupSize={data.minGroupSize} />

      <Section id="ev-goals-heading" className="ev-goals" title={t("evaluation.goals.heading")}>
        <p className="hint">{ctx.canEdit ? t("evaluation.goals.help") : t("evaluation.goals.helpObserver")}</p>
        {cycle.closedAt && ctx.canEdit ? <p className="hint">{t("evaluation.goals.closedCycle")}</p> : null}
        {data.goals.length === 0 ? (
          <p>
            {t("evaluation.goals.none")} <Link to={`/networks/${networkId}/goals`}>{t("evaluation.goals.toGoals")}</Link>
          </p>
        ) : (
          data.goals.map((g) => <GoalSection key={g.id} ctx={ctx} goal={g} />)
        )}
      </Section>

      <RoundSection ctx={ctx} />
    </Page>
  );
}
