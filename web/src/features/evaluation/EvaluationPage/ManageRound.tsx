import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { EvaluationRound } from "../types.ts";
import type { PageContext } from "./context.ts";
import { RoundFields } from "./RoundFields.tsx";

/** The coordinator's changes to an opened round, and closing it. */
export function ManageRound({ ctx, round }: { ctx: PageContext; round: EvaluationRound }) {
  const { t } = useTranslation();
  const prefix = "round-edit";
  const [open, setOpen] = useState(false);
  const [intro, setIntro] = useState(round.intro);
  const [closesOn, setClosesOn] = useState(round.closesOn);
  const [questions, setQuestions] = useState(round.questions.map((q) => q.text));
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<EvaluationRound>({ version: round.version, prefix });
  const locked = round.respondents > 0;

  const submit = (close: boolean) => {
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) problems[`${prefix}-closesOn`] = t("validation.invalid_date");
    if (!locked)
      questions.forEach((q, i) => {
        if (!q.trim()) problems[`${prefix}-questions.${i}`] = t("evaluation.round.emptyQuestion");
      });
    const body = {
      version: version ?? round.version,
      intro,
      closesOn,
      questions: locked ? round.questions.map((q) => q.text) : questions,
      close,
    };
    const path = { networkId: ctx.networkId, cycleId: ctx.data.cycle.id };
    void save(() => ok(client.PATCH("/api/networks/{networkId}/cycles/{cycleId}/evaluation/round", { params: { path }, body })), {
      problems,
      saved: (o) => {
        if (o.round) setVersion(o.round.version);
        ctx.setData(o);
        setOpen(false);
        ctx.announce(close ? t("evaluation.round.closedNow") : t("evaluation.round.saved"), "ev-round-heading");
      },
      conflict: () => {
        setOpen(true);
        void ctx.reload();
      },
    });
  };

  return (
    <div className="ev-manage">
      <h3>{t("evaluation.round.manageHeading")}</h3>
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("evaluation.round.conflict")}</p>
          <dl className="facts">
            <dt>{t("evaluation.round.introLabel")}</dt>
            <dd className="prose">{conflict.intro || t("common.notSet")}</dd>
            <dt>{t("evaluation.round.closesOnLabel")}</dt>
            <dd>{formatDay(conflict.closesOn)}</dd>
            <dt>{t("evaluation.round.statusLabel")}</dt>
            <dd>{conflict.status === "open" ? t("evaluation.round.statusOpen") : t("evaluation.round.statusClosed")}</dd>
            <dt>{t("evaluation.round.questionsLegend")}</dt>
            <dd>{conflict.questions.map((q) => q.text).join(" · ") || t("evaluation.round.noQuestions")}</dd>
          </dl>
        </div>
      ) : null}
      <FormError error={error} />
      <details className="ev-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t("evaluation.round.edit")}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(false);
          }}
          noValidate
          className="ev-form"
        >
          <RoundFields
            prefix={prefix}
            intro={intro}
            setIntro={setIntro}
            closesOn={closesOn}
            setClosesOn={setClosesOn}
            questions={questions}
            setQuestions={setQuestions}
            questionsLocked={locked}
            error={error}
          />
          {round.closedAt ? <p className="hint">{t("evaluation.round.reopenHint")}</p> : null}
          <button type="submit" className="primary" aria-disabled={busy || undefined}>
            {round.closedAt ? t("evaluation.round.reopen") : t("evaluation.round.save")}
          </button>
        </form>
      </details>
      {round.status === "open" ? (
        <p>
          <button
            type="button"
            className="danger"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (window.confirm(t("evaluation.round.confirmClose"))) submit(true);
            }}
          >
            {t("evaluation.round.close")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
