import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";

export interface NewHistoryEntry {
  networkId: string;
  occurredOn: string;
  title: string;
  description: string;
  sourceKind: string;
  sourceId: string | null;
  createdBy: string | null;
  participants: { membershipId: string | null; organisationId: string | null }[];
}

export async function insertHistoryEntry(db: DbOrTx, e: NewHistoryEntry) {
  const id = await insertRow(db, "history_entries", {
    network_id: e.networkId,
    occurred_on: e.occurredOn,
    title: e.title,
    description: e.description,
    source_kind: e.sourceKind,
    source_id: e.sourceId,
    created_by: e.createdBy,
    created_at: nowIso(),
  });
  if (e.participants.length > 0) {
    await db
      .insertInto("history_participants")
      .values(
        e.participants.map((p) => ({
          entry_id: id,
          kind: p.membershipId ? ("person" as const) : ("organisation" as const),
          membership_id: p.membershipId,
          organisation_id: p.organisationId,
        })),
      )
      .execute();
  }
  return id;
}

export interface HistoryFilter {
  membershipId?: string | undefined;
  /** Entries that involve every one of these organisations (one for an organisation's timeline, two for a pair's). */
  organisationIds?: string[] | undefined;
}

/** Entries newest first, each with its participants (names of people deleted since are null). */
export async function listHistory(db: DbOrTx, networkId: string, filter: HistoryFilter, limit: number) {
  let q = db
    .selectFrom("history_entries as e")
    .leftJoin("users as cu", "cu.id", "e.created_by")
    .select([
      "e.id",
      "e.occurred_on",
      "e.title",
      "e.description",
      "e.source_kind",
      "e.source_id",
      "e.created_by",
      "cu.name as created_by_name",
    ])
    .where("e.network_id", "=", networkId);
  const involving = (query: typeof q, column: "p.membership_id" | "p.organisation_id", id: string) =>
    query.where((eb) =>
      eb.exists(eb.selectFrom("history_participants as p").select("p.entry_id").whereRef("p.entry_id", "=", "e.id").where(column, "=", id)),
    );
  if (filter.membershipId) q = involving(q, "p.membership_id", filter.membershipId);
  for (const org of filter.organisationIds ?? []) q = involving(q, "p.organisation_id", org);
  const entries = await q.orderBy("e.occurred_on", "desc").orderBy("e.id").limit(limit).execute();
  if (entries.length === 0) return [];
  const participants = await db
    .selectFrom("history_participants as p")
    .leftJoin("memberships as m", "m.id", "p.membership_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as o", "o.id", "p.organisation_id")
    .select(["p.entry_id", "p.kind", "p.membership_id", "u.name as person_name", "p.organisation_id", "o.name as organisation_name"])
    .where(
      "p.entry_id",
      "in",
      entries.map((e) => e.id),
    )
    .execute();
  return entries.map((e) => ({ ...e, participants: participants.filter((p) => p.entry_id === e.id) }));
}

export const findHistoryEntry = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("history_entries").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const deleteHistoryEntry = (db: DbOrTx, id: string) => db.deleteFrom("history_entries").where("id", "=", id).execute();
