import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

describe.each(databases)("the accessibility statement on %s", (kind) => {
  const t = apiWorld(kind);

  it("shows Solmu's own statement to anyone, in their language, until the admin writes one", async () => {
    const fi = await t.w.anonymous("fi").get("/api/accessibility-statement");
    expect(fi.status).toBe(200);
    expect(fi.body).toMatchObject({ locale: "fi", isDefault: true, version: 0 });
    expect(fi.body.body).toContain("WCAG 2.1");
    const sv = await t.w.anonymous("sv").get("/api/accessibility-statement");
    expect(sv.body.body).toContain("Regionförvaltningsverket");

    const body = "## Yhteystiedot\nKuopion kaupunki, saavutettavuus@kuopio.fi";
    expect((await t.w.as.coordinator.put("/api/admin/accessibility-statement", { locale: "fi", body, version: 0 })).status).toBe(403);
    const saved = await t.w.as.admin.put("/api/admin/accessibility-statement", { locale: "fi", body, version: 0 });
    expect(saved.body).toMatchObject({ isDefault: false, version: 1, body });
    const stale = await t.w.as.admin.put("/api/admin/accessibility-statement", { locale: "fi", body: "toinen", version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.body).toBe(body);
    expect((await t.w.anonymous("fi").get("/api/accessibility-statement")).body.body).toBe(body);
    expect((await t.w.anonymous("en").get("/api/accessibility-statement?locale=sv")).body.isDefault).toBe(true);
  });

  it("takes problem reports without sign-in, refuses bad ones, and shows them to the admin only", async () => {
    const anon = t.w.anonymous("en");
    const bad = await anon.post("/api/accessibility-feedback", { description: "", email: "not-an-address" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["description", "email"]);
    const ok = await anon.post("/api/accessibility-feedback", {
      page: "/networks/x/health/map",
      description: "The map has no keyboard zoom",
      email: "aino@example.fi",
    });
    expect(ok.status).toBe(204);
    expect((await t.w.as.coordinator.get("/api/admin/accessibility/reports")).status).toBe(403);
    const list = await t.w.as.admin.get("/api/admin/accessibility/reports");
    expect(list.body.items).toEqual([
      expect.objectContaining({ description: "The map has no keyboard zoom", email: "aino@example.fi", handledAt: null }),
    ]);
    const handled = await t.w.as.admin.post(`/api/admin/accessibility/reports/${list.body.items[0].id}/handled`);
    expect(handled.body.items[0].handledAt).not.toBeNull();
  });

  it("limits how often one address can send reports", async () => {
    const anon = t.w.anonymous("fi");
    let last = 0;
    for (let i = 0; i < 11; i++) last = (await anon.post("/api/accessibility-feedback", { description: `Ongelma ${i}` })).status;
    expect(last).toBe(429);
  });
});
