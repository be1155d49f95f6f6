import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PHASES, type Phase } from "../../../../src/domain/network.ts";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { FormError, TextArea, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { formatDate, formatDay, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { ReopenBox } from "./ReopenBox.tsx";

const SCALE = [1, 2, 3, 4, 5] as const;

type CycleOverview = Schemas["CycleOverview"];
type PhaseEvaluation = NonNullable<CycleOverview["current"]>["phases"][number]["evaluation"];

/** The name the server gives the cycle that follows one: the year after it ends. */
const nextCycleName = (endsOn: string) => String(Number(endsOn.slice(0, 4)) + 1);

/** Server field errors renamed to this form's own field names, so that the error summary links to the right field. */
function forPhase(err: unknown, phase: Phase): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(err.fields)) {
    const name = k === "carryForward" ? `carryForward-${phase}` : `achieved-${phase}`;
    fields[name] = fields[name] ? `${fields[name]} ${v}` : v;
  }
  return new ApiError(err.status, err.code, err.message, fields, err.current);
}

function EvaluationResults({ evaluation, minGroupSize }: { evaluation: PhaseEvaluation; minGroupSize: number }) {
  const { t } = useTranslation();
  const { respondents, averageAchieved, carryForward } = evaluation;
  return (
    <>
      <p>
        {respondents === 0
          ? t("cycles.noAnswers", { count: minGroupSize })
          : averageAchieved == null
            ? t("cycles.answersHidden", { count: respondents, min: minGroupSize })
            : t("cycles.answersShown", { count: respondents, average: formatNumber(Math.round(averageAchieved * 10) / 10) })}
      </p>
      {carryForward.length > 0 ? (
        <>
          <h5>{t("cycles.carryForwardHeading")}</h5>
          <ul>
            {carryForward.map((text, i) => (
              // The answers are anonymous and carry no id; their order is stable between loads.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i} className="prose">
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function EvaluationForm({
  networkId,
  phase,
  mine,
  onSaved,
}: {
  networkId: string;
  phase: Phase;
  mine: PhaseEvaluation["mine"];
  onSaved: (o: CycleOverview) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [achieved, setAchieved] = useState<number | null>(mine?.achieved ?? null);
  const [carryForward, setCarryForward] = useState(mine?.carryForward ?? "");
  const { busy, error, setError, save } = useSave();
  const [saved, setSaved] = useState(false);
  const achievedName = `achieved-${phase}`;
  const problem = error instanceof ApiError ? error.fields[achievedName] : undefined;
  const problemId = `${achievedName}-problem`;
  const phaseName = t(`phases.${phase}.name`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (achieved == null) {
      const message = t("cycles.chooseAchieved");
      setError(new ApiError(400, "validation_failed", t("errors.validation_failed"), { [achievedName]: message }));
      return;
    }
    void save(
      async () => {
        const o = await ok(
          client.PUT("/api/networks/{networkId}/cycles/current/evaluations", {
            params: { path: { networkId } },
            body: { phase, achieved, carryForward },
          }),
        );
        setSaved(true);
        await onSaved(o);
      },
      { failed: (err) => forPhase(err, phase) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <fieldset className={problem ? "field-invalid" : undefined} aria-describedby={problem ? problemId : undefined}>
        <legend>
          {t("cycles.achievedLegend")}
          <span className="visually-hidden"> ({phaseName})</span>
        </legend>
        {problem ? (
          <p className="field-problem" id={problemId}>
            {problem}
          </p>
        ) : null}
        {SCALE.map((n) => {
          // The first option carries the field's id, so that the error summary's link lands on the group.
          const id = n === 1 ? `field-${achievedName}` : `field-${achievedName}-${n}`;
          return (
            <div className="field checkbox" key={n}>
              <input
                type="radio"
                id={id}
                name={achievedName}
                value={n}
                checked={achieved === n}
                onChange={() => setAchieved(n)}
                aria-invalid={problem ? true : undefined}
              />
              <label htmlFor={id}>{t(`cycles.scale.${n}`)}</label>
            </div>
          );
        })}
      </fieldset>
      <TextArea
        name={`carryForward-${phase}`}
        label={t("cycles.carryForwardLabel")}
        hint={t("cycles.carryForwardHint")}
        rows={3}
        value={carryForward}
        onChange={(e) => setCarryForward(e.target.value)}
        error={error}
      />
      <button type="submit" disabled={busy}>
        {mine ? t("cycles.updateEvaluation") : t("cycles.saveEvaluation")}
        <span className="visually-hidden"> ({phaseName})</span>
      </button>
      {saved ? <Status>{t("cycles.evaluationSaved")}</Status> : null}
    </form>
  );
}

function AdvanceForm({
  networkId,
  cycle,
  onAdvanced,
  onError,
}: {
  networkId: string;
  cycle: NonNullable<CycleOverview["current"]>;
  onAdvanced: (o: CycleOverview, message: string) => Promise<void>;
  onError: (err: unknown) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { busy, save } = useSave();
  const { draft, field } = useDraft({ summary: "" });
  // The continuous cycle: by default the next cycle starts with this one's goals and open promises.
  const [carryGoals, setCarryGoals] = useState(true);
  const [carryPromises, setCarryPromises] = useState(true);
  const from = cycle.phase;
  const next = PHASES[PHASES.indexOf(from) + 1];
  const nextName = nextCycleName(cycle.endsOn);
  const phaseName = t(`phases.${from}.name`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const question = next
      ? t("cycles.confirmAdvance", { phase: phaseName, next: t(`phases.${next}.name`) })
      : t("cycles.confirmCloseCycle", { name: cycle.name, next: nextName, first: t("phases.assembling.name") });
    if (!(await ask({ question }))) return;
    void save(
      async () => {
        const o = await ok(
          client.POST("/api/networks/{networkId}/cycles/current/advance", {
            params: { path: { networkId } },
            body: { from, summary: draft.summary, ...(next ? {} : { carryGoals, carryPromises }) },
          }),
        );
        await onAdvanced(
          o,
          next ? t("cycles.advanced", { phase: t(`phases.${next}.name`) }) : t("cycles.cycleClosed", { name: cycle.name, next: nextName }),
        );
      },
      {
        // The page shows the error, above the phases.
        failed: async (err) => {
          await onError(err);
          return null;
        },
      },
    );
  };

  return (
    <div className="notice">
      <h4>{next ? t("cycles.closePhaseHeading") : t("cycles.closeCycleHeading", { name: cycle.name })}</h4>
      <p className="hint">{next ? t("cycles.closePhaseHelp") : t("cycles.closeCycleHelp", { next: nextName })}</p>
      <form onSubmit={submit} noValidate>
        <TextArea {...field("summary")} label={t("cycles.summaryLabel")} hint={t("cycles.summaryHint")} />
        {next ? null : (
          <fieldset className="checkbox-list">
            <legend>{t("cycles.carryLegend", { next: nextName })}</legend>
            <div className="field checkbox">
              <input id="carry-goals" type="checkbox" checked={carryGoals} onChange={(e) => setCarryGoals(e.target.checked)} />
              <label htmlFor="carry-goals">{t("cycles.carryGoals")}</label>
            </div>
            <div className="field checkbox">
              <input id="carry-promises" type="checkbox" checked={carryPromises} onChange={(e) => setCarryPromises(e.target.checked)} />
              <label htmlFor="carry-promises">{t("cycles.carryPromises")}</label>
            </div>
            <p className="hint">{t("cycles.carryAgreement")}</p>
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {next
            ? t("cycles.advanceTo", { phase: t(`phases.${next}.name`) })
            : t("cycles.closeCycleButton", { name: cycle.name, next: nextName })}
        </button>
      </form>
    </div>
  );
}

export function CyclePage() {
  const { t } = useTranslation();
  const { home, reload, networkId, coordinator } = useNetwork();
  const {
    data,
    error,
    setData,
    reload: reloadOverview,
  } = useLoad(() => ok(client.GET("/api/networks/{networkId}/cycles", { params: { path: { networkId } } })), `cycles:${networkId}`);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [advanceError, setAdvanceError] = useState<unknown>(null);
  const [focusPhase, setFocusPhase] = useState<Phase | null>(null);
  const canEvaluate = home.role !== "observer";

  // After the phase moves on, the form that had focus is gone: continue from the new current phase.
  useEffect(() => {
    if (!focusPhase) return;
    document.getElementById(`phase-${focusPhase}-heading`)?.focus();
    setFocusPhase(null);
  }, [focusPhase]);

  if (error) return <FormError error={error} />;
  if (!data) return <Loading />;
  const { current } = data;

  const saved = async (o: CycleOverview) => {
    setData(o);
    await reload();
  };
  const advanced = async (o: CycleOverview, message: string) => {
    setAdvanceError(null);
    setData(o);
    setAnnouncement(message);
    if (o.current) setFocusPhase(o.current.phase);
    await reload();
  };
  const advanceFailed = async (err: unknown) => {
    setAnnouncement(null);
    setAdvanceError(err);
    // Someone else moved the phase on: show where it is now.
    if (err instanceof ApiError && err.status === 409) {
      await reloadOverview();
      await reload();
    }
  };

  const cycles = [...data.cycles].reverse();

  return (
    <Page title={current ? t("cycles.title", { name: current.name }) : t("cycles.titleNone")}>
      <p>{t("cycles.intro")}</p>
      {current ? (
        <>
          <dl className="facts">
            <dt>{t("cycles.period")}</dt>
            <dd>{t("cycles.dates", { start: formatDay(current.startsOn), end: formatDay(current.endsOn) })}</dd>
            <dt>{t("cycles.phaseNow")}</dt>
            <dd>{t(`phases.${current.phase}.name`)}</dd>
          </dl>

          <Section id="phases-heading" title={t("cycles.phasesHeading")}>
            <FormError error={advanceError} />
            {announcement ? <Status>{announcement}</Status> : null}
            {data.reopen ? <ReopenBox networkId={networkId} reopen={data.reopen} onReopened={advanced} onError={advanceFailed} /> : null}
            <ol className="phases cycle-phases">
              {current.phases.map((p, i) => {
                const name = t(`phases.${p.phase}.name`);
                const started = p.status !== "upcoming";
                // The first phase may have no start recorded: it began with the cycle.
                const startedText = p.startedAt
                  ? t("cycles.started", { date: formatDate(p.startedAt) })
                  : !started
                    ? t("cycles.notStarted")
                    : i === 0
                      ? t("cycles.startedWithCycle")
                      : null;
                return (
                  <li
                    key={`${current.id}-${p.phase}`}
                    className={p.status === "current" ? "phase current" : p.status === "done" ? "phase done" : "phase"}
                    aria-current={p.status === "current" ? "step" : undefined}
                  >
                    <span className="phase-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <div>
                      <h3 id={`phase-${p.phase}-heading`} tabIndex={-1}>
                        {name}{" "}
                        {p.status === "current" ? (
                          <span className="badge">{t("home.currentPhase")}</span>
                        ) : p.status === "done" ? (
                          <span className="badge quiet">{t("home.donePhase")}</span>
                        ) : (
                          <span className="badge quiet">{t("cycles.upcoming")}</span>
                        )}
                      </h3>
                      <p>{t(`phases.${p.phase}.asks`)}</p>
                      {startedText || p.endedAt ? (
                        <p className="meta">
                          {startedText}
                          {startedText && p.endedAt ? <br /> : null}
                          {p.endedAt ? t("cycles.ended", { date: formatDate(p.endedAt) }) : null}
                        </p>
                      ) : null}
                      {p.status === "done" ? (
                        <>
                          <h4>{t("cycles.summaryHeading")}</h4>
                          <p className="prose">{p.summary || t("cycles.noSummary")}</p>
                        </>
                      ) : null}
                      {started ? (
                        <>
                          <h4>{t("cycles.evaluationHeading")}</h4>
                          <EvaluationResults evaluation={p.evaluation} minGroupSize={data.minGroupSize} />
                          {canEvaluate ? (
                            <EvaluationForm
                              key={`${current.id}-${p.phase}`}
                              networkId={networkId}
                              phase={p.phase}
                              mine={p.evaluation.mine}
                              onSaved={saved}
                            />
                          ) : null}
                        </>
                      ) : null}
                      {coordinator && p.status === "current" ? (
                        <AdvanceForm
                          key={`${current.id}-${p.phase}-advance`}
                          networkId={networkId}
                          cycle={current}
                          onAdvanced={advanced}
                          onError={advanceFailed}
                        />
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </Section>
        </>
      ) : (
        <p>{t("home.noCycle")}</p>
      )}

      <Section id="cycles-heading" className="panel" title={t("cycles.allCycles")}>
        {cycles.length === 0 ? (
          <p>{t("cycles.noCycles")}</p>
        ) : (
          <ul className="plain">
            {cycles.map((c) => (
              <li key={c.id}>
                <strong>{t("cycles.title", { name: c.name })}</strong>
                {" – "}
                {t("cycles.dates", { start: formatDay(c.startsOn), end: formatDay(c.endsOn) })}{" "}
                {c.closedAt ? (
                  <span className="badge quiet">{t("cycles.closedOn", { date: formatDate(c.closedAt) })}</span>
                ) : c.id === current?.id ? (
                  <span className="badge">{t("cycles.running", { phase: t(`phases.${c.phase}.name`) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
