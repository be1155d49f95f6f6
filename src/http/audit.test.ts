import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

describe.each(databases)("the audit log on %s", (kind) => {
  const t = apiWorld(kind);

  it("records role changes, exports, publishing and deletions with who and what, for coordinators only", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const members = (await t.w.as.coordinator.get(`${base}/members?limit=50`)).body.items as { id: string; name: string; role: string }[];
    const observer = members.find((m) => m.role === "observer") as { id: string };
    expect((await t.w.as.coordinator.patch(`${base}/members/${observer.id}`, { role: "member" })).status).toBe(204);
    expect((await t.w.as.coordinator.get(`${base}/people/export`)).status).toBe(200);
    const goal = await t.w.as.member.post(`${base}/goals`, { goalType: "vision", title: "Poistettava tavoite" });
    expect((await t.w.as.member.delete(`${base}/goals/${goal.body.id}`)).status).toBe(204);
    await t.w.as.coordinator.put(`${base}/publishing`, {
      slug: "kuopion-perheet",
      enabled: true,
      showGoals: true,
      showResults: false,
      showPractices: false,
      showAgreement: false,
      showMap: false,
      version: 0,
    });
    const news = await t.w.as.coordinator.post(`${base}/news`, { title: "Uutinen", body: "Teksti", published: true });
    await t.w.as.coordinator.patch(`${base}/news/${news.body.news[0].id}`, {
      title: "Uutinen",
      body: "Teksti",
      published: false,
      version: 1,
    });

    expect((await t.w.as.member.get(`${base}/audit`)).status).toBe(403);
    expect((await t.w.as.outsider.get(`${base}/audit`)).status).toBe(404);
    const log = await t.w.as.coordinator.get(`${base}/audit`);
    expect(log.status).toBe(200);
    const actions = (log.body.items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual([
      "news.unpublished",
      "news.published",
      "publishing.saved",
      "goal.deleted",
      "export.people",
      "member.role_changed",
    ]);
    expect(log.body.items.at(-1)).toMatchObject({ actor: "Coordinator", subject: "Observer", details: { from: "observer", to: "member" } });
    expect(log.body.items.find((e: { action: string }) => e.action === "goal.deleted")).toMatchObject({
      actor: "Member",
      subject: "Poistettava tavoite",
    });
    expect((await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/audit`)).body.items).toEqual([]);
  });

  it("shows instance admins every network's events and the instance's own", async () => {
    const saved = await t.w.as.admin.put("/api/admin/privacy-notice", {
      locale: "sv",
      body: "## Personuppgiftsansvarig\nKuopio",
      version: 0,
    });
    expect(saved.status).toBe(200);
    const other = (await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/members`)).body.items as { id: string; role: string }[];
    const adminThere = other.find((m) => m.role === "coordinator" && m.id) as { id: string };
    expect((await t.w.as.outsider.patch(`/api/networks/${t.w.other.id}/members/${adminThere.id}`, { role: "coordinator" })).status).toBe(
      204,
    );

    expect((await t.w.as.coordinator.get("/api/admin/audit")).status).toBe(403);
    expect((await t.w.anonymous().get("/api/admin/audit")).status).toBe(401);
    const log = await t.w.as.admin.get("/api/admin/audit");
    expect(log.status).toBe(200);
    const items = log.body.items as { action: string; networkName: string | null; subject: string; details: Record<string, unknown> }[];
    expect(items[0]).toMatchObject({ action: "member.role_changed", networkName: "Toinen verkosto" });
    expect(items[1]).toMatchObject({ action: "instance.document_saved", networkName: null, subject: "privacy", details: { locale: "sv" } });
    expect(items.some((e) => e.networkName === "Kuopion perheverkosto")).toBe(true);
    // A network's own log stays its own.
    const theirs = (await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/audit`)).body.items as { action: string }[];
    expect(theirs.map((e) => e.action)).toEqual(["member.role_changed"]);
  });
});
