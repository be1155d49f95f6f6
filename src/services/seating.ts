import { planSeating, SeatingError } from "../domain/seating.ts";
import { roundStatus } from "../domain/surveys.ts";
import { insertSeatingPlan, listBlocks } from "../storage/repos/meetings.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { listRounds, listSubmittedRatings } from "../storage/repos/surveys.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid } from "./errors.ts";
import { getMeeting, planning } from "./meetings.ts";

/**
 * Pairs of people who both said they know each other well (knowing ≥ 2 each
 * way) in the network's latest person-level survey round that has closed with
 * at least the minimum group size of respondents (decision 014). A one-sided
 * answer is never used, so no plan depends on what one person answered alone;
 * answers of a round still open or too small never change a plan.
 */
async function knownPairs(deps: Deps, networkId: string, minGroupSize: number, now: Date) {
  const { db } = deps.storage;
  const today = now.toISOString().slice(0, 10);
  const round = (await listRounds(db, networkId)).find(
    (r) =>
      r.level === "person" &&
      roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today) === "closed" &&
      Number(r.responded ?? 0) >= minGroupSize,
  );
  if (!round) return [];
  const said = new Set(
    (await listSubmittedRatings(db, round.id))
      .filter((r) => r.knowing >= 2 && r.target_membership_id && r.target_membership_id !== r.respondent_id)
      .map((r) => `${r.respondent_id} ${r.target_membership_id}`),
  );
  return [...said]
    .map((key) => key.split(" ") as [string, string])
    .filter(([a, b]) => a < b && said.has(`${b} ${a}`))
    .map(([a, b]) => [a, b] as const);
}

/** Pairs who have already sat at one table in an earlier learning café of the network. */
async function metPairs(deps: Deps, networkId: string, meetingId: string) {
  const { db } = deps.storage;
  const plans = await db
    .selectFrom("seating_plans as s")
    .innerJoin("meetings as m", "m.id", "s.meeting_id")
    .where("m.network_id", "=", networkId)
    .where("s.meeting_id", "!=", meetingId)
    .select(["s.people", "s.assignment"])
    .execute();
  const pairs: (readonly [string, string])[] = [];
  for (const plan of plans) {
    const people = JSON.parse(plan.people) as { id: string }[];
    for (const round of JSON.parse(plan.assignment) as number[][]) {
      for (let i = 0; i < round.length; i++) {
        for (let j = i + 1; j < round.length; j++) {
          const a = people[i]?.id;
          const b = people[j]?.id;
          if (a && b && round[i] === round[j]) pairs.push([a, b]);
        }
      }
    }
  }
  return pairs;
}

/**
 * Plans a learning café: who sits at which table in each round, so that
 * people meet as many as possible whom they do not yet know, mixing
 * organisations. Those who have said no are left out; hosts stay at their table.
 */
export async function planCafeSeating(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: {
    tables?: number | undefined;
    tableSize?: number | undefined;
    rounds: number;
    hostIds: (string | null)[];
    blockId: string | null;
  },
  now = new Date(),
) {
  const { participants } = await planning(deps, actor, networkId, meetingId);
  const { db } = deps.storage;
  if (input.blockId && !(await listBlocks(db, meetingId)).some((b) => b.id === input.blockId)) {
    throw invalid({ blockId: { key: "validation.invalid" } });
  }
  const people = participants.filter((p) => p.rsvp !== "no");
  if (people.length === 0) throw invalid({ tables: { key: "meetings.no_participants" } });
  // A table size gives as many tables as it takes to seat everyone at tables of at most that size.
  const tables = input.tables ?? Math.ceil(people.length / (input.tableSize ?? people.length));
  if (tables > people.length) throw invalid({ tables: { key: "meetings.too_many_tables", params: { people: people.length } } });
  const index = new Map(people.map((p, i) => [p.membership_id, i]));
  // hostIds[t] is table t's host, or null for a table whose people all move.
  const hosts = input.hostIds.map((id) => (id === null ? -1 : (index.get(id) ?? -2)));
  if (hosts.some((h) => h === -2)) throw invalid({ hostIds: { key: "meetings.not_a_participant" } });
  if (hosts.length > tables) throw invalid({ hostIds: { key: "meetings.too_many_hosts" } });
  const organisationIndex = new Map<string, number>();
  const organisation = people.map((p) => {
    if (!p.organisation_id) return -1;
    if (!organisationIndex.has(p.organisation_id)) organisationIndex.set(p.organisation_id, organisationIndex.size);
    return organisationIndex.get(p.organisation_id) as number;
  });
  const pairs = (list: readonly (readonly [string, string])[]) =>
    list.flatMap(([a, b]) => {
      const i = index.get(a);
      const j = index.get(b);
      return i === undefined || j === undefined || i === j ? [] : [[i, j] as [number, number]];
    });
  let plan: ReturnType<typeof planSeating>;
  try {
    plan = planSeating({
      organisation,
      known: pairs(await knownPairs(deps, networkId, (await findNetwork(db, networkId))?.min_group_size ?? 3, now)),
      alreadyMet: pairs(await metPairs(deps, networkId, meetingId)),
      tables,
      rounds: input.rounds,
      hosts: [...hosts, ...new Array<number>(tables - hosts.length).fill(-1)],
      seed: 1,
    });
  } catch (err) {
    if (err instanceof SeatingError) throw invalid({ tables: { key: `meetings.seating.${err.code}` } });
    throw err;
  }
  await insertSeatingPlan(db, {
    meetingId,
    blockId: input.blockId,
    tables,
    rounds: input.rounds,
    people: people.map((p) => ({ id: p.membership_id, name: p.name, organisationName: p.organisation_name })),
    hosts,
    assignment: plan.assignment,
    newPairs: plan.newPairs,
    upperBound: plan.upperBound,
  });
  return getMeeting(deps, actor, networkId, meetingId);
}
