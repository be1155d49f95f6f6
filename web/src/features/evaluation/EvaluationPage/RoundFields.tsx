import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { todayIso } from "./format.ts";

export interface RoundDraft {
  intro: string;
  closesOn: string;
  questions: string[];
}

/**
 * A round form's draft, its fields named after `prefix` (that of the form's save, whose `error` they show),
 * and the problems the form finds itself: a closing date that is not a date, and (unless the questions are
 * locked) an empty question.
 */
export function useRoundDraft(prefix: string, initial: RoundDraft, error: unknown) {
  const { t } = useTranslation();
  const { draft, setDraft, field } = useDraft(initial, { error, savePrefix: prefix });
  const problems = (questionsLocked: boolean) => {
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.closesOn)) found[`${prefix}-closesOn`] = t("validation.invalid_date");
    if (!questionsLocked)
      draft.questions.forEach((q, i) => {
        if (!q.trim()) found[`${prefix}-questions.${i}`] = t("evaluation.round.emptyQuestion");
      });
    return found;
  };
  return { prefix, draft, setDraft, field, problems, error };
}

/** The round's introduction, closing date and the network's own questions (rows added and removed). */
export function RoundFields({ round, questionsLocked }: { round: ReturnType<typeof useRoundDraft>; questionsLocked: boolean }) {
  const { t } = useTranslation();
  const { prefix, draft, setDraft, field, error } = round;
  const { questions } = draft;
  const setQuestions = (q: string[]) => setDraft((d) => ({ ...d, questions: q }));
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow < 0) addButton.current?.focus();
    else document.getElementById(`field-${prefix}-questions.${focusRow}`)?.focus();
    setFocusRow(null);
  }, [focusRow, prefix]);
  const problem = error instanceof ApiError ? error.fields[`${prefix}-questions`] : undefined;
  return (
    <>
      <TextArea
        {...field("intro")}
        label={t("evaluation.round.introLabel")}
        hint={t("evaluation.round.introHint")}
        rows={4}
        maxLength={4000}
      />
      <TextField {...field("closesOn")} type="date" label={t("evaluation.round.closesOnLabel")} min={todayIso()} />
      <fieldset className={`checkbox-list ev-questions${problem ? " field-invalid" : ""}`} id={`field-${prefix}-questions`}>
        <legend>{t("evaluation.round.questionsLegend")}</legend>
        {problem ? <p className="field-problem">{problem}</p> : null}
        {questionsLocked ? (
          <>
            <p className="hint">{t("evaluation.round.questionsLocked")}</p>
            {questions.length === 0 ? (
              <p>{t("evaluation.round.noQuestions")}</p>
            ) : (
              <ol>
                {questions.map((q, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the questions are fixed here
                  <li key={i}>{q}</li>
                ))}
              </ol>
            )}
          </>
        ) : (
          <>
            <p className="hint">{t("evaluation.round.questionsHint")}</p>
            {questions.map((q, i) => (
              // Rows are edited in place and only appended or removed; the index is their identity while the form is open.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <div className="ev-question-row" key={i}>
                <TextField
                  name={`${prefix}-questions.${i}`}
                  label={t("evaluation.round.questionLabel", { n: i + 1 })}
                  maxLength={1000}
                  value={q}
                  onChange={(e) => setQuestions(questions.map((x, j) => (j === i ? e.target.value : x)))}
                  error={error}
                />
                <button
                  type="button"
                  className="danger ev-small"
                  onClick={() => {
                    setQuestions(questions.filter((_, j) => j !== i));
                    setFocusRow(questions.length > 1 ? Math.max(0, i - 1) : -1);
                  }}
                >
                  {t("evaluation.round.removeQuestion")}
                  <span className="visually-hidden"> {i + 1}</span>
                </button>
              </div>
            ))}
            <button
              type="button"
              ref={addButton}
              disabled={questions.length >= 20}
              onClick={() => {
                setQuestions([...questions, ""]);
                setFocusRow(questions.length);
              }}
            >
              {t("evaluation.round.addQuestion")}
            </button>
          </>
        )}
      </fieldset>
    </>
  );
}
