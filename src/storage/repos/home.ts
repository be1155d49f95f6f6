import type { AliasedExpression, ExpressionBuilder } from "kysely";
import type { DbOrTx } from "../db.ts";
import type { Database } from "../schema.ts";
import type { MembershipRow } from "./memberships.ts";

// The network home's reads about the one person asking. Its network-wide parts are shared by every reader of the same
// version of the network (decision 022); what is left per reader is read here in two queries, whatever the network holds.

/**
 * Whether the network exists, whether it admits only sessions opened through an identity provider, and the person's
 * membership in it if any: what roleFrom needs, in one query. Undefined when there is no such network.
 */
export async function findNetworkAndMembership(db: DbOrTx, networkId: string, userId: string) {
  const row = await db
    .selectFrom("networks as n")
    .leftJoin("memberships as m", (j) => j.onRef("m.network_id", "=", "n.id").on("m.user_id", "=", userId))
    .select("n.require_sso as network_require_sso")
    .selectAll("m")
    .where("n.id", "=", networkId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { network_require_sso, ...m } = row;
  return {
    network: { require_sso: network_require_sso },
    membership: m.id === null ? undefined : (m as MembershipRow),
  };
}

/** What to ask about the person; a question whose subject is absent is left out. */
export interface PersonalQuestions {
  networkId: string;
  userId: string;
  /** The person's membership in the network and its organisation. */
  membershipId?: string | undefined;
  organisationId?: string | null | undefined;
  /** The current cycle and its phase: has the person evaluated the phase, and placed the network's type in the cycle? */
  cycle?: { id: string; phase: string } | undefined;
  /** Has the person's organisation decided on this agreement version? */
  agreementVersionId?: string | undefined;
  /** Promises of the person still open, due before `today` and from `today` to `soon` (dates, YYYY-MM-DD). */
  promisesDue?: { today: string; soon: string } | undefined;
  /** Is the person invited to this survey round, and how far is their response? */
  surveyRoundId?: string | undefined;
  /** Is the person invited to this meeting, and what have they answered? */
  meetingId?: string | undefined;
  /** Has the person answered this evaluation round? */
  evaluationRoundId?: string | undefined;
}

export interface PersonalFacts {
  phaseEvaluated: boolean;
  typeAssessed: boolean;
  representative: boolean;
  agreementDecided: boolean;
  promisesOverdue: number;
  promisesDueSoon: number;
  surveyInvited: boolean;
  surveyResponse: string | null;
  meetingInvited: boolean;
  meetingRsvp: string | null;
  evaluationAnswered: boolean;
}

type Eb = ExpressionBuilder<Database, never>;

/** The answers to every question about the person, in one query (none when nothing is asked). */
export async function personalFacts(db: DbOrTx, q: PersonalQuestions): Promise<PersonalFacts> {
  const { membershipId, organisationId } = q;
  const asked: ((eb: Eb) => AliasedExpression<unknown, string>)[] = [];
  if (q.cycle) {
    const { id, phase } = q.cycle;
    asked.push(
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom("phase_evaluations")
              .select("phase")
              .where("cycle_id", "=", id)
              .where("phase", "=", phase)
              .where("user_id", "=", q.userId),
          )
          .as("phase_evaluated"),
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom("network_type_assessments")
              .select("cycle_id")
              .where("network_id", "=", q.networkId)
              .where("cycle_id", "=", id)
              .where("user_id", "=", q.userId),
          )
          .as("type_assessed"),
    );
  }
  if (membershipId && organisationId) {
    asked.push((eb) =>
      eb
        .exists(
          eb
            .selectFrom("organisation_representatives")
            .select("membership_id")
            .where("organisation_id", "=", organisationId)
            .where("membership_id", "=", membershipId),
        )
        .as("representative"),
    );
    const versionId = q.agreementVersionId;
    if (versionId) {
      asked.push((eb) =>
        eb
          .exists(
            eb
              .selectFrom("agreement_approvals")
              .select("version_id")
              .where("version_id", "=", versionId)
              .where("organisation_id", "=", organisationId),
          )
          .as("agreement_decided"),
      );
    }
  }
  if (membershipId) {
    const due = q.promisesDue;
    if (due) {
      const open = (eb: Eb) =>
        eb
          .selectFrom("promises")
          .select((s) => s.fn.countAll().as("n"))
          .where("network_id", "=", q.networkId)
          .where("promiser_membership_id", "=", membershipId)
          .where("state", "in", ["open", "renegotiated"]);
      asked.push(
        (eb) => open(eb).where("due_on", "<", due.today).as("promises_overdue"),
        (eb) => open(eb).where("due_on", ">=", due.today).where("due_on", "<=", due.soon).as("promises_due_soon"),
      );
    }
    const roundId = q.surveyRoundId;
    if (roundId) {
      asked.push(
        (eb) =>
          eb
            .exists(
              eb.selectFrom("survey_invitees").select("round_id").where("round_id", "=", roundId).where("membership_id", "=", membershipId),
            )
            .as("survey_invited"),
        (eb) =>
          eb
            .selectFrom("survey_responses")
            .select("status")
            .where("round_id", "=", roundId)
            .where("membership_id", "=", membershipId)
            .limit(1)
            .as("survey_response"),
      );
    }
    const meetingId = q.meetingId;
    if (meetingId) {
      const mine = (eb: Eb) =>
        eb.selectFrom("meeting_participants").where("meeting_id", "=", meetingId).where("membership_id", "=", membershipId);
      asked.push(
        (eb) => eb.exists(mine(eb).select("membership_id")).as("meeting_invited"),
        (eb) => mine(eb).select("rsvp").limit(1).as("meeting_rsvp"),
      );
    }
    const evaluationRoundId = q.evaluationRoundId;
    if (evaluationRoundId) {
      asked.push((eb) =>
        eb
          .exists(
            eb
              .selectFrom("evaluation_responses")
              .select("membership_id")
              .where("round_id", "=", evaluationRoundId)
              .where("membership_id", "=", membershipId),
          )
          .as("evaluation_answered"),
      );
    }
  }
  const row: Record<string, unknown> =
    asked.length === 0 ? {} : ((await db.selectNoFrom((eb) => asked.map((a) => a(eb as unknown as Eb))).executeTakeFirst()) ?? {});
  // SQLite answers an EXISTS with 0 or 1, PostgreSQL with a boolean; a count is a string on PostgreSQL.
  const yes = (name: string) => Boolean(Number(row[name] ?? 0));
  const count = (name: string) => Number(row[name] ?? 0);
  const text = (name: string) => (typeof row[name] === "string" ? (row[name] as string) : null);
  return {
    phaseEvaluated: yes("phase_evaluated"),
    typeAssessed: yes("type_assessed"),
    representative: yes("representative"),
    agreementDecided: yes("agreement_decided"),
    promisesOverdue: count("promises_overdue"),
    promisesDueSoon: count("promises_due_soon"),
    surveyInvited: yes("survey_invited"),
    surveyResponse: text("survey_response"),
    meetingInvited: yes("meeting_invited"),
    meetingRsvp: text("meeting_rsvp"),
    evaluationAnswered: yes("evaluation_answered"),
  };
}
