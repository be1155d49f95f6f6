import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { RoundInput } from "../types.ts";
import type { PageContext } from "./context.ts";
import { todayIso } from "./format.ts";
import { RoundFields } from "./RoundFields.tsx";

export function OpenRoundForm({ ctx }: { ctx: PageContext }) {
  const { t } = useTranslation();
  const prefix = "round-new";
  const [intro, setIntro] = useState("");
  const [closesOn, setClosesOn] = useState(todayIso(14));
  const [questions, setQuestions] = useState<string[]>([]);
  const { busy, error, save } = useSave(prefix);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) problems[`${prefix}-closesOn`] = t("validation.invalid_date");
    questions.forEach((q, i) => {
      if (!q.trim()) problems[`${prefix}-questions.${i}`] = t("evaluation.round.emptyQuestion");
    });
    const body: RoundInput = { intro, closesOn, questions };
    const path = { networkId: ctx.networkId };
    void save(() => ok(client.POST("/api/networks/{networkId}/evaluation/round", { params: { path }, body })), {
      problems,
      saved: (o) => {
        ctx.setData(o);
        ctx.announce(t("evaluation.round.opened", { date: formatDay(closesOn) }), "ev-round-heading");
      },
      failed: (err) => {
        // Another coordinator opened the round first: the page shows theirs.
        if (err instanceof ApiError && err.status === 409) void ctx.reload();
        return err;
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="ev-form" aria-labelledby="ev-open-heading">
      <h3 id="ev-open-heading">{t("evaluation.round.openHeading")}</h3>
      <p className="hint">{t("evaluation.round.openHelp", { min: ctx.data.minGroupSize })}</p>
      <FormError error={error} />
      <RoundFields
        prefix={prefix}
        intro={intro}
        setIntro={setIntro}
        closesOn={closesOn}
        setClosesOn={setClosesOn}
        questions={questions}
        setQuestions={setQuestions}
        questionsLocked={false}
        error={error}
      />
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("evaluation.round.open")}
      </button>
    </form>
  );
}
