import { type FormEvent, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  DECISION_KINDS,
  type DecisionKind,
  hasOptions,
  POLL_KINDS,
  type PollKind,
  PROPOSAL_KINDS,
} from "../../../../../src/domain/polls.ts";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SaveOrCancel, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { zoneOptions } from "../../calendar/CalendarPage/draft.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { ChoiceGroup } from "../ChoiceGroup.tsx";
import { ruleHow } from "../DecisionRulesBox.tsx";
import { dayFromToday, draftProblems, emptyPoll, pollBody } from "./draft.ts";
import { OptionsEditor } from "./OptionsEditor.tsx";
import { VoterFields } from "./VoterFields.tsx";

/** The form that opens a poll: the question and its kind, the options, the rule that decides, when it closes and who votes. */
export function NewPollForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { busy, error, save } = useSave();
  const { draft, set, field } = useDraft(emptyPoll, { error });
  const heading = useRef<HTMLHeadingElement>(null);
  const rules = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/agreement/decision-rules", { params: { path: { networkId } } })),
    `decision-rules:${networkId}`,
  );
  const zones = useMemo(() => zoneOptions(draft.timeZone), [draft.timeZone]);
  // The form opens where the button was: the eye and the screen reader land on its heading.
  useEffect(() => heading.current?.focus(), []);

  const proposalKind = PROPOSAL_KINDS.includes(draft.kind);
  // Only proposals are decided by the agreement's rule; other kinds take the everyday decisions' quorum.
  const decisionKind = proposalKind ? draft.decisionKind : "ordinary";
  const agreed = rules.data?.items.find((r) => r.decisionKind === decisionKind);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      async () => {
        const poll = await ok(client.POST("/api/networks/{networkId}/polls", { params: { path: { networkId } }, body: pollBody(draft) }));
        onCreated(poll.id);
      },
      { problems: draftProblems(t, draft) },
    );
  };

  return (
    <section className="panel poll-form" aria-labelledby="new-poll-heading">
      <h2 id="new-poll-heading" ref={heading} tabIndex={-1}>
        {t("polls.form.heading")}
      </h2>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField {...field("title")} label={t("polls.form.title")} hint={t("polls.form.titleHint")} required maxLength={200} />
        <TextArea {...field("details")} label={t("polls.form.details")} hint={t("polls.form.detailsHint")} />
        <ChoiceGroup
          name="kind"
          legend={t("polls.form.kind")}
          choices={POLL_KINDS.map((k) => ({ value: k, label: t(`polls.kind.${k}.name`), description: t(`polls.kind.${k}.description`) }))}
          value={draft.kind}
          onChange={(v) => set("kind", v as PollKind)}
        />
        {hasOptions(draft.kind) ? (
          <OptionsEditor
            options={draft.options}
            timePoll={draft.kind === "time_poll"}
            timeZone={draft.timeZone}
            onChange={(options) => set("options", options)}
            error={error}
          />
        ) : null}
        {draft.kind === "choose" ? (
          <TextField
            {...field("maxChoices")}
            type="number"
            inputMode="numeric"
            min={1}
            max={draft.options.length}
            label={t("polls.form.maxChoices")}
            hint={t("polls.form.maxChoicesHint")}
          />
        ) : null}
        {draft.kind === "dot_vote" ? (
          <TextField
            {...field("dots")}
            type="number"
            inputMode="numeric"
            min={1}
            label={t("polls.form.dots")}
            hint={t("polls.form.dotsHint", { count: Math.max(3, draft.options.length) })}
          />
        ) : null}
        {proposalKind ? (
          <>
            <ChoiceGroup
              name="decisionKind"
              legend={t("polls.form.decisionKind")}
              choices={DECISION_KINDS.map((k) => ({
                value: k,
                label: t(`polls.decisionKind.${k}.name`),
                description: t(`polls.decisionKind.${k}.description`),
              }))}
              value={draft.decisionKind}
              onChange={(v) => set("decisionKind", v as DecisionKind)}
            />
            <p className="notice poll-rule-note">
              {draft.kind === "consent"
                ? t("polls.form.consentRule")
                : agreed
                  ? t(agreed.stated ? "polls.form.ruleStated" : "polls.form.ruleDefault", {
                      kind: t(`polls.decisionKind.${draft.decisionKind}.plural`),
                      how: ruleHow(t, agreed.rule),
                    })
                  : null}
            </p>
          </>
        ) : null}
        <fieldset className="radio-group">
          <legend>{t("polls.form.closing")}</legend>
          <div className="poll-when">
            <TextField
              {...field("closesDate")}
              name="closesAt"
              field="closesAt"
              type="date"
              min={dayFromToday(0)}
              label={t("polls.form.closesDate")}
              required
            />
            <TextField {...field("closesTime")} name="closesTime" type="time" label={t("polls.form.closesTime")} required />
          </div>
          <SelectField {...field("timeZone")} label={t("polls.form.timeZone")} hint={t("polls.form.timeZoneHint")} options={zones} />
        </fieldset>
        <VoterFields draft={draft} set={set} agreedQuorum={agreed?.quorumPercent ?? null} error={error} />
        <SaveOrCancel label={t("polls.form.submit")} busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
