import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

describe.each(databases)("the people an organisation names to speak for it on %s", (kind) => {
  const t = apiWorld(kind);
  let orgA: string;
  let orgB: string;
  const person: Record<string, string> = {};

  const place = async (who: "coordinator" | "member" | "observer", organisationId: string) => {
    const p = await t.w.as[who].get(`${t.base}/people/${person[who]}`);
    const r = await t.w.as[who].patch(`${t.base}/people/${person[who]}`, { version: p.body.version, organisationId });
    expect(r.status).toBe(200);
  };
  const name = (as: "coordinator" | "member" | "observer", org: string, membershipIds: string[]) =>
    t.w.as[as].put(`${t.base}/organisations/${org}/representatives`, { membershipIds });

  beforeAll(async () => {
    orgA = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Siilinjärven kunta", kind: "municipality" })).body.id;
    orgB = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion seurakuntayhtymä", kind: "parish" })).body.id;
    for (const who of ["coordinator", "member", "observer"] as const) {
      person[who] = (await t.w.as[who].get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id).personId;
    }
    await place("member", orgA);
    await place("observer", orgA);
    await place("coordinator", orgA);
  });

  it("is not taken by placing oneself in an organisation, nor by naming oneself", async () => {
    const org = (await t.w.as.member.get(`${t.base}/organisations/${orgA}`)).body;
    expect(org.representatives).toEqual([]);
    expect(org.canNameRepresentatives).toBe(false);
    expect((await name("member", orgA, [person.member as string])).status).toBe(403);
    expect((await name("observer", orgA, [person.observer as string])).status).toBe(403);
    const agreement = (await t.w.as.member.get(`${t.base}/agreement`)).body;
    expect(agreement.representing).toBeNull();
    expect(agreement.unrepresented.map((o: { name: string }) => o.name)).toEqual(["Kuopion seurakuntayhtymä", "Siilinjärven kunta"]);
  });

  it("is named by a coordinator, then by the organisation's own representatives, from its non-observer people", async () => {
    const named = await name("coordinator", orgA, [person.member as string]);
    expect(named.status).toBe(200);
    expect(named.body.representatives.map((r: { name: string }) => r.name)).toEqual(["Member"]);
    expect(named.body.people.map((p: { name: string; representative: boolean }) => [p.name, p.representative])).toEqual([
      ["Coordinator", false],
      ["Member", true],
      ["Observer", false],
    ]);
    const observer = await name("member", orgA, [person.member as string, person.observer as string]);
    expect(observer.status).toBe(400);
    expect(Object.keys(observer.body.error.fields)).toEqual(["membershipIds.1"]);
    expect((await name("member", orgA, [])).status).toBe(400);
    expect((await name("member", orgB, [person.member as string])).status).toBe(403);
    expect((await name("coordinator", orgB, [person.member as string])).status).toBe(400);
    const both = await name("member", orgA, [person.member as string, person.coordinator as string]);
    expect(both.body.representatives.map((r: { name: string }) => r.name)).toEqual(["Coordinator", "Member"]);
    const list = (await t.w.as.member.get(`${t.base}/organisations`)).body.items;
    expect(list.map((o: { name: string; representativeCount: number }) => [o.name, o.representativeCount])).toEqual([
      ["Kuopion seurakuntayhtymä", 0],
      ["Siilinjärven kunta", 2],
    ]);
    expect((await t.w.as.member.get(`${t.base}/agreement`)).body.representing).toBe("Siilinjärven kunta");
    const log = (await t.w.as.coordinator.get(`${t.base}/audit`)).body.items;
    expect(log[0]).toMatchObject({
      action: "organisation.representatives_named",
      actor: "Member",
      subject: "Siilinjärven kunta",
      details: { representatives: "Coordinator, Member" },
    });
  });

  it("lets only a representative approve for the organisation, and records who did", async () => {
    const q6 = (await t.w.as.coordinator.get(`${t.base}/agreement`)).body.sections.find((x: { question: number }) => x.question === 6);
    const body = "Päätämme yhteisesti konsensuksella.";
    expect((await t.w.as.coordinator.put(`${t.base}/agreement/sections/${q6.id}`, { version: q6.version, body })).status).toBe(200);
    const proposed = (await t.w.as.coordinator.post(`${t.base}/agreement/versions`)).body.latest;
    expect(proposed.organisations.map((o: { name: string }) => o.name)).toEqual(["Siilinjärven kunta"]);
    const url = `${t.base}/agreement/versions/${proposed.id}/decision`;
    await name("coordinator", orgA, [person.coordinator as string]);
    // The home asks only the organisation's representative to decide, and tells coordinators who cannot.
    const home = async (who: "coordinator" | "member") => (await t.w.as[who].get(t.base)).body;
    expect((await home("coordinator")).pending.agreementVersionId).toBe(proposed.id);
    expect((await home("member")).pending.agreementVersionId).toBeNull();
    expect((await home("coordinator")).unrepresented).toBe(1);
    expect((await home("member")).unrepresented).toBeNull();
    const refused = await t.w.as.member.put(url, { decision: "accepted" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("not_representative");
    expect((await t.w.as.coordinator.put(url, { decision: "accepted" })).status).toBe(200);
    const latest = (await t.w.as.member.get(`${t.base}/agreement`)).body.latest;
    expect(latest.organisations).toEqual([
      expect.objectContaining({ name: "Siilinjärven kunta", decision: "accepted", decidedByName: "Coordinator" }),
    ]);
    expect(latest.approved).toBe(true);
  });

  it("ends when the person moves to another organisation", async () => {
    await place("coordinator", orgB);
    const org = (await t.w.as.coordinator.get(`${t.base}/organisations/${orgA}`)).body;
    expect(org.representatives).toEqual([]);
  });

  it("lets only representatives answer an organisation-level survey round for their organisation", async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const made = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Organisaatioiden yhteistyö 2027",
      level: "organisation",
      opensOn: day(0),
      closesOn: day(10),
      audience: "all",
    });
    expect(made.status).toBe(201);
    const url = `${t.base}/surveys/${made.body.id}`;
    // The member is placed in Siilinjärven kunta, which has named nobody since the coordinator moved on.
    expect((await t.w.as.member.get(url)).body).toMatchObject({ status: "open", canAnswer: false });
    const answer = {
      version: null,
      submit: false,
      ratings: [],
      selfCommitment: { autonomy: null, meaningfulness: null, connectedness: null },
      barriers: [],
      barriersText: "",
      enablers: [],
      enablersText: "",
      networkType: null,
    };
    const refused = await t.w.as.member.put(`${url}/response`, answer);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("not_representative");
    await name("coordinator", orgA, [person.member as string]);
    expect((await t.w.as.member.get(url)).body.canAnswer).toBe(true);
    expect((await t.w.as.member.put(`${url}/response`, answer)).status).toBe(200);
  });
});
