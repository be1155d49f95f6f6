import type { Selectable } from "kysely";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { NetworkRole, NetworksTable, SurveyAnswersOnLeave, TiesVisibility } from "../schema.ts";
import { type Cursor, keysetPage, type Page } from "./pagination.ts";
import { updateIfVersion } from "./versioned.ts";

export type NetworkRow = Selectable<NetworksTable>;

export interface NetworkFields {
  name: string;
  purpose: string;
  networkType: string;
  governance: string;
  /** Days after which a directory profile counts as stale. */
  staleAfterDays: number;
  surveyRetentionMonths: number | null;
  surveyAnswersOnLeave: SurveyAnswersOnLeave;
  /** What coordinators will see of ties in new survey rounds; "individual" when not given. */
  surveyTiesVisibility?: TiesVisibility | undefined;
  /** Unchanged when undefined. */
  requireSso?: boolean | undefined;
}

export async function insertNetwork(db: DbOrTx, input: NetworkFields): Promise<NetworkRow> {
  const now = nowIso();
  const row: NetworkRow = {
    id: newId(),
    name: input.name,
    purpose: input.purpose,
    network_type: input.networkType,
    governance: input.governance,
    min_group_size: 3,
    stale_after_days: input.staleAfterDays,
    survey_retention_months: input.surveyRetentionMonths,
    survey_answers_on_leave: input.surveyAnswersOnLeave,
    survey_ties_visibility: input.surveyTiesVisibility ?? "individual",
    require_sso: 0,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("networks").values(row).execute();
  return row;
}

export const findNetwork = (db: DbOrTx, id: string) => db.selectFrom("networks").selectAll().where("id", "=", id).executeTakeFirst();

/** A network with how many members and organisations it has, in one query (the network home reads all three). */
export async function findNetworkWithCounts(db: DbOrTx, id: string) {
  const row = await db
    .selectFrom("networks as n")
    .selectAll("n")
    .select((eb) => [
      eb.selectFrom("memberships as m").select(eb.fn.countAll<number>().as("c")).whereRef("m.network_id", "=", "n.id").as("member_count"),
      eb
        .selectFrom("organisations as o")
        .select(eb.fn.countAll<number>().as("c"))
        .whereRef("o.network_id", "=", "n.id")
        .as("organisation_count"),
    ])
    .where("n.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { member_count, organisation_count, ...network } = row;
  return { network: network as NetworkRow, memberCount: Number(member_count), organisationCount: Number(organisation_count) };
}

/** Updates only when the stored version is `expectedVersion`; returns false on a stale write. */
export async function updateNetworkIfVersion(db: DbOrTx, id: string, expectedVersion: number, input: NetworkFields): Promise<boolean> {
  return updateIfVersion(db, "networks", id, expectedVersion, {
    name: input.name,
    purpose: input.purpose,
    network_type: input.networkType,
    governance: input.governance,
    stale_after_days: input.staleAfterDays,
    survey_retention_months: input.surveyRetentionMonths,
    survey_answers_on_leave: input.surveyAnswersOnLeave,
    ...(input.surveyTiesVisibility ? { survey_ties_visibility: input.surveyTiesVisibility } : {}),
    ...(input.requireSso === undefined ? {} : { require_sso: input.requireSso ? 1 : 0 }),
  });
}

export interface NetworkListItem {
  id: string;
  name: string;
  purpose: string;
  network_type: string;
  role: NetworkRole | null;
}

/** Networks the user belongs to (or every network, for an instance admin), by name. */
export async function listNetworksForUser(
  db: DbOrTx,
  user: { id: string; isAdmin: boolean },
  limit: number,
  after: Cursor | undefined,
): Promise<Page<NetworkListItem>> {
  let q = db
    .selectFrom("networks as n")
    .leftJoin("memberships as m", (j) => j.onRef("m.network_id", "=", "n.id").on("m.user_id", "=", user.id))
    .select(["n.id", "n.name", "n.purpose", "n.network_type", "m.role"]);
  if (!user.isAdmin) q = q.where("m.user_id", "is not", null);
  return keysetPage(q, "n.name", "n.id", limit, after, (r) => ({ key: r.name, id: r.id }));
}

export const listAllNetworks = (db: DbOrTx) =>
  db.selectFrom("networks").select(["id", "name", "stale_after_days"]).orderBy("name").execute();

/**
 * Locks a network's row until the transaction ends (an update that changes nothing still takes the row
 * lock on PostgreSQL, and the write lock on SQLite), so that checks like "one coordinator stays" and the
 * change they guard run one transaction at a time per network.
 */
export const lockNetwork = (db: DbOrTx, id: string) =>
  db
    .updateTable("networks")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("id", "=", id)
    .execute();
