import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { ifAnyIds, insertRow, newStamps } from "./bulk.ts";
import { canSignIn } from "./users.ts";
import { updateIfVersion } from "./versioned.ts";

export interface MeetingFields {
  purpose: string;
  expectedOutcome: string;
  rsvpDeadline: string | null;
}

export async function insertMeeting(db: DbOrTx, networkId: string, eventId: string, f: MeetingFields, createdBy: string) {
  return insertRow(db, "meetings", {
    network_id: networkId,
    event_id: eventId,
    purpose: f.purpose,
    expected_outcome: f.expectedOutcome,
    rsvp_deadline: f.rsvpDeadline,
    attendance_recorded_at: null,
    created_by: createdBy,
    ...newStamps(),
  });
}

export async function updateMeetingIfVersion(db: DbOrTx, id: string, version: number, f: MeetingFields) {
  return updateIfVersion(db, "meetings", id, version, {
    purpose: f.purpose,
    expected_outcome: f.expectedOutcome,
    rsvp_deadline: f.rsvpDeadline,
  });
}

/** Raises a meeting's version when its agenda changes, so two planners editing at once get 409. */
export async function bumpMeetingIfVersion(db: DbOrTx, id: string, version: number) {
  return updateIfVersion(db, "meetings", id, version, {});
}

const meetingQuery = (db: DbOrTx) =>
  db
    .selectFrom("meetings as m")
    .innerJoin("events as e", "e.id", "m.event_id")
    .selectAll("m")
    .select([
      "e.title",
      "e.description",
      "e.kind",
      "e.starts_local",
      "e.ends_local",
      "e.all_day",
      "e.time_zone",
      "e.starts_utc",
      "e.place",
      "e.online_url",
      "e.status",
    ]);

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export const findMeeting = (db: DbOrTx, networkId: string, id: string) =>
  meetingQuery(db).where("m.network_id", "=", networkId).where("m.id", "=", id).executeTakeFirst();

export const listMeetings = (db: DbOrTx, networkId: string) =>
  meetingQuery(db).where("m.network_id", "=", networkId).orderBy("e.starts_utc", "desc").execute();

export async function setParticipants(db: DbOrTx, meetingId: string, people: { membershipId: string; facilitator: boolean }[]) {
  const existing = await db.selectFrom("meeting_participants").selectAll().where("meeting_id", "=", meetingId).execute();
  const keep = new Map(existing.map((p) => [p.membership_id, p]));
  await db.deleteFrom("meeting_participants").where("meeting_id", "=", meetingId).execute();
  if (people.length === 0) return;
  // Answers already given survive a change of the participant list.
  await db
    .insertInto("meeting_participants")
    .values(
      people.map((p) => ({
        meeting_id: meetingId,
        membership_id: p.membershipId,
        facilitator: p.facilitator ? 1 : 0,
        rsvp: keep.get(p.membershipId)?.rsvp ?? null,
        rsvp_at: keep.get(p.membershipId)?.rsvp_at ?? null,
        attended: keep.get(p.membershipId)?.attended ?? null,
      })),
    )
    .execute();
}

export const listParticipants = (db: DbOrTx, meetingId: string) => participantsOf(db, [meetingId]);

const participantQuery = (db: DbOrTx) =>
  db
    .selectFrom("meeting_participants as p")
    .innerJoin("memberships as ms", "ms.id", "p.membership_id")
    .innerJoin("users as u", "u.id", "ms.user_id")
    .leftJoin("organisations as o", "o.id", "ms.organisation_id")
    .select([
      "p.meeting_id",
      "p.membership_id",
      "p.facilitator",
      "p.rsvp",
      "p.rsvp_at",
      "p.attended",
      "u.name",
      "ms.user_id",
      "ms.organisation_id",
      "o.name as organisation_name",
    ])
    .orderBy("u.name");

/** Those invited to a meeting who have not answered and can sign in, with where and in which language to write to them. */
export const unansweredInvitees = (db: DbOrTx, meetingId: string) =>
  db
    .selectFrom("meeting_participants as p")
    .innerJoin("memberships as ms", "ms.id", "p.membership_id")
    .innerJoin("users as u", "u.id", "ms.user_id")
    .select(["u.id as user_id", "u.name", "u.email", "u.locale"])
    .where("p.meeting_id", "=", meetingId)
    .where("p.rsvp", "is", null)
    .where(canSignIn)
    .orderBy("u.name")
    .execute();

/** Participants of several meetings in one query, each row naming its meeting. */
export const participantsOf = (db: DbOrTx, meetingIds: string[]) =>
  ifAnyIds(meetingIds, () => participantQuery(db).where("p.meeting_id", "in", meetingIds).execute());

export const setRsvp = (db: DbOrTx, meetingId: string, membershipId: string, rsvp: string, at = nowIso()) =>
  db
    .updateTable("meeting_participants")
    .set({ rsvp, rsvp_at: at })
    .where("meeting_id", "=", meetingId)
    .where("membership_id", "=", membershipId)
    .executeTakeFirst();

export async function recordAttendance(db: DbOrTx, meetingId: string, present: Set<string>) {
  const all = await db.selectFrom("meeting_participants").select("membership_id").where("meeting_id", "=", meetingId).execute();
  for (const p of all) {
    await db
      .updateTable("meeting_participants")
      .set({ attended: present.has(p.membership_id) ? 1 : 0 })
      .where("meeting_id", "=", meetingId)
      .where("membership_id", "=", p.membership_id)
      .execute();
  }
  await db.updateTable("meetings").set({ attendance_recorded_at: nowIso() }).where("id", "=", meetingId).execute();
}

export interface BlockFields {
  id: string | null;
  title: string;
  method: string;
  startMinute: number;
  durationMinutes: number;
}

/** Replaces the agenda, keeping the notes of blocks that stay (same id). */
export async function replaceAgenda(db: DbOrTx, meetingId: string, blocks: BlockFields[]) {
  const existing = await listBlocks(db, meetingId);
  const kept = new Set(blocks.map((b) => b.id).filter((id): id is string => id !== null));
  for (const e of existing) if (!kept.has(e.id)) await db.deleteFrom("agenda_blocks").where("id", "=", e.id).execute();
  for (const b of blocks) {
    const values = { title: b.title, method: b.method, start_minute: b.startMinute, duration_minutes: b.durationMinutes };
    if (b.id && existing.some((e) => e.id === b.id)) await db.updateTable("agenda_blocks").set(values).where("id", "=", b.id).execute();
    else
      await db
        .insertInto("agenda_blocks")
        .values({ id: newId(), meeting_id: meetingId, ...values })
        .execute();
  }
}

export const listBlocks = (db: DbOrTx, meetingId: string) =>
  db.selectFrom("agenda_blocks").selectAll().where("meeting_id", "=", meetingId).orderBy("start_minute").orderBy("id").execute();

/** The agendas of several meetings in one query, each block naming its meeting. */
export const blocksOf = (db: DbOrTx, meetingIds: string[]) =>
  ifAnyIds(meetingIds, () =>
    db
      .selectFrom("agenda_blocks")
      .select(["meeting_id", "title", "start_minute", "duration_minutes"])
      .where("meeting_id", "in", meetingIds)
      .orderBy("start_minute")
      .orderBy("id")
      .execute(),
  );

export async function updateNotesIfVersion(db: DbOrTx, blockId: string, version: number, notes: string) {
  const r = await db
    .updateTable("agenda_blocks")
    .set({ notes, notes_version: version + 1 })
    .where("id", "=", blockId)
    .where("notes_version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertMethod(
  db: DbOrTx,
  networkId: string,
  m: { name: string; mode: string; dialogue: boolean; instructions: string; typicalMinutes: number },
  createdBy: string,
) {
  return insertRow(db, "meeting_methods", {
    network_id: networkId,
    name: m.name,
    mode: m.mode,
    dialogue: m.dialogue ? 1 : 0,
    instructions: m.instructions,
    typical_minutes: m.typicalMinutes,
    created_by: createdBy,
    created_at: nowIso(),
  });
}

export const listMethods = (db: DbOrTx, networkId: string) =>
  db.selectFrom("meeting_methods").selectAll().where("network_id", "=", networkId).orderBy("name").execute();

export async function upsertFeedback(
  db: DbOrTx,
  meetingId: string,
  membershipId: string,
  f: { timeWellUsed: number; realDialogue: number; concreteProgress: number; comment: string },
) {
  const values = {
    time_well_used: f.timeWellUsed,
    real_dialogue: f.realDialogue,
    concrete_progress: f.concreteProgress,
    comment: f.comment,
    created_at: nowIso(),
  };
  await db
    .insertInto("meeting_feedback")
    .values({ meeting_id: meetingId, membership_id: membershipId, ...values })
    .onConflict((oc) => oc.columns(["meeting_id", "membership_id"]).doUpdateSet(values))
    .execute();
}

export const listFeedback = (db: DbOrTx, meetingIds: string[]) =>
  ifAnyIds(meetingIds, () => db.selectFrom("meeting_feedback").selectAll().where("meeting_id", "in", meetingIds).execute());

export async function insertSeatingPlan(
  db: DbOrTx,
  p: {
    meetingId: string;
    blockId: string | null;
    tables: number;
    rounds: number;
    people: { id: string; name: string; organisationName: string | null }[];
    hosts: number[];
    assignment: number[][];
    newPairs: number;
    upperBound: number;
  },
) {
  return insertRow(db, "seating_plans", {
    meeting_id: p.meetingId,
    block_id: p.blockId,
    tables: p.tables,
    rounds: p.rounds,
    people: JSON.stringify(p.people),
    hosts: JSON.stringify(p.hosts),
    assignment: JSON.stringify(p.assignment),
    new_pairs: p.newPairs,
    upper_bound: p.upperBound,
    created_at: nowIso(),
  });
}

export const latestSeatingPlan = (db: DbOrTx, meetingId: string) =>
  db.selectFrom("seating_plans").selectAll().where("meeting_id", "=", meetingId).orderBy("created_at", "desc").limit(1).executeTakeFirst();
