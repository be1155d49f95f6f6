import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { optionNames } from "../words.ts";
import { type VoteFormProps, VoteFrame } from "./voteForm.tsx";

type Move = "up" | "down" | "remove" | "add";

/**
 * Ranking options with buttons only, no dragging: each ranked option moves up or down or leaves the ranking, and each
 * unranked one joins it at the end. Focus stays with the option that moved, and a live region says where it went.
 */
export function RankedVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t, i18n } = useTranslation();
  const names = optionNames(poll.options, i18n.language);
  const [ranking, setRanking] = useState<string[]>(poll.myVote?.kind === "ranked_choice" ? poll.myVote.ranking : []);
  const [said, setSaid] = useState("");
  const box = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef<string | null>(null);
  const unranked = poll.options.filter((o) => !ranking.includes(o.id));
  const problem = error instanceof ApiError ? error.fields.ranking : undefined;

  useEffect(() => {
    if (!focusNext.current) return;
    box.current?.querySelector<HTMLElement>(`[data-focus="${focusNext.current}"]`)?.focus();
    focusNext.current = null;
  });

  const act = (id: string, move: Move) => {
    const name = names.get(id) ?? "";
    const i = ranking.indexOf(id);
    let next = ranking;
    if (move === "up" && i > 0) next = [...ranking.slice(0, i - 1), id, ranking[i - 1] as string, ...ranking.slice(i + 1)];
    else if (move === "down" && i >= 0 && i < ranking.length - 1)
      next = [...ranking.slice(0, i), ranking[i + 1] as string, id, ...ranking.slice(i + 2)];
    else if (move === "remove") next = ranking.filter((r) => r !== id);
    else if (move === "add") next = [...ranking, id];
    else return;
    setRanking(next);
    const place = next.indexOf(id) + 1;
    setSaid(place > 0 ? t("polls.rank.nowAt", { option: name, place }) : t("polls.rank.removed", { option: name }));
    // The same button of the moved option keeps focus; joining or leaving the ranking moves it to the option's new list.
    focusNext.current = move === "add" ? `${id}-remove` : move === "remove" ? `${id}-add` : `${id}-${move}`;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ ranking }, ranking.length === 0 ? { ranking: t("polls.rank.empty") } : {});
  };

  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      <fieldset ref={box} className={`radio-group poll-ranking${problem ? " field-invalid" : ""}`} id="field-ranking">
        <legend>{t("polls.rank.legend")}</legend>
        <p className="hint">{t("polls.rank.hint")}</p>
        {problem ? <p className="field-problem">{problem}</p> : null}
        <h3 id="ranked-heading">{t("polls.rank.ranked")}</h3>
        {ranking.length === 0 ? (
          <p>{t("polls.rank.noneRanked")}</p>
        ) : (
          <ol className="plain poll-rank-list" aria-labelledby="ranked-heading">
            {ranking.map((id, i) => {
              const name = names.get(id) ?? "";
              return (
                <li key={id} className="poll-rank-row">
                  <span className="poll-rank-place" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <span className="poll-rank-name">
                    <span className="visually-hidden">{t("polls.rank.place", { place: i + 1 })} </span>
                    {name}
                  </span>
                  <span className="poll-rank-actions">
                    <button
                      type="button"
                      data-focus={`${id}-up`}
                      aria-disabled={i === 0}
                      aria-label={t("polls.rank.up", { option: name })}
                      onClick={() => act(id, "up")}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-focus={`${id}-down`}
                      aria-disabled={i === ranking.length - 1}
                      aria-label={t("polls.rank.down", { option: name })}
                      onClick={() => act(id, "down")}
                    >
                      ↓
                    </button>
                    <button type="button" data-focus={`${id}-remove`} className="link-button" onClick={() => act(id, "remove")}>
                      {t("polls.rank.remove")}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <h3 id="unranked-heading">{t("polls.rank.unranked")}</h3>
        {unranked.length === 0 ? (
          <p>{t("polls.rank.allRanked")}</p>
        ) : (
          <ul className="plain poll-rank-list" aria-labelledby="unranked-heading">
            {unranked.map((o) => {
              const name = names.get(o.id) ?? "";
              return (
                <li key={o.id} className="poll-rank-row">
                  <span className="poll-rank-name">{name}</span>
                  <span className="poll-rank-actions">
                    <button type="button" data-focus={`${o.id}-add`} onClick={() => act(o.id, "add")}>
                      {t("polls.rank.add")}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p className="visually-hidden" role="status">
          {said}
        </p>
      </fieldset>
    </VoteFrame>
  );
}
