import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";

describe.each(databases)("download my data on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  it("gives the person everything that names them, and nothing secret or about others", async () => {
    const base = `/api/networks/${w.network.id}`;
    const goal = await w.as.member.post(`${base}/goals`, { goalType: "vision", title: "Jäsenen tavoite" });
    await w.as.member.post(`${base}/promises`, { text: "Jäsenen lupaus", dueOn: "2030-01-01" });
    await w.as.coordinator.post(`${base}/promises`, { text: "Koordinaattorin lupaus", dueOn: "2030-01-01" });
    await w.as.member.post(`${base}/practices`, { title: "Jäsenen käytäntö", whatWorked: "Toimi." });

    expect((await w.anonymous().get("/api/me/data")).status).toBe(401);
    const res = await w.as.member.get("/api/me/data");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="solmu-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const { person, tables } = res.body;
    expect(person).toMatchObject({ id: w.people.member.id, email: "member@example.fi" });
    expect(tables.users).toEqual([expect.objectContaining({ id: w.people.member.id, email: "member@example.fi" })]);
    expect(tables.memberships.map((m: { network_id: string }) => m.network_id)).toEqual([w.network.id]);
    expect(tables.goals.map((g: { id: string }) => g.id)).toEqual([goal.body.id]);
    expect(tables.promises.map((p: { text: string }) => p.text)).toEqual(["Jäsenen lupaus"]);
    expect(tables.good_practices.map((p: { title: string }) => p.title)).toEqual(["Jäsenen käytäntö"]);
    expect(tables.sessions.length).toBeGreaterThan(0);

    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/password_hash|token_hash|\$argon2/);
    expect(tables.sessions.every((s: Record<string, unknown>) => !("id" in s))).toBe(true);
    expect(text).not.toContain("Koordinaattorin lupaus");
    expect(text).not.toContain("coordinator@example.fi");
  });
});
