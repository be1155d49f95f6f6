import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Page.tsx";
import type { CycleReport } from "../types.ts";
import { ReportTable } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function MeetingsSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <Section id="report-meetings" className="report-part" title={t("report.meetings")}>
      {report.meetings.length === 0 ? (
        <p>{t("report.noMeetings")}</p>
      ) : (
        <ReportTable
          caption={t("report.meetingsHeld")}
          columns={[
            t("report.meeting"),
            t("report.date"),
            { label: t("report.attended"), numeric: true },
            { label: t("report.feedback"), numeric: true },
          ]}
        >
          {report.meetings.map((m, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no ids here and keep the server's order
            <tr key={n}>
              <td className="report-long">
                <span className="strong">{m.title}</span>
                {m.purpose ? <span className="report-sub">{m.purpose}</span> : null}
              </td>
              <td className="nowrap">{f.day(m.start)}</td>
              <td className="num">
                {m.attended} / {m.invited}
              </td>
              <td className="num">{m.feedback !== null ? f.num(m.feedback) : m.feedbackRespondents > 0 ? t("report.hiddenShort") : "–"}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </Section>
  );
}
