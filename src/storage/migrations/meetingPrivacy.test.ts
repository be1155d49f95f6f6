import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../../tests/support/databases.ts";
import { world } from "../../../tests/support/world.ts";
import { down, up } from "./20261206140000_meeting_privacy.ts";

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Figures shown before decision 014 stay shown: the migration releases them as they stand. */
describe.each(databases)("migration 20261206140000_meeting_privacy on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  it("releases existing meeting feedback and self-assessments from the minimum group size up", async () => {
    const base = `/api/networks/${w.network.id}`;
    const people = (await w.as.coordinator.get(`${base}/members?limit=200`)).body.items as { id: string }[];
    const ids = people.map((p) => p.id);
    const meeting = async (title: string) =>
      (
        await w.as.coordinator.post(`${base}/meetings`, {
          event: { title, kind: "network_meeting", start: `${yesterday}T13:00`, end: `${yesterday}T15:00` },
          participantIds: ids,
        })
      ).body.id as string;
    const enough = await meeting("Kolme vastasi");
    const few = await meeting("Kaksi vastasi");
    const { db } = deps.storage;
    const feedback = (meetingId: string, membershipId: string, value: number) => ({
      meeting_id: meetingId,
      membership_id: membershipId,
      time_well_used: value,
      real_dialogue: value,
      concrete_progress: value,
      comment: value === 5 ? "Hyvä" : "",
      created_at: new Date().toISOString(),
    });
    await db
      .insertInto("meeting_feedback")
      .values([...ids.slice(0, 3).map((id, i) => feedback(enough, id, 3 + i)), ...ids.slice(0, 2).map((id) => feedback(few, id, 2))])
      .execute();
    const answers = { g1: 5, g2: 1, g3: 5, r1: 1, r2: 5, r3: 1 };
    for (const who of [w.as.member, w.as.coordinator, w.as.admin]) {
      expect((await who.put(`${base}/assessments/network-type`, answers)).status).toBe(200);
    }
    // Back to the day before the migration, with the answers above already given.
    await down(db);
    await up(db);

    const seen = (await w.as.coordinator.get(`${base}/meetings/${enough}`)).body.feedback.summary;
    expect(seen).toMatchObject({ respondents: 3, hidden: false, releasedRespondents: 3, comments: ["Hyvä"] });
    expect(seen.timeWellUsed).toEqual({ mean: 4, n: 3, counts: [0, 0, 1, 1, 1] });
    expect((await w.as.coordinator.get(`${base}/meetings/${few}`)).body.feedback.summary).toMatchObject({ hidden: true });
    const cycles = (await w.as.observer.get(`${base}/assessments/network-type`)).body.cycles;
    expect(cycles[0].summary).toMatchObject({ respondents: 3, perceived: "joint_strategic" });
  });
});
