import { useTranslation } from "react-i18next";
import type { CycleReport } from "../types.ts";
import { useFormats } from "./useFormats.ts";

export function WrittenSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const e = report.evaluation;
  return (
    <section className="report-part" aria-labelledby="report-written">
      <h2 id="report-written">{t("report.written")}</h2>
      {!e ? (
        <p>{t("report.noEvaluation")}</p>
      ) : (
        <>
          <p>
            {t("report.respondents", { count: e.respondents })}{" "}
            {e.status === "open" ? t("report.evaluationOpen", { date: f.day(e.closesOn) }) : null}
          </p>
          {!e.shown ? (
            <p className="meta">{t("report.hiddenBelow", { min: report.minGroupSize, count: e.respondents })}</p>
          ) : e.questions.length === 0 ? (
            <p>{t("report.noQuestions")}</p>
          ) : (
            e.questions.map((q, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the questions keep their order and may share a wording
              <div key={k} className="report-question">
                <h3>{q.text}</h3>
                {q.answers.length > 0 ? (
                  <ul className="report-quotes">
                    {q.answers.map((a, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: anonymous answers may repeat and never reorder
                      <li key={j}>{a}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("report.noAnswers")}</p>
                )}
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}
