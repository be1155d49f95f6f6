import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import { TextList } from "../../../components/TextList.tsx";
import type { CycleReport } from "../types.ts";
import { useFormats } from "./useFormats.ts";

export function WrittenSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const e = report.evaluation;
  return (
    <Section id="report-written" className="report-part" title={t("report.written")}>
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
                {q.answers.length > 0 ? <TextList texts={q.answers} className="report-quotes" /> : <p>{t("report.noAnswers")}</p>}
              </div>
            ))
          )}
        </>
      )}
    </Section>
  );
}
