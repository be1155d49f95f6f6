import { sql } from "kysely";
import type { PartnerValues } from "../../domain/resources.ts";
import { type RatingValues, ratingValues } from "../../domain/surveys.ts";
import type { DbOrTx } from "../db.ts";
import { newId, nowIso } from "../ids.ts";
import type { TiesVisibility } from "../schema.ts";
import { insertRow, newStamps } from "./bulk.ts";
import { updateIfVersion } from "./versioned.ts";

export interface NewRound {
  networkId: string;
  cycleId: string | null;
  title: string;
  level: string;
  audience: string;
  opensOn: string;
  closesOn: string;
  createdBy: string;
  inviteeIds: string[];
  /** What coordinators see of ties; "individual" (decision 006) when not given. */
  tiesVisibility?: TiesVisibility;
  /** Whether it asks what each organisation brings and how valuable partners are. */
  asksResources?: boolean;
}

export async function insertRound(db: DbOrTx, r: NewRound) {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("survey_rounds")
    .values({
      id,
      network_id: r.networkId,
      cycle_id: r.cycleId,
      title: r.title,
      level: r.level,
      audience: r.audience,
      opens_on: r.opensOn,
      closes_on: r.closesOn,
      closed_at: null,
      ties_visibility: r.tiesVisibility ?? "individual",
      asks_resources: r.asksResources ? 1 : 0,
      created_by: r.createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (let i = 0; i < r.inviteeIds.length; i += 500) {
    await db
      .insertInto("survey_invitees")
      .values(r.inviteeIds.slice(i, i + 500).map((m) => ({ round_id: id, membership_id: m })))
      .execute();
  }
  return id;
}

const roundColumns = (db: DbOrTx) =>
  db
    .selectFrom("survey_rounds as r")
    .leftJoin("cycles as c", "c.id", "r.cycle_id")
    .selectAll("r")
    .select("c.name as cycle_name")
    .select((eb) => [
      eb.selectFrom("survey_invitees as i").whereRef("i.round_id", "=", "r.id").select(eb.fn.countAll<number>().as("n")).as("invited"),
      eb
        .selectFrom("survey_responses as s")
        .whereRef("s.round_id", "=", "r.id")
        .where("s.status", "=", "submitted")
        .select(eb.fn.countAll<number>().as("n"))
        .as("responded"),
    ]);

export type RoundRow = Awaited<ReturnType<typeof listRounds>>[number];

/** A network's rounds, newest first. */
export const listRounds = (db: DbOrTx, networkId: string) =>
  roundColumns(db).where("r.network_id", "=", networkId).orderBy("r.opens_on", "desc").orderBy("r.created_at", "desc").execute();

/** The round listRounds puts first among those opened by `day`: the one the network home shows. */
export const latestOpenedRound = (db: DbOrTx, networkId: string, day: string) =>
  roundColumns(db)
    .where("r.network_id", "=", networkId)
    // The counts are computed for this one round only, not for every earlier one.
    .where("r.id", "=", (eb) =>
      eb
        .selectFrom("survey_rounds")
        .select("id")
        .where("network_id", "=", networkId)
        .where("opens_on", "<=", day)
        .orderBy("opens_on", "desc")
        .orderBy("created_at", "desc")
        .limit(1),
    )
    .executeTakeFirst();

export const findRound = (db: DbOrTx, networkId: string, id: string) =>
  roundColumns(db).where("r.network_id", "=", networkId).where("r.id", "=", id).executeTakeFirst();

export async function updateRoundIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: { title?: string; closes_on?: string; closed_at?: string; asks_resources?: number },
): Promise<boolean> {
  return updateIfVersion(db, "survey_rounds", id, version, { ...patch });
}

export const isInvited = async (db: DbOrTx, roundId: string, membershipId: string) =>
  (await db
    .selectFrom("survey_invitees")
    .select("round_id")
    .where("round_id", "=", roundId)
    .where("membership_id", "=", membershipId)
    .executeTakeFirst()) !== undefined;

/** Invited people who have not submitted, with their account for reminding. */
export const listUnanswered = (db: DbOrTx, roundId: string) =>
  db
    .selectFrom("survey_invitees as i")
    .innerJoin("memberships as m", "m.id", "i.membership_id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("survey_responses as s", (j) => j.onRef("s.round_id", "=", "i.round_id").onRef("s.membership_id", "=", "i.membership_id"))
    .where("i.round_id", "=", roundId)
    .where((eb) => eb.or([eb("s.status", "is", null), eb("s.status", "!=", "submitted")]))
    .select(["m.id as membership_id", "u.id as user_id", "u.email", "u.name", "u.locale"])
    .execute();

export const listInviteeIds = async (db: DbOrTx, roundId: string) =>
  (await db.selectFrom("survey_invitees").select("membership_id").where("round_id", "=", roundId).execute()).map((r) => r.membership_id);

export const findResponse = (db: DbOrTx, roundId: string, membershipId: string) =>
  db
    .selectFrom("survey_responses")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("membership_id", "=", membershipId)
    .executeTakeFirst();

export type ResponseRow = NonNullable<Awaited<ReturnType<typeof findResponse>>>;

export interface ResponseFields {
  status: string;
  organisationId: string | null;
  selfAutonomy: number | null;
  selfMeaningfulness: number | null;
  selfConnectedness: number | null;
  barriers: string[];
  barriersText: string;
  enablers: string[];
  enablersText: string;
  networkType: string | null;
  /** Left out by writers that predate the resource questions: nothing named. */
  resources?: string[];
  resourcesText?: string;
  submittedAt: string | null;
}

export interface RatingFields extends RatingValues, Partial<PartnerValues> {
  targetMembershipId: string | null;
  targetOrganisationId: string | null;
}

const responseColumns = (f: ResponseFields) => ({
  status: f.status,
  organisation_id: f.organisationId,
  self_autonomy: f.selfAutonomy,
  self_meaningfulness: f.selfMeaningfulness,
  self_connectedness: f.selfConnectedness,
  barriers: JSON.stringify(f.barriers),
  barriers_text: f.barriersText,
  enablers: JSON.stringify(f.enablers),
  enablers_text: f.enablersText,
  network_type: f.networkType,
  resources: JSON.stringify(f.resources ?? []),
  resources_text: f.resourcesText ?? "",
  submitted_at: f.submittedAt,
});

export async function insertResponse(db: DbOrTx, roundId: string, membershipId: string, f: ResponseFields) {
  return insertRow(db, "survey_responses", { round_id: roundId, membership_id: membershipId, ...responseColumns(f), ...newStamps() });
}

export async function updateResponseIfVersion(db: DbOrTx, id: string, version: number, f: ResponseFields): Promise<boolean> {
  return updateIfVersion(db, "survey_responses", id, version, { ...responseColumns(f) });
}

export async function replaceRatings(db: DbOrTx, responseId: string, ratings: RatingFields[]) {
  await db.deleteFrom("survey_ratings").where("response_id", "=", responseId).execute();
  for (let i = 0; i < ratings.length; i += 300) {
    await db
      .insertInto("survey_ratings")
      .values(
        ratings.slice(i, i + 300).map((r) => ({
          response_id: responseId,
          target_membership_id: r.targetMembershipId,
          target_organisation_id: r.targetOrganisationId,
          ...ratingValues(r),
          value_power: r.valuePower ?? null,
          value_involvement: r.valueInvolvement ?? null,
          value_resources: r.valueResources ?? null,
        })),
      )
      .execute();
  }
}

export const listRatingsOfResponse = (db: DbOrTx, responseId: string) =>
  db.selectFrom("survey_ratings").selectAll().where("response_id", "=", responseId).execute();

export const deleteResponse = (db: DbOrTx, id: string) => db.deleteFrom("survey_responses").where("id", "=", id).execute();

/** Submitted answers of a round (drafts are nobody's figures yet). */
export const listSubmitted = (db: DbOrTx, roundId: string) =>
  db.selectFrom("survey_responses").selectAll().where("round_id", "=", roundId).where("status", "=", "submitted").execute();

/** Every rating of the submitted answers of a round, with who gave it. */
export const listSubmittedRatings = (db: DbOrTx, roundId: string) =>
  db
    .selectFrom("survey_ratings as t")
    .innerJoin("survey_responses as s", "s.id", "t.response_id")
    .where("s.round_id", "=", roundId)
    .where("s.status", "=", "submitted")
    .select([
      "s.membership_id as respondent_id",
      "s.organisation_id as respondent_organisation_id",
      "t.target_membership_id",
      "t.target_organisation_id",
      "t.knowing",
      "t.goodwill",
      "t.competence",
      "t.vulnerability",
      "t.consistency",
      "t.commitment",
      "t.frequency",
      "t.value_power",
      "t.value_involvement",
      "t.value_resources",
    ])
    .execute();

/** Changes whenever the submitted answers change: their count and latest update. */
export async function answersFingerprint(db: DbOrTx, roundId: string): Promise<string> {
  const r = await db
    .selectFrom("survey_responses")
    .where("round_id", "=", roundId)
    .where("status", "=", "submitted")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("updated_at").as("latest")])
    .executeTakeFirst();
  return `${Number(r?.n ?? 0)}:${r?.latest ?? ""}`;
}

export const findAnalysis = (db: DbOrTx, roundId: string) =>
  db.selectFrom("survey_analyses").selectAll().where("round_id", "=", roundId).executeTakeFirst();

export async function saveAnalysis(db: DbOrTx, roundId: string, fingerprint: string, data: string) {
  const computedAt = nowIso();
  await db
    .insertInto("survey_analyses")
    .values({ round_id: roundId, fingerprint, data, computed_at: computedAt })
    .onConflict((oc) => oc.column("round_id").doUpdateSet({ fingerprint, data, computed_at: computedAt }))
    .execute();
}

/** People of the network with their organisation, for naming nodes and choosing whom to rate. */
export const listPeopleForSurvey = (db: DbOrTx, networkId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("organisations as o", "o.id", "m.organisation_id")
    .where("m.network_id", "=", networkId)
    .select(["m.id", "u.name", "m.role", "m.organisation_id", "o.name as organisation_name", "o.kind as organisation_kind"])
    .orderBy(sql`lower(u.name)`)
    .execute();

/** Stores a round's frozen figures once; a second freeze (another instance, a retry) changes nothing. */
export const saveFrozenResults = (db: DbOrTx, roundId: string, frozen: string) =>
  db.updateTable("survey_rounds").set({ frozen_results: frozen }).where("id", "=", roundId).where("frozen_results", "is", null).execute();

/** Rounds of a network that a membership has submitted an answer to. */
export const listRoundsAnsweredBy = (db: DbOrTx, networkId: string, membershipId: string) =>
  roundColumns(db)
    .where("r.network_id", "=", networkId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("survey_responses as s")
          .select("s.id")
          .whereRef("s.round_id", "=", "r.id")
          .where("s.membership_id", "=", membershipId)
          .where("s.status", "=", "submitted"),
      ),
    )
    .execute();

/** Rounds of networks that keep raw answers only for a while, whose answers are still there: candidates for deletion. */
export const listRoundsWithRetention = (db: DbOrTx) =>
  roundColumns(db)
    .innerJoin("networks as n", "n.id", "r.network_id")
    .where("n.survey_retention_months", "is not", null)
    .where("r.answers_purged_at", "is", null)
    .select(["n.survey_retention_months", "n.min_group_size"])
    .execute();

/** Deletes every raw answer of a round and who was asked; its frozen figures are all that stays. */
export async function purgeRoundAnswers(db: DbOrTx, roundId: string) {
  await db.deleteFrom("survey_responses").where("round_id", "=", roundId).execute();
  await db.deleteFrom("survey_invitees").where("round_id", "=", roundId).execute();
  await db.updateTable("survey_rounds").set({ answers_purged_at: nowIso() }).where("id", "=", roundId).execute();
}

export const deleteAnalysis = (db: DbOrTx, roundId: string) => db.deleteFrom("survey_analyses").where("round_id", "=", roundId).execute();
