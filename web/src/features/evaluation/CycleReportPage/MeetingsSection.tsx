import { useTranslation } from "react-i18next";
import type { CycleReport } from "../types.ts";
import { TableFrame } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function MeetingsSection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <section className="report-part" aria-labelledby="report-meetings">
      <h2 id="report-meetings">{t("report.meetings")}</h2>
      {report.meetings.length === 0 ? (
        <p>{t("report.noMeetings")}</p>
      ) : (
        <TableFrame caption={t("report.meetingsHeld")}>
          <thead>
            <tr>
              <th scope="col">{t("report.meeting")}</th>
              <th scope="col">{t("report.date")}</th>
              <th scope="col" className="num">
                {t("report.attended")}
              </th>
              <th scope="col" className="num">
                {t("report.feedback")}
              </th>
            </tr>
          </thead>
          <tbody>
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
                <td className="num">
                  {m.feedback !== null ? f.num(m.feedback) : m.feedbackRespondents > 0 ? t("report.hiddenShort") : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}
