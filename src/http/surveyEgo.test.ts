import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { surveyAnswer, surveyRating } from "../../tests/support/surveys.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
// Everyone knows their contacts' work (3) and works with them now and then (2); no other figure matters here.
const answer = (targets: string[]) =>
  surveyAnswer(
    targets.map((id) => surveyRating(id, { knowing: 3, competence: 5, frequency: 2 })),
    { selfCommitment: { autonomy: 4, meaningfulness: 5, connectedness: 3 } },
  );

describe.each(databases)("ego networks in a survey round on %s", (kind) => {
  const t = apiWorld(kind);
  const ids: Record<string, string> = {};
  let aino: Awaited<ReturnType<(typeof t.w)["signedIn"]>>;
  let roundUrl = "";
  let groupsUrl = "";

  // Coordinator → member, member → aino, aino → member, coordinator → aino; the observer is named by nobody.
  beforeAll(async () => {
    aino = await t.w.newMember("aino", "Aino");
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const p of people) ids[p.name.toLowerCase()] = p.id;
    const round = async (title: string, tiesVisibility: string) => {
      const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
        title,
        level: "person",
        opensOn: inDays(0),
        closesOn: inDays(14),
        audience: "all",
        tiesVisibility,
      });
      const url = `${t.base}/surveys/${made.body.id}`;
      await t.w.as.coordinator.put(`${url}/response`, answer([ids.member as string, ids.aino as string]));
      await t.w.as.member.put(`${url}/response`, answer([ids.aino as string]));
      await aino.put(`${url}/response`, answer([ids.member as string]));
      return url;
    };
    roundUrl = await round("Kevät 2027", "individual");
    groupsUrl = await round("Syksy 2027", "groups");
  });

  it("waits for the round to close", async () => {
    const r = await t.w.as.member.get(`${roundUrl}/ego/${ids.member}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ego: null, reason: "notReleased" });
  });

  it("shows a member their own network, structure only, and nobody else's", async () => {
    for (const url of [roundUrl, groupsUrl]) {
      await t.w.as.coordinator.post(`${url}/close`, { version: (await t.w.as.coordinator.get(url)).body.version });
    }
    const own = await t.w.as.member.get(`${roundUrl}/ego/${ids.member}`);
    expect(own.status).toBe(200);
    const ego = own.body.ego;
    expect(ego.node.id).toBe(ids.member);
    expect(ego.alters.map((a: { id: string; named: boolean; namedBy: boolean }) => [a.id, a.named, a.namedBy]).sort()).toEqual(
      [
        [ids.aino, true, true],
        [ids.coordinator, false, true],
      ].sort(),
    );
    // Among the member's two contacts, the coordinator named Aino: one of the two possible directed ties.
    expect(ego.ties).toEqual([{ source: ids.coordinator, target: ids.aino }]);
    expect(ego).toMatchObject({ size: 2, density: 0.5 });
    expect(ego.constraint).toBeGreaterThan(0);
    // Nothing of anyone's ratings travels with it.
    expect(JSON.stringify(own.body)).not.toMatch(/knowing|goodwill|competence|frequency|commitment/);

    expect((await t.w.as.member.get(`${roundUrl}/ego/${ids.aino}`)).status).toBe(403);
    expect((await t.w.as.observer.get(`${roundUrl}/ego/${ids.member}`)).status).toBe(403);
    expect((await t.w.as.outsider.get(`${roundUrl}/ego/${ids.member}`)).status).toBe(404);
  });

  it("shows coordinators anyone's under individual ties, and no one's where the round shows only groups", async () => {
    const any = await t.w.as.coordinator.get(`${roundUrl}/ego/${ids.aino}`);
    expect(any.body.ego.size).toBe(2);
    const observer = await t.w.as.observer.get(`${roundUrl}/ego/${ids.observer}`);
    expect(observer.body).toMatchObject({ ego: null, reason: "notInRound" });
    expect((await t.w.as.coordinator.get(`${groupsUrl}/ego/${ids.aino}`)).body).toMatchObject({ ego: null, reason: "groups" });
    expect((await t.w.as.member.get(`${groupsUrl}/ego/${ids.member}`)).body).toMatchObject({ ego: null, reason: "groups" });
  });
});
