import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { useConfirm } from "../../../components/ConfirmButton.tsx";
import { ConflictNote, FormError } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { EvaluationRound } from "../types.ts";
import type { PageContext } from "./context.ts";
import { RoundFields, useRoundDraft } from "./RoundFields.tsx";

/** The coordinator's changes to an opened round, and closing it. */
export function ManageRound({ ctx, round }: { ctx: PageContext; round: EvaluationRound }) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const [open, setOpen] = useState(false);
  const prefix = "round-edit";
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<EvaluationRound>({ version: round.version, prefix });
  const fields = useRoundDraft(
    prefix,
    { intro: round.intro, closesOn: round.closesOn, questions: round.questions.map((q) => q.text) },
    error,
  );
  const locked = round.respondents > 0;

  const submit = (close: boolean) => {
    const { intro, closesOn, questions } = fields.draft;
    const body = {
      version: version ?? round.version,
      intro,
      closesOn,
      questions: locked ? round.questions.map((q) => q.text) : questions,
      close,
    };
    const path = { networkId: ctx.networkId, cycleId: ctx.data.cycle.id };
    void save(() => ok(client.PATCH("/api/networks/{networkId}/cycles/{cycleId}/evaluation/round", { params: { path }, body })), {
      problems: fields.problems(locked),
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
        <ConflictNote alert message={t("evaluation.round.conflict")}>
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
        </ConflictNote>
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
          <RoundFields round={fields} questionsLocked={locked} />
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
              void ask({ question: t("evaluation.round.confirmClose") }).then((yes) => yes && submit(true));
            }}
          >
            {t("evaluation.round.close")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
