import type { ActivityMode } from "../domain/meetings.ts";
import { deleteActivity, findActivity, insertActivity, listActivities as listActivityRows } from "../storage/repos/activities.ts";
import { findCurrentCycle, findCycle } from "../storage/repos/cycles.ts";
import { findMeeting } from "../storage/repos/meetings.ts";
import { changeableOr404, mayChange, requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, notFound } from "./errors.ts";

/** DOMAIN.md separates doing things side by side (each on its own, sharing information) from doing them together. */

/** The balance of side-by-side and joint work among activities. */
export const activityBalance = (rows: { mode: string }[]) => ({
  sideBySide: rows.filter((r) => r.mode === "side_by_side").length,
  together: rows.filter((r) => r.mode === "together").length,
});

/** The network's activities and projects of a cycle (the current one by default), with the balance. */
export async function listActivities(deps: Deps, actor: Actor, networkId: string, cycleId?: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const cycle = cycleId ? await findCycle(db, networkId, cycleId) : await findCurrentCycle(db, networkId);
  if (cycleId && !cycle) throw notFound();
  const rows = await listActivityRows(db, networkId, cycle?.id ?? null);
  return {
    cycleId: cycle?.id ?? null,
    balance: activityBalance(rows),
    items: rows.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      mode: a.mode as ActivityMode,
      meetingId: a.meeting_id,
      createdAt: a.created_at,
      canDelete: mayChange(role, actor, a),
    })),
  };
}

/** Records an activity or project in the current cycle, marked as done side by side or together. */
export async function addActivity(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { title: string; description: string; mode: ActivityMode; meetingId: string | null },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (input.meetingId && !(await findMeeting(db, networkId, input.meetingId))) throw invalid({ meetingId: { key: "validation.invalid" } });
  const cycle = await findCurrentCycle(db, networkId);
  await insertActivity(db, { ...input, networkId, cycleId: cycle?.id ?? null, createdBy: actor.userId });
  return listActivities(deps, actor, networkId);
}

export async function removeActivity(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await changeableOr404(db, actor, networkId, () => findActivity(db, networkId, id), "member");
  await deleteActivity(db, id);
}

/** The balance of activities done side by side and together in a cycle (all cycles when none is given). */
export async function cycleActivityBalance(deps: Deps, networkId: string, cycleId: string | null) {
  return activityBalance(await listActivityRows(deps.storage.db, networkId, cycleId));
}
