import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { NETWORK_TYPE_STATEMENT_IDS } from "../../../../src/domain/networkType.ts";
import { ON_BEHALF_IDS } from "../../../../src/domain/onBehalfCheck.ts";
import { type Answer, ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { TableHead } from "../../components/DataTable.tsx";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { GovernanceSection } from "./GovernanceSection.tsx";

const SCALE = ["1", "2", "3", "4", "5"];
// A spread of goal-directedness above this means members see the network very differently (see networkType.ts).
const HIGH_SPREAD = 0.5;

type OnBehalfResult = Answer<"/api/networks/{networkId}/assessments/on-behalf", "post">["result"];

function Answers({
  ids,
  prefix,
  scalePrefix,
  initial,
  submitLabel,
  onSubmit,
}: {
  ids: readonly string[];
  prefix: string;
  scalePrefix: string;
  initial: Record<string, string>;
  submitLabel: string;
  onSubmit: (a: Record<string, string>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState(initial);
  const { error, save } = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(() => onSubmit(answers));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      {ids.map((id) => (
        <RadioGroup
          key={id}
          name={`${prefix}-${id}`}
          legend={t(`${prefix === "nt" ? "networkTypeSurvey.statement" : "onBehalf.statement"}.${id}`)}
          options={SCALE.map((v) => ({ value: v, label: t(`${scalePrefix}.${v}`) }))}
          value={answers[id]}
          onChange={(v) => setAnswers((a) => ({ ...a, [id]: v }))}
          error={error instanceof ApiError ? error.fields[id] : undefined}
        />
      ))}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}

function NetworkTypeSection() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const path = { networkId };
  const { data, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/assessments/network-type", { params: { path } })),
    `network-type:${networkId}`,
  );
  const [saved, setSaved] = useState(false);
  const typeName = (type: string) => t(`networkType.${type}.name`);
  if (!data) return <Loading />;
  return (
    <Section id="type-heading" className="panel" title={t("diagnosis.typeTitle")}>
      <p>{t("networkTypeSurvey.intro")}</p>
      <p>{t("diagnosis.declared", { type: typeName(data.declared) })}</p>
      {data.mine ? (
        <p className="notice">{t("networkTypeSurvey.result.yourPlacement", { type: typeName(data.mine.placement.type) })}</p>
      ) : null}
      {home.role !== "observer" ? (
        <Answers
          ids={NETWORK_TYPE_STATEMENT_IDS}
          prefix="nt"
          scalePrefix="networkTypeSurvey.scale"
          initial={Object.fromEntries(Object.entries(data.mine?.answers ?? {}).map(([k, v]) => [k, String(v)]))}
          submitLabel={t("diagnosis.saveAnswers")}
          onSubmit={async (answers) => {
            setData(await ok(client.PUT("/api/networks/{networkId}/assessments/network-type", { params: { path }, body: answers })));
            setSaved(true);
          }}
        />
      ) : null}
      {saved ? <Status>{t("common.saved")}</Status> : null}
      <h3>{t("diagnosis.byCycle")}</h3>
      <ul className="plain">
        {data.cycles.map((c) => (
          <li key={c.cycleId}>
            <h4>{t("diagnosis.cycle", { name: c.cycleName })}</h4>
            {c.summary ? (
              <>
                <p>{t("networkTypeSurvey.summary.respondents", { count: c.summary.respondents })}</p>
                <p>
                  {c.summary.perceived
                    ? t("networkTypeSurvey.summary.perceived", {
                        type: typeName(c.summary.perceived),
                        percent: formatNumber(Math.round(c.summary.agreement * 100)),
                      })
                    : t("networkTypeSurvey.summary.noPerceived")}
                </p>
                {c.summary.matchesDeclared === true ? <p>{t("networkTypeSurvey.summary.matches")}</p> : null}
                {c.summary.matchesDeclared === false && c.summary.perceived ? (
                  <p className="notice">
                    {t("networkTypeSurvey.summary.differs", {
                      perceived: typeName(c.summary.perceived),
                      declared: typeName(data.declared),
                    })}
                  </p>
                ) : null}
                <p>{t("networkTypeSurvey.summary.spread", { spread: formatNumber(Math.round(c.summary.spread * 100) / 100) })}</p>
                {c.summary.spread > HIGH_SPREAD ? <p>{t("networkTypeSurvey.summary.spreadHigh")}</p> : null}
                <table>
                  <caption className="visually-hidden">{t("diagnosis.distribution", { name: c.cycleName })}</caption>
                  <TableHead columns={[t("diagnosis.type"), t("diagnosis.respondents")]} />
                  <tbody>
                    {Object.entries(c.summary.counts).map(([type, n]) => (
                      <tr key={type}>
                        <th scope="row">{typeName(type)}</th>
                        <td>{n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p>{t("diagnosis.hidden", { count: c.respondents, min: data.minGroupSize })}</p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function OnBehalfSection() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const path = { networkId };
  const history = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/assessments/on-behalf", { params: { path } })),
    `on-behalf:${networkId}`,
  );
  const [result, setResult] = useState<OnBehalfResult | null>(null);
  return (
    <Section id="onbehalf-heading" className="panel" title={t("diagnosis.onBehalfTitle")}>
      <p>{t("onBehalf.intro")}</p>
      <Answers
        ids={ON_BEHALF_IDS}
        prefix="ob"
        scalePrefix="onBehalf.scale"
        initial={{}}
        submitLabel={t("diagnosis.showResult")}
        onSubmit={async (answers) => {
          const r = await ok(client.POST("/api/networks/{networkId}/assessments/on-behalf", { params: { path }, body: answers }));
          setResult(r.result);
          await history.reload();
        }}
      />
      {result ? (
        <div className="notice" role="status">
          <h3>{t(`onBehalf.level.${result.level}.name`)}</h3>
          <p>{t("onBehalf.score", { score: result.score })}</p>
          <p>{t(`onBehalf.level.${result.level}.description`)}</p>
          {result.suggestions.length ? (
            <ul>
              {result.suggestions.map((s) => (
                <li key={s.key}>{t(s.key)}</li>
              ))}
            </ul>
          ) : (
            <p>{t("onBehalf.noSuggestions")}</p>
          )}
        </div>
      ) : null}
      {history.data && history.data.history.length > 1 ? (
        <>
          <h3>{t("diagnosis.earlier")}</h3>
          <ul className="plain">
            {history.data.history.map((h) => (
              <li key={h.createdAt}>
                {formatDate(h.createdAt)} · {h.score}/100 · {t(`onBehalf.level.${h.level}.name`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** Diagnosis tools: how members see the network's type, and (for coordinators) whether it is developed on behalf of others. */
export function DiagnosisPage() {
  const { t } = useTranslation();
  const { coordinator } = useNetwork();
  return (
    <Page title={t("diagnosis.title")}>
      <NetworkTypeSection />
      <GovernanceSection />
      {coordinator ? <OnBehalfSection /> : null}
    </Page>
  );
}
