import { sql } from "kysely";
import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";

export interface DecisionFields {
  decidedOn: string;
  title: string;
  body: string;
  rule: string;
  participants: string;
  meetingId: string | null;
}

export async function insertDecision(
  db: DbOrTx,
  input: DecisionFields & { networkId: string; cycleId: string | null; createdBy: string | null; searchText: string },
) {
  return insertRow(db, "decisions", {
    network_id: input.networkId,
    cycle_id: input.cycleId,
    decided_on: input.decidedOn,
    meeting_id: input.meetingId,
    title: input.title,
    body: input.body,
    rule: input.rule,
    participants: input.participants,
    search_text: input.searchText,
    created_by: input.createdBy,
    created_at: nowIso(),
  });
}

/** Decisions newest first, optionally only those whose text contains the lower-cased needle. */
export function listDecisions(db: DbOrTx, networkId: string, needle: string | undefined) {
  let q = db.selectFrom("decisions").selectAll().where("network_id", "=", networkId);
  if (needle) q = q.where(sql<boolean>`search_text like ${`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  return q.orderBy("decided_on", "desc").orderBy("created_at", "desc").limit(1000).execute();
}

export const findDecision = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("decisions").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const deleteDecision = (db: DbOrTx, id: string) => db.deleteFrom("decisions").where("id", "=", id).execute();
