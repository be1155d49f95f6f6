import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { GOAL_TYPES } from "../../../../src/domain/agreement.ts";
import { GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS } from "../../../../src/domain/governanceCheck.ts";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { useHashTarget } from "../../components/useHashTarget.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Goal = Schemas["Goal"];
type GovernanceCheck = Schemas["GovernanceCheck"];
type Organisation = Schemas["Organisation"];
type GoalType = (typeof GOAL_TYPES)[number];

interface Draft {
  goalType: GoalType;
  title: string;
  description: string;
  owners: string[];
}

function GoalForm({
  initial,
  submitLabel,
  onSubmit,
  organisations,
  idPrefix,
}: {
  initial: Draft;
  submitLabel: string;
  onSubmit: (d: Draft) => Promise<void>;
  organisations: Organisation[];
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const { draft, setDraft, field } = useDraft(initial, { error, prefix: idPrefix });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(() => onSubmit(draft));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <SelectField
        {...field("goalType")}
        label={t("goals.type")}
        hint={t(`goalTypes.${draft.goalType}.motto`)}
        options={GOAL_TYPES.map((g) => ({ value: g, label: t(`goalTypes.${g}.name`) }))}
      />
      <TextField {...field("title")} label={t("goals.goalTitle")} required />
      <TextArea {...field("description")} label={t("goals.description")} />
      <fieldset className="checkbox-list">
        <legend>{t("goals.owners")}</legend>
        {organisations.length === 0 ? <p className="hint">{t("goals.noOrganisations")}</p> : null}
        {organisations.map((o) => (
          <div key={o.id} className="field checkbox">
            <input
              type="checkbox"
              id={`${idPrefix}owner-${o.id}`}
              checked={draft.owners.includes(o.id)}
              onChange={(e) =>
                setDraft((d) => ({ ...d, owners: e.target.checked ? [...d.owners, o.id] : d.owners.filter((x) => x !== o.id) }))
              }
            />
            <label htmlFor={`${idPrefix}owner-${o.id}`}>{o.name}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function GovernanceForm({ goal, onSaved }: { goal: Goal; onSaved: () => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [answers, setAnswers] = useState<Record<string, string>>(goal.governanceCheck?.answers ?? {});
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<GovernanceCheck | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // The answer appears under the button just pressed, and focus goes there, not to the top of the card.
  useEffect(() => {
    if (checked) resultRef.current?.focus();
  }, [checked]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const check = await ok(
        client.PUT("/api/networks/{networkId}/goals/{goalId}/governance-check", {
          params: { path: { networkId: home.network.id, goalId: goal.id } },
          body: answers,
        }),
      );
      setChecked(check);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t("governance.intro")}</p>
      <FormError error={error} />
      {GOVERNANCE_QUESTIONS.map(({ id: q, options }) => (
        <RadioGroup
          key={q}
          name={`${goal.id}-${q}`}
          legend={t(`governance.question.${q}`)}
          options={options.map((o) => ({ value: o, label: t(`governance.option.${q}.${o}`) }))}
          value={answers[q]}
          onChange={(v) => setAnswers((a) => ({ ...a, [q]: v }))}
          error={error instanceof ApiError ? error.fields[q] : undefined}
        />
      ))}
      <button type="submit">{t("goals.runCheck")}</button>
      <div ref={resultRef} tabIndex={-1} role="status" className="check-result" aria-label={t("goals.checkResult")}>
        {checked ? <GovernanceResult check={checked} /> : null}
      </div>
    </form>
  );
}

function GovernanceResult({ check }: { check: GovernanceCheck }) {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <ul className="plain">
        {check.result.reasons.map((r, i) => (
          <li key={r.key} className={i === 0 ? "strong" : undefined}>
            {t(r.key, r.params)}
          </li>
        ))}
      </ul>
      {check.result.close ? <p>{t("governance.close")}</p> : null}
      <p className="meta">{GOVERNANCE_FORMS.map((f) => `${t(`governance.form.${f}`)} ${check.result.scores[f]}`).join(" · ")}</p>
    </div>
  );
}

function GoalCard({ goal, organisations, onChanged }: { goal: Goal; organisations: Organisation[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { home } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(goal.version);
  const canWrite = home.role !== "observer";
  const remove = async () => {
    if (!(await ask({ question: t("goals.confirmDelete", { title: goal.title }), danger: true }))) return;
    await ok(
      client.DELETE("/api/networks/{networkId}/goals/{goalId}", { params: { path: { networkId: home.network.id, goalId: goal.id } } }),
    );
    onChanged();
  };
  return (
    <li className="card" id={`goal-${goal.id}`}>
      <h3>{goal.title}</h3>
      <p className="meta">{t(`goalTypes.${goal.goalType}.name`)}</p>
      {goal.description ? <p className="prose">{goal.description}</p> : null}
      <p>
        {t("goals.owners")}: {goal.owners.length ? goal.owners.map((o) => o.name).join(", ") : t("common.notSet")}
      </p>
      {goal.governanceCheck ? <GovernanceResult check={goal.governanceCheck} /> : null}
      {canWrite ? (
        <>
          <details>
            <summary>
              {goal.governanceCheck ? t("goals.recheck") : t("goals.check")}
              <span className="visually-hidden">: {goal.title}</span>
            </summary>
            <GovernanceForm goal={goal} onSaved={onChanged} />
          </details>
          <p>
            <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
              {t("goals.edit")}
              <span className="visually-hidden"> {goal.title}</span>
            </button>{" "}
            {goal.canDelete ? (
              <button type="button" className="danger" onClick={() => void remove()}>
                {t("goals.delete")}
                <span className="visually-hidden"> {goal.title}</span>
              </button>
            ) : null}
          </p>
          {editing ? (
            <GoalForm
              idPrefix={`edit-${goal.id}-`}
              organisations={organisations}
              initial={{ goalType: goal.goalType, title: goal.title, description: goal.description, owners: goal.owners.map((o) => o.id) }}
              submitLabel={t("common.save")}
              onSubmit={async (d) => {
                try {
                  await ok(
                    client.PATCH("/api/networks/{networkId}/goals/{goalId}", {
                      params: { path: { networkId: home.network.id, goalId: goal.id } },
                      body: { version, goalType: d.goalType, title: d.title, description: d.description, ownerOrganisationIds: d.owners },
                    }),
                  );
                  setEditing(false);
                  onChanged();
                } catch (err) {
                  if (err instanceof ApiError && err.status === 409) setVersion((err.current as Goal).version);
                  throw err;
                }
              }}
            />
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** The goals of the current cycle, by the framework's four types, each with its governance-form check. */
export function GoalsPage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const path = { path: { networkId } };
  const goals = useLoad(() => ok(client.GET("/api/networks/{networkId}/goals", { params: path })), `goals:${networkId}`);
  const organisations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: path })),
    `organisations:${networkId}`,
  );
  useHashTarget(Boolean(goals.data), "goal-");
  const [added, setAdded] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const orgs = organisations.data?.items ?? [];
  return (
    <Page title={t("goals.title")}>
      <p>{t("goals.intro")}</p>
      <FormError error={goals.error} />
      {!goals.data ? (
        <Loading />
      ) : (
        GOAL_TYPES.map((type) => {
          const list = goals.data?.items.filter((g) => g.goalType === type) ?? [];
          return (
            <section key={type} aria-labelledby={`goals-${type}`} className="panel">
              <h2 id={`goals-${type}`}>{t(`goalTypes.${type}.name`)}</h2>
              <p className="meta">{t(`goalTypes.${type}.motto`)}</p>
              {list.length === 0 ? (
                <p>{t("goals.none")}</p>
              ) : (
                <ul className="cards">
                  {list.map((g) => (
                    <GoalCard key={`${g.id}-${g.version}`} goal={g} organisations={orgs} onChanged={() => void goals.reload()} />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {home.role !== "observer" ? (
        <Section id="add-goal" className="panel" title={t("goals.add")}>
          <GoalForm
            key={formKey}
            idPrefix="new-"
            organisations={orgs}
            initial={{ goalType: "client_service", title: "", description: "", owners: [] }}
            submitLabel={t("goals.add")}
            onSubmit={async (d) => {
              await ok(
                client.POST("/api/networks/{networkId}/goals", {
                  params: path,
                  body: { goalType: d.goalType, title: d.title, description: d.description, ownerOrganisationIds: d.owners },
                }),
              );
              setAdded(true);
              setFormKey((k) => k + 1);
              await goals.reload();
            }}
          />
          {added ? <Status>{t("goals.added")}</Status> : null}
        </Section>
      ) : null}
    </Page>
  );
}
