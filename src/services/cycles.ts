import { nextPhase, PHASES, type Phase, REOPEN_DAYS, reopenable } from "../domain/network.ts";
import { nowIso } from "../storage/ids.ts";
import {
  type CycleRow,
  closeCycle,
  endPhase,
  findCurrentCycle,
  insertCycle,
  listCyclePhases,
  listCycles,
  listPhaseEvaluations,
  reopenPhaseRows,
  setCyclePhase,
  startPhase,
  upsertPhaseEvaluation,
} from "../storage/repos/cycles.ts";
import { copyIndicators } from "../storage/repos/evaluation.ts";
import { copyGoals } from "../storage/repos/goals.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { movePromisesStillOpen } from "../storage/repos/promises.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound } from "./errors.ts";
import { computedFigures, snapshotComputedIndicators } from "./evaluation.ts";

/** A cycle as the API shows it. */
export const cycleView = (c: CycleRow) => ({
  id: c.id,
  name: c.name,
  startsOn: c.starts_on,
  endsOn: c.ends_on,
  // Written only by this service, from the domain's phases.
  phase: c.phase as Phase,
  closedAt: c.closed_at,
});

/**
 * The network's cycles and, for the current one, each phase: when it started
 * and ended, its summary, and its success evaluation. Averages and what members
 * wrote are shown only from the network's minimum group size up, so that no
 * one's answer can be singled out.
 */
export async function cycleOverview(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const [cycles, current] = await Promise.all([listCycles(db, networkId), findCurrentCycle(db, networkId)]);
  const phases = current ? await listCyclePhases(db, current.id) : [];
  const evaluations = current ? await listPhaseEvaluations(db, current.id) : [];
  const currentIndex = current ? PHASES.indexOf(current.phase as Phase) : -1;
  const reopen = current && role === "coordinator" ? reopenable(current.phase as Phase, phasesEnd(phases, current.phase as Phase)) : null;
  return {
    /** Coordinators: the phase they may open again, and until when; null when none. */
    reopen: reopen && reopen.until > nowIso() ? reopen : null,
    minGroupSize: network.min_group_size,
    cycles: cycles.map(cycleView),
    current: current
      ? {
          id: current.id,
          name: current.name,
          startsOn: current.starts_on,
          endsOn: current.ends_on,
          phase: current.phase as Phase,
          phases: PHASES.map((phase, i) => {
            const row = phases.find((p) => p.phase === phase);
            const mine = evaluations.filter((e) => e.phase === phase);
            const shown = mine.length >= network.min_group_size;
            const own = mine.find((e) => e.user_id === actor.userId);
            return {
              phase,
              status: (i < currentIndex ? "done" : i === currentIndex ? "current" : "upcoming") as "done" | "current" | "upcoming",
              startedAt: row?.started_at ?? null,
              endedAt: row?.ended_at ?? null,
              summary: row?.summary ?? "",
              evaluation: {
                respondents: mine.length,
                averageAchieved: shown ? mine.reduce((s, e) => s + e.achieved, 0) / mine.length : null,
                carryForward: shown ? mine.map((e) => e.carry_forward).filter((t) => t.trim() !== "") : [],
                mine: own ? { achieved: own.achieved, carryForward: own.carry_forward } : null,
              },
            };
          }),
        }
      : null,
  };
}

/**
 * Opens the phase closed last again (coordinator), within REOPEN_DAYS of closing it: the current phase's start is
 * undone and the closed phase's summary kept for editing. A phase closed earlier, or the cycle closed, gets 409.
 */
export async function reopenPhase(deps: Deps, actor: Actor, networkId: string, input: { phase: Phase }) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  await db.transaction().execute(async (tx) => {
    const current = await findCurrentCycle(tx, networkId);
    if (!current) throw notFound();
    const phases = await listCyclePhases(tx, current.id);
    const previous = reopenable(current.phase as Phase, phasesEnd(phases, current.phase as Phase));
    if (!previous || previous.phase !== input.phase) throw new AppError(409, "phase_moved", "errors.phase_moved");
    if (previous.until <= nowIso()) throw new AppError(409, "reopen_too_late", "errors.reopen_too_late", { days: REOPEN_DAYS });
    if (!(await setCyclePhase(tx, current.id, current.phase, previous.phase))) throw new AppError(409, "phase_moved", "errors.phase_moved");
    await reopenPhaseRows(tx, current.id, previous.phase, current.phase);
    await audit(tx, actor, networkId, "cycle.phase_reopened", current.name, { phase: previous.phase });
  });
  return cycleOverview(deps, actor, networkId);
}

/** When the phase before `current` ended, from the cycle's phase rows. */
const phasesEnd = (rows: { phase: string; ended_at: string | null }[], current: Phase) =>
  rows.find((r) => r.phase === PHASES[PHASES.indexOf(current) - 1])?.ended_at ?? null;

/** A member's success evaluation of a phase of the current cycle that has started. */
export async function evaluatePhase(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { phase: Phase; achieved: number; carryForward: string },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const current = await findCurrentCycle(db, networkId);
  if (!current) throw notFound();
  if (PHASES.indexOf(input.phase) > PHASES.indexOf(current.phase as Phase))
    throw invalid({ phase: { key: "validation.phase_not_started" } });
  await upsertPhaseEvaluation(db, {
    cycleId: current.id,
    phase: input.phase,
    userId: actor.userId,
    achieved: input.achieved,
    carryForward: input.carryForward,
  });
  return cycleOverview(deps, actor, networkId);
}

/**
 * Closes the current phase with its summary and opens the next (coordinators).
 * Closing the last phase closes the cycle and starts the next one, a year on,
 * in the assembling phase: the framework's continuous cycle. Computed
 * indicators keep the cycle's final values. The goals (with their owners and
 * indicators) can be carried into it, and the promises still open move
 * with them; the agreement belongs to the network and simply continues.
 */
export async function advancePhase(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { from: Phase; summary: string; carryGoals?: boolean | undefined; carryPromises?: boolean | undefined },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  // Solmu's own figures are computed before the transaction: the survey's analysis may run in a worker.
  const closing = await findCurrentCycle(db, networkId);
  const figures = closing && closing.phase === "evaluating" ? (await computedFigures(deps, networkId, closing)).figures : null;
  await db.transaction().execute(async (tx) => {
    const current = await findCurrentCycle(tx, networkId);
    if (!current) throw notFound();
    if (current.phase !== input.from) throw new AppError(409, "phase_moved", "errors.phase_moved");
    const now = nowIso();
    await startPhase(tx, current.id, current.phase, current.created_at);
    await endPhase(tx, current.id, current.phase, now, input.summary);
    const next = nextPhase(current.phase as Phase);
    if (!next.newCycle) {
      if (!(await setCyclePhase(tx, current.id, current.phase, next.phase))) throw new AppError(409, "phase_moved", "errors.phase_moved");
      await startPhase(tx, current.id, next.phase, now);
      return;
    }
    if (figures) await snapshotComputedIndicators(deps, tx, networkId, current, figures);
    await closeCycle(tx, current.id, now);
    const year = Number(current.ends_on.slice(0, 4)) + 1;
    const cycle = await insertCycle(tx, {
      networkId,
      name: String(year),
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      phase: "assembling",
    });
    await startPhase(tx, cycle.id, "assembling", now);
    if (input.carryGoals) await copyIndicators(tx, await copyGoals(tx, current.id, cycle.id));
    if (input.carryPromises) await movePromisesStillOpen(tx, current.id, cycle.id);
  });
  return cycleOverview(deps, actor, networkId);
}
