import { pickFrom, seededRandom } from "../domain/random.ts";
import type { NetworkType, StructuralFactor } from "../domain/surveys.ts";
import type { Tx } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { insertRows, type NewRow } from "../storage/repos/bulk.ts";
import type { SurveyRatingsTable } from "../storage/schema.ts";
import type { DemoNetwork, DemoPerson } from "./agreement.ts";
import { demoResources, demoValue } from "./surveyResources.ts";

const day = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000);
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

const BARRIERS_FI = [
  "Työaikaa ei ole varattu verkostotyöhön.",
  "En voi luvata mitään ilman esihenkilön hyväksyntää.",
  "Tieto ei kulje organisaatioiden välillä.",
  "",
  "",
];
const BARRIERS_SV = ["Arbetstiden räcker inte till nätverksarbetet.", "Informationen når inte alla skolor.", "", ""];
const ENABLERS_FI = ["Yhteinen kalenteri auttaa.", "Tapaamisissa on aikaa oikealle keskustelulle.", "", ""];
const ENABLERS_SV = ["Det gemensamma årshjulet hjälper.", "Mötena ger tid för dialog.", ""];

interface RoundPlan {
  title: string;
  cycleId: string | null;
  opensOn: string;
  closesOn: string;
  closedAt: string | null;
  /** Share of those asked who answered. */
  answered: number;
  /** How much trust and knowing have grown since the first round. */
  growth: number;
  /** People each respondent names, on average. */
  ties: number;
  /** A generator of its own for this round's answers, so that adding the round left the other rounds' answers as they were. */
  seed?: number;
}

/**
 * Who knows whom in the demo: people mostly name colleagues of their own
 * organisation, then people of organisations of the same kind, and a few
 * others — so the map shows communities, brokers and isolates as real
 * networks do. Vulnerability is the lowest trust dimension, as it usually is
 * in young networks; the later round shows trust and knowing grown.
 */
function answersFor(
  rnd: () => number,
  plan: RoundPlan,
  roundId: string,
  invitees: DemoPerson[],
  everyone: DemoPerson[],
  kindOf: Map<string, string>,
  skip: Set<string>,
  swedish: boolean,
  /** A generator of its own for the resource questions, so the other answers stay as they were. */
  resourceRnd: () => number,
) {
  const responses: NewRow<"survey_responses">[] = [];
  const ratings: SurveyRatingsTable[] = [];
  const byOrg = new Map<string | null, DemoPerson[]>();
  for (const p of everyone) byOrg.set(p.orgId, [...(byOrg.get(p.orgId) ?? []), p]);
  const stamp = `${plan.closesOn}T09:00:00.000Z`;
  for (const person of invitees) {
    if (skip.has(person.userId) || rnd() > plan.answered) continue;
    const responseId = newId();
    const chosen = new Set<DemoPerson>();
    const want = Math.max(1, Math.round(plan.ties * (0.4 + rnd() * 1.2)));
    const colleagues = (byOrg.get(person.orgId) ?? []).filter((p) => p !== person);
    for (let tries = 0; chosen.size < want && tries < want * 6; tries++) {
      const r = rnd();
      let candidate: DemoPerson | undefined;
      if (r < 0.45 && colleagues.length > 0) candidate = pickFrom(rnd, colleagues);
      else if (r < 0.8) {
        const kind = person.orgId ? kindOf.get(person.orgId) : undefined;
        const sameKind = everyone.filter((p) => p.orgId && kindOf.get(p.orgId) === kind && p !== person);
        candidate = sameKind.length > 0 ? pickFrom(rnd, sameKind) : undefined;
      } else candidate = pickFrom(rnd, everyone);
      if (candidate && candidate !== person && candidate.role !== "observer") chosen.add(candidate);
    }
    const warmth = rnd() - 0.5;
    for (const target of chosen) {
      const targetKind = target.orgId ? kindOf.get(target.orgId) : undefined;
      const colleague = target.orgId !== null && target.orgId === person.orgId;
      const knowing = clamp((colleague ? 2.5 : 1.4) + plan.growth + rnd() * 1.2 - 0.5, 1, 3);
      const dim = (base: number) => (rnd() < 0.08 ? null : clamp(base + plan.growth + warmth + (rnd() - 0.5) * 1.6 + knowing * 0.2, 1, 5));
      const rating = {
        response_id: responseId,
        target_membership_id: target.id,
        target_organisation_id: null,
        knowing,
        goodwill: dim(3.7),
        competence: dim(3.9),
        vulnerability: dim(2.5),
        consistency: dim(3.3),
        commitment: dim(3.4),
        frequency: clamp((colleague ? 3 : 1.5) + rnd() * 1.5 - 0.5, 0, 4),
      };
      ratings.push({ ...rating, ...demoValue(targetKind, rating.frequency, resourceRnd) });
    }
    const factors = (n: number) => {
      const all: StructuralFactor[] = ["time", "mandate", "money", "skills", "information", "other"];
      const weights = [0.6, 0.35, 0.3, 0.1, 0.4, 0.05];
      return all.filter((_, i) => rnd() < (weights[i] as number) * n);
    };
    const types: NetworkType[] = ["joint_strategic", "joint_strategic", "joint_strategic", "hierarchical_strategic", "freely_evolving"];
    responses.push({
      id: responseId,
      round_id: roundId,
      membership_id: person.id,
      organisation_id: person.orgId,
      status: "submitted",
      self_autonomy: clamp(3 + rnd() * 2 - 0.6, 1, 5),
      self_meaningfulness: clamp(3.8 + plan.growth + rnd() * 1.4 - 0.7, 1, 5),
      self_connectedness: clamp(3 + plan.growth + rnd() * 2 - 1, 1, 5),
      barriers: JSON.stringify(factors(1 - plan.growth)),
      barriers_text: pickFrom(rnd, swedish ? BARRIERS_SV : BARRIERS_FI),
      enablers: JSON.stringify(factors(0.6 + plan.growth)),
      enablers_text: pickFrom(rnd, swedish ? ENABLERS_SV : ENABLERS_FI),
      network_type: rnd() < 0.1 ? null : pickFrom(rnd, types),
      resources: JSON.stringify(person.orgId ? demoResources(kindOf.get(person.orgId), resourceRnd) : []),
      submitted_at: stamp,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  return { responses, ratings };
}

/**
 * Health-survey rounds of a demo network: last cycle's closed round and the
 * current cycle's open one, so the dashboard shows trends and the map can be
 * compared across rounds; a Finnish network also has the first round, two
 * cycles back, so the change since it shows between two closed rounds. The
 * demo member has not yet answered the open round,
 * so signing in as them shows the survey waiting.
 */
export async function seedSurveysDemo(
  tx: Tx,
  n: DemoNetwork,
  rnd: () => number,
  now: Date,
  options: { kindOf: Map<string, string>; unansweredUserIds: string[]; large: boolean },
) {
  const previousCycle = [...n.cycles].reverse().find((c) => c.closed);
  const currentCycle = n.cycles.find((c) => !c.closed);
  const firstCycle = n.cycles.find((c) => c.closed);
  const plans: RoundPlan[] = [
    {
      title: n.swedish ? "Hälsoenkät, förra året" : "Verkoston terveyskysely, edellinen kierros",
      cycleId: previousCycle?.id ?? null,
      opensOn: day(daysFrom(now, -330)),
      closesOn: day(daysFrom(now, -310)),
      closedAt: daysFrom(now, -310).toISOString(),
      answered: 0.75,
      growth: 0,
      ties: options.large ? 12 : 5,
    },
    {
      title: n.swedish ? "Hälsoenkät, i år" : "Verkoston terveyskysely, tämä kierros",
      cycleId: currentCycle?.id ?? null,
      opensOn: day(daysFrom(now, -10)),
      closesOn: day(daysFrom(now, 11)),
      closedAt: null,
      answered: 0.7,
      growth: 0.35,
      ties: options.large ? 15 : 6,
    },
  ];
  if (!n.swedish && !options.large) {
    // Fewer answered and named fewer people, knowing them less well: the network was younger.
    plans.push({
      title: "Verkoston terveyskysely, ensimmäinen kierros",
      cycleId: firstCycle?.id ?? null,
      opensOn: day(daysFrom(now, -695)),
      closesOn: day(daysFrom(now, -675)),
      closedAt: daysFrom(now, -675).toISOString(),
      answered: 0.65,
      growth: -0.3,
      ties: 4,
      seed: 2024,
    });
  }
  const invitees = n.people.filter((p) => p.role !== "observer");
  const stamp = now.toISOString();
  for (const [i, plan] of plans.entries()) {
    const roundId = newId();
    await tx
      .insertInto("survey_rounds")
      .values({
        id: roundId,
        network_id: n.networkId,
        cycle_id: plan.cycleId,
        title: plan.title,
        level: "person",
        audience: "all",
        opens_on: plan.opensOn,
        closes_on: plan.closesOn,
        closed_at: plan.closedAt,
        ties_visibility: n.swedish ? "groups" : "individual",
        asks_resources: 1,
        created_by: n.coordinatorId,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await insertRows(
      tx,
      "survey_invitees",
      invitees.map((p) => ({ round_id: roundId, membership_id: p.id })),
    );
    const skip = new Set(i === 1 ? options.unansweredUserIds : []);
    const { responses, ratings } = answersFor(
      plan.seed === undefined ? rnd : seededRandom(plan.seed),
      plan,
      roundId,
      invitees,
      invitees,
      options.kindOf,
      skip,
      n.swedish,
      seededRandom(20 + i),
    );
    await insertRows(tx, "survey_responses", responses);
    await insertRows(tx, "survey_ratings", ratings);
  }
}
