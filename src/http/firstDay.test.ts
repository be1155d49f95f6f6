import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const stepsDone = (setup: { step: string; done: boolean }[] | null) => setup?.filter((s) => s.done).map((s) => s.step) ?? null;

describe.each(databases)("a network's first day on %s", (kind) => {
  const t = apiWorld(kind);
  const home = async (who: "coordinator" | "member" | "observer") => (await t.w.as[who].get(t.base)).body;

  it("welcomes a member who has not yet saved their profile, with what is missing from it, until they save it", async () => {
    const first = await home("member");
    expect(first.welcome).toEqual({ personId: expect.any(String), photo: false, competences: false, needs: false, languages: false });
    const person = await t.w.as.member.get(`${t.base}/people/${first.welcome.personId}`);
    const saved = await t.w.as.member.patch(`${t.base}/people/${first.welcome.personId}`, {
      version: person.body.version,
      competences: ["Palveluohjaus"],
      languages: ["suomi", "svenska"],
    });
    expect(saved.status).toBe(200);
    expect((await home("member")).welcome).toBeNull();
  });

  it("lets a newcomer say their details are right as they are, which ends the welcome", async () => {
    const { welcome } = await home("observer");
    expect(welcome).not.toBeNull();
    expect((await t.w.as.observer.post(`${t.base}/people/${welcome.personId}/confirm`)).status).toBe(200);
    expect((await home("observer")).welcome).toBeNull();
  });

  it("gives the coordinators of a new network its setup steps, ticks them as they are taken and leaves when all are", async () => {
    expect(stepsDone((await home("coordinator")).setup)).toEqual(["purpose"]);
    expect((await home("member")).setup).toBeNull();

    await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion kaupunki", kind: "municipality" });
    await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "MLL Kuopio", kind: "ngo" });
    await t.w.as.coordinator.post(`${t.base}/goals`, { goalType: "client_service", title: "Perheet löytävät palvelut" });
    expect(stepsDone((await home("coordinator")).setup)).toEqual(["purpose", "organisations", "goals"]);

    const agreement = (await t.w.as.coordinator.get(`${t.base}/agreement`)).body;
    const q1 = agreement.sections.find((s: { question: number }) => s.question === 1);
    await t.w.as.coordinator.put(`${t.base}/agreement/sections/${q1.id}`, { version: q1.version, body: "Perheiden palvelut yhdessä." });
    await t.w.as.coordinator.post(`${t.base}/agreement/versions`);
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await t.w.as.coordinator.post(`${t.base}/events`, {
      title: "Verkostotapaaminen",
      kind: "network_meeting",
      start: `${day}T13:00`,
      end: `${day}T15:00`,
    });
    expect(stepsDone((await home("coordinator")).setup)).toEqual(["purpose", "organisations", "goals", "agreement", "calendar"]);

    const round = await t.w.as.coordinator.post(`${t.base}/surveys`, {
      title: "Verkostokysely 2027",
      level: "person",
      opensOn: day,
      closesOn: day,
      audience: "all",
    });
    expect(round.status).toBe(201);
    expect((await home("coordinator")).setup).toBeNull();
  });
});
