import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { upsertUser } from "../services/users.ts";
import { insertResponse, insertRound, replaceRatings } from "../storage/repos/surveys.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const NAMES = ["aino", "bertil", "cecilia", "daniel", "eeva", "frans", "greta"];

/** Issue #16: a plain member who facilitates must not learn one person's survey answer or feedback by difference. */
describe.each(databases)("meeting privacy on %s", (kind) => {
  const t = apiWorld(kind);
  const ids: Record<string, string> = {};
  const as: Record<string, Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>> = {};
  beforeAll(async () => {
    for (const key of NAMES) {
      const { id } = await upsertUser(t.deps, { email: `${key}@example.fi`, name: key, password: "correct horse battery", isAdmin: false });
      await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
      as[key] = await t.w.signedIn(`${key}@example.fi`);
    }
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of people) ids[p.name.toLowerCase()] = p.id;
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Oppimiskahvila", kind: "network_meeting", start: `${day(-1)}T13:00`, end: `${day(-1)}T16:00` },
      participantIds: ["bertil", "cecilia", "daniel", "eeva", "frans", "greta"].map((k) => ids[k]),
      facilitatorIds: [ids.aino],
    });
    ids.meeting = made.body.id;
  });

  /** A person-level survey round answered by `answers` (respondent → people they say they know well). */
  async function round(opensOn: string, closesOn: string, answers: Record<string, string[]>) {
    const { db } = t.deps.storage;
    const roundId = await insertRound(db, {
      networkId: t.w.network.id,
      cycleId: null,
      title: `Kysely ${opensOn}`,
      level: "person",
      audience: "members",
      opensOn,
      closesOn,
      createdBy: t.w.people.coordinator.id,
      inviteeIds: Object.values(ids).filter((id) => id !== ids.meeting),
    });
    for (const [who, known] of Object.entries(answers)) {
      const responseId = await insertResponse(db, roundId, ids[who] as string, {
        status: "submitted",
        organisationId: null,
        selfAutonomy: null,
        selfMeaningfulness: null,
        selfConnectedness: null,
        barriers: [],
        barriersText: "",
        enablers: [],
        enablersText: "",
        networkType: null,
        submittedAt: new Date().toISOString(),
      });
      await replaceRatings(
        db,
        responseId,
        known.map((target) => ({
          targetMembershipId: ids[target] as string,
          targetOrganisationId: null,
          knowing: 3,
          goodwill: null,
          competence: null,
          vulnerability: null,
          consistency: null,
          commitment: null,
          frequency: 0,
        })),
      );
    }
  }

  const plan = async () => {
    const r = await as.aino?.post(`${t.base}/meetings/${ids.meeting}/seating`, { tables: 2, rounds: 1 });
    expect(r?.status).toBe(200);
    const s = r?.body.seating as { people: { id: string }[]; assignment: number[][]; newPairs: number };
    const tableOf = new Map(s.people.map((p, i) => [p.id, s.assignment[0]?.[i]]));
    return { tables: s.people.map((p) => tableOf.get(p.id)), newPairs: s.newPairs, tableOf };
  };

  it("seats by mutual acquaintance from closed rounds of the minimum group size only", async () => {
    const baseline = await plan();
    // Two people the baseline seats together: a known tie between them would split them.
    const together = NAMES.slice(1).filter((k) => baseline.tableOf.get(ids[k] as string) === baseline.tableOf.get(ids.bertil as string));
    const [x, y] = [together[0] as string, together[1] as string];
    const other = NAMES.slice(1).find((k) => k !== x && k !== y) as string;

    // One person's answer alone (the other did not say so) never changes the plan.
    await round(day(-30), day(-20), { [x]: [y], [other]: [], greta: [] });
    expect(await plan()).toEqual(baseline);
    // A mutual tie in a round below the minimum group size (2 < 3) is not used.
    await round(day(-19), day(-15), { [x]: [y], [y]: [x] });
    expect(await plan()).toEqual(baseline);
    // A mutual tie in a round still open is not used, however many answered.
    await round(day(-2), day(5), { [x]: [y], [y]: [x], [other]: [] });
    expect(await plan()).toEqual(baseline);
    // A mutual tie in a closed round of three respondents is used: the two are seated apart.
    await round(day(-14), day(-10), { [x]: [y], [y]: [x], [other]: [] });
    const mutual = await plan();
    expect(mutual.tableOf.get(ids[x] as string)).not.toBe(mutual.tableOf.get(ids[y] as string));
  });

  it("releases meeting feedback in steps of the minimum group size, so one more answer cannot be read off", async () => {
    const url = `${t.base}/meetings/${ids.meeting}`;
    const give = (who: string, value: number, comment = "") =>
      as[who]?.put(`${url}/feedback`, { timeWellUsed: value, realDialogue: value, concreteProgress: value, comment });
    const summary = async () => (await as.aino?.get(url))?.body.feedback.summary;
    const trend = async () => (await t.w.as.coordinator.get(`${t.base}/meetings/feedback`)).body.items[0];
    const cycleFigure = async () =>
      (await t.w.as.observer.get(`${t.base}/evaluation`)).body.figures.find((f: { key: string }) => f.key === "meeting_feedback").value;

    await give("bertil", 5, "Hyvä");
    await give("cecilia", 4);
    expect(await summary()).toMatchObject({ respondents: 2, hidden: true, releasedRespondents: null, nextReleaseAt: 3 });
    await give("daniel", 3, "Liian lyhyt");
    const first = await summary();
    expect(first).toMatchObject({ respondents: 3, hidden: false, releasedRespondents: 3, nextReleaseAt: 6 });
    expect(first.timeWellUsed).toEqual({ mean: 4, n: 3, counts: [0, 0, 1, 1, 1] });
    expect([...first.comments].sort()).toEqual(["Hyvä", "Liian lyhyt"]);
    const firstTrend = await trend();
    const firstFigure = await cycleFigure();
    expect(firstFigure).toBe(4);

    // A fourth answer, and a changed answer, leave every released figure as it was.
    await give("eeva", 1, "Turhaa");
    await give("bertil", 1);
    const after = await summary();
    expect(after).toEqual({ ...first, respondents: 4 });
    expect(await trend()).toEqual({ ...firstTrend, respondents: 4 });
    expect(await cycleFigure()).toBe(firstFigure);

    // From the next multiple on, the figures are recomputed from everyone's current answers.
    await give("frans", 2);
    await give("greta", 2);
    const second = await summary();
    expect(second).toMatchObject({ respondents: 6, hidden: false, releasedRespondents: 6, nextReleaseAt: 9 });
    expect(second.timeWellUsed.mean).toBeCloseTo(13 / 6, 10);
    expect(await cycleFigure()).toBeCloseTo(13 / 6, 2);
    expect((await as.bertil?.get(url))?.body.feedback.summary).toBeNull();
  });
});
