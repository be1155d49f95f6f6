import { DateTime } from "luxon";
import type { EventKind } from "../domain/calendar.ts";
import {
  type AgendaBlock,
  BUILT_IN_METHODS,
  checkAgenda,
  type LearningMode,
  type Method,
  minutesByMode,
  type Rsvp,
  rsvpOpen,
} from "../domain/meetings.ts";
import type { NetworkRole } from "../domain/network.ts";
import type { DbOrTx } from "../storage/db.ts";
import { insertEvent } from "../storage/repos/calendar.ts";
import { insertHistoryEntry } from "../storage/repos/history.ts";
import {
  type BlockFields,
  bumpMeetingIfVersion,
  findMeeting,
  insertMeeting,
  insertMethod,
  latestSeatingPlan,
  listBlocks,
  listFeedback,
  listMeetings as listMeetingRows,
  listMethods as listMethodRows,
  listParticipants,
  type MeetingRow,
  participantsOf,
  recordAttendance as recordAttendanceRows,
  replaceAgenda,
  setParticipants,
  setRsvp,
  updateMeetingIfVersion,
  updateNotesIfVersion,
  upsertFeedback,
} from "../storage/repos/meetings.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import { listPresence, listSessions } from "../storage/repos/openSpace.ts";
import { listPeopleForSurvey } from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import { checkedFields, type EventInput } from "./calendar.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { feedbackSummary, releasedFeedback, releaseFeedback } from "./meetingFeedback.ts";
import { announce } from "./webhooks.ts";

/** The day as deadlines count it: answers close when the UTC date passes the deadline. */
const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** A meeting's length in minutes, from its event's wall-clock start and end. */
function meetingMinutes(m: MeetingRow): number {
  if (m.all_day === 1) return 8 * 60;
  const start = DateTime.fromISO(m.starts_local, { zone: m.time_zone });
  const end = DateTime.fromISO(m.ends_local, { zone: m.time_zone });
  return Math.max(0, Math.round(end.diff(start, "minutes").minutes));
}

async function methodsOf(deps: Deps, networkId: string) {
  const own = await listMethodRows(deps.storage.db, networkId);
  const custom: (Method & { name: string; instructions: string; builtIn: false })[] = own.map((m) => ({
    key: m.id,
    mode: m.mode as LearningMode,
    dialogue: m.dialogue === 1,
    typicalMinutes: m.typical_minutes,
    name: m.name,
    instructions: m.instructions,
    builtIn: false,
  }));
  return [...BUILT_IN_METHODS.map((m) => ({ ...m, name: null, instructions: null, builtIn: true })), ...custom];
}

interface Access {
  role: NetworkRole;
  membershipId: string | null;
  canPlan: boolean;
  isParticipant: boolean;
}

/** Who the actor is for a meeting: coordinators and the meeting's facilitators plan, its participants take part. */
export async function access(deps: Deps, actor: Actor, networkId: string, meetingId: string, needed: NetworkRole = "observer") {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, needed);
  const meeting = await findMeeting(db, networkId, meetingId);
  if (!meeting) throw notFound();
  const me = await findMembership(db, networkId, actor.userId);
  const participants = await listParticipants(db, meetingId);
  const mine = me ? participants.find((p) => p.membership_id === me.id) : undefined;
  const a: Access = {
    role,
    membershipId: me?.id ?? null,
    canPlan: role === "coordinator" || mine?.facilitator === 1,
    isParticipant: mine !== undefined,
  };
  return { meeting, participants, access: a };
}

/** The network's meetings, newest first, with the actor's own answer to each invitation. */
export async function listMeetings(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const me = await findMembership(db, networkId, actor.userId);
  const rows = await listMeetingRows(db, networkId);
  const everyone = await participantsOf(
    db,
    rows.map((m) => m.id),
  );
  const items = [];
  for (const m of rows) {
    const participants = everyone.filter((p) => p.meeting_id === m.id);
    const mine = me ? participants.find((p) => p.membership_id === me.id) : undefined;
    items.push({
      id: m.id,
      eventId: m.event_id,
      title: m.title,
      start: m.starts_local,
      end: m.ends_local,
      timeZone: m.time_zone,
      place: m.place,
      purpose: m.purpose,
      status: m.status as "confirmed" | "cancelled",
      participantCount: participants.length,
      yesCount: participants.filter((p) => p.rsvp === "yes").length,
      myRsvp: (mine?.rsvp ?? null) as Rsvp | null,
      rsvpDeadline: m.rsvp_deadline,
      rsvpOpen: rsvpOpen(m.rsvp_deadline, m.starts_local.slice(0, 10), today()),
      invited: mine !== undefined,
      canPlan: role === "coordinator" || mine?.facilitator === 1,
    });
  }
  return { items, canCreate: role === "coordinator" };
}

export interface MeetingInput {
  event: EventInput;
  purpose: string;
  expectedOutcome: string;
  rsvpDeadline: string | null;
  participantIds: string[];
  facilitatorIds: string[];
}

async function checkedPeople(deps: Deps, networkId: string, participantIds: string[], facilitatorIds: string[]) {
  const known = new Set((await listPeopleForSurvey(deps.storage.db, networkId)).map((p) => p.id));
  const ids = [...new Set([...participantIds, ...facilitatorIds])];
  const unknown = ids.find((id) => !known.has(id));
  if (unknown)
    throw invalid({ [participantIds.includes(unknown) ? "participantIds" : "facilitatorIds"]: { key: "validation.unknown_person" } });
  const facilitators = new Set(facilitatorIds);
  return ids.map((membershipId) => ({ membershipId, facilitator: facilitators.has(membershipId) }));
}

/**
 * What planning a meeting needs, checked before any write (the time, the organiser, the people): a caller that plans
 * a meeting inside its own transaction (a closing time poll) checks first and writes with `planMeeting`.
 */
export async function prepareMeeting(deps: Deps, actor: Actor, networkId: string, input: MeetingInput) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "coordinator");
  const fields = await checkedFields(deps, actor, networkId, role, input.event);
  const people = await checkedPeople(deps, networkId, input.participantIds, input.facilitatorIds);
  const network = await findNetwork(db, networkId);
  return { input, fields, people, networkName: network?.name ?? "" };
}

/** Writes a prepared meeting: its event, the meeting and those invited, who hear of it in the app (e-mail comes with their digest). */
export async function planMeeting(tx: DbOrTx, actor: Actor, networkId: string, prepared: Awaited<ReturnType<typeof prepareMeeting>>) {
  const { input, fields, people, networkName } = prepared;
  const eventId = await insertEvent(tx, networkId, fields, actor.userId);
  const meetingId = await insertMeeting(tx, networkId, eventId, input, actor.userId);
  await setParticipants(tx, meetingId, people);
  await insertNotifications(
    tx,
    (await listParticipants(tx, meetingId))
      .filter((p) => p.user_id !== actor.userId)
      .map((p) => ({
        userId: p.user_id,
        networkId,
        kind: "meeting_invitation",
        params: { title: fields.title, start: fields.startsUtc, network: networkName },
        link: `/networks/${networkId}/meetings/${meetingId}`,
        dedupeKey: `meeting_invitation:${meetingId}:${p.user_id}`,
      })),
  );
  await announce(tx, { networkId, kind: "meeting.created", title: fields.title, path: `/networks/${networkId}/meetings/${meetingId}` });
  return { eventId, meetingId };
}

/** Plans a meeting: an event on the annual clock with a purpose, an expected outcome and the people invited. */
export async function createMeeting(deps: Deps, actor: Actor, networkId: string, input: MeetingInput) {
  const prepared = await prepareMeeting(deps, actor, networkId, input);
  const { meetingId } = await deps.storage.db.transaction().execute((tx) => planMeeting(tx, actor, networkId, prepared));
  return getMeeting(deps, actor, networkId, meetingId);
}

/** One meeting with its agenda (and the planner's warnings), participants and answers, seating and feedback. */
export async function getMeeting(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const { db } = deps.storage;
  const { meeting, participants, access: a } = await access(deps, actor, networkId, meetingId);
  const methods = await methodsOf(deps, networkId);
  const byKey = new Map(methods.map((m) => [m.key, m]));
  const blocks = await listBlocks(db, meetingId);
  const agenda: AgendaBlock[] = blocks.map((b) => ({
    startMinute: b.start_minute,
    durationMinutes: b.duration_minutes,
    method: byKey.get(b.method) ?? { key: b.method, mode: "none", dialogue: false, typicalMinutes: b.duration_minutes },
  }));
  const minutes = meetingMinutes(meeting);
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const feedback = await listFeedback(db, [meetingId]);
  const mine = a.membershipId ? feedback.find((f) => f.membership_id === a.membershipId) : undefined;
  const released = a.canPlan ? (await releasedFeedback(db, [meetingId])).get(meetingId) : undefined;
  const seating = await latestSeatingPlan(db, meetingId);
  return {
    id: meeting.id,
    eventId: meeting.event_id,
    title: meeting.title,
    // Meetings are annual-clock events, made only with the kinds of EVENT_KINDS.
    kind: meeting.kind as EventKind,
    description: meeting.description,
    start: meeting.starts_local,
    end: meeting.ends_local,
    timeZone: meeting.time_zone,
    place: meeting.place,
    onlineUrl: meeting.online_url,
    status: meeting.status as "confirmed" | "cancelled",
    minutes,
    purpose: meeting.purpose,
    expectedOutcome: meeting.expected_outcome,
    rsvpDeadline: meeting.rsvp_deadline,
    rsvpOpen: rsvpOpen(meeting.rsvp_deadline, meeting.starts_local.slice(0, 10), today()),
    attendanceRecordedAt: meeting.attendance_recorded_at,
    version: meeting.version,
    canPlan: a.canPlan,
    isParticipant: a.isParticipant,
    // Notes are written by those who take part and read by everyone in the network.
    canWriteNotes: a.canPlan || a.isParticipant,
    participants: participants.map((p) => ({
      id: p.membership_id,
      name: p.name,
      organisationName: p.organisation_name,
      facilitator: p.facilitator === 1,
      rsvp: p.rsvp as Rsvp | null,
      attended: p.attended === null ? null : p.attended === 1,
    })),
    myRsvp: (participants.find((p) => p.membership_id === a.membershipId)?.rsvp ?? null) as Rsvp | null,
    agenda: blocks.map((b, i) => ({
      id: b.id,
      title: b.title,
      method: b.method,
      startMinute: b.start_minute,
      durationMinutes: b.duration_minutes,
      mode: (agenda[i] as AgendaBlock).method.mode,
      notes: b.notes,
      notesVersion: b.notes_version,
    })),
    warnings: checkAgenda(agenda, minutes),
    minutesByMode: minutesByMode(agenda),
    seating: seating
      ? {
          id: seating.id,
          blockId: seating.block_id,
          tables: seating.tables,
          rounds: seating.rounds,
          people: JSON.parse(seating.people) as { id: string; name: string; organisationName: string | null }[],
          hosts: JSON.parse(seating.hosts) as number[],
          assignment: JSON.parse(seating.assignment) as number[][],
          newPairs: seating.new_pairs,
          upperBound: seating.upper_bound,
          createdAt: seating.created_at,
        }
      : null,
    feedback: {
      mine: mine
        ? {
            timeWellUsed: mine.time_well_used,
            realDialogue: mine.real_dialogue,
            concreteProgress: mine.concrete_progress,
            comment: mine.comment,
          }
        : null,
      summary: a.canPlan ? feedbackSummary(released, feedback.length, minGroupSize) : null,
    },
  };
}

export async function planning(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const loaded = await access(deps, actor, networkId, meetingId, "member");
  if (!loaded.access.canPlan) throw forbidden();
  return loaded;
}

/** Changes a meeting's purpose, expected outcome and answer deadline; a stale version gets 409. */
export async function updateMeeting(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { version: number; purpose: string; expectedOutcome: string; rsvpDeadline: string | null },
) {
  await planning(deps, actor, networkId, meetingId);
  if (!(await updateMeetingIfVersion(deps.storage.db, meetingId, input.version, input))) {
    throw staleWrite(await getMeeting(deps, actor, networkId, meetingId));
  }
  return getMeeting(deps, actor, networkId, meetingId);
}

/** Sets who is invited and who facilitates; answers already given are kept. */
export async function updateParticipants(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { participantIds: string[]; facilitatorIds: string[] },
) {
  await planning(deps, actor, networkId, meetingId);
  const people = await checkedPeople(deps, networkId, input.participantIds, input.facilitatorIds);
  await deps.storage.db.transaction().execute((tx) => setParticipants(tx, meetingId, people));
  return getMeeting(deps, actor, networkId, meetingId);
}

/** Saves the whole agenda at once; every block must fit in the meeting and use a known method. */
export async function saveAgenda(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { version: number; blocks: BlockFields[] },
) {
  const { meeting } = await planning(deps, actor, networkId, meetingId);
  const minutes = meetingMinutes(meeting);
  const methods = new Set((await methodsOf(deps, networkId)).map((m) => m.key));
  input.blocks.forEach((b, i) => {
    if (!methods.has(b.method)) throw invalid({ [`blocks.${i}.method`]: { key: "meetings.unknown_method" } });
    if (b.startMinute + b.durationMinutes > minutes)
      throw invalid({ [`blocks.${i}.startMinute`]: { key: "meetings.block_outside", params: { minutes } } });
  });
  const saved = await deps.storage.db.transaction().execute(async (tx) => {
    if (!(await bumpMeetingIfVersion(tx, meetingId, input.version))) return false;
    await replaceAgenda(tx, meetingId, input.blocks);
    return true;
  });
  if (!saved) throw staleWrite(await getMeeting(deps, actor, networkId, meetingId));
  return getMeeting(deps, actor, networkId, meetingId);
}

/** A participant's answer to the invitation, until the deadline or, without one, until the end of the meeting's day. */
export async function answerInvitation(deps: Deps, actor: Actor, networkId: string, meetingId: string, rsvp: Rsvp, now = new Date()) {
  const { meeting, access: a } = await access(deps, actor, networkId, meetingId, "member");
  if (!a.isParticipant || !a.membershipId) throw new AppError(403, "not_invited", "meetings.not_invited");
  if (!rsvpOpen(meeting.rsvp_deadline, meeting.starts_local.slice(0, 10), today(now)))
    throw new AppError(409, "rsvp_closed", "meetings.rsvp_closed");
  await setRsvp(deps.storage.db, meetingId, a.membershipId, rsvp);
  return getMeeting(deps, actor, networkId, meetingId);
}

/** Notes of one agenda block, written by participants and planners; a stale version gets 409 with the stored notes. */
export async function saveNotes(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  blockId: string,
  input: { version: number; notes: string },
) {
  const { access: a } = await access(deps, actor, networkId, meetingId, "member");
  if (!a.canPlan && !a.isParticipant) throw forbidden();
  const block = (await listBlocks(deps.storage.db, meetingId)).find((b) => b.id === blockId);
  if (!block) throw notFound();
  if (!(await updateNotesIfVersion(deps.storage.db, blockId, input.version, input.notes))) {
    throw staleWrite({ notes: block.notes, notesVersion: block.notes_version });
  }
  return getMeeting(deps, actor, networkId, meetingId);
}

/**
 * Records who was there. The meeting becomes an entry of the shared history
 * of everyone present (replacing an earlier record of the same meeting), so
 * the directory shows who has met whom.
 */
export async function recordAttendance(deps: Deps, actor: Actor, networkId: string, meetingId: string, presentIds: string[]) {
  const { meeting, participants } = await planning(deps, actor, networkId, meetingId);
  const invited = new Map(participants.map((p) => [p.membership_id, p]));
  const present = new Set(presentIds);
  if ([...present].some((id) => !invited.has(id))) throw invalid({ presentIds: { key: "meetings.not_a_participant" } });
  const sessions = await listSessions(deps.storage.db, meetingId);
  const presence = await listPresence(deps.storage.db, meetingId);
  await deps.storage.db.transaction().execute(async (tx) => {
    await recordAttendanceRows(tx, meetingId, present);
    await tx.deleteFrom("history_entries").where("source_kind", "=", "meeting").where("source_id", "=", meetingId).execute();
    if (sessions.length > 0) {
      await tx
        .deleteFrom("history_entries")
        .where("source_kind", "=", "open_space_session")
        .where(
          "source_id",
          "in",
          sessions.map((s) => s.id),
        )
        .execute();
    }
    if (present.size === 0) return;
    // Those who shared an open-space session have a history of their own: they worked on its topic together.
    for (const session of sessions) {
      const together = presence.filter((p) => p.session_id === session.id && present.has(p.membership_id));
      if (together.length < 2) continue;
      await insertHistoryEntry(tx, {
        networkId,
        occurredOn: meeting.starts_local.slice(0, 10),
        title: session.topic,
        description: meeting.title,
        sourceKind: "open_space_session",
        sourceId: session.id,
        createdBy: actor.userId,
        participants: together.map((p) => ({
          membershipId: p.membership_id,
          organisationId: invited.get(p.membership_id)?.organisation_id ?? null,
        })),
      });
    }
    await insertHistoryEntry(tx, {
      networkId,
      occurredOn: meeting.starts_local.slice(0, 10),
      title: meeting.title,
      description: meeting.purpose,
      sourceKind: "meeting",
      sourceId: meetingId,
      createdBy: actor.userId,
      participants: [...present].map((id) => ({ membershipId: id, organisationId: invited.get(id)?.organisation_id ?? null })),
    });
  });
  return getMeeting(deps, actor, networkId, meetingId);
}

/** A participant's feedback after the meeting has begun: was the time well used, was there dialogue, did we move forward. */
export async function giveFeedback(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { timeWellUsed: number; realDialogue: number; concreteProgress: number; comment: string },
  now = new Date(),
) {
  const { meeting, access: a } = await access(deps, actor, networkId, meetingId, "member");
  if (!a.isParticipant || !a.membershipId) throw new AppError(403, "not_invited", "meetings.not_invited");
  if (meeting.starts_utc > now.toISOString()) throw new AppError(409, "not_started", "meetings.feedback_too_early");
  const minGroupSize = (await findNetwork(deps.storage.db, networkId))?.min_group_size ?? 3;
  const membershipId = a.membershipId;
  await deps.storage.db.transaction().execute(async (tx) => {
    await upsertFeedback(tx, meetingId, membershipId, input);
    await releaseFeedback(tx, meetingId, minGroupSize);
  });
  return getMeeting(deps, actor, networkId, meetingId);
}

/** The method library: the built-in methods and the network's own. */
export async function listMethods(deps: Deps, actor: Actor, networkId: string) {
  await requireRole(deps.storage.db, actor, networkId, "observer");
  return { items: await methodsOf(deps, networkId) };
}

/** Adds a network's own method to its library (coordinators). */
export async function addMethod(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { name: string; mode: LearningMode; dialogue: boolean; instructions: string; typicalMinutes: number },
) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  await insertMethod(deps.storage.db, networkId, input, actor.userId);
  return listMethods(deps, actor, networkId);
}

/**
 * The next meeting that is not cancelled, for the network home; null when none is planned. Whether the person is
 * invited and what they answered is theirs alone, read beside the home's other questions about them.
 */
export async function nextMeeting(deps: Deps, networkId: string, now = new Date()) {
  const upcoming = (await listMeetingRows(deps.storage.db, networkId))
    .filter((m) => m.status !== "cancelled" && m.starts_utc >= now.toISOString())
    .at(-1);
  return upcoming ? { id: upcoming.id, title: upcoming.title, start: upcoming.starts_local } : null;
}
