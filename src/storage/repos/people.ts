import { sql } from "kysely";
import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import type { TagKind, Visibility } from "../schema.ts";
import { type Cursor, keysetPage, type Page } from "./pagination.ts";
import { canSignIn } from "./users.ts";
import { updateIfVersion } from "./versioned.ts";

export interface PersonRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: "coordinator" | "member" | "observer";
  title: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  behind_title: string | null;
  expectations: string | null;
  phone: string | null;
  email_visibility: Visibility;
  phone_visibility: Visibility;
  photo_id: string | null;
  confirmed_at: string | null;
  version: number;
  /** 1 while the account is only this network's directory entry (nobody signed in as it, no other network lists it). */
  held_by_network: number;
}

export interface PeopleFilter {
  /** Lower-cased substring of name, title, organisation or tags. */
  needle?: string | undefined;
  organisationId?: string | undefined;
  competenceKey?: string | undefined;
  needKey?: string | undefined;
  /** Only profiles confirmed before this instant (or never). */
  staleBefore?: string | undefined;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The directory's rows of a network. `membershipsFirst` reads the network's memberships and then their
 * accounts (a cross join with the join condition in WHERE: the same rows, but SQLite keeps that order): for a
 * substring search, which no index serves, that scans the memberships once instead of walking every account
 * by name.
 */
function peopleQuery(db: DbOrTx, networkId: string, membershipsFirst = false) {
  const withAccounts = membershipsFirst
    ? db.selectFrom("memberships as m").crossJoin("users as u").whereRef("u.id", "=", "m.user_id")
    : db.selectFrom("memberships as m").innerJoin("users as u", "u.id", "m.user_id");
  return withAccounts
    .leftJoin("organisations as o", "o.id", "m.organisation_id")
    .select([
      "m.id",
      "m.user_id",
      "u.name",
      "u.email",
      "m.role",
      "m.title",
      "m.organisation_id",
      "o.name as organisation_name",
      "m.behind_title",
      "m.expectations",
      "m.phone",
      "m.email_visibility",
      "m.phone_visibility",
      "m.photo_id",
      "m.confirmed_at",
      "m.version",
      sql<number>`case when not ${canSignIn} and not exists (select 1 from memberships mx where mx.user_id = u.id and mx.network_id <> m.network_id) then 1 else 0 end`.as(
        "held_by_network",
      ),
    ])
    .where("m.network_id", "=", networkId);
}

/** A page of the directory by name, filtered; tags are fetched separately with tagsOf. */
export async function searchPeople(
  db: DbOrTx,
  networkId: string,
  filter: PeopleFilter,
  limit: number,
  after: Cursor | undefined,
): Promise<Page<PersonRow>> {
  let q = peopleQuery(db, networkId, Boolean(filter.needle));
  if (filter.needle) q = q.where(sql<boolean>`m.search_text like ${`%${escapeLike(filter.needle)}%`} escape '\\'`);
  if (filter.organisationId) q = q.where("m.organisation_id", "=", filter.organisationId);
  for (const [kind, key] of [
    ["competence", filter.competenceKey],
    ["need", filter.needKey],
  ] as const) {
    if (!key) continue;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("person_tags as t")
          .select("t.membership_id")
          .whereRef("t.membership_id", "=", "m.id")
          .where("t.kind", "=", kind)
          .where("t.tag_key", "=", key),
      ),
    );
  }
  if (filter.staleBefore) {
    const before = filter.staleBefore;
    q = q.where((eb) => eb.or([eb("m.confirmed_at", "is", null), eb("m.confirmed_at", "<", before)]));
  }
  return (await keysetPage(q, "u.name", "m.id", limit, after, (r) => ({ key: r.name, id: r.id }))) as Page<PersonRow>;
}

export const findPerson = async (db: DbOrTx, networkId: string, membershipId: string) =>
  (await peopleQuery(db, networkId).where("m.id", "=", membershipId).executeTakeFirst()) as PersonRow | undefined;

export const findPersonByEmail = async (db: DbOrTx, networkId: string, email: string) =>
  (await peopleQuery(db, networkId).where("u.email", "=", email.toLowerCase()).executeTakeFirst()) as PersonRow | undefined;

export interface TagRow {
  membership_id: string;
  kind: TagKind;
  tag: string;
}

/** Tags of many people in one query, so a page of the directory costs two queries, not one per person. */
export async function tagsOf(db: DbOrTx, membershipIds: string[]): Promise<Map<string, Record<TagKind, string[]>>> {
  const out = new Map<string, Record<TagKind, string[]>>();
  for (const id of membershipIds) out.set(id, { competence: [], need: [], language: [] });
  for (let i = 0; i < membershipIds.length; i += 500) {
    const rows = await db
      .selectFrom("person_tags")
      .select(["membership_id", "kind", "tag"])
      .where("membership_id", "in", membershipIds.slice(i, i + 500))
      .orderBy("tag")
      .execute();
    for (const r of rows) out.get(r.membership_id)?.[r.kind].push(r.tag);
  }
  return out;
}

/** Replaces one kind of a person's tags. */
export async function replaceTags(
  db: DbOrTx,
  networkId: string,
  membershipId: string,
  kind: TagKind,
  tags: { tag: string; key: string }[],
) {
  await db.deleteFrom("person_tags").where("membership_id", "=", membershipId).where("kind", "=", kind).execute();
  if (tags.length === 0) return;
  await db
    .insertInto("person_tags")
    .values(tags.map((t) => ({ membership_id: membershipId, network_id: networkId, kind, tag: t.tag, tag_key: t.key })))
    .execute();
}

/** The network's tags of one kind with how many people have each, most common first, optionally by prefix. */
export async function tagCounts(db: DbOrTx, networkId: string, kind: TagKind, prefix: string | undefined, limit: number) {
  let q = db
    .selectFrom("person_tags")
    .select((eb) => [eb.fn.min("tag").as("tag"), "tag_key", eb.fn.countAll<number>().as("count")])
    .where("network_id", "=", networkId)
    .where("kind", "=", kind);
  if (prefix) q = q.where(sql<boolean>`tag_key like ${`${escapeLike(prefix)}%`} escape '\\'`);
  const rows = await q.groupBy("tag_key").orderBy("count", "desc").orderBy("tag_key").limit(limit).execute();
  return rows.map((r) => ({ tag: String(r.tag), key: r.tag_key, count: Number(r.count) }));
}

export interface ProfilePatch {
  title?: string | null;
  organisation_id?: string | null;
  behind_title?: string | null;
  expectations?: string | null;
  phone?: string | null;
  email_visibility?: Visibility;
  phone_visibility?: Visibility;
  photo_id?: string | null;
  confirmed_at?: string | null;
}

/** Saves a profile only if nobody saved it since `version` was read; false on a stale write. */
export async function updateProfileIfVersion(db: DbOrTx, membershipId: string, version: number, patch: ProfilePatch): Promise<boolean> {
  return updateIfVersion(db, "memberships", membershipId, version, { ...patch });
}

export const setProfileFields = (db: DbOrTx, membershipId: string, patch: ProfilePatch) =>
  db
    .updateTable("memberships")
    .set((eb) => ({ ...patch, version: eb("version", "+", 1), updated_at: nowIso() }))
    .where("id", "=", membershipId)
    .execute();

/** Marks a person reminded unless someone else did since `staleBefore`; true when this call claimed it. */
export async function claimReminder(db: DbOrTx, membershipId: string, staleBefore: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable("memberships")
    .set({ reminded_at: at })
    .where("id", "=", membershipId)
    .where((eb) => eb.or([eb("reminded_at", "is", null), eb("reminded_at", "<", staleBefore)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Rebuilds the search text of the given people from their name, title, organisation and tags. */
export async function refreshSearchText(db: DbOrTx, membershipIds: string[], build: (parts: (string | null)[]) => string) {
  if (membershipIds.length === 0) return;
  for (let i = 0; i < membershipIds.length; i += 500) {
    const ids = membershipIds.slice(i, i + 500);
    const people = await db
      .selectFrom("memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .leftJoin("organisations as o", "o.id", "m.organisation_id")
      .select(["m.id", "u.name", "m.title", "o.name as organisation_name"])
      .where("m.id", "in", ids)
      .execute();
    const tags = await tagsOf(db, ids);
    for (const p of people) {
      const t = tags.get(p.id);
      const text = build([p.name, p.title, p.organisation_name, ...(t ? [...t.competence, ...t.need] : [])]);
      await db.updateTable("memberships").set({ search_text: text }).where("id", "=", p.id).execute();
    }
  }
}

export const membershipIdsOfUser = async (db: DbOrTx, userId: string) =>
  (await db.selectFrom("memberships").select("id").where("user_id", "=", userId).execute()).map((r) => r.id);

/** How many profiles a network has and how many of them are stale. */
export async function freshnessCounts(db: DbOrTx, networkId: string, staleBefore: string) {
  const r = await db
    .selectFrom("memberships")
    .select((eb) => [
      eb.fn.countAll<number>().as("total"),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.or([eb("confirmed_at", "is", null), eb("confirmed_at", "<", staleBefore)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as("stale"),
    ])
    .where("network_id", "=", networkId)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), stale: Number(r.stale ?? 0) };
}

/** People of the network whose profile is stale and who have not been reminded since it went stale. */
export const staleUnreminded = (db: DbOrTx, networkId: string, staleBefore: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.id", "u.email", "u.name", "u.locale", canSignIn.as("can_sign_in")])
    .where("m.network_id", "=", networkId)
    .where((eb) => eb.or([eb("m.confirmed_at", "is", null), eb("m.confirmed_at", "<", staleBefore)]))
    .where((eb) => eb.or([eb("m.reminded_at", "is", null), eb("m.reminded_at", "<", staleBefore)]))
    .execute();

/** The e-mail addresses of everyone in a network, for telling new people from known ones in one query. */
export const networkEmails = async (db: DbOrTx, networkId: string) =>
  (
    await db
      .selectFrom("memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .select("u.email")
      .where("m.network_id", "=", networkId)
      .execute()
  ).map((r) => r.email);
