import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export const listSlots = (db: DbOrTx, meetingId: string) =>
  db.selectFrom("open_space_slots").selectAll().where("meeting_id", "=", meetingId).orderBy("position").execute();

export const listSpaces = (db: DbOrTx, meetingId: string) =>
  db.selectFrom("open_space_spaces").selectAll().where("meeting_id", "=", meetingId).orderBy("position").execute();

export async function insertSlot(db: DbOrTx, meetingId: string, label: string) {
  const id = newId();
  const position = (await listSlots(db, meetingId)).length;
  await db.insertInto("open_space_slots").values({ id, meeting_id: meetingId, label, position }).execute();
  return id;
}

export async function insertSpace(db: DbOrTx, meetingId: string, name: string) {
  const id = newId();
  const position = (await listSpaces(db, meetingId)).length;
  await db.insertInto("open_space_spaces").values({ id, meeting_id: meetingId, name, position }).execute();
  return id;
}

export const listSessions = (db: DbOrTx, meetingId: string) =>
  db
    .selectFrom("open_space_sessions as s")
    .leftJoin("memberships as m", "m.id", "s.convener_membership_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .selectAll("s")
    .select("u.name as convener_name")
    .where("s.meeting_id", "=", meetingId)
    .orderBy("s.created_at")
    .execute();

export const findSession = (db: DbOrTx, meetingId: string, id: string) =>
  db.selectFrom("open_space_sessions").selectAll().where("meeting_id", "=", meetingId).where("id", "=", id).executeTakeFirst();

export async function insertSession(db: DbOrTx, meetingId: string, topic: string, convenerId: string | null) {
  return insertRow(db, "open_space_sessions", {
    meeting_id: meetingId,
    topic,
    convener_membership_id: convenerId,
    slot_id: null,
    space_id: null,
    created_at: nowIso(),
  });
}

export async function updateSessionIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: { topic?: string; slot_id?: string | null; space_id?: string | null; notes?: string },
) {
  return updateIfVersion(db, "open_space_sessions", id, version, { ...patch }, { touch: false });
}

export const listPresence = (db: DbOrTx, meetingId: string) =>
  db
    .selectFrom("open_space_presence as p")
    .innerJoin("open_space_sessions as s", "s.id", "p.session_id")
    .innerJoin("memberships as m", "m.id", "p.membership_id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .where("s.meeting_id", "=", meetingId)
    .select(["p.session_id", "p.membership_id", "u.name", "s.slot_id"])
    .orderBy("u.name")
    .execute();

/** Puts a person in a session; they leave any other session of the same slot, since one cannot be in two rooms at once. */
export async function joinSession(db: DbOrTx, meetingId: string, sessionId: string, slotId: string | null, membershipId: string) {
  const sameSlot = await db
    .selectFrom("open_space_sessions")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where((eb) => (slotId === null ? eb("id", "=", sessionId) : eb("slot_id", "=", slotId)))
    .execute();
  const ids = sameSlot.map((s) => s.id);
  if (ids.length > 0)
    await db.deleteFrom("open_space_presence").where("membership_id", "=", membershipId).where("session_id", "in", ids).execute();
  await db.insertInto("open_space_presence").values({ session_id: sessionId, membership_id: membershipId }).execute();
}

export const leaveSession = (db: DbOrTx, sessionId: string, membershipId: string) =>
  db.deleteFrom("open_space_presence").where("session_id", "=", sessionId).where("membership_id", "=", membershipId).execute();
