import { sql } from "kysely";
import type { DbOrTx } from "../db.ts";
import { hashSecret, newId, newSecret, nowIso } from "../ids.ts";
import { ifAnyIds, insertRow, newStamps } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export interface EventFields {
  title: string;
  description: string;
  kind: string;
  startsLocal: string;
  endsLocal: string;
  allDay: boolean;
  timeZone: string;
  startsUtc: string;
  recurrence: string | null;
  place: string | null;
  onlineUrl: string | null;
  organiserOrganisationId: string | null;
}

const columns = (e: EventFields) => ({
  title: e.title,
  description: e.description,
  kind: e.kind,
  starts_local: e.startsLocal,
  ends_local: e.endsLocal,
  all_day: e.allDay ? 1 : 0,
  time_zone: e.timeZone,
  starts_utc: e.startsUtc,
  recurrence: e.recurrence,
  place: e.place,
  online_url: e.onlineUrl,
  organiser_organisation_id: e.organiserOrganisationId,
});

export async function insertEvent(db: DbOrTx, networkId: string, e: EventFields, createdBy: string) {
  return insertRow(db, "events", { network_id: networkId, ...columns(e), created_by: createdBy, ...newStamps() });
}

/** Saves an event if it is still at `version`; every change raises the iCalendar SEQUENCE so subscribed calendars update. */
export async function updateEventIfVersion(db: DbOrTx, id: string, version: number, e: EventFields) {
  // Each change raises the iCalendar SEQUENCE, so that calendar programs take the new version.
  return updateIfVersion(db, "events", id, version, { ...columns(e), sequence: sql<number>`sequence + 1` });
}

export const cancelEvent = (db: DbOrTx, id: string) =>
  db
    .updateTable("events")
    .set((eb) => ({ status: "cancelled", sequence: eb("sequence", "+", 1), version: eb("version", "+", 1), updated_at: nowIso() }))
    .where("id", "=", id)
    .execute();

const eventQuery = (db: DbOrTx) =>
  db
    .selectFrom("events as e")
    .leftJoin("organisations as o", "o.id", "e.organiser_organisation_id")
    .innerJoin("networks as n", "n.id", "e.network_id")
    // A meeting is an event with more to it: calendars carry its purpose and agenda too.
    .leftJoin("meetings as m", "m.event_id", "e.id")
    .selectAll("e")
    .select([
      "o.name as organiser_name",
      "n.name as network_name",
      "m.id as meeting_id",
      "m.purpose as meeting_purpose",
      "m.expected_outcome as meeting_expected_outcome",
      "m.updated_at as meeting_updated_at",
    ]);

/** Events of some networks (cancelled ones too: feeds must carry the cancellation) whose first start is before `beforeUtc`. */
export const listEvents = (db: DbOrTx, networkIds: string[], beforeUtc: string) =>
  ifAnyIds(networkIds, () =>
    eventQuery(db)
      .where("e.network_id", "in", networkIds)
      .where("e.starts_utc", "<", beforeUtc)
      .orderBy("e.starts_utc")
      .limit(5000)
      .execute(),
  );

export const findEvent = (db: DbOrTx, networkId: string, id: string) =>
  eventQuery(db).where("e.network_id", "=", networkId).where("e.id", "=", id).executeTakeFirst();

/** A new secret feed URL token; only its hash is stored, so the URL is shown once. */
export async function insertFeedToken(db: DbOrTx, userId: string, networkId: string | null) {
  const secret = newSecret(24);
  await db
    .insertInto("feed_tokens")
    .values({ id: newId(), user_id: userId, network_id: networkId, token_hash: hashSecret(secret), created_at: nowIso(), revoked_at: null })
    .execute();
  return secret;
}

export const findFeedToken = (db: DbOrTx, secret: string) =>
  db.selectFrom("feed_tokens").selectAll().where("token_hash", "=", hashSecret(secret)).where("revoked_at", "is", null).executeTakeFirst();

export const listFeedTokens = (db: DbOrTx, userId: string) =>
  db
    .selectFrom("feed_tokens")
    .select(["id", "network_id", "created_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at")
    .execute();

export async function revokeFeedToken(db: DbOrTx, userId: string, id: string) {
  const r = await db
    .updateTable("feed_tokens")
    .set({ revoked_at: nowIso() })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Ends every calendar-feed address of the person (password reset, signing out everywhere); the number ended. */
export async function revokeFeedTokensOfUser(db: DbOrTx, userId: string) {
  const r = await db
    .updateTable("feed_tokens")
    .set({ revoked_at: nowIso() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
