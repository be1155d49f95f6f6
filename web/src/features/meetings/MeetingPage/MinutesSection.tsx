import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import type { components } from "../../../api/schema.d.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { ConflictNote, FormError, TextArea } from "../../../components/Form.tsx";
import { Loaded, Section, Status } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import type { Meeting } from "../types.ts";

type Minutes = components["schemas"]["MeetingMinutes"];

/** Where the minutes stand: composed, a draft, approved by whom, sent when. */
function MinutesStatus({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <>
      {minutes.approvedAt ? (
        <p>{t("meetings.record.approvedAt", { date: formatDate(minutes.approvedAt, true), by: minutes.approvedByName ?? "–" })}</p>
      ) : (
        <p className="meta">{minutes.saved ? t("meetings.record.draft") : t("meetings.record.generated")}</p>
      )}
      {minutes.sentAt ? <p>{t("meetings.record.sentAt", { date: formatDate(minutes.sentAt, true) })}</p> : null}
    </>
  );
}

/** The planner's draft: edited in a textarea, saved with its version, approved once (after which it is frozen). */
function MinutesEditor({
  networkId,
  meetingId,
  minutes,
  onChange,
}: {
  networkId: string;
  meetingId: string;
  minutes: Minutes;
  onChange: (m: Minutes) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(minutes.text ?? "");
  const [conflict, setConflict] = useState(false);
  const { busy, error, save, saved } = useSave("minutes");
  const path = { path: { networkId, meetingId } };
  const stale = (err: unknown) => {
    if (err instanceof ApiError && err.status === 409 && err.current) {
      const current = err.current as Minutes;
      setText(current.text ?? "");
      setConflict(true);
      onChange(current);
      return null;
    }
    return err;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConflict(false);
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/minutes", { params: path, body: { version: minutes.version, text } }),
        ),
      {
        saved: onChange,
        failed: stale,
      },
    );
  };
  const approve = () => {
    setConflict(false);
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/meetings/{meetingId}/minutes/approve", {
            params: path,
            body: { version: minutes.version },
          }),
        ),
      {
        saved: onChange,
        failed: stale,
      },
    );
  };
  const unsaved = text !== (minutes.text ?? "");
  return (
    <form onSubmit={submit} noValidate>
      {conflict ? <ConflictNote message={t("meetings.record.conflict")} /> : <FormError error={error} />}
      <TextArea
        name="minutes-text"
        label={t("meetings.record.label")}
        rows={18}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
      />
      <div className="toolbar">
        <button type="submit" disabled={busy}>
          {t("meetings.record.save")}
        </button>
        {/* Approving takes the text as last saved, so an unsaved edit must be saved first. */}
        <ConfirmButton
          label={t("meetings.record.approve")}
          question={t("meetings.record.approveConfirm")}
          disabled={busy || unsaved}
          onConfirm={approve}
        />
      </div>
      {saved ? <Status>{t("meetings.record.saved")}</Status> : null}
    </form>
  );
}

/** The meeting's minutes: composed from notes, decisions and promises, edited and approved by planners, sent to participants. */
export function MinutesSection({ networkId, meeting }: { networkId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const path = { path: { networkId, meetingId: meeting.id } };
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/meetings/{meetingId}/minutes", { params: path })),
    `minutes:${networkId}:${meeting.id}`,
  );
  const sending = useSave("minutes-send");
  const [done, setDone] = useState<"approved" | "sent" | null>(null);
  const change = (m: Minutes) => {
    if (m.approvedAt && !data?.approvedAt) setDone("approved");
    setData(m);
  };
  const send = () =>
    void sending.save(() => ok(client.POST("/api/networks/{networkId}/meetings/{meetingId}/minutes/send", { params: path })), {
      saved: (m) => {
        setData(m);
        setDone("sent");
      },
    });
  return (
    <Section id="minutes-heading" className="panel" title={t("meetings.record.heading")}>
      <Loaded data={data} error={error}>
        {(minutes) => (
          <>
            {minutes.canEdit ? <p className="hint meeting-help">{t("meetings.record.helpPlan")}</p> : null}
            {minutes.text === null ? <p className="meta">{t("meetings.record.notYet")}</p> : <MinutesStatus minutes={minutes} />}
            {minutes.canEdit ? (
              <MinutesEditor networkId={networkId} meetingId={meeting.id} minutes={minutes} onChange={change} />
            ) : minutes.text !== null ? (
              <div className="prose">{minutes.text}</div>
            ) : null}
            {minutes.canSend ? (
              <p className="no-print">
                <ConfirmButton
                  label={t("meetings.record.send")}
                  question={t("meetings.record.sendConfirm")}
                  disabled={sending.busy}
                  onConfirm={send}
                />
              </p>
            ) : null}
            <FormError error={sending.error} />
            {done ? <Status>{t(done === "sent" ? "meetings.record.sent" : "meetings.record.approved")}</Status> : null}
            {minutes.downloadUrl ? (
              <p className="no-print">
                <a href={minutes.downloadUrl} download>
                  {t("meetings.record.download")}
                </a>
              </p>
            ) : null}
          </>
        )}
      </Loaded>
    </Section>
  );
}
