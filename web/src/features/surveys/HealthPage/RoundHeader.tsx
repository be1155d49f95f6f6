import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { formatDate, formatDay } from "../../../i18n.ts";
import type { RoundResults } from "../types.ts";
import { useFormats } from "./format.ts";

export function RoundHeader({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const f = useFormats();
  const r = results.round;
  return (
    <Section id="round-heading" className="panel round-head" title={r.title}>
      <p className="meta">
        {t("surveys.health.dates", { opens: formatDay(r.opensOn), closes: formatDay(r.closesOn) })} ·{" "}
        <span className="badge quiet">{t(`surveys.health.status.${r.status}`)}</span> · {t(`surveys.health.level.${r.level}`)}
      </p>
      <p className="strong">
        {t("surveys.health.answered", {
          n: f.int(results.respondents),
          invited: f.int(results.invited),
          percent: f.pct(results.invited > 0 ? results.respondents / results.invited : 0),
        })}
      </p>
      {results.hidden ? (
        <p className="notice">
          {r.status === "open" ? t("surveys.health.hiddenOpen") : t("surveys.health.hidden", { min: results.minGroupSize })}
        </p>
      ) : null}
      {r.answersPurgedAt ? (
        <p className="notice">{t("surveys.health.answersPurged", { date: formatDate(r.answersPurgedAt) })}</p>
      ) : r.frozen ? (
        <p className="notice">{t("surveys.health.frozen")}</p>
      ) : null}
    </Section>
  );
}
