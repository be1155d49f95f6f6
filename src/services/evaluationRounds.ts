import { goalEvaluation } from "../domain/evaluation.ts";
import type { CycleRow } from "../storage/repos/cycles.ts";
import {
  countEvaluationResponses,
  type EvaluationRoundRow,
  findEvaluationResponse,
  findEvaluationRound,
  insertEvaluationResponse,
  insertEvaluationRound,
  listAnswersOfResponse,
  listEvaluationQuestions,
  listGoalRatingsOfResponse,
  listRoundAnswers,
  listRoundGoalRatings,
  replaceEvaluationAnswers,
  replaceEvaluationQuestions,
  touchEvaluationResponseIfVersion,
  updateEvaluationRoundIfVersion,
} from "../storage/repos/evaluation.ts";
import { listGoals } from "../storage/repos/goals.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { cycleOr404, requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound, staleWrite } from "./errors.ts";

// The joint evaluation: one round per cycle in which members rate how well each goal was reached and answer
// the coordinators' questions. Writes return nothing; the routes answer with the evaluation page.

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Whether a joint evaluation round still takes answers. */
export function roundStatusOf(round: EvaluationRoundRow, now: Date): "open" | "closed" {
  return round.closed_at || round.closes_on < today(now) ? "closed" : "open";
}

/**
 * The joint evaluation round of a cycle as the actor sees it. Results show
 * once the round has closed (decision 014): answers to the questions from the
 * minimum group size of respondents up, each goal's figure from the minimum
 * group size of people who rated that goal.
 */
export async function roundView(deps: Deps, actor: Actor, networkId: string, cycle: CycleRow, now: Date) {
  const { db } = deps.storage;
  const round = await findEvaluationRound(db, networkId, cycle.id);
  if (!round) return null;
  const network = await findNetwork(db, networkId);
  const min = network?.min_group_size ?? 3;
  const [questions, respondents, ratings, answers, goals, me] = await Promise.all([
    listEvaluationQuestions(db, round.id),
    countEvaluationResponses(db, round.id),
    listRoundGoalRatings(db, round.id),
    listRoundAnswers(db, round.id),
    listGoals(db, networkId, cycle.id),
    findMembership(db, networkId, actor.userId),
  ]);
  const closed = roundStatusOf(round, now) === "closed";
  const shown = closed && respondents >= min;
  const mine = me ? await findEvaluationResponse(db, round.id, me.id) : undefined;
  const [myRatings, myAnswers] = mine
    ? await Promise.all([listGoalRatingsOfResponse(db, mine.id), listAnswersOfResponse(db, mine.id)])
    : [[], []];
  return {
    id: round.id,
    intro: round.intro,
    closesOn: round.closes_on,
    closedAt: round.closed_at,
    status: roundStatusOf(round, now),
    version: round.version,
    respondents,
    shown,
    canAnswer: roundStatusOf(round, now) === "open" && !!me && me.role !== "observer",
    questions: questions.map((q) => ({
      id: q.id,
      text: q.text,
      answers: shown ? answers.filter((a) => a.question_id === q.id && a.text.trim() !== "").map((a) => a.text) : [],
    })),
    results: goals.map((g) => ({
      goalId: g.id,
      evaluation: goalEvaluation(
        ratings.filter((r) => r.goal_id === g.id),
        closed,
        min,
      ),
    })),
    mine: mine
      ? {
          version: mine.version,
          submittedAt: mine.submitted_at,
          ratings: myRatings.map((r) => ({ goalId: r.goal_id, rating: r.rating, comment: r.comment })),
          answers: myAnswers.map((a) => ({ questionId: a.question_id, text: a.text })),
        }
      : null,
  };
}

export interface EvaluationRoundInput {
  intro: string;
  closesOn: string;
  questions: string[];
}

/** Opens the joint evaluation of the current cycle (coordinators, in the evaluating phase); the cycle's id. */
export async function openEvaluationRound(deps: Deps, actor: Actor, networkId: string, input: EvaluationRoundInput, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const cycle = await cycleOr404(deps.storage.db, networkId, undefined);
  if (cycle.phase !== "evaluating") throw invalid({ phase: { key: "evaluation.errors.not_evaluating" } });
  if (input.closesOn < today(now)) throw invalid({ closesOn: { key: "evaluation.errors.closes_in_past" } });
  if (await findEvaluationRound(db, networkId, cycle.id)) throw new AppError(409, "round_exists", "evaluation.errors.round_exists");
  await db.transaction().execute(async (tx) => {
    const id = await insertEvaluationRound(tx, {
      networkId,
      cycleId: cycle.id,
      intro: input.intro,
      closesOn: input.closesOn,
      createdBy: actor.userId,
    });
    await replaceEvaluationQuestions(tx, id, input.questions);
  });
  return cycle.id;
}

/**
 * Changes the round's introduction, closing date or questions, or closes it.
 * Questions can change only while nobody has answered, so no answer ends up
 * under a question it was not written to. A closed round stays closed: its
 * results have been shown, and one more answer would be the difference
 * between them and the next (decision 014).
 */
export async function updateEvaluationRound(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string,
  input: EvaluationRoundInput & { version: number; close: boolean },
  now = new Date(),
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const cycle = await cycleOr404(deps.storage.db, networkId, cycleId);
  const round = await findEvaluationRound(db, networkId, cycle.id);
  if (!round) throw notFound();
  const questions = await listEvaluationQuestions(db, round.id);
  const changed = questions.length !== input.questions.length || questions.some((q, i) => q.text !== input.questions[i]);
  if (changed && (await countEvaluationResponses(db, round.id)) > 0)
    throw invalid({ questions: { key: "evaluation.errors.questions_answered" } });
  if (roundStatusOf(round, now) === "closed" && !input.close && input.closesOn >= today(now))
    throw new AppError(409, "round_closed", "evaluation.errors.round_closed");
  const saved = await db.transaction().execute(async (tx) => {
    const ok = await updateEvaluationRoundIfVersion(tx, round.id, input.version, {
      intro: input.intro,
      closesOn: input.closesOn,
      closedAt: input.close ? (round.closed_at ?? now.toISOString()) : null,
    });
    if (ok && changed) await replaceEvaluationQuestions(tx, round.id, input.questions);
    return ok;
  });
  if (!saved) {
    const view = await roundView(deps, actor, networkId, cycle, now);
    throw staleWrite(view ? { ...view, results: undefined } : null);
  }
}

export interface EvaluationAnswerInput {
  version: number | null;
  ratings: { goalId: string; rating: number | null; comment: string }[];
  answers: { questionId: string; text: string }[];
}

/** Saves the actor's evaluation (members and coordinators) while the round is open; a stale version gets 409 with what is stored. */
export async function saveMyEvaluation(
  deps: Deps,
  actor: Actor,
  networkId: string,
  cycleId: string,
  input: EvaluationAnswerInput,
  now = new Date(),
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const me = await findMembership(db, networkId, actor.userId);
  if (!me) throw forbidden();
  const cycle = await cycleOr404(deps.storage.db, networkId, cycleId);
  const round = await findEvaluationRound(db, networkId, cycle.id);
  if (!round) throw notFound();
  if (roundStatusOf(round, now) !== "open") throw new AppError(409, "round_closed", "evaluation.errors.round_closed");
  const goals = new Set((await listGoals(db, networkId, cycle.id)).map((g) => g.id));
  const questions = new Set((await listEvaluationQuestions(db, round.id)).map((q) => q.id));
  input.ratings.forEach((r, i) => {
    if (!goals.has(r.goalId)) throw invalid({ [`ratings.${i}.goalId`]: { key: "validation.invalid" } });
  });
  input.answers.forEach((a, i) => {
    if (!questions.has(a.questionId)) throw invalid({ [`answers.${i}.questionId`]: { key: "validation.invalid" } });
  });
  const saved = await db.transaction().execute(async (tx) => {
    const existing = await findEvaluationResponse(tx, round.id, me.id);
    let id: string;
    if (existing) {
      if (input.version === null || !(await touchEvaluationResponseIfVersion(tx, existing.id, input.version))) return false;
      id = existing.id;
    } else {
      if (input.version !== null) return false;
      id = await insertEvaluationResponse(tx, round.id, me.id);
    }
    await replaceEvaluationAnswers(
      tx,
      id,
      dedupe(input.ratings, (r) => r.goalId),
      dedupe(input.answers, (a) => a.questionId),
    );
    return true;
  });
  if (!saved) throw staleWrite((await roundView(deps, actor, networkId, cycle, now))?.mine ?? null);
}

const dedupe = <T>(list: T[], key: (x: T) => string) => [...new Map(list.map((x) => [key(x), x])).values()];

/**
 * The round of a cycle at a glance, for the network home: open or closed and when it closes. Whether the person has
 * answered it is theirs alone, read beside the home's other questions about them.
 */
export async function roundAtAGlance(deps: Deps, networkId: string, cycleId: string, now = new Date()) {
  const round = await findEvaluationRound(deps.storage.db, networkId, cycleId);
  return round ? { id: round.id, status: roundStatusOf(round, now), closesOn: round.closes_on } : null;
}
