import { type FormEvent, Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { ConflictNote, FormError, TextArea } from "../../../components/Form.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { formatDate } from "../../../i18n.ts";
import type { EvaluationRound, MyEvaluation } from "../types.ts";
import type { PageContext } from "./context.ts";

const RATING_NONE = "none";

/** The member's own evaluation: each goal rated 1–5 or "can't say" with an optional comment, and the network's questions. */
export function AnswerForm({ ctx, round }: { ctx: PageContext; round: EvaluationRound }) {
  const { t } = useTranslation();
  const { data } = ctx;
  const mine = round.mine;
  const [ratings, setRatings] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.ratings ?? []).map((r) => [r.goalId, r.rating === null ? RATING_NONE : String(r.rating)])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.ratings ?? []).map((r) => [r.goalId, r.comment])),
  );
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.answers ?? []).map((a) => [a.questionId, a.text])),
  );
  const { busy, error, save, version, setVersion, conflict, clear } = useVersionedSave<MyEvaluation>({ version: mine?.version ?? null });
  // A stale save whose answer is no longer stored: the conflict shows without a stored answer, and the next save starts anew.
  const [gone, setGone] = useState(false);
  const [message, setMessage] = useState("");
  const scale = [
    t("evaluation.answer.rating1"),
    t("evaluation.answer.rating2"),
    t("evaluation.answer.rating3"),
    t("evaluation.answer.rating4"),
    t("evaluation.answer.rating5"),
  ];
  const options = [
    ...scale.map((label, i) => ({ value: String(i + 1), label })),
    { value: RATING_NONE, label: t("evaluation.answer.cantSay") },
  ];
  const ratingLabel = (r: number | null) => (r === null ? t("evaluation.answer.cantSay") : (scale[r - 1] ?? String(r)));
  const goalTitle = (id: string) => data.goals.find((g) => g.id === id)?.title ?? id;
  const questionText = (id: string) => round.questions.find((q) => q.id === id)?.text ?? id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage("");
    const body = {
      version,
      ratings: data.goals.map((g) => {
        const r = ratings[g.id];
        return { goalId: g.id, rating: r && r !== RATING_NONE ? Number(r) : null, comment: comments[g.id] ?? "" };
      }),
      answers: round.questions.map((q) => ({ questionId: q.id, text: answers[q.id] ?? "" })),
    };
    const path = { networkId: ctx.networkId, cycleId: data.cycle.id };
    void save(() => ok(client.PUT("/api/networks/{networkId}/cycles/{cycleId}/evaluation/mine", { params: { path }, body })), {
      saved: (o) => {
        setGone(false);
        setVersion(o.round?.mine?.version ?? null);
        ctx.setData(o);
        setMessage(t("evaluation.answer.saved"));
      },
      conflict: () => void ctx.reload(),
      failed: (err) => {
        if (!(err instanceof ApiError && err.status === 409)) return err;
        void ctx.reload();
        if (err.code !== "conflict") return err;
        clear();
        setGone(true);
        setVersion(null);
        return null;
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="ev-form ev-answer" aria-labelledby="ev-answer-heading">
      <h3 id="ev-answer-heading">{t("evaluation.answer.heading")}</h3>
      <p className="hint">{t("evaluation.answer.help", { min: data.minGroupSize })}</p>
      {mine ? <p className="meta">{t("evaluation.answer.answeredOn", { date: formatDate(mine.submittedAt, true) })}</p> : null}
      {conflict || gone ? (
        <ConflictNote alert message={t("evaluation.answer.conflict")}>
          {conflict ? (
            <dl className="facts">
              {conflict.ratings.map((r) => (
                <Fragment key={r.goalId}>
                  <dt>{goalTitle(r.goalId)}</dt>
                  <dd>
                    {ratingLabel(r.rating)}
                    {r.comment ? <span className="prose"> – {r.comment}</span> : null}
                  </dd>
                </Fragment>
              ))}
              {conflict.answers.map((a) => (
                <Fragment key={a.questionId}>
                  <dt>{questionText(a.questionId)}</dt>
                  <dd className="prose">{a.text || t("common.notSet")}</dd>
                </Fragment>
              ))}
            </dl>
          ) : null}
        </ConflictNote>
      ) : null}
      <FormError error={error} />
      {data.goals.length === 0 ? <p>{t("evaluation.answer.noGoals")}</p> : null}
      {data.goals.map((g) => (
        <div key={g.id} className="ev-answer-goal">
          <RadioGroup
            name={`rate-${g.id}`}
            legend={t("evaluation.answer.ratingLegend", { goal: g.title })}
            options={options}
            value={ratings[g.id]}
            onChange={(v) => setRatings({ ...ratings, [g.id]: v })}
          />
          <TextArea
            name={`rate-${g.id}-comment`}
            label={t("evaluation.answer.commentLabel", { goal: g.title })}
            rows={2}
            maxLength={2000}
            value={comments[g.id] ?? ""}
            onChange={(e) => setComments({ ...comments, [g.id]: e.target.value })}
          />
        </div>
      ))}
      {round.questions.map((q) => (
        <TextArea
          key={q.id}
          name={`answer-${q.id}`}
          label={q.text}
          rows={3}
          maxLength={4000}
          value={answers[q.id] ?? ""}
          onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
        />
      ))}
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {mine || version !== null ? t("evaluation.answer.update") : t("evaluation.answer.submit")}
      </button>
      <p className="status" role="status">
        {message}
      </p>
    </form>
  );
}
