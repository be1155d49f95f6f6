import { formatDateTime } from "../domain/format.ts";
import { isLocale, type Locale } from "../domain/locale.ts";
import { composeMinutes, minutesFileName } from "../domain/minutes.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { listBlocks, type listParticipants, type MeetingRow } from "../storage/repos/meetings.ts";
import {
  approveMinutesIfVersion,
  findMinutes,
  insertMinutes,
  markMinutesSent,
  meetingDecisions,
  meetingPromises,
  participantRecipients,
  updateMinutesIfVersion,
} from "../storage/repos/minutes.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications, markMailed } from "../storage/repos/notifications.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, notFound, staleWrite } from "./errors.ts";
import { access } from "./meetings.ts";

type Participants = Awaited<ReturnType<typeof listParticipants>>;

const frozen = () => new AppError(409, "minutes_approved", "meetings.record.frozen");

/** The minutes as the meeting stands now, in the reader's language (the demo composes its meeting's minutes so too). */
export async function composeMeetingMinutes(db: DbOrTx, meeting: MeetingRow, participants: Participants, locale: Locale) {
  const [blocks, decisions, promises] = await Promise.all([
    listBlocks(db, meeting.id),
    meetingDecisions(db, meeting.network_id, meeting.id),
    meetingPromises(db, meeting.network_id, meeting.id),
  ]);
  return composeMinutes(
    {
      title: meeting.title,
      start: meeting.starts_local,
      end: meeting.ends_local,
      allDay: meeting.all_day === 1,
      place: meeting.place,
      attendanceRecorded: meeting.attendance_recorded_at !== null,
      participants: participants.map((p) => ({
        name: p.name,
        organisationName: p.organisation_name,
        attended: p.attended === null ? null : p.attended === 1,
      })),
      blocks: blocks.map((b) => ({ title: b.title, startMinute: b.start_minute, notes: b.notes })),
      decisions,
      promises: promises.map((p) => ({ promiser: p.promiser, onBehalfOf: p.on_behalf_of, text: p.text, dueOn: p.due_on })),
    },
    locale,
    translator(locale),
  );
}

/**
 * A meeting's minutes. Planners (coordinators, the meeting's facilitators) read the draft — composed afresh from the
 * meeting until one is saved — and everyone else in the network reads them once approved; before that they learn
 * only that there are none yet (text null).
 */
export async function getMinutes(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const { meeting, participants, access: a } = await access(deps, actor, networkId, meetingId);
  const saved = await findMinutes(deps.storage.db, meetingId);
  const approved = saved?.approved_at != null;
  const readable = a.canPlan || approved;
  return {
    text: readable ? (saved?.text ?? (await composeMeetingMinutes(deps.storage.db, meeting, participants, actor.locale))) : null,
    saved: saved !== undefined,
    version: saved?.version ?? 0,
    status: (saved?.sent_at ? "sent" : approved ? "approved" : "draft") as "draft" | "approved" | "sent",
    approvedAt: saved?.approved_at ?? null,
    approvedByName: saved?.approved_by_name ?? null,
    sentAt: saved?.sent_at ?? null,
    canEdit: a.canPlan && !approved,
    canSend: a.canPlan && approved && !saved?.sent_at,
    downloadUrl: readable ? `/api/networks/${networkId}/meetings/${meetingId}/minutes.md` : null,
  };
}

async function planned(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const loaded = await access(deps, actor, networkId, meetingId, "member");
  if (!loaded.access.canPlan) throw forbidden();
  return loaded;
}

/**
 * Saves the planner's edit of the draft. Version 0 saves the first draft (none was stored); a stale version gets 409
 * with the stored minutes, and approved minutes are frozen.
 */
export async function saveMinutes(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { version: number; text: string },
) {
  await planned(deps, actor, networkId, meetingId);
  const { db } = deps.storage;
  const saved = await findMinutes(db, meetingId);
  if (saved?.approved_at) throw frozen();
  const ok = saved
    ? await updateMinutesIfVersion(db, meetingId, input.version, input.text, actor.userId)
    : input.version === 0 && (await insertMinutes(db, meetingId, input.text, actor.userId));
  if (!ok) throw staleWrite(await getMinutes(deps, actor, networkId, meetingId));
  return getMinutes(deps, actor, networkId, meetingId);
}

/**
 * Approves the minutes as the planner last saw them (version 0: the composed draft, which is then stored as it is);
 * from then on the text is frozen. The network's audit log records who approved them, in the same transaction.
 */
export async function approveMinutes(deps: Deps, actor: Actor, networkId: string, meetingId: string, input: { version: number }) {
  const { meeting, participants } = await planned(deps, actor, networkId, meetingId);
  const { db } = deps.storage;
  const saved = await findMinutes(db, meetingId);
  if (saved?.approved_at) throw frozen();
  const composed = saved || input.version !== 0 ? null : await composeMeetingMinutes(db, meeting, participants, actor.locale);
  const ok = await db.transaction().execute(async (tx) => {
    const approved = saved
      ? await approveMinutesIfVersion(tx, meetingId, input.version, actor.userId)
      : composed !== null && (await insertMinutes(tx, meetingId, composed, actor.userId, { approvedAt: new Date().toISOString() }));
    if (approved) await audit(tx, actor, networkId, "minutes.approved", meeting.title);
    return approved;
  });
  if (!ok) throw staleWrite(await getMinutes(deps, actor, networkId, meetingId));
  return getMinutes(deps, actor, networkId, meetingId);
}

/**
 * Sends approved minutes to every participant, once: a notification in the app and the minutes by e-mail (through
 * the outbox, so they are kept when SMTP is not set up; the notification is marked mailed so no digest repeats it).
 * The network's audit log records who sent them to how many, with the notifications.
 */
export async function sendMinutes(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const { meeting } = await planned(deps, actor, networkId, meetingId);
  const { db } = deps.storage;
  const saved = await findMinutes(db, meetingId);
  if (!saved?.approved_at) throw new AppError(409, "minutes_not_approved", "meetings.record.notApproved");
  const network = await findNetwork(db, networkId);
  const recipients = (await participantRecipients(db, meetingId)).map((p) => ({ ...p, key: `minutes_sent:${meetingId}:${p.user_id}` }));
  const link = `/networks/${networkId}/meetings/${meetingId}`;
  const params = { title: meeting.title, network: network?.name ?? "" };
  const sent = await db.transaction().execute(async (tx) => {
    if (!(await markMinutesSent(tx, meetingId))) return false;
    await insertNotifications(
      tx,
      recipients.map((p) => ({ userId: p.user_id, networkId, kind: "minutes_sent", params, link, dedupeKey: p.key })),
    );
    await audit(tx, actor, networkId, "minutes.sent", meeting.title, { recipients: recipients.length });
    return true;
  });
  if (!sent) throw new AppError(409, "minutes_sent", "meetings.record.alreadySent");
  for (const p of recipients) {
    const locale = isLocale(p.locale) ? p.locale : "fi";
    const t = translator(locale);
    await deps.mailer.send(db, {
      networkId,
      kind: "minutes",
      to: p.email,
      subject: t("mail.minutes.subject", params),
      body: t("mail.minutes.body", {
        ...params,
        name: p.name,
        when: formatDateTime(locale, meeting.starts_utc, meeting.time_zone),
        link: `${deps.links.base}${link}`,
        minutes: saved.text,
      }),
      link: `${deps.links.base}${link}`,
    });
    await markMailed(db, p.key);
  }
  return getMinutes(deps, actor, networkId, meetingId);
}

/** The minutes as a Markdown file, for those who may read them. */
export async function downloadMinutes(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const minutes = await getMinutes(deps, actor, networkId, meetingId);
  if (minutes.text === null) throw notFound();
  const { meeting } = await access(deps, actor, networkId, meetingId);
  return {
    text: minutes.text,
    fileName: minutesFileName(meeting.title, meeting.starts_local, translator(actor.locale)("meetings.record.fileWord")),
  };
}
