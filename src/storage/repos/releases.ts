import type { DbOrTx } from "../db.ts";
import { nowIso } from "../ids.ts";
import type { ReleasedSummariesTable } from "../schema.ts";
import { ifAnyIds } from "./bulk.ts";

export type ReleaseKind = ReleasedSummariesTable["subject_kind"];

/** The released summaries of some subjects of one kind (decision 014). */
export const listReleases = (db: DbOrTx, kind: ReleaseKind, subjectIds: string[]) =>
  ifAnyIds(subjectIds, () =>
    db
      .selectFrom("released_summaries")
      .select(["subject_id", "raters", "payload"])
      .where("subject_kind", "=", kind)
      .where("subject_id", "in", subjectIds)
      .execute(),
  );

/** Replaces a subject's released summary. */
export async function saveRelease(db: DbOrTx, kind: ReleaseKind, subjectId: string, raters: number, payload: string) {
  const releasedAt = nowIso();
  await db
    .insertInto("released_summaries")
    .values({ subject_kind: kind, subject_id: subjectId, raters, payload, released_at: releasedAt })
    .onConflict((oc) => oc.columns(["subject_kind", "subject_id"]).doUpdateSet({ raters, payload, released_at: releasedAt }))
    .execute();
}
