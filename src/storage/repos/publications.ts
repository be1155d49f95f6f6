import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import { insertRow, newStamps } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export interface PublicationFields {
  slug: string;
  enabled: boolean;
  intro: string;
  showGoals: boolean;
  showResults: boolean;
  showPractices: boolean;
  showAgreement: boolean;
  showMap: boolean;
}

export const findPublication = (db: DbOrTx, networkId: string) =>
  db.selectFrom("publications").selectAll().where("network_id", "=", networkId).executeTakeFirst();

export const findPublicationBySlug = (db: DbOrTx, slug: string) =>
  db
    .selectFrom("publications as p")
    .innerJoin("networks as n", "n.id", "p.network_id")
    .selectAll("p")
    .select(["n.name as network_name", "n.purpose as network_purpose"])
    .where("p.slug", "=", slug)
    .executeTakeFirst();

export const slugTaken = async (db: DbOrTx, slug: string, networkId: string) =>
  !!(await db
    .selectFrom("publications")
    .select("network_id")
    .where("slug", "=", slug)
    .where("network_id", "!=", networkId)
    .executeTakeFirst());

const columns = (f: PublicationFields) => ({
  slug: f.slug,
  enabled: f.enabled ? 1 : 0,
  intro: f.intro,
  show_goals: f.showGoals ? 1 : 0,
  show_results: f.showResults ? 1 : 0,
  show_practices: f.showPractices ? 1 : 0,
  show_agreement: f.showAgreement ? 1 : 0,
  show_map: f.showMap ? 1 : 0,
  updated_at: nowIso(),
});

/** Saves a network's public page settings; version 0 creates them. False when the stored version differs. */
export async function savePublicationIfVersion(db: DbOrTx, networkId: string, version: number, f: PublicationFields) {
  if (version === 0) {
    const r = await db
      .insertInto("publications")
      .values({ network_id: networkId, ...columns(f) })
      .onConflict((oc) => oc.column("network_id").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable("publications")
    .set({ ...columns(f), version: version + 1 })
    .where("network_id", "=", networkId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface NewsFields {
  title: string;
  body: string;
}

export async function insertNews(db: DbOrTx, networkId: string, f: NewsFields & { published: boolean }, createdBy: string) {
  const now = nowIso();
  return insertRow(db, "news_items", {
    network_id: networkId,
    title: f.title,
    body: f.body,
    published_at: f.published ? now : null,
    created_by: createdBy,
    ...newStamps(),
  });
}

export const findNews = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("news_items").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

/** A network's news, newest first; with `publishedOnly` only what is public now. */
export function listNews(db: DbOrTx, networkId: string, publishedOnly: boolean) {
  let q = db.selectFrom("news_items").selectAll().where("network_id", "=", networkId);
  if (publishedOnly) q = q.where("published_at", "is not", null);
  return q.orderBy("published_at", "desc").orderBy("created_at", "desc").limit(200).execute();
}

/** Edits a news item; publishing keeps the first publication time, unpublishing clears it. */
export async function updateNewsIfVersion(db: DbOrTx, id: string, version: number, f: NewsFields & { publishedAt: string | null }) {
  return updateIfVersion(db, "news_items", id, version, { title: f.title, body: f.body, published_at: f.publishedAt });
}

export const deleteNews = (db: DbOrTx, id: string) => db.deleteFrom("news_items").where("id", "=", id).execute();

export interface PracticeFields {
  title: string;
  whatWorked: string;
  context: string;
  contact: string;
}

export async function insertPractice(db: DbOrTx, networkId: string, f: PracticeFields, createdBy: string) {
  return insertRow(db, "good_practices", {
    network_id: networkId,
    title: f.title,
    what_worked: f.whatWorked,
    context: f.context,
    contact: f.contact,
    published_at: null,
    created_by: createdBy,
    ...newStamps(),
  });
}

const practiceQuery = (db: DbOrTx) =>
  db
    .selectFrom("good_practices as g")
    .innerJoin("networks as n", "n.id", "g.network_id")
    .leftJoin("users as u", "u.id", "g.created_by")
    .leftJoin("publications as p", "p.network_id", "g.network_id")
    .selectAll("g")
    .select(["n.name as network_name", "u.name as created_by_name", "p.slug", "p.enabled as page_enabled"]);

export const findPractice = (db: DbOrTx, networkId: string, id: string) =>
  practiceQuery(db).where("g.network_id", "=", networkId).where("g.id", "=", id).executeTakeFirst();

export const listPracticesOfNetwork = (db: DbOrTx, networkId: string, publishedOnly: boolean) => {
  let q = practiceQuery(db).where("g.network_id", "=", networkId);
  if (publishedOnly) q = q.where("g.published_at", "is not", null);
  return q.orderBy("g.updated_at", "desc").execute();
};

/** Published good practices of every network on the instance, newest first. */
export const listPublishedPractices = (db: DbOrTx, limit = 200) =>
  practiceQuery(db).where("g.published_at", "is not", null).orderBy("g.published_at", "desc").limit(limit).execute();

export async function updatePracticeIfVersion(db: DbOrTx, id: string, version: number, f: PracticeFields & { publishedAt: string | null }) {
  return updateIfVersion(db, "good_practices", id, version, {
    title: f.title,
    what_worked: f.whatWorked,
    context: f.context,
    contact: f.contact,
    published_at: f.publishedAt,
  });
}

export const deletePractice = (db: DbOrTx, id: string) => db.deleteFrom("good_practices").where("id", "=", id).execute();
