import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "../surveys/health.css";
import { AgendaSection } from "./AgendaSection.tsx";
import { FeedbackSection } from "./FeedbackSection.tsx";
import { MethodLibrary } from "./MethodLibrary.tsx";
import "./meetings.css";
import { fieldProblem, formatClock, formatDay, formatWhen, prefixed, todayIso } from "./meetingUtil.ts";
import { PeoplePicker } from "./PeoplePicker.tsx";
import { RsvpButtons } from "./parts.tsx";
import { SeatingSection } from "./SeatingSection.tsx";
import type { AgendaBlock, Meeting, Method, Rsvp } from "./types.ts";

const DECISION_RULES = ["consensus", "vote", "coordinator", "steering_group", "other"] as const;

interface SectionProps {
  networkId: string;
  meeting: Meeting;
  onChange: (m: Meeting) => void;
}

/** Purpose, expected outcome and answer deadline, edited by planners; a stale version reloads and keeps the edits. */
function DetailsEditor({
  networkId,
  meeting,
  onChange,
  reload,
  onDone,
}: SectionProps & { reload: () => Promise<void>; onDone: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState(meeting.purpose);
  const [expectedOutcome, setExpectedOutcome] = useState(meeting.expectedOutcome);
  const [rsvpDeadline, setRsvpDeadline] = useState(meeting.rsvpDeadline ?? "");
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const m = await api<Meeting>("PATCH", `/api/networks/${networkId}/meetings/${meeting.id}`, {
        version: meeting.version,
        purpose: purpose.trim(),
        expectedOutcome: expectedOutcome.trim(),
        rsvpDeadline: rsvpDeadline || null,
      });
      onChange(m);
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(true);
        await reload();
      }
      setError(prefixed(err, "details-"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="details-edit-heading" className="panel">
      <h2 id="details-edit-heading">{t("meetingsUi.details.editHeading")}</h2>
      {conflict ? <p className="conflict">{t("meetingsUi.details.conflict")}</p> : null}
      <FormError error={error} />
      <TextArea
        name="details-purpose"
        label={t("meetingsUi.details.purpose")}
        hint={t("meetingsUi.plan.purposeHint")}
        rows={3}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        error={error}
      />
      <TextArea
        name="details-expectedOutcome"
        label={t("meetingsUi.details.expectedOutcome")}
        hint={t("meetingsUi.plan.expectedOutcomeHint")}
        rows={3}
        value={expectedOutcome}
        onChange={(e) => setExpectedOutcome(e.target.value)}
        error={error}
      />
      <TextField
        name="details-rsvpDeadline"
        type="date"
        label={t("meetingsUi.details.rsvpDeadline")}
        hint={t("meetingsUi.plan.rsvpDeadlineHint")}
        value={rsvpDeadline}
        onChange={(e) => setRsvpDeadline(e.target.value)}
        error={error}
      />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {t("common.save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("meetingsUi.cancel")}
        </button>
      </div>
    </form>
  );
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t("meetingsUi.details.when")}</dt>
      <dd>
        <time dateTime={meeting.start}>{formatWhen(meeting.start, meeting.end, i18n.language)}</time>
        {meeting.timeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone ? <span className="meta"> ({meeting.timeZone})</span> : null}
      </dd>
      {meeting.place ? (
        <>
          <dt>{t("meetingsUi.details.place")}</dt>
          <dd>{meeting.place}</dd>
        </>
      ) : null}
      {meeting.onlineUrl ? (
        <>
          <dt>{t("meetingsUi.details.online")}</dt>
          <dd className="meeting-link">
            <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
              {meeting.onlineUrl}
              <span className="visually-hidden"> {t("meetingsUi.details.newWindow")}</span>
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t("meetingsUi.details.purpose")}</dt>
      <dd className="prose">{meeting.purpose || t("meetingsUi.details.notGiven")}</dd>
      <dt>{t("meetingsUi.details.expectedOutcome")}</dt>
      <dd className="prose">{meeting.expectedOutcome || t("meetingsUi.details.notGiven")}</dd>
      <dt>{t("meetingsUi.details.rsvpDeadline")}</dt>
      <dd>{meeting.rsvpDeadline ? formatDay(meeting.rsvpDeadline, i18n.language) : t("meetingsUi.details.noDeadline")}</dd>
    </dl>
  );
}

function ParticipantsSection({ networkId, meeting, onChange }: SectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [facilitatorIds, setFacilitatorIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const people = [...meeting.participants].sort((a, b) => a.name.localeCompare(b.name));
  const count = (r: Rsvp | null) => meeting.participants.filter((p) => p.rsvp === r).length;
  const attendanceKnown = meeting.attendanceRecordedAt !== null;
  const startEditing = () => {
    setParticipantIds(meeting.participants.map((p) => p.id));
    setFacilitatorIds(meeting.participants.filter((p) => p.facilitator).map((p) => p.id));
    setError(null);
    setMessage(null);
    setEditing(true);
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const m = await api<Meeting>("PUT", `/api/networks/${networkId}/meetings/${meeting.id}/participants`, {
        participantIds,
        facilitatorIds,
      });
      onChange(m);
      setEditing(false);
      setMessage(t("meetingsUi.participants.saved", { count: m.participants.length }));
    } catch (err) {
      setError(prefixed(err, "edit-"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="participants-heading" className="panel">
      <h2 id="participants-heading">{t("meetingsUi.participants.heading", { count: meeting.participants.length })}</h2>
      <p>
        {t("meetingsUi.participants.answers", {
          yes: count("yes"),
          maybe: count("maybe"),
          no: count("no"),
          none: count(null),
        })}
      </p>
      {message ? <Status>{message}</Status> : null}
      {people.length === 0 ? (
        <p>{t("meetingsUi.participants.none")}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-wrap" tabIndex={0} aria-labelledby="participants-caption">
          <table>
            <caption id="participants-caption" className="visually-hidden">
              {t("meetingsUi.participants.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("meetingsUi.participants.name")}</th>
                <th scope="col">{t("meetingsUi.participants.answer")}</th>
                {attendanceKnown ? <th scope="col">{t("meetingsUi.participants.attended")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.organisationName ? <span className="meta"> · {p.organisationName}</span> : null}
                    {p.facilitator ? (
                      <>
                        {" "}
                        <span className="badge">{t("meetingsUi.participants.facilitator")}</span>
                      </>
                    ) : null}
                  </th>
                  <td>{p.rsvp ? t(`meetingsUi.rsvp.${p.rsvp}`) : t("meetingsUi.rsvp.none")}</td>
                  {attendanceKnown ? (
                    <td>{p.attended ? t("meetingsUi.participants.present") : t("meetingsUi.participants.absent")}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {meeting.canPlan ? (
        editing ? (
          <form onSubmit={save} noValidate aria-labelledby="participants-edit-heading">
            <h3 id="participants-edit-heading">{t("meetingsUi.participants.editHeading")}</h3>
            <p className="hint meeting-help">{t("meetingsUi.participants.editHelp")}</p>
            <FormError error={error} />
            <PeoplePicker
              networkId={networkId}
              participantIds={participantIds}
              facilitatorIds={facilitatorIds}
              onChange={(ps, fs) => {
                setParticipantIds(ps);
                setFacilitatorIds(fs);
              }}
              error={error}
              prefix="edit-"
            />
            <div className="toolbar">
              <button type="submit" className="primary" disabled={busy}>
                {t("meetingsUi.participants.save")}
              </button>
              <button type="button" onClick={() => setEditing(false)}>
                {t("meetingsUi.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <p className="no-print">
            <button type="button" onClick={startEditing}>
              {t("meetingsUi.participants.edit")}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

/** One block's notes; a stale save shows the stored notes next to yours, to merge and save again. */
function NotesEditor({ networkId, meeting, block, onChange }: SectionProps & { block: AgendaBlock }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(block.notes);
  const [version, setVersion] = useState(block.notesVersion);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = `notes-${block.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      const m = await api<Meeting>("PUT", `/api/networks/${networkId}/meetings/${meeting.id}/blocks/${block.id}/notes`, { version, notes });
      const stored = m.agenda.find((b) => b.id === block.id);
      if (stored) setVersion(stored.notesVersion);
      setTheirs(null);
      setSaved(true);
      onChange(m);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) {
        const current = err.current as { notes: string; notesVersion: number };
        setTheirs(current.notes);
        setVersion(current.notesVersion);
      }
      setError(prefixed(err, `${name}-`));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      {theirs !== null ? (
        <div className="conflict">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("meetingsUi.notes.conflict")}</p>
          <p className="strong">{t("meetingsUi.notes.theirs")}</p>
          <p className="prose notes-theirs">{theirs || t("meetingsUi.notes.emptyTheirs")}</p>
          <div className="toolbar">
            <button type="button" onClick={() => setNotes((mine) => (mine.trim() ? `${theirs}\n\n${mine}` : theirs))}>
              {t("meetingsUi.notes.combine")}
            </button>
            <button type="button" onClick={() => setNotes(theirs)}>
              {t("meetingsUi.notes.useTheirs")}
            </button>
          </div>
        </div>
      ) : null}
      {theirs === null ? <FormError error={error} /> : null}
      <TextArea
        name={name}
        label={theirs !== null ? t("meetingsUi.notes.yours") : t("meetingsUi.notes.label", { block: block.title })}
        rows={5}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={error}
      />
      <button type="submit" disabled={busy}>
        {t("meetingsUi.notes.save")}
        <span className="visually-hidden">: {block.title}</span>
      </button>
      {saved ? <Status>{t("meetingsUi.notes.saved", { block: block.title })}</Status> : null}
    </form>
  );
}

function NotesSection({ networkId, meeting, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const blocks = [...meeting.agenda].sort((a, b) => a.startMinute - b.startMinute);
  return (
    <section aria-labelledby="notes-heading" className="panel">
      <h2 id="notes-heading">{t("meetingsUi.notes.heading")}</h2>
      <p className="hint meeting-help">{meeting.canWriteNotes ? t("meetingsUi.notes.helpWrite") : t("meetingsUi.notes.helpRead")}</p>
      {blocks.length === 0 ? <p>{t("meetingsUi.notes.noBlocks")}</p> : null}
      {blocks.map((b) => (
        <div key={b.id} className="notes-block">
          <h3>
            {formatClock(meeting.start, b.startMinute, i18n.language)} {b.title}
          </h3>
          {meeting.canWriteNotes ? (
            <NotesEditor networkId={networkId} meeting={meeting} block={b} onChange={onChange} />
          ) : b.notes ? (
            <p className="prose">{b.notes}</p>
          ) : (
            <p className="meta">{t("meetingsUi.notes.none")}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function AttendanceSection({ networkId, meeting, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Until someone is ticked by hand, the choice follows the answers as they come in (or the recorded attendance).
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const present =
    chosen ?? new Set(meeting.participants.filter((p) => (p.attended === null ? p.rsvp === "yes" : p.attended)).map((p) => p.id));
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const people = [...meeting.participants].sort((a, b) => a.name.localeCompare(b.name));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    setBusy(true);
    try {
      const m = await api<Meeting>("PUT", `/api/networks/${networkId}/meetings/${meeting.id}/attendance`, {
        presentIds: people.filter((p) => present.has(p.id)).map((p) => p.id),
      });
      onChange(m);
      setMessage(t("meetingsUi.attendance.saved", { count: present.size }));
    } catch (err) {
      setError(prefixed(err, "attendance-"));
    } finally {
      setBusy(false);
    }
  };
  const problem = fieldProblem(error, "attendance-presentIds");
  return (
    <section aria-labelledby="attendance-heading" className="panel no-print">
      <h2 id="attendance-heading">{t("meetingsUi.attendance.heading")}</h2>
      <p className="hint meeting-help">{t("meetingsUi.attendance.help")}</p>
      {meeting.attendanceRecordedAt ? (
        <p>{t("meetingsUi.attendance.recordedAt", { date: formatDay(meeting.attendanceRecordedAt, i18n.language) })}</p>
      ) : (
        <p>{t("meetingsUi.attendance.prefilled")}</p>
      )}
      {people.length === 0 ? (
        <p>{t("meetingsUi.participants.none")}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id="field-attendance-presentIds">
            <legend>{t("meetingsUi.attendance.legend")}</legend>
            {problem ? <p className="field-problem">{problem}</p> : null}
            <ul className="plain meeting-people-list">
              {people.map((p) => (
                <li key={p.id} className="field checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-${p.id}`}
                    checked={present.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(present);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setChosen(next);
                    }}
                  />
                  <label htmlFor={`${id}-${p.id}`}>
                    {p.name}
                    <span className="meta"> · {p.rsvp ? t(`meetingsUi.rsvp.${p.rsvp}`) : t("meetingsUi.rsvp.none")}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="primary" disabled={busy}>
            {t("meetingsUi.attendance.save")}
          </button>
          {message ? <Status>{message}</Status> : null}
        </form>
      )}
    </section>
  );
}

function DecisionSection({ networkId, meeting }: { networkId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [rule, setRule] = useState("");
  const [decidedOn, setDecidedOn] = useState(meeting.start.slice(0, 10));
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setRecorded(null);
    setBusy(true);
    try {
      await api("POST", `/api/networks/${networkId}/decisions`, {
        decidedOn,
        title: title.trim(),
        body: body.trim(),
        rule,
        participants: "",
        meetingId: meeting.id,
      });
      setRecorded(title.trim());
      setTitle("");
      setBody("");
      setRule("");
    } catch (err) {
      setError(prefixed(err, "decision-"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="decision-heading" className="panel no-print">
      <h2 id="decision-heading">{t("meetingsUi.decision.heading")}</h2>
      <p className="hint meeting-help">{t("meetingsUi.decision.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          name="decision-title"
          label={t("meetingsUi.decision.title")}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={error}
        />
        <TextArea
          name="decision-body"
          label={t("meetingsUi.decision.body")}
          required
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={error}
        />
        <SelectField
          name="decision-rule"
          label={t("meetingsUi.decision.rule")}
          required
          value={rule}
          onChange={(e) => setRule(e.target.value)}
          options={[
            { value: "", label: t("meetingsUi.decision.chooseRule") },
            ...DECISION_RULES.map((r) => ({ value: r, label: t(`decisions.rule.${r}`) })),
          ]}
          error={error}
        />
        <TextField
          name="decision-decidedOn"
          type="date"
          label={t("meetingsUi.decision.decidedOn")}
          required
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={error}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t("meetingsUi.decision.submit")}
        </button>
      </form>
      {recorded ? <Status>{t("meetingsUi.decision.recorded", { title: recorded })}</Status> : null}
      <p>
        <Link to={`/networks/${networkId}/decisions`}>{t("meetingsUi.decision.log")}</Link>
      </p>
    </section>
  );
}

function PromiseSection({
  networkId,
  meeting,
  myId,
  mayChooseWhose,
}: {
  networkId: string;
  meeting: Meeting;
  myId: string | null;
  mayChooseWhose: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [whose, setWhose] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = [...meeting.participants].filter((p) => p.id !== myId).sort((a, b) => a.name.localeCompare(b.name));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMade(null);
    setBusy(true);
    try {
      await api("POST", `/api/networks/${networkId}/promises`, {
        text: text.trim(),
        dueOn,
        promiserId: mayChooseWhose && whose ? whose : null,
        meetingId: meeting.id,
      });
      setMade(text.trim());
      setText("");
      setDueOn("");
      setWhose("");
    } catch (err) {
      setError(prefixed(err, "promise-"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="promise-heading" className="panel no-print">
      <h2 id="promise-heading">{t("meetingsUi.promise.heading")}</h2>
      <p className="hint meeting-help">{t("meetingsUi.promise.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextArea
          name="promise-text"
          label={t("meetingsUi.promise.text")}
          required
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        <TextField
          name="promise-dueOn"
          type="date"
          label={t("meetingsUi.promise.dueOn")}
          required
          min={todayIso()}
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={error}
        />
        {mayChooseWhose ? (
          <SelectField
            name="promise-promiserId"
            label={t("meetingsUi.promise.whose")}
            value={whose}
            onChange={(e) => setWhose(e.target.value)}
            options={[{ value: "", label: t("meetingsUi.promise.mine") }, ...others.map((p) => ({ value: p.id, label: p.name }))]}
            error={error}
          />
        ) : (
          <p className="hint meeting-help">{t("meetingsUi.promise.yours")}</p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("meetingsUi.promise.submit")}
        </button>
      </form>
      {made ? <Status>{t("meetingsUi.promise.made", { text: made })}</Status> : null}
      <p>
        <Link to={`/networks/${networkId}/promises`}>{t("meetingsUi.promise.ledger")}</Link>
      </p>
    </section>
  );
}

/** One meeting: what it is for, who comes, the agenda and its methods, seating, notes, and what came out of it. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { me } = useSession();
  const { meetingId } = useParams();
  const networkId = home.network.id;
  const { data: meeting, error, reload, setData } = useApi<Meeting>(`/api/networks/${networkId}/meetings/${meetingId}`);
  const methods = useApi<{ items: Method[] }>(`/api/networks/${networkId}/methods`);
  const [editingDetails, setEditingDetails] = useState(false);
  const [detailsSaved, setDetailsSaved] = useState(false);
  const myId = me?.networks.find((n) => n.id === networkId)?.personId ?? null;
  const back = (
    <p className="no-print">
      <Link to={`/networks/${networkId}/meetings`}>{t("meetingsUi.meeting.back")}</Link>
    </p>
  );
  if (!meeting) {
    return (
      <Page title={t("meetingsUi.meeting.title")}>
        {back}
        <FormError error={error} />
        {error ? null : <Loading />}
      </Page>
    );
  }
  const change = (m: Meeting) => setData(m);
  const canRecord = home.role !== "observer";
  return (
    <Page title={meeting.title}>
      {back}
      {meeting.status === "cancelled" ? (
        <p>
          <span className="badge warn">{t("meetingsUi.cancelled")}</span>
        </p>
      ) : null}
      {/* A reload after a save elsewhere shows here; the heading's page stays in place. */}
      {error ? <FormError error={error} /> : null}
      <MeetingFacts meeting={meeting} />
      {meeting.description ? <p className="prose">{meeting.description}</p> : null}
      {meeting.isParticipant && meeting.status !== "cancelled" ? (
        <RsvpButtons
          value={meeting.myRsvp}
          meetingTitle={meeting.title}
          onAnswer={async (rsvp) => {
            change(await api<Meeting>("PUT", `/api/networks/${networkId}/meetings/${meeting.id}/rsvp`, { rsvp }));
          }}
        />
      ) : null}
      {detailsSaved ? <Status>{t("meetingsUi.details.saved")}</Status> : null}
      {meeting.canPlan ? (
        editingDetails ? (
          <DetailsEditor
            networkId={networkId}
            meeting={meeting}
            onChange={(m) => {
              change(m);
              setDetailsSaved(true);
            }}
            reload={reload}
            onDone={() => setEditingDetails(false)}
          />
        ) : (
          <p className="no-print">
            <button
              type="button"
              onClick={() => {
                setDetailsSaved(false);
                setEditingDetails(true);
              }}
            >
              {t("meetingsUi.details.edit")}
            </button>
          </p>
        )
      ) : null}
      <ParticipantsSection networkId={networkId} meeting={meeting} onChange={change} />
      <AgendaSection networkId={networkId} meeting={meeting} methods={methods.data?.items} onChange={change} reload={reload} />
      <MethodLibrary
        networkId={networkId}
        methods={methods.data?.items}
        error={methods.error}
        canAdd={home.role === "coordinator"}
        onAdded={(items) => methods.setData({ items })}
      />
      {meeting.canPlan || meeting.seating ? <SeatingSection networkId={networkId} meeting={meeting} onChange={change} /> : null}
      <section aria-labelledby="board-heading" className="panel no-print">
        <h2 id="board-heading">{t("meetingsUi.boardLink.heading")}</h2>
        <p>{t("meetingsUi.boardLink.help")}</p>
        <p>
          <Link to={`/networks/${networkId}/meetings/${meeting.id}/board`}>{t("meetingsUi.boardLink.open")}</Link>
        </p>
      </section>
      <NotesSection networkId={networkId} meeting={meeting} onChange={change} />
      {meeting.canPlan ? <AttendanceSection networkId={networkId} meeting={meeting} onChange={change} /> : null}
      {canRecord ? <DecisionSection networkId={networkId} meeting={meeting} /> : null}
      {canRecord ? (
        <PromiseSection networkId={networkId} meeting={meeting} myId={myId} mayChooseWhose={home.role === "coordinator"} />
      ) : null}
      <FeedbackSection networkId={networkId} meeting={meeting} minGroupSize={home.network.minGroupSize} onChange={change} />
    </Page>
  );
}
