import { useTranslation } from "react-i18next";
import { formatDate, formatDay } from "../../../i18n.ts";
import type { HistoryItem } from "./types.ts";

/** A promise's history, oldest first: each change with what was promised then, the note and the factors named. */
export function HistoryList({ history }: { history: HistoryItem[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t("promises.history.none")}</p>;
  return (
    <ol className="timeline">
      {history.map((h, i) => {
        const barriers = h.factors.filter((f) => f.kind === "barrier").map((f) => t(`promises.factor.${f.factor}`));
        const enablers = h.factors.filter((f) => f.kind === "enabler").map((f) => t(`promises.factor.${f.factor}`));
        const previous = history[i - 1];
        return (
          <li key={`${h.changedAt}-${h.state}`}>
            <p className="meta">
              <time dateTime={h.changedAt}>{formatDate(h.changedAt, true)}</time>
              {" · "}
              {h.changedByName ?? t("promises.formerMember")}
            </p>
            <p className="strong">{t(`promises.state.${h.state}`)}</p>
            {!previous || previous.dueOn !== h.dueOn ? <p>{t("promises.history.dueOn", { date: formatDay(h.dueOn) })}</p> : null}
            {!previous || previous.text !== h.text ? <p className="prose">{t("promises.history.text", { text: h.text })}</p> : null}
            {h.note ? <p className="prose">{t("promises.history.note", { note: h.note })}</p> : null}
            {barriers.length ? <p>{t("promises.history.barriers", { factors: barriers.join(", ") })}</p> : null}
            {enablers.length ? <p>{t("promises.history.enablers", { factors: enablers.join(", ") })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
