import type { NetworkRole } from "../domain/network.ts";
import type { RoundResourceFigures } from "../domain/resources.ts";
import {
  type ElementFigures,
  type NetworkType,
  type RatedDistribution,
  roundStatus,
  SELF_COMMITMENT_ITEMS,
  type StructuralFactor,
  type SurveyLevel,
  TRUST_DIMENSIONS,
} from "../domain/surveys.ts";
import { answerVisibility } from "../domain/surveyVisibility.ts";
import type { DbOrTx } from "../storage/db.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { isRepresentative } from "../storage/repos/organisations.ts";
import { findResponse, findRound, isInvited, type RoundRow } from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";

/** How survey rounds are read and presented; shared by the answering side (surveys.ts) and the figures (surveyResults.ts). */

export const today = (now: Date) => now.toISOString().slice(0, 10);

/** A round's figures frozen as anonymous aggregates: what results, trends and indicators show, nothing that names a person. */
export interface RoundAggregates {
  respondents: number;
  invited: number;
  elements: ElementFigures;
  barriers: { factor: StructuralFactor; count: number }[];
  enablers: { factor: StructuralFactor; count: number }[];
  votes: { type: NetworkType; count: number }[];
  averageTrust: number | null;
  /** Distinct people who rated anyone; absent in figures frozen before raters were counted. */
  raters?: number;
  /** What organisations bring and how valuable partners are, in rounds that asked; absent in older frozen figures. */
  resources?: RoundResourceFigures | null;
}

type StoredDistribution = Omit<RatedDistribution, "raters" | "hidden"> & Partial<Pick<RatedDistribution, "raters" | "hidden">>;

/**
 * Figures frozen before each figure counted its raters do not say who stood
 * behind them: their rating figures stay hidden (a rater rates many people,
 * so answers do not tell raters); self-commitment took one answer per
 * person, so its answers are its raters.
 */
function withRaters(d: StoredDistribution, perPerson: boolean, minGroupSize: number): RatedDistribution {
  if (d.raters !== undefined && d.hidden !== undefined) return d as RatedDistribution;
  const raters = perPerson ? d.n : 0;
  return raters >= minGroupSize && raters > 0 ? { ...d, raters, hidden: false } : { mean: null, n: d.n, counts: [], raters, hidden: true };
}

export function frozenOf(r: RoundRow, minGroupSize = Number.POSITIVE_INFINITY): RoundAggregates | null {
  if (!r.frozen_results) return null;
  const a = JSON.parse(r.frozen_results) as RoundAggregates;
  if (a.raters !== undefined) return a;
  const e = a.elements;
  const trust = {} as ElementFigures["trust"];
  for (const d of TRUST_DIMENSIONS) trust[d] = withRaters(e.trust[d], false, minGroupSize);
  const self = {} as ElementFigures["self"];
  for (const i of SELF_COMMITMENT_ITEMS) self[i] = withRaters(e.self[i], true, minGroupSize);
  return {
    ...a,
    raters: 0,
    averageTrust: null,
    elements: {
      knowing: withRaters(e.knowing, false, minGroupSize),
      trust,
      commitment: withRaters(e.commitment, false, minGroupSize),
      frequency: withRaters(e.frequency, false, minGroupSize),
      self,
    },
  };
}
/** Respondents of a round: counted from the answers, or from its frozen figures once those may be all that is left. */
export const respondedOf = (r: RoundRow) => frozenOf(r)?.respondents ?? Number(r.responded ?? 0);

/**
 * A round as a person sees it. `speaksFor`: the person is one of their organisation's named representatives, who alone
 * answer an organisation-level round for it.
 */
export function presentRound(r: RoundRow, myState: "not_invited" | "not_started" | "draft" | "submitted", now: Date, speaksFor: boolean) {
  const status = roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));
  const frozen = frozenOf(r);
  return {
    id: r.id,
    title: r.title,
    level: r.level as SurveyLevel,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    audience: r.audience as "all" | "selected",
    status,
    cycleId: r.cycle_id,
    cycleName: r.cycle_name,
    invitedCount: frozen?.invited ?? Number(r.invited ?? 0),
    respondedCount: frozen?.respondents ?? Number(r.responded ?? 0),
    frozen: frozen !== null,
    answersPurgedAt: r.answers_purged_at,
    myState,
    canAnswer: status === "open" && myState !== "not_invited" && (r.level !== "organisation" || speaksFor),
    closedAt: r.closed_at,
    tiesVisibility: r.ties_visibility,
    asksResources: r.asks_resources === 1,
    seenBy: answerVisibility(r.ties_visibility, r.asks_resources === 1),
    version: r.version,
  };
}

export type SurveyRound = ReturnType<typeof presentRound>;

export async function myStateIn(deps: Deps, roundId: string, membershipId: string | undefined) {
  if (!membershipId) return "not_invited" as const;
  const { db } = deps.storage;
  if (!(await isInvited(db, roundId, membershipId))) return "not_invited" as const;
  return myStateOf(true, (await findResponse(db, roundId, membershipId))?.status ?? null);
}

/** Where a person stands in a round, from whether they are invited and their response's status (null: none). */
export function myStateOf(invited: boolean, responseStatus: string | null) {
  if (!invited) return "not_invited" as const;
  if (responseStatus === null) return "not_started" as const;
  return responseStatus === "submitted" ? ("submitted" as const) : ("draft" as const);
}

export async function loadRound(deps: Deps, actor: Actor, networkId: string, roundId: string, needed: NetworkRole = "observer") {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, needed);
  const row = await findRound(db, networkId, roundId);
  if (!row) throw notFound();
  const me = await findMembership(db, networkId, actor.userId);
  return {
    row,
    role,
    me,
    round: presentRound(row, await myStateIn(deps, roundId, me?.id), new Date(), await speaksForOrganisation(db, me)),
  };
}

/** Whether the person is one of their organisation's named representatives. */
export async function speaksForOrganisation(db: DbOrTx, membership: { id: string; organisation_id: string | null } | undefined) {
  return membership?.organisation_id ? isRepresentative(db, membership.organisation_id, membership.id) : false;
}
