import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

// PostgreSQL refuses NUL in text: before this, any text field with "\u0000" answered 500 there.
describe.each(databases)("characters no document may hold, on %s", (kind) => {
  const t = apiWorld(kind);

  it("drops NUL and other control characters from every JSON string and keeps the rest of the text", async () => {
    const r = await t.w.as.coordinator.post(`${t.base}/goals`, {
      goalType: "client_service",
      title: "Perheet\u0000 löytävät\u0008 palvelut",
      description: "Rivi 1\nRivi\t2\u001F",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ title: "Perheet löytävät palvelut", description: "Rivi 1\nRivi\t2" });
    const stored = (await t.w.as.member.get(`${t.base}/goals`)).body.items.find((g: { id: string }) => g.id === r.body.id);
    expect(stored.title).toBe("Perheet löytävät palvelut");
  });

  it("drops them from a CSV import too", async () => {
    const r = await t.w.as.coordinator.call("POST", `${t.base}/organisations/import`, undefined, {
      headers: { "content-type": "text/csv" },
      raw: "name,kind\nKuopion\u0000 kaupunki,municipality\n",
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ written: true, created: 1 });
    const names = (await t.w.as.coordinator.get(`${t.base}/organisations`)).body.items.map((o: { name: string }) => o.name);
    expect(names).toContain("Kuopion kaupunki");
  });

  it("still answers malformed JSON with 400", async () => {
    const r = await t.w.as.coordinator.call("POST", `${t.base}/goals`, undefined, { raw: '{"title": "x\u0000' });
    expect(r.status).toBe(400);
  });
});
