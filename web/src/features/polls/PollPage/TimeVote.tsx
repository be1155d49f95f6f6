import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { TIME_ANSWERS, type TimeAnswer } from "../../../../../src/domain/polls.ts";
import { ApiError } from "../../../api/client.ts";
import { optionName } from "../words.ts";
import { type VoteFormProps, VoteFrame } from "./voteForm.tsx";

/** A time poll's answers: yes, maybe or no for each candidate time, one row of radio buttons per time in a table. */
export function TimeVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const [answers, setAnswers] = useState<Record<string, TimeAnswer>>(poll.myVote?.kind === "time_poll" ? poll.myVote.answers : {});
  const problem = (id: string) => (error instanceof ApiError ? error.fields[`answers.${id}`] : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = Object.fromEntries(
      poll.options.filter((o) => !answers[o.id]).map((o) => [`answers.${o.id}`, t("polls.vote.answerMissing")]),
    );
    onSubmit({ answers }, problems);
  };
  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      <div className="table-wrap">
        <table className="poll-time-table">
          <caption>{t("polls.vote.timeCaption", { zone: poll.timeZone.replaceAll("_", " ") })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("polls.vote.time")}</th>
              {TIME_ANSWERS.map((a) => (
                <th key={a} scope="col">
                  {t(`polls.answer.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {poll.options.map((o) => {
              const name = optionName(o, i18n.language);
              const rowProblem = problem(o.id);
              return (
                <tr key={o.id} id={`field-answers.${o.id}`} className={rowProblem ? "field-invalid" : undefined}>
                  <th scope="row">
                    {name}
                    {rowProblem ? <span className="field-problem"> {rowProblem}</span> : null}
                  </th>
                  {TIME_ANSWERS.map((a) => (
                    <td key={a}>
                      <input
                        type="radio"
                        id={`${base}-${o.id}-${a}`}
                        name={`${base}-${o.id}`}
                        checked={answers[o.id] === a}
                        onChange={() => setAnswers((s) => ({ ...s, [o.id]: a }))}
                      />
                      <label htmlFor={`${base}-${o.id}-${a}`} className="visually-hidden">
                        {t("polls.vote.answerFor", { answer: t(`polls.answer.${a}`), time: name })}
                      </label>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </VoteFrame>
  );
}
