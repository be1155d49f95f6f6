import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";

describe.each(databases)("download my data on %s", (kind) => {
  const t = apiWorld(kind);

  it("gives the person everything that names them, and nothing secret or about others", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const goal = await t.w.as.member.post(`${base}/goals`, { goalType: "vision", title: "Jäsenen tavoite" });
    await t.w.as.member.post(`${base}/promises`, { text: "Jäsenen lupaus", dueOn: "2030-01-01" });
    await t.w.as.coordinator.post(`${base}/promises`, { text: "Koordinaattorin lupaus", dueOn: "2030-01-01" });
    await t.w.as.member.post(`${base}/practices`, { title: "Jäsenen käytäntö", whatWorked: "Toimi." });

    expect((await t.w.anonymous().get("/api/me/data")).status).toBe(401);
    const res = await t.w.as.member.get("/api/me/data");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="solmu-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const { person, tables } = res.body;
    expect(person).toMatchObject({ id: t.w.people.member.id, email: "member@example.fi" });
    expect(tables.users).toEqual([expect.objectContaining({ id: t.w.people.member.id, email: "member@example.fi" })]);
    expect(tables.memberships.map((m: { network_id: string }) => m.network_id)).toEqual([t.w.network.id]);
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

describe.each(databases)("the privacy notice on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  it("is readable without signing in, prefilled for the instance, and written by the instance admin", async () => {
    const shipped = await w.anonymous("sv").get("/api/privacy-notice");
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({ locale: "sv", version: 0, isDefault: true });
    expect(shipped.body.body).toContain(`${deps.settings.sessionDays} dagar`);
    expect(shipped.body.body).toMatch(/^Denna dataskyddsbeskrivning/);

    const text = "## Rekisterinpitäjä\nKuopion kaupunki, tietosuoja@kuopio.example";
    expect((await w.as.coordinator.put("/api/admin/privacy-notice", { locale: "fi", body: text, version: 0 })).status).toBe(403);
    const saved = await w.as.admin.put("/api/admin/privacy-notice", { locale: "fi", body: text, version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ locale: "fi", body: text, version: 1, isDefault: false });
    const stale = await w.as.admin.put("/api/admin/privacy-notice", { locale: "fi", body: "Vanha", version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ body: text, version: 1 });
    expect((await w.anonymous().get("/api/privacy-notice?locale=fi")).body.body).toBe(text);
    // The accessibility statement is a document of its own.
    expect((await w.anonymous().get("/api/accessibility-statement?locale=fi")).body.isDefault).toBe(true);
  });

  it("never shows people an instruction meant for the admin while the admin has not written their own", async () => {
    for (const [locale, contact] of [
      ["sv", "I dataskyddsfrågor kan du vända dig till ditt nätverks koordinator"],
      ["en", "For privacy matters, turn to your network's coordinator"],
    ] as const) {
      const body = (await w.anonymous(locale).get("/api/privacy-notice")).body.body as string;
      expect(body).not.toMatch(/Ylläpitäjä:|Administratör:|Admin:|lisää tähän|lägg här|add the organisation/);
      expect(body).toContain(contact);
    }
  });

  it("names the supervising authority for accessibility that the law names now, not the one it replaced", async () => {
    const statement = (await w.anonymous().get("/api/accessibility-statement?locale=fi")).body.body as string;
    expect(statement).toContain("Lupa- ja valvontavirasto");
    expect(statement).not.toMatch(/ilmoituksen Etelä-Suomen aluehallintovirastolle/);
  });
});

describe.each(databases)("the privacy notice of an instance with a privacy contact on %s", (kind) => {
  const t = apiWorld(kind, { PRIVACY_CONTACT: "tietosuoja@kuopio.example" });

  it("gives people the address to ask about their data", async () => {
    const body = (await t.w.anonymous().get("/api/privacy-notice?locale=fi")).body.body as string;
    expect(body).toContain("Tietosuoja-asioissa voit ottaa yhteyttä osoitteeseen tietosuoja@kuopio.example.");
  });
});
