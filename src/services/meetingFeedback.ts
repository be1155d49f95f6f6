import type { FeedbackValues, ReleasedFeedback } from "../domain/evaluation.ts";
import { dueForRelease, isShown, nextReleaseAt, sortedAnswers } from "../domain/release.ts";
import { distribution } from "../domain/surveys.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { listFeedback, listMeetings as listMeetingRows } from "../storage/repos/meetings.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { listReleases, saveRelease } from "../storage/repos/releases.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";

/** One released answer: the three items and the comment, without who gave it. */
export interface ReleasedEntry extends FeedbackValues {
  comment: string;
}

export interface MeetingRelease extends ReleasedFeedback {
  entries: ReleasedEntry[];
}

/**
 * Releases a meeting's feedback afresh once at least the minimum group size
 * of people have answered since the last release (decision 014). Feedback
 * keeps coming in after a meeting; between releases planners see the last
 * release, so one more answer or a changed one cannot be read off.
 */
export async function releaseFeedback(db: DbOrTx, meetingId: string, minGroupSize: number) {
  const rows = await listFeedback(db, [meetingId]);
  const [last] = await listReleases(db, "meeting_feedback", [meetingId]);
  if (!dueForRelease(rows.length, last?.raters ?? null, minGroupSize)) return;
  const entries: ReleasedEntry[] = sortedAnswers(
    rows.map((r) => ({
      timeWellUsed: r.time_well_used,
      realDialogue: r.real_dialogue,
      concreteProgress: r.concrete_progress,
      comment: r.comment,
    })),
  );
  await saveRelease(db, "meeting_feedback", meetingId, rows.length, JSON.stringify(entries));
}

/** The last released feedback of each of some meetings. */
export async function releasedFeedback(db: DbOrTx, meetingIds: string[]): Promise<Map<string, MeetingRelease>> {
  const rows = await listReleases(db, "meeting_feedback", meetingIds);
  return new Map(rows.map((r) => [r.subject_id, { raters: r.raters, entries: JSON.parse(r.payload) as ReleasedEntry[] }]));
}

/**
 * The three feedback questions of a meeting as last released. Each item is
 * required, so the people behind each item's figure are the release's
 * respondents; nothing is shown until they reach the minimum group size.
 */
export function feedbackSummary(release: MeetingRelease | undefined, respondents: number, minGroupSize: number) {
  const released = release?.raters ?? null;
  const shown = isShown(released, minGroupSize) ? release : undefined;
  const of = (k: "timeWellUsed" | "realDialogue" | "concreteProgress") =>
    shown
      ? distribution(
          shown.entries.map((e) => e[k]),
          1,
          5,
        )
      : null;
  return {
    respondents,
    minGroupSize,
    hidden: !shown,
    releasedRespondents: shown ? shown.raters : null,
    nextReleaseAt: nextReleaseAt(released, minGroupSize),
    timeWellUsed: of("timeWellUsed"),
    realDialogue: of("realDialogue"),
    concreteProgress: of("concreteProgress"),
    comments: shown ? shown.entries.map((e) => e.comment).filter((c) => c.trim() !== "") : [],
  };
}

/** Meeting feedback across the current cycle, for coordinators: one point per meeting, as last released. */
export async function feedbackTrend(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  const cycle = await findCurrentCycle(db, networkId);
  const meetings = (await listMeetingRows(db, networkId))
    .filter((m) => !cycle || (m.starts_local.slice(0, 10) >= cycle.starts_on && m.starts_local.slice(0, 10) <= cycle.ends_on))
    .reverse();
  const ids = meetings.map((m) => m.id);
  const [feedback, releases] = await Promise.all([listFeedback(db, ids), releasedFeedback(db, ids)]);
  return {
    items: meetings.map((m) => {
      const s = feedbackSummary(releases.get(m.id), feedback.filter((f) => f.meeting_id === m.id).length, network?.min_group_size ?? 3);
      return {
        meetingId: m.id,
        title: m.title,
        start: m.starts_local,
        respondents: s.respondents,
        timeWellUsed: s.timeWellUsed?.mean ?? null,
        realDialogue: s.realDialogue?.mean ?? null,
        concreteProgress: s.concreteProgress?.mean ?? null,
      };
    }),
  };
}
