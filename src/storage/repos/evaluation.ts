import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import { ifAnyIds, insertRow, newStamps } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export interface IndicatorFields {
  kind: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: string | null;
  question: string;
  source: string;
}

export async function insertIndicator(
  db: DbOrTx,
  input: IndicatorFields & { networkId: string; goalId: string; seriesId?: string; createdBy: string | null },
) {
  const id = newId();
  await db
    .insertInto("indicators")
    .values({
      id,
      network_id: input.networkId,
      goal_id: input.goalId,
      series_id: input.seriesId ?? id,
      kind: input.kind,
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      target: input.target,
      direction: input.direction,
      question: input.question,
      source: input.source,
      created_by: input.createdBy,
      ...newStamps(),
    })
    .execute();
  return id;
}

export type IndicatorRow = NonNullable<Awaited<ReturnType<typeof findIndicator>>>;

/** Indicators, each with the cycle of its goal. */
const indicatorQuery = (db: DbOrTx) =>
  db.selectFrom("indicators as i").innerJoin("goals as g", "g.id", "i.goal_id").selectAll("i").select("g.cycle_id");

/** An indicator with the cycle of its goal. */
export const findIndicator = (db: DbOrTx, networkId: string, id: string) =>
  indicatorQuery(db).where("i.network_id", "=", networkId).where("i.id", "=", id).executeTakeFirst();

/** The indicators of the given goals, in the order they were added. */
export const listIndicatorsOfGoals = (db: DbOrTx, goalIds: string[]) =>
  ifAnyIds(goalIds, () => indicatorQuery(db).where("i.goal_id", "in", goalIds).orderBy("i.created_at").orderBy("i.id").execute());

/** Every indicator of the given series across cycles, so a trend can follow one indicator carried from cycle to cycle. */
export const listIndicatorsOfSeries = (db: DbOrTx, networkId: string, seriesIds: string[]) =>
  ifAnyIds(seriesIds, () => indicatorQuery(db).where("i.network_id", "=", networkId).where("i.series_id", "in", seriesIds).execute());

export async function updateIndicatorIfVersion(db: DbOrTx, id: string, version: number, f: IndicatorFields) {
  return updateIfVersion(db, "indicators", id, version, {
    kind: f.kind,
    name: f.name,
    unit: f.unit,
    baseline: f.baseline,
    target: f.target,
    direction: f.direction,
    question: f.question,
    source: f.source,
  });
}

export const deleteIndicator = (db: DbOrTx, id: string) => db.deleteFrom("indicators").where("id", "=", id).execute();

/** Copies the indicators of carried goals to their copies in the next cycle, in the same series; measurements stay with their cycle. */
export async function copyIndicators(db: DbOrTx, goalCopies: Map<string, string>) {
  const rows = await listIndicatorsOfGoals(db, [...goalCopies.keys()]);
  for (const r of rows) {
    await insertIndicator(db, {
      networkId: r.network_id,
      goalId: goalCopies.get(r.goal_id) as string,
      seriesId: r.series_id,
      kind: r.kind,
      name: r.name,
      unit: r.unit,
      baseline: r.baseline,
      target: r.target,
      direction: r.direction,
      question: r.question,
      source: r.source,
      createdBy: r.created_by,
    });
  }
}

export interface MeasurementFields {
  value: number | null;
  text: string;
  measuredOn: string;
  source: string;
  computed: boolean;
}

export async function insertMeasurement(db: DbOrTx, indicatorId: string, f: MeasurementFields, createdBy: string | null) {
  return insertRow(db, "indicator_measurements", {
    indicator_id: indicatorId,
    value: f.value,
    text: f.text,
    measured_on: f.measuredOn,
    source: f.source,
    computed: f.computed ? 1 : 0,
    created_by: createdBy,
    created_at: nowIso(),
  });
}

export const listMeasurements = (db: DbOrTx, indicatorIds: string[]) =>
  ifAnyIds(indicatorIds, () =>
    db
      .selectFrom("indicator_measurements as m")
      .leftJoin("users as u", "u.id", "m.created_by")
      .selectAll("m")
      .select("u.name as created_by_name")
      .where("m.indicator_id", "in", indicatorIds)
      .orderBy("m.measured_on")
      .orderBy("m.created_at")
      .execute(),
  );

export const findMeasurement = (db: DbOrTx, indicatorId: string, id: string) =>
  db.selectFrom("indicator_measurements").selectAll().where("indicator_id", "=", indicatorId).where("id", "=", id).executeTakeFirst();

export const deleteMeasurement = (db: DbOrTx, id: string) => db.deleteFrom("indicator_measurements").where("id", "=", id).execute();

export async function insertEvaluationRound(
  db: DbOrTx,
  input: { networkId: string; cycleId: string; intro: string; closesOn: string; createdBy: string },
) {
  return insertRow(db, "evaluation_rounds", {
    network_id: input.networkId,
    cycle_id: input.cycleId,
    intro: input.intro,
    closes_on: input.closesOn,
    closed_at: null,
    created_by: input.createdBy,
    created_at: nowIso(),
  });
}

export type EvaluationRoundRow = NonNullable<Awaited<ReturnType<typeof findEvaluationRound>>>;

export const findEvaluationRound = (db: DbOrTx, networkId: string, cycleId: string) =>
  db.selectFrom("evaluation_rounds").selectAll().where("network_id", "=", networkId).where("cycle_id", "=", cycleId).executeTakeFirst();

export async function updateEvaluationRoundIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  f: { intro: string; closesOn: string; closedAt: string | null },
) {
  return updateIfVersion(
    db,
    "evaluation_rounds",
    id,
    version,
    { intro: f.intro, closes_on: f.closesOn, closed_at: f.closedAt },
    { touch: false },
  );
}

export async function replaceEvaluationQuestions(db: DbOrTx, roundId: string, texts: string[]) {
  await db.deleteFrom("evaluation_questions").where("round_id", "=", roundId).execute();
  if (texts.length > 0)
    await db
      .insertInto("evaluation_questions")
      .values(texts.map((text, position) => ({ id: newId(), round_id: roundId, position, text })))
      .execute();
}

export const listEvaluationQuestions = (db: DbOrTx, roundId: string) =>
  db.selectFrom("evaluation_questions").selectAll().where("round_id", "=", roundId).orderBy("position").execute();

export const countEvaluationResponses = async (db: DbOrTx, roundId: string) =>
  Number(
    (
      await db
        .selectFrom("evaluation_responses")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("round_id", "=", roundId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findEvaluationResponse = (db: DbOrTx, roundId: string, membershipId: string) =>
  db
    .selectFrom("evaluation_responses")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("membership_id", "=", membershipId)
    .executeTakeFirst();

export async function insertEvaluationResponse(db: DbOrTx, roundId: string, membershipId: string) {
  return insertRow(db, "evaluation_responses", { round_id: roundId, membership_id: membershipId, submitted_at: nowIso() });
}

export async function touchEvaluationResponseIfVersion(db: DbOrTx, id: string, version: number) {
  return updateIfVersion(db, "evaluation_responses", id, version, { submitted_at: nowIso() }, { touch: false });
}

export async function replaceEvaluationAnswers(
  db: DbOrTx,
  responseId: string,
  ratings: { goalId: string; rating: number | null; comment: string }[],
  answers: { questionId: string; text: string }[],
) {
  await db.deleteFrom("evaluation_goal_ratings").where("response_id", "=", responseId).execute();
  await db.deleteFrom("evaluation_answers").where("response_id", "=", responseId).execute();
  if (ratings.length > 0)
    await db
      .insertInto("evaluation_goal_ratings")
      .values(ratings.map((r) => ({ response_id: responseId, goal_id: r.goalId, rating: r.rating, comment: r.comment })))
      .execute();
  if (answers.length > 0)
    await db
      .insertInto("evaluation_answers")
      .values(answers.map((a) => ({ response_id: responseId, question_id: a.questionId, text: a.text })))
      .execute();
}

export const listGoalRatingsOfResponse = (db: DbOrTx, responseId: string) =>
  db.selectFrom("evaluation_goal_ratings").selectAll().where("response_id", "=", responseId).execute();

export const listAnswersOfResponse = (db: DbOrTx, responseId: string) =>
  db.selectFrom("evaluation_answers").selectAll().where("response_id", "=", responseId).execute();

/** Every goal rating given in a round, without who gave it. */
export const listRoundGoalRatings = (db: DbOrTx, roundId: string) =>
  db
    .selectFrom("evaluation_goal_ratings as r")
    .innerJoin("evaluation_responses as s", "s.id", "r.response_id")
    .select(["r.goal_id", "r.rating", "r.comment"])
    .where("s.round_id", "=", roundId)
    .execute();

/** Every answer to the round's own questions, without who wrote it. */
export const listRoundAnswers = (db: DbOrTx, roundId: string) =>
  db
    .selectFrom("evaluation_answers as a")
    .innerJoin("evaluation_responses as s", "s.id", "a.response_id")
    .select(["a.question_id", "a.text"])
    .where("s.round_id", "=", roundId)
    .execute();
