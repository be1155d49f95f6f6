import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { canSignIn } from "./users.ts";
import { updateIfVersion } from "./versioned.ts";

/** A meeting's saved minutes with the name of whoever approved them; undefined until a planner saves a draft. */
export const findMinutes = (db: DbOrTx, meetingId: string) =>
  db
    .selectFrom("meeting_minutes as mm")
    .leftJoin("users as u", "u.id", "mm.approved_by")
    .selectAll("mm")
    .select("u.name as approved_by_name")
    .where("mm.id", "=", meetingId)
    .executeTakeFirst();

/** The first saved draft; false when another planner saved first. */
export async function insertMinutes(
  db: DbOrTx,
  meetingId: string,
  text: string,
  userId: string,
  approval: { approvedAt: string } | null = null,
) {
  const r = await db
    .insertInto("meeting_minutes")
    .values({
      id: meetingId,
      text,
      updated_by: userId,
      updated_at: nowIso(),
      approved_at: approval?.approvedAt ?? null,
      approved_by: approval ? userId : null,
      sent_at: null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return r !== undefined;
}

export const updateMinutesIfVersion = (db: DbOrTx, meetingId: string, version: number, text: string, userId: string) =>
  updateIfVersion(db, "meeting_minutes", meetingId, version, { text, updated_by: userId });

export const approveMinutesIfVersion = (db: DbOrTx, meetingId: string, version: number, userId: string, at = nowIso()) =>
  updateIfVersion(db, "meeting_minutes", meetingId, version, { approved_at: at, approved_by: userId }, { touch: false });

/** Marks approved minutes sent, once: false when they were sent already (by another planner at the same moment). */
export async function markMinutesSent(db: DbOrTx, meetingId: string, at = nowIso()) {
  const r = await db
    .updateTable("meeting_minutes")
    .set({ sent_at: at })
    .where("id", "=", meetingId)
    .where("approved_at", "is not", null)
    .where("sent_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The decisions recorded in a meeting, in the order they were made. */
export const meetingDecisions = (db: DbOrTx, networkId: string, meetingId: string) =>
  db
    .selectFrom("decisions")
    .select(["title", "body", "rule"])
    .where("network_id", "=", networkId)
    .where("meeting_id", "=", meetingId)
    .orderBy("decided_on")
    .orderBy("created_at")
    .execute();

/** The promises made in a meeting: who (and for which organisation), what, by when. */
export const meetingPromises = (db: DbOrTx, networkId: string, meetingId: string) =>
  db
    .selectFrom("promises as p")
    .leftJoin("memberships as m", "m.id", "p.promiser_membership_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as o", "o.id", "p.on_behalf_of_organisation_id")
    .select(["u.name as promiser", "o.name as on_behalf_of", "p.text", "p.due_on"])
    .where("p.network_id", "=", networkId)
    .where("p.meeting_id", "=", meetingId)
    .orderBy("p.due_on")
    .orderBy("p.created_at")
    .execute();

/** A meeting's participants who can sign in, with where and in which language to write to them. */
export const participantRecipients = (db: DbOrTx, meetingId: string) =>
  db
    .selectFrom("meeting_participants as p")
    .innerJoin("memberships as ms", "ms.id", "p.membership_id")
    .innerJoin("users as u", "u.id", "ms.user_id")
    .select(["u.id as user_id", "u.name", "u.email", "u.locale"])
    .where("p.meeting_id", "=", meetingId)
    .where(canSignIn)
    .orderBy("u.name")
    .execute();
