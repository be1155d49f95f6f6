import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { client } from "../../tests/support/client.ts";
import { databases } from "../../tests/support/databases.ts";

describe.each(databases)("networks, members and invitations on %s", (kind) => {
  const t = apiWorld(kind);

  it("lets only the instance admin create networks; the creator coordinates it in the current year's cycle", async () => {
    const input = { name: "Vaasan nuorisoverkosto", purpose: "Nuorten tuki", networkType: "jointly", governance: "" };
    const bad = await t.w.as.admin.post("/api/networks", input);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["networkType"]);
    expect((await t.w.as.coordinator.post("/api/networks", { ...input, networkType: "joint_strategic" })).status).toBe(403);
    const created = await t.w.as.admin.post("/api/networks", { ...input, networkType: "joint_strategic" });
    expect(created.status).toBe(201);
    const home = await t.w.as.admin.get(`/api/networks/${created.body.id}`);
    expect(home.body.role).toBe("coordinator");
    expect(home.body.currentCycle).toMatchObject({ name: String(new Date().getUTCFullYear()), phase: "assembling" });
  });

  it("lists only the networks a person belongs to; the admin sees all", async () => {
    const mine = await t.w.as.member.get("/api/networks");
    expect(mine.body.items.map((n: { name: string }) => n.name)).toEqual(["Kuopion perheverkosto"]);
    const all = await t.w.as.admin.get("/api/networks?limit=2");
    expect(all.body.items).toHaveLength(2);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const rest = await t.w.as.admin.get(`/api/networks?limit=2&cursor=${encodeURIComponent(all.body.nextCursor)}`);
    expect(rest.body.items.length).toBeGreaterThan(0);
    expect((await t.w.as.admin.get("/api/networks?cursor=garbage")).status).toBe(400);
  });

  it("shows the network home with role, cycle and counts; invitations count only for coordinators", async () => {
    const asMember = await t.w.as.member.get(t.base);
    expect(asMember.status).toBe(200);
    expect(asMember.body).toMatchObject({ role: "member", memberCount: 3 + 1, pendingInvitations: null });
    expect((await t.w.as.coordinator.get(t.base)).body.pendingInvitations).toBe(0);
  });

  it("edits a network with optimistic locking: a stale save gets 409 and what is stored now", async () => {
    const home = await t.w.as.coordinator.get(t.base);
    const v = home.body.network.version;
    const edit = { name: "Kuopion perheverkosto", purpose: "Uusi tarkoitus", networkType: "joint_strategic", governance: "Konsensus" };
    const first = await t.w.as.coordinator.patch(t.base, { ...edit, version: v });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(v + 1);
    const stale = await t.w.as.admin.patch(t.base, { ...edit, purpose: "Toinen", version: v });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    expect(stale.body.error.current).toMatchObject({ purpose: "Uusi tarkoitus", version: v + 1 });
    expect((await t.w.as.member.patch(t.base, { ...edit, version: v + 1 })).status).toBe(403);
    expect((await t.w.as.coordinator.get(t.base)).body.network.purpose).toBe("Uusi tarkoitus");
    const threshold = await t.w.as.coordinator.patch(t.base, { ...edit, staleAfterDays: 365, version: v + 1 });
    expect(threshold.body.staleAfterDays).toBe(365);
    const tooShort = await t.w.as.coordinator.patch(t.base, { ...edit, staleAfterDays: 10, version: v + 2 });
    expect(tooShort.body.error.fields).toEqual({ staleAfterDays: "Vähintään 30." });
  });

  it("shows e-mail addresses of members to coordinators only", async () => {
    const asCoordinator = await t.w.as.coordinator.get(`${t.base}/members`);
    expect(asCoordinator.body.items.every((m: { email: string | null }) => m.email?.includes("@"))).toBe(true);
    const asObserver = await t.w.as.observer.get(`${t.base}/members`);
    expect(asObserver.body.items).toHaveLength(4);
    expect(asObserver.body.items.every((m: { email: string | null }) => m.email === null)).toBe(true);
  });

  it("invites by a single-use link kept in the outbox; the new person sets a password and joins", async () => {
    expect((await t.w.as.member.post(`${t.base}/invitations`, { email: "uusi@example.fi" })).status).toBe(403);
    const inv = await t.w.as.coordinator.post(`${t.base}/invitations`, { email: "Uusi.Jasen@example.fi", role: "member" });
    expect(inv.status).toBe(201);
    expect(inv.body.delivered).toBe(false);
    const token = new URL(inv.body.link).hash.replace("#token=", "");
    const outbox = await t.w.as.coordinator.get(`${t.base}/outbox`);
    expect(outbox.body.items[0]).toMatchObject({ kind: "invitation", to: "uusi.jasen@example.fi", link: inv.body.link, sentAt: null });
    expect(outbox.body.items[0].subject).toBe("Kutsu verkostoon: Kuopion perheverkosto");
    expect((await t.w.as.member.get(`${t.base}/outbox`)).status).toBe(403);
    expect((await t.w.as.coordinator.get(t.base)).body.pendingInvitations).toBe(1);

    const newcomer = t.w.anonymous("en");
    const lookup = await newcomer.post("/api/invitations/lookup", { token });
    expect(lookup.body).toMatchObject({
      networkName: "Kuopion perheverkosto",
      email: "uusi.jasen@example.fi",
      role: "member",
      accountExists: false,
    });
    const missing = await newcomer.post("/api/invitations/accept", { token });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(["name", "password"]);
    const accepted = await newcomer.post("/api/invitations/accept", { token, name: "Uusi Jäsen", password: "pitkä salasana 123" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.networkId).toBe(t.w.network.id);
    const me = await newcomer.get("/api/me");
    expect(me.body.networks).toEqual([
      {
        id: t.w.network.id,
        name: "Kuopion perheverkosto",
        role: "member",
        personId: expect.any(String),
        profileStale: true,
        profileNew: true,
      },
    ]);

    const reused = await t.w.anonymous("en").post("/api/invitations/accept", { token, name: "X", password: "pitkä salasana 123" });
    expect(reused.status).toBe(404);
    expect(reused.body.error.code).toBe("invitation_invalid");
    const again = await t.w.as.coordinator.post(`${t.base}/invitations`, { email: "uusi.jasen@example.fi" });
    expect(again.status).toBe(400);
    expect(again.body.error.fields.email).toBe("Tämä henkilö on jo verkoston jäsen.");
  });

  it("asks a person who already has an account to sign in before joining", async () => {
    const inv = await t.w.as.admin.post(`/api/networks/${t.w.other.id}/invitations`, { email: "member@example.fi", role: "observer" });
    const token = new URL(inv.body.link).hash.replace("#token=", "");
    const anonymous = await t.w.anonymous().post("/api/invitations/accept", { token });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("sign_in_required");
    const wrongPerson = await t.w.as.observer.post("/api/invitations/accept", { token });
    expect(wrongPerson.status).toBe(401);
    const ok = await t.w.as.member.post("/api/invitations/accept", { token });
    expect(ok.status).toBe(200);
    expect((await t.w.as.member.get(`/api/networks/${t.w.other.id}`)).body.role).toBe("observer");
  });

  it("stops a cancelled invitation's link from working", async () => {
    const inv = await t.w.as.coordinator.post(`${t.base}/invitations`, { email: "peruttu@example.fi" });
    const token = new URL(inv.body.link).hash.replace("#token=", "");
    expect((await t.w.as.coordinator.delete(`${t.base}/invitations/${inv.body.invitation.id}`)).status).toBe(204);
    expect((await t.w.anonymous().post("/api/invitations/lookup", { token })).status).toBe(404);
    expect((await t.w.as.coordinator.delete(`${t.base}/invitations/${inv.body.invitation.id}`)).status).toBe(404);
  });

  it("does not accept an expired invitation", async () => {
    const inv = await t.w.as.coordinator.post(`${t.base}/invitations`, { email: "myohassa@example.fi" });
    await t.deps.storage.db
      .updateTable("invitations")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("id", "=", inv.body.invitation.id)
      .execute();
    const token = new URL(inv.body.link).hash.replace("#token=", "");
    expect((await client(t.w.app).post("/api/invitations/lookup", { token })).status).toBe(404);
  });

  it("changes roles and keeps at least one coordinator", async () => {
    const members = (await t.w.as.coordinator.get(`${t.base}/members`)).body.items as { id: string; role: string; userId: string }[];
    const observer = members.find((m) => m.userId === t.w.people.observer.id);
    expect((await t.w.as.member.patch(`${t.base}/members/${observer?.id}`, { role: "member" })).status).toBe(403);
    expect((await t.w.as.coordinator.patch(`${t.base}/members/${observer?.id}`, { role: "member" })).status).toBe(204);
    expect((await t.w.as.coordinator.patch(`${t.base}/members/${observer?.id}`, { role: "boss" })).status).toBe(400);
    const coordinators = members.filter((m) => m.role === "coordinator");
    // The admin created the network and is its coordinator too; demote them first, then the last one must stay.
    for (const c of coordinators.filter((m) => m.userId !== t.w.people.coordinator.id)) {
      expect((await t.w.as.coordinator.patch(`${t.base}/members/${c.id}`, { role: "member" })).status).toBe(204);
    }
    const last = coordinators.find((m) => m.userId === t.w.people.coordinator.id);
    const refused = await t.w.as.coordinator.patch(`${t.base}/members/${last?.id}`, { role: "member" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("last_coordinator");
    expect((await t.w.as.coordinator.delete(`${t.base}/members/${last?.id}`)).status).toBe(409);
  });

  it("keeps a coordinator when two coordinators step down at the same moment", async () => {
    const members = (await t.w.as.coordinator.get(`${t.base}/members`)).body.items as { id: string; role: string; userId: string }[];
    const admin = members.find((m) => m.userId === t.w.people.admin.id);
    const coordinator = members.find((m) => m.userId === t.w.people.coordinator.id);
    expect((await t.w.as.coordinator.patch(`${t.base}/members/${admin?.id}`, { role: "coordinator" })).status).toBe(204);
    // Each demotes themselves; run together, one must be refused, whatever order the database picks.
    const answers = await Promise.all([
      t.w.as.admin.patch(`${t.base}/members/${admin?.id}`, { role: "member" }),
      t.w.as.coordinator.patch(`${t.base}/members/${coordinator?.id}`, { role: "member" }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([204, 409]);
    const after = (await t.w.as.admin.get(`${t.base}/members`)).body.items as { role: string }[];
    expect(after.filter((m) => m.role === "coordinator")).toHaveLength(1);
    // Whoever is left coordinating restores the world for the next test.
    const left = answers[0]?.status === 204 ? t.w.as.coordinator : t.w.as.admin;
    const back = answers[0]?.status === 204 ? admin : coordinator;
    expect((await left.patch(`${t.base}/members/${back?.id}`, { role: "coordinator" })).status).toBe(204);
  });

  it("removes a member, who then cannot see the network", async () => {
    const members = (await t.w.as.coordinator.get(`${t.base}/members`)).body.items as { id: string; userId: string }[];
    const observer = members.find((m) => m.userId === t.w.people.observer.id);
    expect((await t.w.as.coordinator.delete(`${t.base}/members/${observer?.id}`)).status).toBe(204);
    expect((await t.w.as.observer.get(t.base)).status).toBe(404);
  });
});
