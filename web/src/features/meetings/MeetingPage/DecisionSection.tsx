import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DECISION_RULES, type DecisionRule } from "../../../../../src/domain/agreement.ts";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import type { Meeting } from "../types.ts";

/** Records a decision made at the meeting in the network's decision log. */
export function DecisionSection({ networkId, meeting }: { networkId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [rule, setRule] = useState<DecisionRule | "">("");
  const [decidedOn, setDecidedOn] = useState(meeting.start.slice(0, 10));
  const [recorded, setRecorded] = useState<string | null>(null);
  const { busy, error, save } = useSave("decision");
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
          setTitle("");
          setBody("");
          setRule("");
        },
      },
    );
  };
  return (
    <section aria-labelledby="decision-heading" className="panel no-print">
      <h2 id="decision-heading">{t("meetings.decision.heading")}</h2>
      <p className="hint meeting-help">{t("meetings.decision.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          name="decision-title"
          label={t("meetings.decision.title")}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={error}
        />
        <TextArea
          name="decision-body"
          label={t("meetings.decision.body")}
          required
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={error}
        />
        <SelectField
          name="decision-rule"
          label={t("meetings.decision.rule")}
          required
          value={rule}
          onChange={(e) => setRule(e.target.value as DecisionRule | "")}
          options={[
            { value: "", label: t("meetings.decision.chooseRule") },
            ...DECISION_RULES.map((r) => ({ value: r, label: t(`decisions.rule.${r}`) })),
          ]}
          error={error}
        />
        <TextField
          name="decision-decidedOn"
          type="date"
          label={t("meetings.decision.decidedOn")}
          required
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={error}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t("meetings.decision.submit")}
        </button>
      </form>
      {recorded ? <Status>{t("meetings.decision.recorded", { title: recorded })}</Status> : null}
      <p>
        <Link to={`/networks/${networkId}/decisions`}>{t("meetings.decision.log")}</Link>
      </p>
    </section>
  );
}
