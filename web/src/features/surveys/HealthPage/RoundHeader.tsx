import { useTranslation } from "react-i18next";
import { formatDate, formatDay } from "../../../i18n.ts";
import type { RoundResults } from "../types.ts";
import { useFormats } from "./format.ts";

export function RoundHeader({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const f = useFormats();
  const r = results.round;
  return (
    <section aria-labelledby="round-heading" className="panel round-head">
      <h2 id="round-heading">{r.title}</h2>
      <p className="meta">
        {t("surveysUi.health.dates", { opens: formatDay(r.opensOn), closes: formatDay(r.closesOn) })} ·{" "}
        <span className="badge quiet">{t(`surveysUi.health.status.${r.status}`)}</span> · {t(`surveysUi.health.level.${r.level}`)}
      </p>
      <p className="strong">
        {t("surveysUi.health.answered", {
          n: f.int(results.respondents),
          invited: f.int(results.invited),
          percent: f.pct(results.invited > 0 ? results.respondents / results.invited : 0),
        })}
      </p>
      {results.hidden ? (
        <p className="notice">
          {r.status === "open" ? t("surveysUi.health.hiddenOpen") : t("surveysUi.health.hidden", { min: results.minGroupSize })}
        </p>
      ) : null}
      {r.answersPurgedAt ? (
        <p className="notice">{t("surveysUi.health.answersPurged", { date: formatDate(r.answersPurgedAt) })}</p>
      ) : r.frozen ? (
        <p className="notice">{t("surveysUi.health.frozen")}</p>
      ) : null}
    </section>
  );
}
