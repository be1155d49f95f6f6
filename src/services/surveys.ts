import { formatDay } from "../domain/format.ts";
import { type PartnerValues, partnerValues, type Resource } from "../domain/resources.ts";
import {
  answersDeletedOn,
  type NetworkType,
  type RatingValues,
  ratingValues,
  roundStatus,
  SELF_COMMITMENT_ITEMS,
  type SelfCommitmentItem,
  type StructuralFactor,
  type SurveyLevel,
} from "../domain/surveys.ts";
import type { TiesVisibility } from "../domain/surveyVisibility.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import {
  deleteAnalysis,
  deleteResponse,
  findAnalysis,
  findResponse,
  insertResponse,
  insertRound,
  latestOpenedRound,
  listPeopleForSurvey,
  listRatingsOfResponse,
  listRounds as listRoundRows,
  listRoundsAnsweredBy,
  listRoundsWithRetention,
  listUnanswered,
  purgeRoundAnswers,
  type RatingFields,
  type ResponseRow,
  replaceRatings,
  saveAnalysis,
  updateResponseIfVersion,
  updateRoundIfVersion,
} from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound, staleWrite } from "./errors.ts";
import { freezeRound } from "./surveyResults.ts";
import { loadRound, myStateIn, presentRound, speaksForOrganisation, today } from "./surveyRounds.ts";
import { type StoredAnalysis, withoutNodes } from "./surveyStructure.ts";
import { announce } from "./webhooks.ts";

export {
  latestReleasedRound,
  type RoundAnalysis,
  roundAnalysis,
  roundResults,
  surveySummaryOfCycle,
  surveyTrends,
} from "./surveyResults.ts";
export type { SurveyRound } from "./surveyRounds.ts";

/** The network's survey rounds, newest first, with where the actor stands in each. */
export async function listRounds(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  const me = await findMembership(db, networkId, actor.userId);
  const rows = await listRoundRows(db, networkId);
  const items = [];
  const speaksFor = await speaksForOrganisation(db, me);
  for (const r of rows) items.push(presentRound(r, await myStateIn(deps, r.id, me?.id), now, speaksFor));
  return { items, minGroupSize: network?.min_group_size ?? 3 };
}

export async function getRound(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  return (await loadRound(deps, actor, networkId, roundId)).round;
}

export interface RoundInput {
  title: string;
  level: SurveyLevel;
  opensOn: string;
  closesOn: string;
  audience: "all" | "selected";
  inviteeIds: string[];
  /** Fixed for the round and shown to respondents; the network's default when not given. */
  tiesVisibility?: TiesVisibility | undefined;
  /** Ask what each organisation brings and how valuable partners are. */
  asksResources?: boolean | undefined;
}

/** Opens a survey round in the current cycle; everyone asked is fixed now, so later members do not change the response rate. */
export async function createRound(deps: Deps, actor: Actor, networkId: string, input: RoundInput, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  if (input.closesOn < input.opensOn) throw invalid({ closesOn: { key: "validation.end_before_start" } });
  if (input.closesOn < today(now)) throw invalid({ closesOn: { key: "validation.date_in_past" } });
  const people = (await listPeopleForSurvey(db, networkId)).filter((p) => p.role !== "observer");
  let inviteeIds: string[];
  if (input.audience === "all") {
    inviteeIds = people.map((p) => p.id);
  } else {
    const known = new Set(people.map((p) => p.id));
    inviteeIds = [...new Set(input.inviteeIds)];
    if (inviteeIds.length === 0) throw invalid({ inviteeIds: { key: "validation.required" } });
    if (inviteeIds.some((id) => !known.has(id))) throw invalid({ inviteeIds: { key: "validation.unknown_person" } });
  }
  if (inviteeIds.length === 0) throw invalid({ audience: { key: "surveys.no_members" } });
  const cycle = await findCurrentCycle(db, networkId);
  const network = await findNetwork(db, networkId);
  const tiesVisibility = input.tiesVisibility ?? network?.survey_ties_visibility ?? "individual";
  const id = await db.transaction().execute((tx) =>
    insertRound(tx, {
      networkId,
      cycleId: cycle?.id ?? null,
      title: input.title,
      level: input.level,
      audience: input.audience,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      createdBy: actor.userId,
      inviteeIds,
      tiesVisibility,
      asksResources: input.asksResources ?? false,
    }),
  );
  return getRound(deps, actor, networkId, id);
}

/**
 * Renames a round or moves its closing date. A closed round can be reopened
 * this way only until it has been closed by hand or its figures have been
 * released (frozen): reopening released figures would let one more answer
 * show by difference.
 */
export async function updateRound(
  deps: Deps,
  actor: Actor,
  networkId: string,
  roundId: string,
  input: { version: number; title?: string | undefined; closesOn?: string | undefined; asksResources?: boolean | undefined },
  now = new Date(),
) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (row.closed_at || (row.frozen_results && input.closesOn && input.closesOn !== row.closes_on)) {
    throw new AppError(409, "round_closed", "surveys.round_closed");
  }
  // The questions of a closed round are what its answers were given to.
  const asksChanged = input.asksResources !== undefined && input.asksResources !== round.asksResources;
  if (asksChanged && round.status === "closed") throw new AppError(409, "round_closed", "surveys.round_closed");
  const closesOn = input.closesOn ?? row.closes_on;
  if (closesOn < row.opens_on) throw invalid({ closesOn: { key: "validation.end_before_start" } });
  if (input.closesOn && input.closesOn < today(now)) throw invalid({ closesOn: { key: "validation.date_in_past" } });
  const patch = {
    title: input.title ?? row.title,
    closes_on: closesOn,
    asks_resources: (input.asksResources ?? round.asksResources) ? 1 : 0,
  };
  if (!(await updateRoundIfVersion(deps.storage.db, roundId, input.version, patch))) throw staleWrite(round);
  return getRound(deps, actor, networkId, roundId);
}

/** Closes a round now: its answers are frozen and its figures final, so later removals of answers cannot be differenced. */
export async function closeRound(deps: Deps, actor: Actor, networkId: string, roundId: string, version: number) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (row.closed_at) throw new AppError(409, "round_closed", "surveys.round_closed");
  if (!(await updateRoundIfVersion(deps.storage.db, roundId, version, { closed_at: new Date().toISOString() }))) throw staleWrite(round);
  const network = await findNetwork(deps.storage.db, networkId);
  await freezeRound(deps, row, network?.min_group_size ?? 3);
  return getRound(deps, actor, networkId, roundId);
}

/** Reminds everyone asked who has not submitted: in the app always, by e-mail when SMTP is set up. */
export async function remindRound(deps: Deps, actor: Actor, networkId: string, roundId: string, baseUrl: string, now = new Date()) {
  const { row, round } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  if (round.status !== "open") throw new AppError(409, "round_not_open", "surveys.round_not_open");
  const { db } = deps.storage;
  const network = await findNetwork(db, networkId);
  const people = await listUnanswered(db, roundId);
  const link = `/networks/${networkId}/surveys/${roundId}/answer`;
  await insertNotifications(
    db,
    people.map((p) => ({
      userId: p.user_id,
      networkId,
      kind: "survey_reminder",
      params: { title: row.title, closesOn: row.closes_on, network: network?.name ?? "" },
      link,
      dedupeKey: `survey_reminder:${roundId}:${p.user_id}:${today(now)}`,
    })),
  );
  if (deps.mailer.smtp) {
    for (const p of people) {
      const locale = p.locale === "sv" || p.locale === "en" ? p.locale : "fi";
      const t = translator(locale);
      const closesOn = formatDay(locale, row.closes_on);
      await deps.mailer.send(db, {
        networkId,
        kind: "survey_reminder",
        to: p.email,
        subject: t("mail.surveyReminder.subject", { network: network?.name ?? "" }),
        body: t("mail.surveyReminder.body", { name: p.name, title: row.title, closesOn, link: `${baseUrl}${link}` }),
        link: `${baseUrl}${link}`,
      });
    }
  }
  return { reminded: people.length };
}

/** Whom the actor can rate in a round: the network's other people, or the organisations other than their own. */
export async function listTargets(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { row, me } = await loadRound(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  if (row.level === "organisation") {
    const orgs = await listOrganisations(db, networkId);
    return orgs.filter((o) => o.id !== me?.organisation_id).map((o) => ({ id: o.id, name: o.name, organisationName: null, kind: o.kind }));
  }
  const people = await listPeopleForSurvey(db, networkId);
  return people
    .filter((p) => p.id !== me?.id && p.role !== "observer")
    .map((p) => ({ id: p.id, name: p.name, organisationName: p.organisation_name, kind: p.organisation_kind }));
}

const parseList = <T extends string>(json: string) => JSON.parse(json) as T[];

async function presentResponse(deps: Deps, r: ResponseRow) {
  const ratings = await listRatingsOfResponse(deps.storage.db, r.id);
  return {
    status: r.status as "draft" | "submitted",
    version: r.version,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    ratings: ratings.map((x) => ({
      targetId: (x.target_membership_id ?? x.target_organisation_id) as string,
      knowing: x.knowing,
      goodwill: x.goodwill,
      competence: x.competence,
      vulnerability: x.vulnerability,
      consistency: x.consistency,
      commitment: x.commitment,
      frequency: x.frequency,
      valuePower: x.value_power,
      valueInvolvement: x.value_involvement,
      valueResources: x.value_resources,
    })),
    selfCommitment: { autonomy: r.self_autonomy, meaningfulness: r.self_meaningfulness, connectedness: r.self_connectedness },
    barriers: parseList<StructuralFactor>(r.barriers),
    barriersText: r.barriers_text,
    enablers: parseList<StructuralFactor>(r.enablers),
    enablersText: r.enablers_text,
    networkType: r.network_type as NetworkType | null,
    resources: parseList<Resource>(r.resources),
    resourcesText: r.resources_text,
  };
}

/** The actor's own answer to a round, or null; nobody else's answer can be read. */
export async function getMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { me } = await loadRound(deps, actor, networkId, roundId);
  const r = me ? await findResponse(deps.storage.db, roundId, me.id) : undefined;
  return { response: r ? await presentResponse(deps, r) : null };
}

export interface ResponseInput {
  version: number | null;
  submit: boolean;
  ratings: (RatingValues & Partial<PartnerValues> & { targetId: string })[];
  selfCommitment: Record<SelfCommitmentItem, number | null>;
  barriers: StructuralFactor[];
  barriersText: string;
  enablers: StructuralFactor[];
  enablersText: string;
  networkType: NetworkType | null;
  resources?: Resource[] | undefined;
  resourcesText?: string | undefined;
}

async function openRoundForMe(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const loaded = await loadRound(deps, actor, networkId, roundId, "member");
  if (!loaded.me || loaded.round.myState === "not_invited") throw new AppError(403, "not_invited", "surveys.not_invited");
  if (loaded.round.status !== "open") throw new AppError(409, "round_not_open", "surveys.round_not_open");
  // An organisation-level round asks the organisations: their named representatives answer for them.
  const { me } = loaded;
  if (loaded.row.level === "organisation" && !(await speaksForOrganisation(deps.storage.db, me))) {
    throw new AppError(403, "not_representative", "errors.not_representative");
  }
  return { ...loaded, me };
}

/** Saves the actor's answer as a draft or submits it; a stale version gets 409 with what is stored. */
export async function saveMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string, input: ResponseInput) {
  const { row, me } = await openRoundForMe(deps, actor, networkId, roundId);
  const { db } = deps.storage;
  const targets = new Set((await listTargets(deps, actor, networkId, roundId)).map((t) => t.id));
  const seen = new Set<string>();
  input.ratings.forEach((r, i) => {
    if (!targets.has(r.targetId)) throw invalid({ [`ratings.${i}.targetId`]: { key: "surveys.unknown_target" } });
    if (seen.has(r.targetId)) throw invalid({ [`ratings.${i}.targetId`]: { key: "surveys.duplicate_target" } });
    seen.add(r.targetId);
  });
  if (input.submit) {
    const missing = SELF_COMMITMENT_ITEMS.find((k) => input.selfCommitment[k] === null);
    if (missing) throw invalid({ [`selfCommitment.${missing}`]: { key: "surveys.answer_required" } });
  }
  const byOrganisation = row.level === "organisation";
  // Value is asked only of partners one knows, and only in rounds that ask it.
  const asks = row.asks_resources === 1;
  const ratings: RatingFields[] = input.ratings.map((r) => ({
    targetMembershipId: byOrganisation ? null : r.targetId,
    targetOrganisationId: byOrganisation ? r.targetId : null,
    ...ratingValues(r),
    ...partnerValues(asks && r.knowing >= 1 ? r : {}),
  }));
  // What an organisation brings is said by someone of it: a respondent without an organisation names nothing.
  const names = asks && me.organisation_id !== null;
  const existing = await findResponse(db, roundId, me.id);
  const fields = {
    status: input.submit || existing?.status === "submitted" ? "submitted" : "draft",
    organisationId: me.organisation_id,
    selfAutonomy: input.selfCommitment.autonomy,
    selfMeaningfulness: input.selfCommitment.meaningfulness,
    selfConnectedness: input.selfCommitment.connectedness,
    barriers: [...new Set(input.barriers)],
    barriersText: input.barriersText,
    enablers: [...new Set(input.enablers)],
    enablersText: input.enablersText,
    networkType: input.networkType,
    resources: names ? [...new Set(input.resources ?? [])] : [],
    resourcesText: names ? (input.resourcesText ?? "") : "",
    submittedAt: input.submit ? new Date().toISOString() : (existing?.submitted_at ?? null),
  };
  // A submitted answer stays submitted when saved again: withdrawing it is done by deleting it.
  const saved = await db.transaction().execute(async (tx) => {
    if (!existing) {
      if (input.version !== null) return false;
      const id = await insertResponse(tx, roundId, me.id, fields);
      await replaceRatings(tx, id, ratings);
      return true;
    }
    if (input.version === null || !(await updateResponseIfVersion(tx, existing.id, input.version, fields))) return false;
    await replaceRatings(tx, existing.id, ratings);
    return true;
  });
  if (!saved) throw staleWrite((await getMyResponse(deps, actor, networkId, roundId)).response);
  return getMyResponse(deps, actor, networkId, roundId);
}

/** Deletes the actor's own answer while the round is open. */
export async function deleteMyResponse(deps: Deps, actor: Actor, networkId: string, roundId: string) {
  const { me } = await openRoundForMe(deps, actor, networkId, roundId);
  const existing = await findResponse(deps.storage.db, roundId, me.id);
  if (!existing) throw notFound();
  await deleteResponse(deps.storage.db, existing.id);
}

/** Reminders due from the daily job: everyone asked who has not answered, three days before a round closes. */
export async function dueSurveyReminders(deps: Deps, networkId: string, networkName: string, now: Date) {
  const { db } = deps.storage;
  const soon = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const items = [];
  for (const r of await listRoundRows(db, networkId)) {
    const status = roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));
    if (status !== "open" || r.closes_on > soon) continue;
    for (const p of await listUnanswered(db, r.id)) {
      items.push({
        userId: p.user_id,
        networkId,
        kind: "survey_reminder",
        params: { title: r.title, closesOn: r.closes_on, network: networkName },
        link: `/networks/${networkId}/surveys/${r.id}/answer`,
        dedupeKey: `survey_reminder:${r.id}:${p.user_id}:closing`,
      });
    }
  }
  return items;
}

/** A round that began longer ago than this is old news: a webhook added later does not hear of it. */
const OPENED_NEWS_DAYS = 7;

/**
 * Tells the network's webhooks that a survey round has opened (rounds open by their date, so the hourly reminder run
 * notices) and, three days before it closes, that it is closing. Dedupe keys make each announcement once per round.
 */
export async function announceSurveyRounds(deps: Deps, networkId: string, now: Date) {
  const { db } = deps.storage;
  const day = today(now);
  const soon = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const recent = new Date(now.getTime() - OPENED_NEWS_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const r of await listRoundRows(db, networkId)) {
    if (roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, day) !== "open") continue;
    const path = `/networks/${networkId}/surveys/${r.id}/answer`;
    if (r.opens_on >= recent) {
      await announce(db, { networkId, kind: "survey.opened", title: r.title, path, dedupeKey: `survey_opened:${r.id}` });
    }
    if (r.closes_on <= soon) {
      await announce(db, { networkId, kind: "survey.closing", title: r.title, path, dedupeKey: `survey_closing:${r.id}:${r.closes_on}` });
    }
  }
}

/**
 * The latest round that has begun, as the list shows it to everyone, for the network home; null before any. Where the
 * person stands in it is theirs alone: myStateOf gives it from their invitation and response.
 */
export async function latestRound(deps: Deps, networkId: string, now = new Date()) {
  const latest = await latestOpenedRound(deps.storage.db, networkId, today(now));
  if (!latest) return null;
  // As presentRound gives it to anyone; the parts that depend on the person are left out.
  const round = presentRound(latest, "not_invited", now, false);
  return {
    id: round.id,
    title: round.title,
    status: round.status,
    closesOn: round.closesOn,
    respondedCount: round.respondedCount,
    invitedCount: round.invitedCount,
  };
}

/**
 * Before a person's memberships go (account deleted, network policy
 * "aggregate"): every closed round they answered is frozen, so their answers
 * live on only inside its anonymous figures. Open rounds are not frozen:
 * their answers go with the person, as if never given.
 */
export async function freezeRoundsAnsweredBy(deps: Deps, networkId: string, membershipId: string, now = new Date()) {
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  for (const row of await listRoundsAnsweredBy(deps.storage.db, networkId, membershipId)) {
    const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today(now));
    if (status === "closed") await freezeRound(deps, row, minGroupSize);
  }
}

/**
 * Inside the transaction that removes a person from a network: their node and
 * ties leave the frozen structure of every round; live rounds' cached
 * analyses are dropped, to be computed again without them.
 */
export async function forgetInSurveys(db: DbOrTx, networkId: string, membershipId: string) {
  for (const row of await listRoundRows(db, networkId)) {
    const cached = await findAnalysis(db, row.id);
    if (!cached) continue;
    if (!row.frozen_results) {
      await deleteAnalysis(db, row.id);
      continue;
    }
    const a = JSON.parse(cached.data) as StoredAnalysis;
    await saveAnalysis(db, row.id, cached.fingerprint, JSON.stringify(withoutNodes(a, (id) => id === membershipId)));
  }
}

/**
 * The retention job: in networks that keep raw survey answers only for a
 * while, a round whose time is up has its figures frozen and then every raw
 * answer and invitation deleted. At person level the per-person structure
 * goes too (it names people); the whole-graph and group figures stay.
 * Returns how many rounds were purged.
 */
export async function purgeExpiredSurveyAnswers(deps: Deps, now = new Date()) {
  const { db } = deps.storage;
  let purged = 0;
  for (const row of await listRoundsWithRetention(db)) {
    const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today(now));
    if (status !== "closed") continue;
    const closedOn = row.closed_at && row.closed_at.slice(0, 10) < row.closes_on ? row.closed_at.slice(0, 10) : row.closes_on;
    if (answersDeletedOn(closedOn, Number(row.survey_retention_months)) > today(now)) continue;
    await freezeRound(deps, row, row.min_group_size);
    await db.transaction().execute(async (tx) => {
      if (row.level === "person") {
        const cached = await findAnalysis(tx, row.id);
        if (cached) await saveAnalysis(tx, row.id, cached.fingerprint, JSON.stringify(withoutNodes(JSON.parse(cached.data), () => true)));
      }
      await purgeRoundAnswers(tx, row.id);
    });
    purged++;
  }
  return purged;
}
