import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { COMPETENCE_QUESTIONS, GOVERNANCE_MODES } from "../../../../src/domain/governanceDiagnosis.ts";
import { type Answer, ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Diagnosis = Answer<"/api/networks/{networkId}/assessments/governance", "get">;
type Saved = Diagnosis["history"][number];

/** "How should the network be governed?" — Provan and Kenis's three modes against the network's own conditions. */
export function GovernanceSection() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const path = { networkId };
  const diagnosis = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/assessments/governance", { params: { path } })),
    `governance:${networkId}`,
  );
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // A new diagnosis replaces what was there: the person's eye goes to it once it is drawn.
  const [made, setMade] = useState<string | null>(null);
  useEffect(() => {
    if (made) resultHeading.current?.focus();
  }, [made]);
  const data = diagnosis.data;
  return (
    <Section id="governance-modes-heading" className="panel" title={t("diagnosis.governanceModes.title")}>
      <p>{t("diagnosis.governanceModes.intro")}</p>
      <ul>
        {GOVERNANCE_MODES.map((m) => (
          <li key={m}>
            <span className="strong">{t(`diagnosis.governanceModes.mode.${m}`)}</span>: {t(`diagnosis.governanceModes.modeHelp.${m}`)}
          </li>
        ))}
      </ul>
      {diagnosis.error ? <FormError error={diagnosis.error} /> : null}
      {!data ? <Loading /> : <ConditionsNow conditions={data.conditions} />}
      {data?.canDiagnose ? (
        <GovernanceForm
          key={data.history[0]?.id ?? "first"}
          initial={data.history[0]?.answers ?? null}
          onDiagnosed={(d) => {
            diagnosis.setData(d);
            setMade(d.history[0]?.id ?? null);
          }}
        />
      ) : null}
      {data?.history[0] ? (
        <Result saved={data.history[0]} headingRef={resultHeading} />
      ) : data ? (
        <p>{t("diagnosis.governanceModes.none")}</p>
      ) : null}
      {data && data.history.length > 1 ? (
        <>
          <h3>{t("diagnosis.earlier")}</h3>
          <ul className="plain">
            {data.history.slice(1).map((h) => (
              <li key={h.id}>
                {formatDate(h.createdAt)} · {h.result.fits ? t(`diagnosis.governanceModes.mode.${h.result.fits}`) : "–"}
                {h.createdBy ? ` · ${h.createdBy}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** The coordinator's answers, starting from the latest diagnosis's. */
function GovernanceForm({ initial, onDiagnosed }: { initial: Saved["answers"] | null; onDiagnosed: (d: Diagnosis) => void }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const [competencies, setCompetencies] = useState<Record<string, string>>(
    initial ? Object.fromEntries(Object.entries(initial.competencies).map(([q, v]) => [q, String(v)])) : {},
  );
  const [current, setCurrent] = useState(initial?.current ?? "");
  const { error, save } = useSave();
  const fieldError = (name: string) => (error instanceof ApiError ? error.fields[name] : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      const body = {
        competencies: Object.fromEntries(
          COMPETENCE_QUESTIONS.map((q) => [q, competencies[q] === undefined ? null : Number(competencies[q])]),
        ),
        current: current === "" ? null : current,
      };
      onDiagnosed(await ok(client.POST("/api/networks/{networkId}/assessments/governance", { params: { path: { networkId } }, body })));
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <RadioGroup
        name="gov-current"
        legend={t("diagnosis.governanceModes.currentQuestion")}
        options={[
          ...GOVERNANCE_MODES.map((m) => ({ value: m, label: t(`diagnosis.governanceModes.mode.${m}`) })),
          { value: "", label: t("diagnosis.governanceModes.notSure") },
        ]}
        value={current}
        onChange={setCurrent}
        error={fieldError("current")}
      />
      {COMPETENCE_QUESTIONS.map((q) => (
        <RadioGroup
          key={q}
          name={`gov-${q}`}
          legend={t(`diagnosis.governanceModes.question.${q}`)}
          options={["0", "1", "2"].map((v) => ({ value: v, label: t(`diagnosis.governanceModes.option.${q}.${v}`) }))}
          value={competencies[q]}
          onChange={(v) => setCompetencies((a) => ({ ...a, [q]: v }))}
          error={fieldError(`competencies.${q}`)}
        />
      ))}
      <button type="submit" className="primary">
        {t("diagnosis.showResult")}
      </button>
    </form>
  );
}

/** The conditions as the network's own figures give them now. */
function ConditionsNow({ conditions: c }: { conditions: Diagnosis["conditions"] }) {
  const { t } = useTranslation();
  const pct = (x: number) => `${formatNumber(Math.round(x * 100))} %`;
  const rows: Array<[string, string]> = [
    [
      "trust",
      c.survey && c.survey.averageTrust !== null
        ? t("diagnosis.governanceModes.now.trust", {
            trust: formatNumber(Math.round(c.survey.averageTrust * 10) / 10),
            density: pct(c.survey.density),
            cycle: c.sources.surveyCycle ?? "",
          })
        : t("diagnosis.governanceModes.unknownNow.trust"),
    ],
    ["participants", t("diagnosis.governanceModes.now.participants", { count: c.organisations })],
    [
      "consensus",
      [
        c.approvalShare === null ? null : t("diagnosis.governanceModes.now.approval", { share: pct(c.approvalShare) }),
        c.evaluationSpread === null
          ? null
          : t("diagnosis.governanceModes.now.spread", {
              spread: formatNumber(Math.round(c.evaluationSpread * 100) / 100),
              cycle: c.sources.evaluationCycle ?? "",
            }),
      ]
        .filter(Boolean)
        .join(" ") || t("diagnosis.governanceModes.unknownNow.consensus"),
    ],
  ];
  return (
    <>
      <h3>{t("diagnosis.governanceModes.conditionsTitle")}</h3>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{t(`diagnosis.governanceModes.condition.${k}`)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Result({ saved, headingRef }: { saved: Saved; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const r = saved.result;
  const modeName = (m: string) => t(`diagnosis.governanceModes.mode.${m}`);
  const message = (key: string, params: Record<string, string | number> = {}) => {
    const named = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        k === "modes"
          ? String(v).split(",").filter(Boolean).map(modeName).join(", ")
          : k === "mode" || k === "current"
            ? modeName(String(v))
            : v,
      ]),
    );
    return t(key, named);
  };
  return (
    <div className="notice">
      <h3 ref={headingRef} tabIndex={-1}>
        {r.fits ? t("diagnosis.governanceModes.fits", { mode: modeName(r.fits) }) : t("diagnosis.governanceModes.nothingKnown")}
      </h3>
      <p className="meta">{t("diagnosis.governanceModes.madeOn", { date: formatDate(saved.createdAt), name: saved.createdBy ?? "–" })}</p>
      <p>
        {GOVERNANCE_MODES.map((m) => t("diagnosis.governanceModes.score", { mode: modeName(m), score: r.scores[m], max: 8 })).join(" · ")}
      </p>
      {r.close ? <p>{t("diagnosis.governanceModes.close")}</p> : null}
      <ul>
        {r.reasons.map((m) => (
          <li key={m.key}>{message(m.key, m.params ?? {})}</li>
        ))}
      </ul>
      <p className="hint">{t("diagnosis.governanceModes.advice")}</p>
    </div>
  );
}
