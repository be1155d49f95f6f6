import { type GoalType, versionInForce } from "../domain/agreement.ts";
import { staleBefore } from "../domain/directory.ts";
import {
  COMPUTED_SOURCES,
  COMPUTED_UNITS,
  type ComputedSource,
  type Direction,
  type IndicatorKind,
  type IndicatorSource,
  indicatorProgress,
  isComputedSource,
  latestMeasurement,
  meetingFeedbackMean,
  percentage,
} from "../domain/evaluation.ts";
import type { Phase } from "../domain/network.ts";
import { keepingRate, type PromiseState } from "../domain/promises.ts";
import type { DbOrTx } from "../storage/db.ts";
import { listApprovals, listVersions, representedOrganisations } from "../storage/repos/agreement.ts";
import { type CycleRow, findCycle, listCycles } from "../storage/repos/cycles.ts";
import {
  deleteIndicator,
  deleteMeasurement,
  findIndicator,
  findMeasurement,
  type IndicatorFields,
  type IndicatorRow,
  insertIndicator,
  insertMeasurement,
  listIndicatorsOfGoals,
  listIndicatorsOfSeries,
  listMeasurements,
  updateIndicatorIfVersion,
} from "../storage/repos/evaluation.ts";
import { findGoal, listGoals } from "../storage/repos/goals.ts";
import { listMeetings } from "../storage/repos/meetings.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { freshnessCounts } from "../storage/repos/people.ts";
import { listPromises } from "../storage/repos/promises.ts";
import { changeableOr404, cycleOr404, mayChange, requireRole, roleIn } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { roundView } from "./evaluationRounds.ts";
import { releasedFeedback } from "./meetingFeedback.ts";
import { surveySummaryOfCycle } from "./surveys.ts";

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Meetings whose day falls inside a cycle. */
export async function meetingsOfCycle(db: DbOrTx, networkId: string, cycle: CycleRow) {
  return (await listMeetings(db, networkId))
    .filter((m) => m.starts_local.slice(0, 10) >= cycle.starts_on && m.starts_local.slice(0, 10) <= cycle.ends_on)
    .reverse();
}

/**
 * Solmu's own figures for a cycle (definitions in docs/evaluation.md). Shares
 * are percentages. Contact freshness is a figure of today, so a closed cycle
 * has it only from the snapshot taken when it closed.
 */
export type ComputedFigures = Awaited<ReturnType<typeof computedFigures>>;

export async function computedFigures(deps: Deps, networkId: string, cycle: CycleRow, now = new Date()) {
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const min = network.min_group_size;
  const [survey, promises, meetings, versions, represented] = await Promise.all([
    surveySummaryOfCycle(deps, networkId, cycle.id, true, now),
    listPromises(db, networkId, { cycleId: cycle.id }),
    meetingsOfCycle(db, networkId, cycle),
    listVersions(db, networkId),
    representedOrganisations(db, networkId),
  ]);
  const releases = await releasedFeedback(
    db,
    meetings.map((m) => m.id),
  );
  const cycleEnd = `${cycle.ends_on}T23:59:59.999Z`;
  // The share that approved counts the version in force at the cycle's end, not a newer proposal still being decided.
  const version = versionInForce(versions, cycleEnd);
  const approvals = version ? await listApprovals(db, version.id) : [];
  const representedIds = new Set(represented.map((o) => o.id));
  const accepted = approvals.filter((a) => a.decision === "accepted" && representedIds.has(a.organisation_id)).length;
  const rate = keepingRate(
    promises.map((p) => ({ state: p.state as PromiseState, dueOn: p.due_on, closedOn: p.closed_on, renegotiations: p.renegotiations })),
    today(now),
  ).rate;
  let contactsFresh: number | null = null;
  if (!cycle.closed_at) {
    const counts = await freshnessCounts(db, networkId, staleBefore(network.stale_after_days, now));
    contactsFresh = percentage(Number(counts.total) - Number(counts.stale), Number(counts.total));
  }
  const figures: Record<ComputedSource, number | null> = {
    average_trust: survey?.averageTrust ?? null,
    density: survey?.graph ? Math.round(survey.graph.density * 1000) / 10 : null,
    promise_keeping: rate === null ? null : Math.round(rate * 1000) / 10,
    meeting_feedback: meetingFeedbackMean([...releases.values()], min),
    agreement_approval: version ? percentage(accepted, represented.length) : null,
    contacts_fresh: contactsFresh,
  };
  return { figures, survey, promisesCount: promises.length, meetingsCount: meetings.length };
}

export interface IndicatorInput {
  kind: IndicatorKind;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: Direction | null;
  question: string;
  source: IndicatorSource;
}

/** Checks an indicator's fields together: a computed one is a number in its own unit; a qualitative one needs its question. */
function indicatorFields(input: IndicatorInput): IndicatorFields {
  if (input.kind === "qualitative") {
    if (input.source !== "manual") throw invalid({ source: { key: "evaluation.errors.qualitative_manual" } });
    if (input.question.trim() === "") throw invalid({ question: { key: "validation.required" } });
    return { ...input, unit: "", baseline: null, target: null, direction: null };
  }
  if (input.target !== null && input.direction === null) throw invalid({ direction: { key: "validation.required" } });
  return { ...input, unit: isComputedSource(input.source) ? COMPUTED_UNITS[input.source] : input.unit, question: "" };
}

type MeasurementRow = Awaited<ReturnType<typeof listMeasurements>>[number];

function presentMeasurement(m: MeasurementRow) {
  return {
    id: m.id,
    value: m.value,
    text: m.text,
    measuredOn: m.measured_on,
    source: m.source,
    computed: m.computed === 1,
    createdBy: m.created_by_name ?? null,
    createdAt: m.created_at,
  };
}

type Measurement = ReturnType<typeof presentMeasurement>;

const latestOf = (list: Measurement[]) => latestMeasurement(list);

/**
 * The indicators of some goals with their measurements, progress and the
 * trend of each indicator's series over every cycle of the network.
 */
export async function indicatorsOf(
  deps: Deps,
  networkId: string,
  goalIds: string[],
  current: Record<ComputedSource, number | null> | null,
) {
  const { db } = deps.storage;
  const rows = await listIndicatorsOfGoals(db, goalIds);
  const series = await listIndicatorsOfSeries(db, networkId, [...new Set(rows.map((r) => r.series_id))]);
  const [measurements, cycles] = await Promise.all([
    listMeasurements(
      db,
      series.map((s) => s.id),
    ),
    listCycles(db, networkId),
  ]);
  const byIndicator = new Map<string, Measurement[]>();
  for (const m of measurements) byIndicator.set(m.indicator_id, [...(byIndicator.get(m.indicator_id) ?? []), presentMeasurement(m)]);
  const cycleOrder = [...cycles].sort((a, b) => a.starts_on.localeCompare(b.starts_on));
  return rows.map((r) => {
    const own = byIndicator.get(r.id) ?? [];
    const latest = latestOf(own);
    const currentComputed = current && isComputedSource(r.source) ? current[r.source] : null;
    const value = latest?.value ?? currentComputed;
    const trend = cycleOrder.flatMap((c) => {
      const inCycle = series.filter((s) => s.series_id === r.series_id && s.cycle_id === c.id);
      if (inCycle.length === 0) return [];
      const last = latestOf(inCycle.flatMap((s) => byIndicator.get(s.id) ?? []));
      return [{ cycleId: c.id, cycleName: c.name, value: last?.value ?? null, text: last?.text ?? "" }];
    });
    return {
      id: r.id,
      goalId: r.goal_id,
      seriesId: r.series_id,
      kind: r.kind as IndicatorKind,
      name: r.name,
      unit: r.unit,
      baseline: r.baseline,
      target: r.target,
      direction: r.direction as Direction | null,
      question: r.question,
      source: r.source as IndicatorSource,
      version: r.version,
      measurements: own,
      latest: latest ? { value: latest.value, text: latest.text, measuredOn: latest.measuredOn } : null,
      currentComputed,
      progress: indicatorProgress({ baseline: r.baseline, target: r.target, direction: r.direction as Direction | null }, value ?? null),
      trend,
    };
  });
}

export type IndicatorView = Awaited<ReturnType<typeof indicatorsOf>>[number];

/**
 * The evaluation page of a cycle: its goals with their indicators, Solmu's
 * own figures, and the joint evaluation round with its results beside them.
 */
export async function evaluationOverview(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string | undefined,
  now = new Date(),
  // The cycle report has already computed them, for every cycle.
  precomputed?: ComputedFigures,
) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const cycle = await cycleOr404(deps.storage.db, networkId, cycleId);
  const [goals, cycles, computed] = await Promise.all([
    listGoals(db, networkId, cycle.id),
    listCycles(db, networkId),
    precomputed ?? computedFigures(deps, networkId, cycle, now),
  ]);
  const indicators = await indicatorsOf(
    deps,
    networkId,
    goals.map((g) => g.id),
    computed.figures,
  );
  const round = await roundView(deps, actor, networkId, cycle, now);
  return {
    cycle: {
      id: cycle.id,
      name: cycle.name,
      phase: cycle.phase as Phase,
      startsOn: cycle.starts_on,
      endsOn: cycle.ends_on,
      closedAt: cycle.closed_at,
    },
    cycles: cycles.map((c) => ({ id: c.id, name: c.name })),
    minGroupSize: network.min_group_size,
    role,
    figures: COMPUTED_SOURCES.map((key) => ({ key, unit: COMPUTED_UNITS[key], value: computed.figures[key] })),
    goals: goals.map((g) => ({
      id: g.id,
      title: g.title,
      goalType: g.goal_type as GoalType,
      indicators: indicators.filter((i) => i.goalId === g.id),
      evaluation: round?.results.find((r) => r.goalId === g.id)?.evaluation ?? null,
    })),
    round: round ? { ...round, results: undefined } : null,
  };
}

async function goalOfCurrentCycle(deps: Deps, networkId: string, goalId: string) {
  const { db } = deps.storage;
  const goal = await findGoal(db, networkId, goalId);
  if (!goal) throw notFound();
  return goal;
}

async function indicatorOr404(deps: Deps, networkId: string, indicatorId: string): Promise<IndicatorRow> {
  const row = await findIndicator(deps.storage.db, networkId, indicatorId);
  if (!row) throw notFound();
  return row;
}

async function presentOne(deps: Deps, networkId: string, row: IndicatorRow) {
  const cycle = await findCycle(deps.storage.db, networkId, row.cycle_id);
  if (!cycle) throw notFound();
  const computed = isComputedSource(row.source) ? (await computedFigures(deps, networkId, cycle)).figures : null;
  const view = (await indicatorsOf(deps, networkId, [row.goal_id], computed)).find((i) => i.id === row.id);
  if (!view) throw notFound();
  return view;
}

/** Adds an indicator to a goal (members and coordinators, as goals are developed together). */
export async function createIndicator(deps: Deps, actor: Actor, networkId: string, goalId: string, input: IndicatorInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  await goalOfCurrentCycle(deps, networkId, goalId);
  const id = await insertIndicator(db, { ...indicatorFields(input), networkId, goalId, createdBy: actor.userId });
  return presentOne(deps, networkId, await indicatorOr404(deps, networkId, id));
}

/** Edits an indicator; a stale version gets 409 with what is stored now. */
export async function updateIndicator(
  deps: Deps,
  actor: Actor,
  networkId: string,
  indicatorId: string,
  version: number,
  input: IndicatorInput,
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const row = await indicatorOr404(deps, networkId, indicatorId);
  if (!(await updateIndicatorIfVersion(db, row.id, version, indicatorFields(input))))
    throw staleWrite(await presentOne(deps, networkId, row));
  return presentOne(deps, networkId, await indicatorOr404(deps, networkId, indicatorId));
}

/** Deletes an indicator with its measurements (its author or a coordinator). */
export async function removeIndicator(deps: Deps, actor: Actor, networkId: string, indicatorId: string) {
  const { db } = deps.storage;
  const { row } = await changeableOr404(db, actor, networkId, () => indicatorOr404(deps, networkId, indicatorId));
  await db.transaction().execute(async (tx) => {
    await deleteIndicator(tx, row.id);
    await audit(tx, actor, networkId, "indicator.deleted", row.name);
  });
}

export interface MeasurementInput {
  value: number | null;
  text: string;
  measuredOn: string;
  source: string;
}

/**
 * Records a measurement of an indicator: a number for a quantitative one, words
 * for a qualitative one. A computed indicator takes Solmu's value of its cycle
 * instead of what was sent.
 */
export async function addMeasurement(deps: Deps, actor: Actor, networkId: string, indicatorId: string, input: MeasurementInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const row = await indicatorOr404(deps, networkId, indicatorId);
  if (isComputedSource(row.source)) {
    const cycle = await findCycle(db, networkId, row.cycle_id);
    if (!cycle) throw notFound();
    const value = (await computedFigures(deps, networkId, cycle)).figures[row.source];
    if (value === null) throw invalid({ value: { key: "evaluation.errors.no_data" } });
    await insertMeasurement(
      db,
      row.id,
      { value, text: input.text, measuredOn: input.measuredOn, source: "Solmu", computed: true },
      actor.userId,
    );
  } else if (row.kind === "quantitative") {
    if (input.value === null) throw invalid({ value: { key: "validation.required" } });
    await insertMeasurement(db, row.id, { ...input, computed: false }, actor.userId);
  } else {
    if (input.text.trim() === "") throw invalid({ text: { key: "validation.required" } });
    await insertMeasurement(db, row.id, { ...input, value: null, computed: false }, actor.userId);
  }
  return presentOne(deps, networkId, row);
}

export async function removeMeasurement(deps: Deps, actor: Actor, networkId: string, indicatorId: string, measurementId: string) {
  const { db } = deps.storage;
  const role = await roleIn(db, actor, networkId);
  const row = await indicatorOr404(deps, networkId, indicatorId);
  const m = await findMeasurement(db, row.id, measurementId);
  if (!m) throw notFound();
  if (!mayChange(role, actor, m)) throw forbidden();
  await deleteMeasurement(db, m.id);
  return presentOne(deps, networkId, row);
}

/** Stores today's value of every computed indicator of a cycle; used when the cycle closes. */
export async function snapshotComputedIndicators(
  deps: Deps,
  tx: DbOrTx,
  networkId: string,
  cycle: CycleRow,
  figures: Record<ComputedSource, number | null>,
) {
  const goals = await listGoals(tx, networkId, cycle.id);
  const rows = await listIndicatorsOfGoals(
    tx,
    goals.map((g) => g.id),
  );
  for (const r of rows) {
    if (!isComputedSource(r.source)) continue;
    const value = figures[r.source];
    if (value === null) continue;
    await insertMeasurement(tx, r.id, { value, text: "", measuredOn: today(new Date()), source: "Solmu", computed: true }, null);
  }
  deps.logger.debug({ networkId, cycleId: cycle.id }, "computed indicators stored at cycle close");
}

/** How many indicators the goals of a cycle have, and how many of the hand-measured ones still lack a value. */
export async function indicatorCoverage(deps: Deps, cycle: CycleRow) {
  const { db } = deps.storage;
  const goals = await listGoals(db, cycle.network_id, cycle.id);
  const indicators = await listIndicatorsOfGoals(
    db,
    goals.map((g) => g.id),
  );
  const measured = new Set(
    (
      await listMeasurements(
        db,
        indicators.map((i) => i.id),
      )
    ).map((m) => m.indicator_id),
  );
  return { indicators: indicators.length, withoutValue: indicators.filter((i) => i.source === "manual" && !measured.has(i.id)).length };
}
