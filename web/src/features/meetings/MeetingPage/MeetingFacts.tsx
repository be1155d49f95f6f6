import { useTranslation } from "react-i18next";
import { formatDay } from "../../../i18n.ts";
import { formatWhen } from "../meetingUtil.ts";
import type { Meeting } from "../types.ts";

/** When and where the meeting is, what it is for and until when to answer. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t("meetings.details.when")}</dt>
      <dd>
        <time dateTime={meeting.start}>{formatWhen(meeting.start, meeting.end, i18n.language)}</time>
        {meeting.timeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone ? <span className="meta"> ({meeting.timeZone})</span> : null}
      </dd>
      {meeting.place ? (
        <>
          <dt>{t("meetings.details.place")}</dt>
          <dd>{meeting.place}</dd>
        </>
      ) : null}
      {meeting.onlineUrl ? (
        <>
          <dt>{t("meetings.details.online")}</dt>
          <dd className="meeting-link">
            <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
              {meeting.onlineUrl}
              <span className="visually-hidden"> {t("meetings.details.newWindow")}</span>
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t("meetings.details.purpose")}</dt>
      <dd className="prose">{meeting.purpose || t("meetings.details.notGiven")}</dd>
      <dt>{t("meetings.details.expectedOutcome")}</dt>
      <dd className="prose">{meeting.expectedOutcome || t("meetings.details.notGiven")}</dd>
      <dt>{t("meetings.details.rsvpDeadline")}</dt>
      <dd>{meeting.rsvpDeadline ? formatDay(meeting.rsvpDeadline) : t("meetings.details.noDeadline")}</dd>
    </dl>
  );
}
