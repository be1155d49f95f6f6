import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MAX_OPTIONS } from "../../../../../src/domain/polls.ts";
import { ApiError } from "../../../api/client.ts";
import { TextField } from "../../../components/Form.tsx";
import { newOption, type OptionDraft } from "./draft.ts";

/**
 * The options of a poll: a label each, or for a time poll a date with start and end times in the poll's time zone.
 * Adding an option moves focus to its first input; removing one moves it to the option before (or the add button).
 */
export function OptionsEditor({
  options,
  timePoll,
  timeZone,
  onChange,
  error,
}: {
  options: OptionDraft[];
  timePoll: boolean;
  timeZone: string;
  onChange: (options: OptionDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAt = useRef<number | null>(null);
  const problem = error instanceof ApiError ? error.fields.options : undefined;

  useEffect(() => {
    if (focusAt.current === null) return;
    const index = focusAt.current;
    focusAt.current = null;
    const input = index < 0 ? null : list.current?.querySelectorAll<HTMLElement>("li")[index]?.querySelector("input");
    (input ?? addButton.current)?.focus();
  });

  const set = (i: number, patch: Partial<OptionDraft>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const add = () => {
    const last = options.at(-1);
    // A time poll's next candidate starts from the last one's times, so a series of similar slots is quick to enter.
    onChange([...options, timePoll && last ? { ...newOption(), date: last.date, start: last.start, end: last.end } : newOption()]);
    focusAt.current = options.length;
  };
  const remove = (i: number) => {
    onChange(options.filter((_, j) => j !== i));
    focusAt.current = i - 1;
  };

  return (
    <fieldset className={`poll-options${problem ? " field-invalid" : ""}`} id="field-options">
      <legend>{timePoll ? t("polls.form.times") : t("polls.form.options")}</legend>
      <p className="hint">{timePoll ? t("polls.form.timesHint", { zone: timeZone.replaceAll("_", " ") }) : t("polls.form.optionsHint")}</p>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <ol ref={list} className="plain poll-option-list">
        {options.map((o, i) => {
          const number = i + 1;
          return (
            <li key={o.key} className="poll-option-row">
              {timePoll ? (
                <div className="poll-when">
                  <TextField
                    name={`options.${i}.start`}
                    type="date"
                    label={t("polls.form.timeDate", { number })}
                    value={o.date}
                    onChange={(e) => set(i, { date: e.target.value })}
                    error={error}
                    required
                  />
                  <TextField
                    name={`options.${i}.from`}
                    type="time"
                    label={t("polls.form.timeStart", { number })}
                    value={o.start}
                    onChange={(e) => set(i, { start: e.target.value })}
                    error={error}
                    required
                  />
                  <TextField
                    name={`options.${i}.end`}
                    type="time"
                    label={t("polls.form.timeEnd", { number })}
                    value={o.end}
                    onChange={(e) => set(i, { end: e.target.value })}
                    error={error}
                    required
                  />
                </div>
              ) : (
                <TextField
                  name={`options.${i}.label`}
                  label={t("polls.form.optionLabel", { number })}
                  value={o.label}
                  onChange={(e) => set(i, { label: e.target.value })}
                  error={error}
                  maxLength={300}
                  required
                />
              )}
              {options.length > 2 ? (
                <button type="button" className="link-button" onClick={() => remove(i)}>
                  {t(timePoll ? "polls.form.removeTime" : "polls.form.removeOption", { number })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" ref={addButton} onClick={add} disabled={options.length >= MAX_OPTIONS}>
        {timePoll ? t("polls.form.addTime") : t("polls.form.addOption")}
      </button>
    </fieldset>
  );
}
