import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Evaluation } from "../types.ts";

export function CyclePicker({ data, onChoose }: { data: Evaluation; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(data.cycle.id);
  return (
    <form
      className="ev-cycle-picker"
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(choice);
      }}
    >
      <label htmlFor="ev-cycle">{t("evaluation.cycle.choose")}</label>
      <select id="ev-cycle" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {[...data.cycles].reverse().map((c) => (
          <option key={c.id} value={c.id}>
            {t("evaluation.cycle.option", { name: c.name })}
          </option>
        ))}
      </select>
      <button type="submit">{t("evaluation.cycle.show")}</button>
    </form>
  );
}
