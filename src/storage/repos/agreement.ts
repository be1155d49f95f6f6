import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { insertRow } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

/** Creates the framework's question sections that a network does not have yet (safe to race: duplicates are ignored). */
export async function ensureQuestionSections(db: DbOrTx, networkId: string, questions: number[]) {
  const now = nowIso();
  await db
    .insertInto("agreement_sections")
    .values(
      questions.map((q) => ({
        id: newId(),
        network_id: networkId,
        question: q,
        title: "",
        body: "",
        position: q,
        updated_by: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(["network_id", "question"]).where("question", "is not", null).doNothing())
    .execute();
}

export const listSections = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("agreement_sections as s")
    .leftJoin("users as u", "u.id", "s.updated_by")
    .select(["s.id", "s.question", "s.title", "s.body", "s.position", "s.version", "s.updated_at", "u.name as updated_by_name"])
    .select((eb) =>
      eb
        .selectFrom("agreement_comments as c")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("c.section_id", "=", "s.id")
        .as("comment_count"),
    )
    .where("s.network_id", "=", networkId)
    .orderBy("s.position")
    .orderBy("s.created_at")
    .execute();

export const findSection = (db: DbOrTx, networkId: string, id: string) =>
  db
    .selectFrom("agreement_sections as s")
    .leftJoin("users as u", "u.id", "s.updated_by")
    .select(["s.id", "s.question", "s.title", "s.body", "s.position", "s.version", "s.updated_at", "u.name as updated_by_name"])
    .where("s.network_id", "=", networkId)
    .where("s.id", "=", id)
    .executeTakeFirst();

/** Saves a section only if it is still at `version`, and keeps the new text as a revision. */
export async function updateSectionIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  input: { title: string; body: string; userId: string },
) {
  const now = nowIso();
  if (
    !(await updateIfVersion(db, "agreement_sections", id, version, {
      title: input.title,
      body: input.body,
      updated_by: input.userId,
      updated_at: now,
    }))
  )
    return false;
  await db
    .insertInto("agreement_revisions")
    .values({
      id: newId(),
      section_id: id,
      version: version + 1,
      title: input.title,
      body: input.body,
      author_id: input.userId,
      created_at: now,
    })
    .execute();
  return true;
}

export async function insertFreeSection(db: DbOrTx, networkId: string, input: { title: string; body: string; userId: string }) {
  const now = nowIso();
  const last = await db
    .selectFrom("agreement_sections")
    .select((eb) => eb.fn.max("position").as("p"))
    .where("network_id", "=", networkId)
    .executeTakeFirst();
  const id = await insertRow(db, "agreement_sections", {
    network_id: networkId,
    question: null,
    title: input.title,
    body: input.body,
    position: Number(last?.p ?? 15) + 1,
    updated_by: input.userId,
    created_at: now,
    updated_at: now,
  });
  await db
    .insertInto("agreement_revisions")
    .values({ id: newId(), section_id: id, version: 1, title: input.title, body: input.body, author_id: input.userId, created_at: now })
    .execute();
  return id;
}

export const deleteSection = (db: DbOrTx, id: string) => db.deleteFrom("agreement_sections").where("id", "=", id).execute();

export const listRevisions = (db: DbOrTx, sectionId: string) =>
  db
    .selectFrom("agreement_revisions as r")
    .leftJoin("users as u", "u.id", "r.author_id")
    .select(["r.version", "r.title", "r.body", "r.created_at", "u.name as author_name"])
    .where("r.section_id", "=", sectionId)
    .orderBy("r.version", "desc")
    .execute();

export const insertComment = (db: DbOrTx, sectionId: string, authorId: string, body: string) =>
  db
    .insertInto("agreement_comments")
    .values({ id: newId(), section_id: sectionId, author_id: authorId, body, created_at: nowIso() })
    .execute();

export const listComments = (db: DbOrTx, sectionId: string) =>
  db
    .selectFrom("agreement_comments as c")
    .leftJoin("users as u", "u.id", "c.author_id")
    .select(["c.id", "c.body", "c.created_at", "u.name as author_name"])
    .where("c.section_id", "=", sectionId)
    .orderBy("c.created_at")
    .execute();

export const latestVersion = (db: DbOrTx, networkId: string) =>
  db.selectFrom("agreement_versions").selectAll().where("network_id", "=", networkId).orderBy("number", "desc").limit(1).executeTakeFirst();

export const latestApprovedVersion = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("agreement_versions")
    .selectAll()
    .where("network_id", "=", networkId)
    .where("status", "=", "approved")
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();

export const findVersion = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("agreement_versions").selectAll().where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();

export const listVersions = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("agreement_versions")
    .select(["id", "number", "status", "proposed_at", "approved_at"])
    .where("network_id", "=", networkId)
    .orderBy("number", "desc")
    .execute();

/** Records a new proposal; any earlier proposal still open is superseded by it. */
export async function insertVersion(db: DbOrTx, input: { networkId: string; cycleId: string | null; snapshot: string; userId: string }) {
  const last = await latestVersion(db, input.networkId);
  await db
    .updateTable("agreement_versions")
    .set({ status: "superseded" })
    .where("network_id", "=", input.networkId)
    .where("status", "=", "proposed")
    .execute();
  return insertRow(db, "agreement_versions", {
    network_id: input.networkId,
    cycle_id: input.cycleId,
    number: (last?.number ?? 0) + 1,
    snapshot: input.snapshot,
    status: "proposed",
    proposed_by: input.userId,
    proposed_at: nowIso(),
    approved_at: null,
  });
}

export async function upsertApproval(
  db: DbOrTx,
  input: { versionId: string; organisationId: string; decision: "accepted" | "changes_requested"; comment: string; userId: string },
) {
  const now = nowIso();
  await db
    .insertInto("agreement_approvals")
    .values({
      version_id: input.versionId,
      organisation_id: input.organisationId,
      decision: input.decision,
      comment: input.comment,
      decided_by: input.userId,
      decided_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(["version_id", "organisation_id"])
        .doUpdateSet({ decision: input.decision, comment: input.comment, decided_by: input.userId, decided_at: now }),
    )
    .execute();
}

export const listApprovals = (db: DbOrTx, versionId: string) =>
  db
    .selectFrom("agreement_approvals as a")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .leftJoin("users as u", "u.id", "a.decided_by")
    .select(["a.organisation_id", "o.name as organisation_name", "a.decision", "a.comment", "a.decided_at", "u.name as decided_by_name"])
    .where("a.version_id", "=", versionId)
    .execute();

/** Marks a version approved and the earlier approved one superseded. */
export async function markApproved(db: DbOrTx, networkId: string, versionId: string) {
  await db
    .updateTable("agreement_versions")
    .set({ status: "superseded" })
    .where("network_id", "=", networkId)
    .where("status", "=", "approved")
    .execute();
  await db.updateTable("agreement_versions").set({ status: "approved", approved_at: nowIso() }).where("id", "=", versionId).execute();
}

/** Organisations of the network that have at least one representative: they are the ones who approve. */
export const representedOrganisations = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("organisations as o")
    .select(["o.id", "o.name"])
    .where("o.network_id", "=", networkId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("organisation_representatives as r")
          .innerJoin("memberships as m", "m.id", "r.membership_id")
          .select("m.id")
          .whereRef("r.organisation_id", "=", "o.id")
          .where("m.role", "!=", "observer"),
      ),
    )
    .orderBy("o.name")
    .execute();

export const findAgreementSection = (db: DbOrTx, networkId: string, id: string) =>
  db.selectFrom("agreement_sections").select(["id"]).where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst();
