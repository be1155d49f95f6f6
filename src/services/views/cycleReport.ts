import type { DecisionRule } from "../../domain/agreement.ts";
import { COMPUTED_SOURCES, COMPUTED_UNITS, change, meetingFeedbackMean } from "../../domain/evaluation.ts";
import { PHASES } from "../../domain/network.ts";
import { keepingRate, type PromiseState } from "../../domain/promises.ts";
import { type Cell, dayCell, momentCell } from "../../domain/table.ts";
import { findCycle, listCyclePhases, listCycles, listPhaseEvaluations } from "../../storage/repos/cycles.ts";
import { listDecisions } from "../../storage/repos/decisions.ts";
import { listFeedback, participantsOf } from "../../storage/repos/meetings.ts";
import { findNetwork } from "../../storage/repos/networks.ts";
import { listPromises } from "../../storage/repos/promises.ts";
import { cycleOr404, requireRole } from "../access.ts";
import { audit } from "../audit.ts";
import type { Actor, Deps } from "../context.ts";
import { invalid, notFound } from "../errors.ts";
import { type ComputedFigures, computedFigures, evaluationOverview, meetingsOfCycle } from "../evaluation.ts";
import { releasedFeedback } from "../meetingFeedback.ts";

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The report of one cycle: its goals with their indicators and joint
 * evaluation, Solmu's own figures with their trend over every cycle, the
 * health survey's summary and aggregated map, the promise ledger, the meetings
 * held, the decisions, the phases with their evaluations and what members
 * wrote. With `compareId`, every figure and indicator also shows its value in
 * that cycle. Averages and members' texts appear from the network's minimum
 * group size up. Field list: docs/evaluation.md.
 */
export async function cycleReport(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string | undefined,
  compareId: string | undefined,
  now = new Date(),
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const cycle = await cycleOr404(db, networkId, cycleId);
  const compare = compareId ? await findCycle(db, networkId, compareId) : undefined;
  if (compareId && (!compare || compare.id === cycle.id)) throw invalid({ compare: { key: "validation.invalid" } });
  const min = network.min_group_size;

  // Every cycle's figures, for the trends; independent of each other, so computed side by side.
  const cycles = [...(await listCycles(db, networkId))].sort((a, b) => a.starts_on.localeCompare(b.starts_on));
  const computed = await Promise.all(cycles.map((c) => computedFigures(deps, networkId, c, now)));
  const figuresByCycle = new Map<string, ComputedFigures>(cycles.map((c, i) => [c.id, computed[i] as ComputedFigures]));
  const own = figuresByCycle.get(cycle.id) as ComputedFigures;
  const other = compare ? figuresByCycle.get(compare.id) : undefined;
  const overview = await evaluationOverview(deps, actor, networkId, cycle.id, now, own);

  const [phaseRows, phaseEvaluations, promises, meetings, decisions] = await Promise.all([
    listCyclePhases(db, cycle.id),
    listPhaseEvaluations(db, cycle.id),
    listPromises(db, networkId, { cycleId: cycle.id }),
    meetingsOfCycle(db, networkId, cycle),
    listDecisions(db, networkId, undefined),
  ]);
  const [participants, feedback, releases] = await Promise.all([
    participantsOf(
      db,
      meetings.map((m) => m.id),
    ),
    listFeedback(
      db,
      meetings.map((m) => m.id),
    ),
    releasedFeedback(
      db,
      meetings.map((m) => m.id),
    ),
  ]);

  const valueIn = (trend: { cycleId: string; value: number | null; text: string }[], id: string | undefined) =>
    trend.find((p) => p.cycleId === id) ?? null;

  return {
    network: { id: network.id, name: network.name },
    cycle: overview.cycle,
    compare: compare ? { id: compare.id, name: compare.name } : null,
    cycles: cycles.map((c) => ({ id: c.id, name: c.name, startsOn: c.starts_on, endsOn: c.ends_on })),
    generatedAt: now.toISOString(),
    minGroupSize: min,
    figures: COMPUTED_SOURCES.map((key) => {
      const value = own.figures[key];
      const compareValue = other ? other.figures[key] : null;
      return {
        key,
        unit: COMPUTED_UNITS[key],
        value,
        compareValue,
        change: change(value, compareValue),
        trend: cycles.map((c) => ({ cycleId: c.id, cycleName: c.name, value: figuresByCycle.get(c.id)?.figures[key] ?? null })),
      };
    }),
    goals: overview.goals.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => {
        const mine = valueIn(i.trend, cycle.id);
        const theirs = compare ? valueIn(i.trend, compare.id) : null;
        return {
          ...i,
          value: mine?.value ?? i.currentComputed,
          text: mine?.text ?? "",
          compareValue: theirs?.value ?? null,
          compareText: theirs?.text ?? "",
          change: change(mine?.value ?? i.currentComputed, theirs?.value ?? null),
        };
      }),
    })),
    evaluation: overview.round
      ? {
          respondents: overview.round.respondents,
          shown: overview.round.shown,
          closesOn: overview.round.closesOn,
          status: overview.round.status,
          questions: overview.round.questions.map((q) => ({ text: q.text, answers: q.answers })),
        }
      : null,
    phases: PHASES.map((phase) => {
      const row = phaseRows.find((p) => p.phase === phase);
      const evaluations = phaseEvaluations.filter((e) => e.phase === phase);
      const shown = evaluations.length >= min;
      return {
        phase,
        startedAt: row?.started_at ?? null,
        endedAt: row?.ended_at ?? null,
        summary: row?.summary ?? "",
        respondents: evaluations.length,
        averageAchieved: shown ? evaluations.reduce((s, e) => s + e.achieved, 0) / evaluations.length : null,
        carryForward: shown ? evaluations.map((e) => e.carry_forward.trim()).filter((t) => t !== "") : [],
      };
    }),
    survey: own.survey,
    promises: {
      rate: keepingRate(
        promises.map((p) => ({ state: p.state as PromiseState, dueOn: p.due_on, closedOn: p.closed_on, renegotiations: p.renegotiations })),
        today(now),
      ),
      items: promises.map((p) => ({
        text: p.text,
        promiser: p.on_behalf_of_name ?? p.promiser_name ?? null,
        dueOn: p.due_on,
        state: p.state as PromiseState,
        closedOn: p.closed_on,
      })),
    },
    meetings: meetings.map((m) => {
      const people = participants.filter((p) => p.meeting_id === m.id);
      const given = feedback.filter((f) => f.meeting_id === m.id);
      return {
        title: m.title,
        start: m.starts_local,
        purpose: m.purpose,
        invited: people.length,
        attended: people.filter((p) => p.attended === 1).length,
        feedbackRespondents: given.length,
        feedback: meetingFeedbackMean(
          [releases.get(m.id)].filter((r) => r !== undefined),
          min,
        ),
      };
    }),
    decisions: decisions
      .filter((d) => d.cycle_id === cycle.id)
      .map((d) => ({ decidedOn: d.decided_on, title: d.title, body: d.body, rule: d.rule as DecisionRule })),
  };
}

export type CycleReport = Awaited<ReturnType<typeof cycleReport>>;

/** The report for download as a file; downloads of a network's data are written to the audit log. */
export async function exportCycleReport(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string | undefined,
  compareId: string | undefined,
  format: "csv" | "xlsx" | "html",
) {
  const report = await cycleReport(deps, actor, networkId, cycleId, compareId);
  await audit(deps.storage.db, actor, networkId, "export.report", report.cycle.name, { format, compare: report.compare?.name ?? null });
  return report;
}

/** The columns of the report's CSV and workbook, documented in docs/evaluation.md. */
export const REPORT_CSV_COLUMNS = [
  "section",
  "cycle",
  "item",
  "measure",
  "value",
  "unit",
  "compare_cycle",
  "compare_value",
  "note",
] as const;

/** The report as long-format rows: one figure per row, so a spreadsheet or R can pivot it; dates in the note are typed cells. */
export function reportRows(r: CycleReport): Cell[][] {
  const cycle = r.cycle.name;
  const compare = r.compare?.name ?? "";
  const rows: Cell[][] = [];
  const row = (
    section: string,
    item: string,
    measure: string,
    value: number | null,
    unit = "",
    compareValue: number | null = null,
    note: Cell = "",
  ) => rows.push([section, cycle, item, measure, value, unit, compare, compareValue, note]);
  for (const f of r.figures) row("figure", f.key, "value", f.value, f.unit, f.compareValue);
  for (const g of r.goals) {
    row("goal", g.title, "type", null, "", null, g.goalType);
    if (g.evaluation?.shown)
      row("evaluation", g.title, "mean_rating", g.evaluation.distribution?.mean ?? null, "1–5", null, `n=${g.evaluation.respondents}`);
    for (const i of g.indicators) {
      const item = `${g.title} / ${i.name}`;
      if (i.kind === "qualitative") row("indicator", item, "answer", null, "", null, i.text);
      else {
        row("indicator", item, "value", i.value, i.unit, i.compareValue, i.source);
        row("indicator", item, "baseline", i.baseline, i.unit);
        row("indicator", item, "target", i.target, i.unit, null, i.direction ?? "");
      }
    }
  }
  for (const p of r.phases) row("phase", p.phase, "average_achieved", p.averageAchieved, "1–5", null, `n=${p.respondents}`);
  if (r.survey) {
    row("survey", r.survey.title, "respondents", r.survey.respondents);
    row("survey", r.survey.title, "knowing", r.survey.knowing, "0–3");
    for (const [d, v] of Object.entries(r.survey.trust)) row("survey", r.survey.title, `trust_${d}`, v, "1–5");
    row("survey", r.survey.title, "commitment", r.survey.commitment, "1–5");
    if (r.survey.graph) {
      row("survey", r.survey.title, "density", r.survey.graph.density);
      row("survey", r.survey.title, "reciprocity", r.survey.graph.reciprocity);
      row("survey", r.survey.title, "modularity", r.survey.graph.modularity);
    }
  }
  const rate = r.promises.rate;
  for (const k of ["total", "keptOnTime", "keptLate", "renegotiated", "notKept", "open", "overdue"] as const)
    row("promises", "all", k, rate[k]);
  row("promises", "all", "rate", rate.rate === null ? null : Math.round(rate.rate * 1000) / 10, "%");
  for (const m of r.meetings) {
    row("meeting", m.title, "attended", m.attended, "", null, momentCell(m.start));
    row("meeting", m.title, "feedback", m.feedback, "1–5", null, `n=${m.feedbackRespondents}`);
  }
  for (const d of r.decisions) row("decision", d.title, "decided_on", null, "", null, dayCell(d.decidedOn));
  return rows;
}
