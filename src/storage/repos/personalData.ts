import { sql } from "kysely";
import type { DbOrTx } from "../db.ts";
import { USER_REFERENCES } from "./userReferences.ts";

type Row = Record<string, unknown>;

/**
 * Tables that name a person by their account, and the column that does: all of them but password resets (secrets
 * only), the audit log and who named an organisation's representatives (rows about others), and the webhooks a
 * coordinator added (the network's settings, whose addresses and tokens are secrets of the network, not their data).
 */
const NOT_EXPORTED = new Set(["password_resets", "audit_events", "organisation_representatives", "webhooks"]);
const BY_USER = USER_REFERENCES.filter(([table]) => !NOT_EXPORTED.has(table));

/** Tables that name a person by their membership in a network. */
const BY_MEMBERSHIP: [table: string, column: string][] = [
  ["person_tags", "membership_id"],
  ["history_participants", "membership_id"],
  ["organisations", "contact_membership_id"],
  ["promises", "promiser_membership_id"],
  ["promises", "to_membership_id"],
  ["survey_invitees", "membership_id"],
  ["survey_responses", "membership_id"],
  ["meeting_participants", "membership_id"],
  ["meeting_feedback", "membership_id"],
  ["open_space_sessions", "convener_membership_id"],
  ["open_space_presence", "membership_id"],
  ["evaluation_responses", "membership_id"],
  ["poll_audience", "membership_id"],
  ["poll_ballots", "membership_id"],
  // How they voted in polls that are not anonymous (an anonymous vote names nobody, so it is nobody's to export).
  ["poll_votes", "voter_key"],
];

/** Tables that name a person by e-mail address only. */
const BY_EMAIL: [table: string, column: string][] = [
  ["outbox", "to_email"],
  ["invitations", "email"],
  ["login_attempts", "email"],
];

/** What a person gave inside their own answers: the ratings they gave, their evaluation of goals and answers to questions. */
const BY_RESPONSE: [table: string, parent: string][] = [
  ["survey_ratings", "survey_responses"],
  ["evaluation_goal_ratings", "evaluation_responses"],
  ["evaluation_answers", "evaluation_responses"],
];

// Hashes of secrets stay out even of the person's own copy: they are useless to them and risky to hand out.
const HIDDEN = /(_hash$|^search_text$|^bytes$)/;
// A session's id is the hash of its cookie; an e-mail's body and link may hold a single-use link still valid.
const HIDDEN_IN: Record<string, string[]> = { sessions: ["id"], outbox: ["body", "link"] };

const clean = (table: string, rows: Row[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !HIDDEN.test(k) && !HIDDEN_IN[table]?.includes(k))));

async function rowsWhere(db: DbOrTx, table: string, column: string, values: string[]): Promise<Row[]> {
  if (values.length === 0) return [];
  const r = await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(values)})`.execute(db);
  return r.rows;
}

/**
 * Every row Solmu holds that names the person: by account, by each of their
 * memberships, by e-mail address, and what they gave inside their own survey
 * and evaluation answers. Ratings others gave of them are not theirs to read
 * (others' answers); they see those only as the aggregates everyone sees.
 */
export async function personalData(db: DbOrTx, userId: string, email: string) {
  const out: Record<string, Row[]> = {};
  const add = (key: string, rows: Row[]) => {
    if (rows.length === 0) return;
    out[key] = [...(out[key] ?? []), ...clean(key, rows)];
  };
  add("users", await rowsWhere(db, "users", "id", [userId]));
  for (const [table, column] of BY_USER) add(table, await rowsWhere(db, table, column, [userId]));
  const memberships = (out.memberships ?? []).map((m) => String(m.id));
  const photos = (out.memberships ?? []).map((m) => m.photo_id).filter((p): p is string => typeof p === "string");
  add("photos", await rowsWhere(db, "photos", "id", photos));
  for (const [table, column] of BY_MEMBERSHIP) add(table, await rowsWhere(db, table, column, memberships));
  for (const [table, column] of BY_EMAIL) add(table, await rowsWhere(db, table, column, [email]));
  for (const [table, parent] of BY_RESPONSE) {
    const ids = (out[parent] ?? []).map((r) => String(r.id));
    add(table, await rowsWhere(db, table, "response_id", ids));
  }
  // A row found by two columns (say, a promise made to oneself) is listed once.
  for (const key of Object.keys(out)) {
    const seen = new Set<string>();
    out[key] = (out[key] as Row[]).filter((r) => {
      const id = JSON.stringify(r);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  return out;
}

/**
 * Erases what names a person outside the rows that go with their account by
 * foreign key: mail to their address, sign-in attempts and invitations to it,
 * their name on audit events. Invitations they sent pass to another
 * coordinator of the network (the invited still need their link), or go.
 */
export async function eraseTraces(db: DbOrTx, user: { id: string; email: string; name: string }, networkIds: string[]) {
  await db.deleteFrom("outbox").where("to_email", "=", user.email).execute();
  await db.deleteFrom("login_attempts").where("email", "=", user.email).execute();
  await db.deleteFrom("invitations").where("email", "=", user.email).execute();
  await db
    .updateTable("invitations as i")
    .set((eb) => ({
      invited_by: eb
        .selectFrom("memberships as m")
        .select("m.user_id")
        .whereRef("m.network_id", "=", "i.network_id")
        .where("m.role", "=", "coordinator")
        .where("m.user_id", "!=", user.id)
        .orderBy("m.user_id")
        .limit(1),
    }))
    .where("i.invited_by", "=", user.id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("memberships as m")
          .select("m.id")
          .whereRef("m.network_id", "=", "i.network_id")
          .where("m.role", "=", "coordinator")
          .where("m.user_id", "!=", user.id),
      ),
    )
    .execute();
  await db.deleteFrom("invitations").where("invited_by", "=", user.id).execute();
  await db.updateTable("audit_events").set({ actor_name: "" }).where("actor_user_id", "=", user.id).execute();
  // Events about the person (role changes, removal) carry their name as the subject.
  if (networkIds.length > 0) {
    await db
      .updateTable("audit_events")
      .set({ subject: "" })
      .where("network_id", "in", networkIds)
      .where("action", "like", "member.%")
      .where("subject", "=", user.name)
      .execute();
  }
}

/** Deletes the account; sessions, tokens, memberships and what hangs on them go by foreign key, authored rows lose the author. */
export const deleteAccount = (db: DbOrTx, userId: string) => db.deleteFrom("users").where("id", "=", userId).execute();
