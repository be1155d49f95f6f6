import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DECISION_RULES, type DecisionRule } from "../../../../../src/domain/agreement.ts";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import type { Meeting } from "../types.ts";

/** Records a decision made at the meeting in the network's decision log. */
export function DecisionSection({ networkId, meeting }: { networkId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState<string | null>(null);
  const { busy, error, save } = useSave("decision");
  const { draft, setDraft, field } = useDraft(
    { title: "", body: "", rule: "" as DecisionRule | "", decidedOn: meeting.start.slice(0, 10) },
    { error, savePrefix: "decision" },
  );
  const { title, body, rule, decidedOn } = draft;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRecorded(null);
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/decisions", {
            params: { path: { networkId } },
            body: {
              decidedOn,
              title: title.trim(),
              body: body.trim(),
              // No rule chosen goes to the server as it is: its answer names the field.
              rule: rule as DecisionRule,
              participants: "",
              meetingId: meeting.id,
            },
          }),
        ),
      {
        saved: () => {
          setRecorded(title.trim());
          setDraft((d) => ({ ...d, title: "", body: "", rule: "" }));
        },
      },
    );
  };
  return (
    <Section id="decision-heading" className="panel no-print" title={t("meetings.decision.heading")}>
      <p className="hint meeting-help">{t("meetings.decision.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField {...field("title")} label={t("meetings.decision.title")} required />
        <TextArea {...field("body")} label={t("meetings.decision.body")} required rows={4} />
        <SelectField
          {...field("rule")}
          label={t("meetings.decision.rule")}
          required
          options={[
            { value: "", label: t("meetings.decision.chooseRule") },
            ...DECISION_RULES.map((r) => ({ value: r, label: t(`decisions.rule.${r}`) })),
          ]}
        />
        <TextField {...field("decidedOn")} type="date" label={t("meetings.decision.decidedOn")} required />
        <button type="submit" className="primary" disabled={busy}>
          {t("meetings.decision.submit")}
        </button>
      </form>
      {recorded ? <Status>{t("meetings.decision.recorded", { title: recorded })}</Status> : null}
      <p>
        <Link to={`/networks/${networkId}/decisions`}>{t("meetings.decision.log")}</Link>
      </p>
    </Section>
  );
}
