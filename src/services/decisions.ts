import type { DecisionRule } from "../domain/agreement.ts";
import { searchNeedle, searchText } from "../domain/directory.ts";
import { dayCell, type Table } from "../domain/table.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { deleteDecision, findDecision, insertDecision, listDecisions as listDecisionRows } from "../storage/repos/decisions.ts";
import { findMeeting } from "../storage/repos/meetings.ts";
import { changeableOr404, mayChange, requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, notFound } from "./errors.ts";
import { announce } from "./webhooks.ts";

export interface DecisionInput {
  decidedOn: string;
  title: string;
  body: string;
  rule: DecisionRule;
  participants: string;
  meetingId: string | null;
}

const present = (d: Awaited<ReturnType<typeof listDecisionRows>>[number], actor: Actor, role: string) => ({
  id: d.id,
  decidedOn: d.decided_on,
  title: d.title,
  body: d.body,
  // Recorded only through the rules of agreement question 6 (the route's enum).
  rule: d.rule as DecisionRule,
  participants: d.participants,
  meetingId: d.meeting_id,
  cycleId: d.cycle_id,
  pollId: d.poll_id,
  canDelete: mayChange(role, actor, d),
});

/** The decision log, newest first; `q` finds words in the title, text or participants. */
export async function listDecisions(deps: Deps, actor: Actor, networkId: string, q: string | undefined) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const rows = await listDecisionRows(db, networkId, searchNeedle(q));
  return rows.map((d) => present(d, actor, role));
}

/** Records a decision in the current cycle (members and coordinators). */
export async function recordDecision(deps: Deps, actor: Actor, networkId: string, input: DecisionInput) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  if (input.meetingId && !(await findMeeting(db, networkId, input.meetingId))) throw invalid({ meetingId: { key: "validation.invalid" } });
  const cycle = await findCurrentCycle(db, networkId);
  const id = await db.transaction().execute(async (tx) => {
    const recorded = await insertDecision(tx, {
      ...input,
      networkId,
      cycleId: cycle?.id ?? null,
      createdBy: actor.userId,
      searchText: searchText([input.title, input.body, input.participants]),
    });
    await announce(tx, { networkId, kind: "decision.recorded", title: input.title, path: `/networks/${networkId}/decisions` });
    return recorded;
  });
  const row = await findDecision(db, networkId, id);
  if (!row) throw notFound();
  return present(row, actor, role);
}

export async function removeDecision(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  const { row: d } = await changeableOr404(db, actor, networkId, () => findDecision(db, networkId, id));
  await db.transaction().execute(async (tx) => {
    await deleteDecision(tx, id);
    await audit(tx, actor, networkId, "decision.deleted", d.title);
  });
}

/** The decision log (or a search of it) as a table for CSV or Excel, with headers in the user's language. */
export async function decisionsTable(
  deps: Deps,
  actor: Actor,
  networkId: string,
  q: string | undefined,
  labels: { name: string; headers: string[]; rule: (rule: string) => string },
  format: "csv" | "xlsx",
): Promise<Table> {
  const rows = await listDecisions(deps, actor, networkId, q);
  await audit(deps.storage.db, actor, networkId, "export.decisions", q ?? "", { format, decisions: rows.length });
  return {
    name: labels.name,
    headers: labels.headers,
    rows: rows.map((d) => [dayCell(d.decidedOn), d.title, d.body, labels.rule(d.rule), d.participants]),
  };
}
