import type { TFunction } from "i18next";
import { type FormEvent, Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { DECISION_METHODS, type DecisionMethod, QUALIFIED_SHARE_NAMES, type QualifiedShare } from "../../../../src/domain/polls.ts";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, SaveOrCancel, SelectField, TextField } from "../../components/Form.tsx";
import { Loaded, Status } from "../../components/Page.tsx";
import { useEditing } from "../../components/useEditing.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import "./polls.css";
import { type DecisionRule, ruleText, shareText } from "./words.ts";

type StatedRule = Schemas["StatedDecisionRule"];

/** How a rule decides, to end a sentence: "enemmistöllä", "2/3:n määräenemmistöllä". */
export const ruleHow = (t: TFunction, rule: DecisionRule) =>
  t(`polls.methodHow.${rule.method}`, { share: rule.share ? shareText(rule.share) : "" });

interface RuleDraft {
  method: DecisionMethod;
  share: QualifiedShare | "";
  quorum: string;
}

const draftOf = (r: StatedRule): RuleDraft => ({
  method: r.rule.method,
  share: r.rule.share ?? "",
  quorum: r.quorumPercent?.toString() ?? "",
});

function RulesForm({
  networkId,
  items,
  onSaved,
  onCancel,
}: {
  networkId: string;
  items: StatedRule[];
  onSaved: (items: StatedRule[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const [drafts, setDrafts] = useState(() => items.map(draftOf));
  const setAt = (i: number, patch: Partial<RuleDraft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      async () => {
        const saved = await ok(
          client.PUT("/api/networks/{networkId}/agreement/decision-rules", {
            params: { path: { networkId } },
            body: {
              items: items.map((r, i) => {
                const d = drafts[i] ?? draftOf(r);
                return {
                  decisionKind: r.decisionKind,
                  method: d.method,
                  share: d.method === "qualified_majority" && d.share ? d.share : null,
                  quorumPercent: d.quorum.trim() ? Number(d.quorum) : null,
                };
              }),
            },
          }),
        );
        onSaved(saved.items);
      },
      {
        problems: Object.fromEntries(
          drafts.flatMap((d, i) => (d.method === "qualified_majority" && !d.share ? [[`items.${i}.share`, t("validation.required")]] : [])),
        ),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      {items.map((r, i) => {
        const d = drafts[i] ?? draftOf(r);
        return (
          <fieldset key={r.decisionKind} className="radio-group">
            <legend>{t(`polls.decisionKind.${r.decisionKind}.pluralTitle`)}</legend>
            <ChoiceGroup
              name={`items.${i}.method`}
              legend={t("polls.rules.method")}
              choices={DECISION_METHODS.map((m) => ({
                value: m,
                label: t(`polls.method.${m}`),
                description: t(`polls.methodDescription.${m}`),
              }))}
              value={d.method}
              onChange={(v) =>
                setAt(i, { method: v as DecisionMethod, share: v === "qualified_majority" ? d.share || "two_thirds" : d.share })
              }
            />
            {d.method === "qualified_majority" ? (
              <SelectField
                name={`items.${i}.share`}
                label={t("polls.rules.share")}
                value={d.share}
                onChange={(e) => setAt(i, { share: e.target.value as QualifiedShare })}
                error={error}
                options={QUALIFIED_SHARE_NAMES.map((s) => ({ value: s, label: shareText(s) }))}
              />
            ) : null}
            <TextField
              name={`items.${i}.quorumPercent`}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              label={t("polls.rules.quorum")}
              hint={t("polls.rules.quorumHint")}
              value={d.quorum}
              onChange={(e) => setAt(i, { quorum: e.target.value })}
              error={error}
            />
          </fieldset>
        );
      })}
      <SaveOrCancel label={t("polls.rules.save")} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/**
 * The agreement's decision rules beside the text of its question on decision-making: the method and quorum per kind
 * of decision, which polls follow from the moment they open. Coordinators edit them here.
 */
export function DecisionRulesBox({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/agreement/decision-rules", { params: { path: { networkId } } })),
    `decision-rules:${networkId}`,
  );
  const { editing, setEditing, editButton } = useEditing();
  const [saved, setSaved] = useState(false);
  return (
    <section className="decision-rules" aria-labelledby="decision-rules-heading">
      <h3 id="decision-rules-heading">{t("polls.rules.heading")}</h3>
      <Loaded data={data} error={error}>
        {(rules) =>
          editing ? (
            <RulesForm
              networkId={networkId}
              items={rules.items}
              onCancel={() => setEditing(false)}
              onSaved={(items) => {
                setData({ ...rules, items });
                setSaved(true);
                setEditing(false);
              }}
            />
          ) : (
            <>
              <p className="hint">{t("polls.rules.intro")}</p>
              <dl className="facts">
                {rules.items.map((r) => (
                  <Fragment key={r.decisionKind}>
                    <dt>{t(`polls.decisionKind.${r.decisionKind}.pluralTitle`)}</dt>
                    <dd>
                      {r.stated ? ruleText(t, r.rule) : t("polls.rules.notStated", { rule: ruleText(t, r.rule) })}
                      {". "}
                      {r.quorumPercent === null ? t("polls.rules.noQuorum") : t("polls.rules.quorumIs", { percent: r.quorumPercent })}
                    </dd>
                  </Fragment>
                ))}
              </dl>
              {saved ? <Status>{t("polls.rules.saved")}</Status> : null}
              {rules.canEdit ? (
                <button
                  type="button"
                  ref={editButton}
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t("polls.rules.edit")}
                </button>
              ) : null}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
