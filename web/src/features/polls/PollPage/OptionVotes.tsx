import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SCORE_MAX } from "../../../../../src/domain/polls.ts";
import { ApiError } from "../../../api/client.ts";
import { ChoiceGroup } from "../ChoiceGroup.tsx";
import { optionName } from "../words.ts";
import { type VoteFormProps, VoteFrame } from "./voteForm.tsx";

const fieldProblem = (error: unknown, name: string) => (error instanceof ApiError ? error.fields[name] : undefined);

/** Choosing options: radio buttons when one may be chosen, checkboxes with the limit and a running count otherwise. */
export function ChooseVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const [chosen, setChosen] = useState<string[]>(poll.myVote?.kind === "choose" ? poll.myVote.optionIds : []);
  const max = poll.maxChoices;
  const problem = fieldProblem(error, "optionIds");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (chosen.length === 0) problems.optionIds = t("polls.voteError.too_few");
    else if (chosen.length > max) problems.optionIds = t("polls.vote.tooMany", { count: max });
    onSubmit({ optionIds: chosen }, problems);
  };
  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      {max === 1 ? (
        <ChoiceGroup
          name="optionIds"
          legend={t("polls.vote.chooseOneOption")}
          choices={poll.options.map((o) => ({ value: o.id, label: optionName(o, i18n.language) }))}
          value={chosen[0]}
          onChange={(v) => setChosen([v])}
          error={problem}
        />
      ) : (
        <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id="field-optionIds">
          <legend>{t("polls.vote.chooseUpTo", { count: max })}</legend>
          {problem ? <p className="field-problem">{problem}</p> : null}
          <p className="status" role="status">
            {t("polls.vote.chosenOf", { chosen: chosen.length, max })}
          </p>
          <ul className="plain">
            {poll.options.map((o) => (
              <li key={o.id} className="field checkbox">
                <input
                  type="checkbox"
                  id={`${base}-${o.id}`}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id))}
                />
                <label htmlFor={`${base}-${o.id}`}>{optionName(o, i18n.language)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </VoteFrame>
  );
}

/** Spreading dots over options: a number per option with −/+ buttons, and how many dots are left. */
export function DotVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const [dots, setDots] = useState<Record<string, number>>(poll.myVote?.kind === "dot_vote" ? poll.myVote.dots : {});
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = poll.dots - used;
  const problem = fieldProblem(error, "dots");
  const setFor = (id: string, n: number) => setDots((d) => ({ ...d, [id]: Math.max(0, Math.min(poll.dots, Math.round(n) || 0)) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (used === 0) problems.dots = t("polls.vote.noDots");
    else if (left < 0) problems.dots = t("polls.vote.tooManyDots", { count: poll.dots });
    onSubmit({ dots: Object.fromEntries(Object.entries(dots).filter(([, n]) => n > 0)) }, problems);
  };
  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      <fieldset className={`radio-group${problem ? " field-invalid" : ""}`} id="field-dots">
        <legend>{t("polls.vote.spreadDots", { count: poll.dots })}</legend>
        {problem ? <p className="field-problem">{problem}</p> : null}
        <p className={`status${left < 0 ? " field-problem" : ""}`} role="status">
          {left >= 0 ? t("polls.vote.dotsLeft", { count: left }) : t("polls.vote.dotsOver", { count: -left })}
        </p>
        <ul className="plain poll-dots">
          {poll.options.map((o) => {
            const name = optionName(o, i18n.language);
            const n = dots[o.id] ?? 0;
            const itemProblem = fieldProblem(error, `dots.${o.id}`);
            return (
              <li key={o.id} className="poll-dot-row" id={`field-dots.${o.id}`}>
                <label htmlFor={`${base}-${o.id}`}>{name}</label>
                {itemProblem ? <p className="field-problem">{itemProblem}</p> : null}
                <div className="poll-stepper">
                  <button
                    type="button"
                    aria-label={t("polls.vote.lessDots", { option: name })}
                    aria-disabled={n === 0}
                    onClick={() => n > 0 && setFor(o.id, n - 1)}
                  >
                    −
                  </button>
                  <input
                    id={`${base}-${o.id}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={poll.dots}
                    value={n}
                    onChange={(e) => setFor(o.id, Number(e.target.value))}
                  />
                  <button
                    type="button"
                    aria-label={t("polls.vote.moreDots", { option: name })}
                    aria-disabled={left <= 0}
                    onClick={() => left > 0 && setFor(o.id, n + 1)}
                  >
                    +
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </VoteFrame>
  );
}

/** Scoring every option from 0 to 5, each as a row of radio buttons. */
export function ScoreVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t, i18n } = useTranslation();
  const [scores, setScores] = useState<Record<string, number>>(poll.myVote?.kind === "score" ? poll.myVote.scores : {});
  const scale = Array.from({ length: SCORE_MAX + 1 }, (_, i) => String(i));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = Object.fromEntries(
      poll.options.filter((o) => scores[o.id] === undefined).map((o) => [`scores.${o.id}`, t("polls.vote.scoreMissing")]),
    );
    onSubmit({ scores }, problems);
  };
  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      <p className="hint">{t("polls.vote.scoreHint", { max: SCORE_MAX })}</p>
      {poll.options.map((o) => (
        <ChoiceGroup
          key={o.id}
          name={`scores.${o.id}`}
          legend={optionName(o, i18n.language)}
          choices={scale.map((s) => ({ value: s, label: s }))}
          value={scores[o.id] === undefined ? undefined : String(scores[o.id])}
          onChange={(v) => setScores((s) => ({ ...s, [o.id]: Number(v) }))}
          error={fieldProblem(error, `scores.${o.id}`)}
          inline
        />
      ))}
    </VoteFrame>
  );
}
