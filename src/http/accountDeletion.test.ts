import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";
import { addMembership } from "../services/members.ts";
import { purgeExpiredSurveyAnswers } from "../services/surveys.ts";
import { upsertUser } from "../services/users.ts";
import { personalData } from "../storage/repos/personalData.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PASSWORD = "correct horse battery";

type Client = Awaited<ReturnType<Awaited<ReturnType<typeof world>>["signedIn"]>>;

const answer = (targets: string[], goodwill: number) => ({
  version: null,
  submit: true,
  ratings: targets.map((targetId) => ({
    targetId,
    knowing: 2,
    goodwill,
    competence: 4,
    vulnerability: 3,
    consistency: 4,
    commitment: 4,
    frequency: 2,
  })),
  selfCommitment: { autonomy: 4, meaningfulness: 5, connectedness: 3 },
  barriers: ["time"],
  barriersText: "Kiire",
  enablers: [],
  enablersText: "",
  networkType: "joint_strategic",
});

describe.each(databases)("deleting one's account and survey retention on %s", (kind) => {
  const t = apiWorld(kind);
  const people: Record<string, Client> = {};
  const ids: Record<string, string> = {};

  /** A person-level round everyone named answers (rating every other one of them), then closed by the coordinator. */
  async function closedRound(title: string, who: string[], goodwill: Record<string, number>) {
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title,
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(14),
      audience: "all",
    });
    const url = `${t.base}/surveys/${made.body.id}`;
    for (const name of who) {
      const targets = who.filter((o) => o !== name).map((o) => ids[o] as string);
      const r = await (people[name] as Client).put(`${url}/response`, answer(targets, goodwill[name] ?? 4));
      expect(r.status).toBe(200);
    }
    const closed = await t.w.as.coordinator.post(`${url}/close`, { version: made.body.version });
    expect(closed.status).toBe(200);
    return url;
  }

  beforeAll(async () => {
    people.coordinator = t.w.as.coordinator;
    people.member = t.w.as.member;
    people.admin = t.w.as.admin;
    for (const key of ["aino", "bertil"]) {
      const { id } = await upsertUser(t.deps, { email: `${key}@example.fi`, name: key, password: PASSWORD, isAdmin: false });
      await addMembership(t.deps.storage.db, { networkId: t.w.network.id, userId: id, role: "member" });
      people[key] = await t.w.signedIn(`${key}@example.fi`);
    }
    const members = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    for (const m of members) ids[m.name.toLowerCase()] = m.id;
  });

  it("asks for the password and refuses while someone must carry on", async () => {
    const wrong = await t.w.as.member.call("DELETE", "/api/me", { password: "not it" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.password).toBe("Salasana ei täsmää.");
    expect((await t.w.as.member.get("/api/me")).status).toBe(200);

    // The admin who made the other network leaves it, so its only coordinator is the outsider.
    const others = (await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/members`)).body.items as { id: string; name: string }[];
    const adminThere = others.find((m) => m.name === "Admin")?.id;
    expect((await t.w.as.outsider.delete(`/api/networks/${t.w.other.id}/members/${adminThere}`)).status).toBe(204);
    const sole = await t.w.as.outsider.call("DELETE", "/api/me", { password: PASSWORD });
    expect(sole.status).toBe(409);
    expect(sole.body.error).toMatchObject({ code: "sole_coordinator" });
    expect(sole.body.error.message).toContain("Toinen verkosto");
    expect((await t.w.as.outsider.get("/api/me")).status).toBe(200);

    expect((await t.w.anonymous().call("DELETE", "/api/me", { password: PASSWORD })).status).toBe(401);
  });

  it("removes the person and keeps their closed-round answers only inside frozen figures", async () => {
    const url = await closedRound("Kevät", ["coordinator", "member", "aino", "bertil"], { member: 1 });
    const before = (await t.w.as.coordinator.get(`${url}/results`)).body;
    const analysisBefore = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    expect(before).toMatchObject({ hidden: false, respondents: 4 });
    expect(analysisBefore.nodes.map((n: { id: string }) => n.id)).toContain(ids.member);
    // An open round the member has answered too: those answers go with them.
    const open = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Syksy",
      level: "person",
      opensOn: inDays(0),
      closesOn: inDays(9),
      audience: "all",
    });
    await t.w.as.member.put(`${t.base}/surveys/${open.body.id}/response`, answer([ids.aino as string], 3));

    const session = t.w.as.member.cookie as string;
    const gone = await t.w.as.member.call("DELETE", "/api/me", { password: PASSWORD });
    expect(gone.status).toBe(204);
    expect(gone.headers.get("set-cookie")).toMatch(/solmu_session=;/);
    // The session is gone in the server too, not only from the browser.
    expect((await t.w.anonymous().get("/api/me", { headers: { cookie: session } })).status).toBe(401);
    expect(await personalData(t.deps.storage.db, t.w.people.member.id, "member@example.fi")).toEqual({});
    expect((await t.w.anonymous().post("/api/auth/login", { email: "member@example.fi", password: PASSWORD })).status).toBe(401);

    const after = (await t.w.as.coordinator.get(`${url}/results`)).body;
    expect(after.respondents).toBe(4);
    expect(after.elements).toEqual(before.elements);
    expect(after.round).toMatchObject({ frozen: true, answersPurgedAt: null, respondedCount: 4 });
    // Free texts exist only as raw answers: the remaining three are still there.
    expect(after.texts.barriers).toEqual(["Kiire", "Kiire", "Kiire"]);
    const analysisAfter = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    expect(analysisAfter.graph).toEqual(analysisBefore.graph);
    expect(analysisAfter.nodes.map((n: { id: string }) => n.id)).not.toContain(ids.member);
    expect(JSON.stringify(analysisAfter.edges)).not.toContain(ids.member);
    expect((await t.w.as.coordinator.get(`${t.base}/surveys/${open.body.id}`)).body).toMatchObject({ respondedCount: 0, frozen: false });

    const members = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items.map((m: { name: string }) => m.name);
    expect(members).not.toContain("Member");
    const log = (await t.w.as.coordinator.get(`${t.base}/audit`)).body.items;
    expect(log[0]).toMatchObject({ action: "member.account_deleted", actor: "", subject: "" });
  });

  it("under the network's 'delete' policy deletes the answers but keeps the closed round's released figures", async () => {
    const network = (await t.w.as.coordinator.get(t.base)).body.network;
    const patched = await t.w.as.coordinator.patch(t.base, { ...network, surveyAnswersOnLeave: "delete", version: network.version });
    expect(patched.status).toBe(200);
    expect(patched.body.surveyAnswersOnLeave).toBe("delete");
    const url = await closedRound("Talvi", ["coordinator", "aino", "bertil"], {});
    expect((await t.w.as.coordinator.get(`${url}/results`)).body).toMatchObject({ hidden: false, respondents: 3 });
    expect((await people.aino?.call("DELETE", "/api/me", { password: PASSWORD }))?.status).toBe(204);
    const after = (await t.w.as.coordinator.get(`${url}/results`)).body;
    // Released figures never move (decision 013): otherwise the change would show what the leaver answered.
    expect(after).toMatchObject({ hidden: false, respondents: 3 });
    expect(after.round.frozen).toBe(true);
    const roundId = url.split("/").pop() as string;
    const raw = await t.deps.storage.db.selectFrom("survey_responses").select("id").where("round_id", "=", roundId).execute();
    expect(raw).toHaveLength(2);
  });

  it("deletes raw answers when the network's retention has passed, keeping the figures", async () => {
    const network = (await t.w.as.coordinator.get(t.base)).body.network;
    const bad = await t.w.as.coordinator.patch(t.base, { ...network, surveyRetentionMonths: 0, version: network.version });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["surveyRetentionMonths"]);
    const url = await closedRound("Kesä", ["coordinator", "bertil", "admin"], { bertil: 2 });
    const [results, analysis] = [
      (await t.w.as.coordinator.get(`${url}/results`)).body,
      (await t.w.as.coordinator.get(`${url}/analysis`)).body,
    ];
    const fresh = (await t.w.as.coordinator.get(t.base)).body.network;
    expect((await t.w.as.coordinator.patch(t.base, { ...fresh, surveyRetentionMonths: 6, version: fresh.version })).status).toBe(200);

    expect(await purgeExpiredSurveyAnswers(t.deps, new Date(Date.now() + 150 * 86_400_000))).toBe(0);
    const purged = await purgeExpiredSurveyAnswers(t.deps, new Date(Date.now() + 200 * 86_400_000));
    expect(purged).toBeGreaterThanOrEqual(1);
    const roundId = url.split("/").pop() as string;
    const raw = await t.deps.storage.db.selectFrom("survey_responses").select("id").where("round_id", "=", roundId).execute();
    const asked = await t.deps.storage.db.selectFrom("survey_invitees").select("round_id").where("round_id", "=", roundId).execute();
    expect([raw.length, asked.length]).toEqual([0, 0]);

    const after = (await t.w.as.coordinator.get(`${url}/results`)).body;
    expect(after.elements).toEqual(results.elements);
    expect(after.barriers).toEqual(results.barriers);
    expect(after.texts).toEqual({ barriers: [], enablers: [] });
    expect(after.round).toMatchObject({ frozen: true, respondedCount: 3, invitedCount: results.round.invitedCount });
    expect(after.round.answersPurgedAt).toMatch(/^\d{4}-/);
    const structure = (await t.w.as.coordinator.get(`${url}/analysis`)).body;
    expect(structure.graph).toEqual(analysis.graph);
    expect(structure.nodes).toEqual([]);
    expect(structure.edges).toEqual([]);
    const trends = (await t.w.as.coordinator.get(`${t.base}/surveys/trends`)).body.items;
    expect(trends.find((t: { roundId: string }) => t.roundId === roundId)).toMatchObject({
      respondents: 3,
      density: analysis.graph.density,
    });
    // Running again finds nothing more to do.
    expect(await purgeExpiredSurveyAnswers(t.deps, new Date(Date.now() + 200 * 86_400_000))).toBe(0);
  });
});
