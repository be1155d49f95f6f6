import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatDay } from "../../../i18n.ts";
import type { SurveyRound } from "../types.ts";

export function RoundPicker({ rounds, selected }: { rounds: SurveyRound[]; selected: string }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [choice, setChoice] = useState(selected);
  const go = (e: FormEvent) => {
    e.preventDefault();
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set("round", choice);
      return next;
    });
  };
  if (rounds.length < 2) return null;
  return (
    <form className="round-picker" onSubmit={go}>
      <label htmlFor="health-round">{t("surveys.health.chooseRound")}</label>
      <select id="health-round" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {t("surveys.health.roundOption", { title: r.title, closes: formatDay(r.closesOn) })}
          </option>
        ))}
      </select>
      <button type="submit">{t("surveys.health.show")}</button>
    </form>
  );
}
