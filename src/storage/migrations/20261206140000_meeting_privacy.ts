import type { Kysely } from "kysely";

/**
 * Released summaries (decision 014): the answers behind a live figure as they
 * stood when it was last released, so the figure changes only when at least
 * the minimum group size of new raters has come in. Figures already shown
 * before this migration are released as they stand, so none of them vanishes.
 */
// Node 20 has no Map.groupBy.
function groupBy<T>(rows: T[], key: (row: T) => string) {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("released_summaries")
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("raters", "integer", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("released_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("released_summaries_pk", ["subject_kind", "subject_id"])
    .execute();

  const now = new Date().toISOString();
  const minOf = new Map(
    (await db.selectFrom("networks").select(["id", "min_group_size"]).execute()).map((n) => [n.id as string, Number(n.min_group_size)]),
  );
  const feedback = await db
    .selectFrom("meeting_feedback as f")
    .innerJoin("meetings as m", "m.id", "f.meeting_id")
    .select(["f.meeting_id", "m.network_id", "f.time_well_used", "f.real_dialogue", "f.concrete_progress", "f.comment"])
    .execute();
  const byMeeting = groupBy(feedback, (f) => f.meeting_id as string);
  for (const [meetingId, rows] of byMeeting) {
    if (rows.length < (minOf.get(rows[0]?.network_id) ?? 3)) continue;
    const entries = rows
      .map((r) => ({
        timeWellUsed: Number(r.time_well_used),
        realDialogue: Number(r.real_dialogue),
        concreteProgress: Number(r.concrete_progress),
        comment: String(r.comment),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    await db
      .insertInto("released_summaries")
      .values({
        subject_kind: "meeting_feedback",
        subject_id: meetingId,
        raters: rows.length,
        payload: JSON.stringify(entries),
        released_at: now,
      })
      .execute();
  }

  const assessments = await db.selectFrom("network_type_assessments").select(["network_id", "cycle_id", "placement"]).execute();
  const byCycle = groupBy(assessments, (a) => a.cycle_id as string);
  for (const [cycleId, rows] of byCycle) {
    if (rows.length < (minOf.get(rows[0]?.network_id) ?? 3)) continue;
    const placements = rows.map((r) => String(r.placement)).sort();
    await db
      .insertInto("released_summaries")
      .values({
        subject_kind: "network_type",
        subject_id: cycleId,
        raters: rows.length,
        payload: `[${placements.join(",")}]`,
        released_at: now,
      })
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("released_summaries").execute();
}
