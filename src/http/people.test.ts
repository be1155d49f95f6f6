import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";

type W = Awaited<ReturnType<typeof world>>;
type Person = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  version: number;
  stale: boolean;
  title: string | null;
};

const personOf = async (w: W, who: keyof W["as"], base: string, name: string) => {
  const r = await w.as[who].get(`${base}/people?q=${encodeURIComponent(name)}`);
  return r.body.items[0] as Person;
};

describe.each(databases)("the member directory on %s", (kind) => {
  const t = apiWorld(kind);
  let orgId: string;
  beforeAll(async () => {
    const org = await t.w.as.coordinator.post(`${t.base}/organisations`, {
      name: "Kuopion kaupunki",
      kind: "municipality",
      website: "www.kuopio.fi",
      description: "Kaupunki",
    });
    expect(org.status).toBe(201);
    expect(org.body.website).toBe("https://www.kuopio.fi");
    orgId = org.body.id;
  });

  it("lets people fill in their own profile, which confirms it, and refuses others' edits", async () => {
    const me = await personOf(t.w, "member", t.base, "Member");
    expect(me.stale).toBe(true);
    const saved = await t.w.as.member.patch(`${t.base}/people/${me.id}`, {
      version: me.version,
      title: "Perhetyöntekijä",
      organisationId: orgId,
      behindTitle: "Pidän avantouinnista.",
      phone: "+358 40 123 4567",
      emailVisibility: "coordinators",
      phoneVisibility: "members",
      competences: ["Palvelumuotoilu", "palvelumuotoilu ", "Lastensuojelu"],
      needs: ["Vertaistukea"],
      languages: ["suomi", "svenska"],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      title: "Perhetyöntekijä",
      organisationName: "Kuopion kaupunki",
      stale: false,
      competences: ["Lastensuojelu", "Palvelumuotoilu"],
    });
    const byOther = await t.w.as.observer.patch(`${t.base}/people/${me.id}`, { version: saved.body.version, title: "X" });
    expect(byOther.status).toBe(403);
    const badPhone = await t.w.as.member.patch(`${t.base}/people/${me.id}`, { version: saved.body.version, phone: "soita minulle" });
    expect(badPhone.status).toBe(400);
    expect(Object.keys(badPhone.body.error.fields)).toEqual(["phone"]);
  });

  it("shows contact fields by their visibility: members, coordinators, observers", async () => {
    const asCoordinator = await personOf(t.w, "coordinator", t.base, "Member");
    expect(asCoordinator).toMatchObject({ email: "member@example.fi", phone: "+358 40 123 4567" });
    const asSelf = await personOf(t.w, "member", t.base, "Member");
    expect(asSelf.email).toBe("member@example.fi");
    const admin = await personOf(t.w, "admin", t.base, "Member");
    expect(admin.email).toBe("member@example.fi");
    const observer = await t.w.as.observer.get(`${t.base}/people/${asSelf.id}`);
    expect(observer.body).toMatchObject({
      name: "Member",
      organisationName: "Kuopion kaupunki",
      email: null,
      phone: null,
      title: null,
      competences: [],
      behindTitle: null,
    });
    // Another member: e-mail is for coordinators only, phone for members.
    const other = await t.w.signedIn("outsider@example.fi");
    const invite = await t.w.as.coordinator.post(`${t.base}/invitations`, { email: "outsider@example.fi" });
    await other.post("/api/invitations/accept", { token: new URL(invite.body.link).hash.replace("#token=", "") });
    const asMember = await personOf(t.w, "outsider", t.base, "Member");
    expect(asMember).toMatchObject({ email: null, phone: "+358 40 123 4567" });
  });

  it("finds people by name in any case, by organisation, competence and need, a page at a time", async () => {
    expect((await t.w.as.coordinator.get(`${t.base}/people?q=MEMB`)).body.items.map((p: Person) => p.name)).toEqual(["Member"]);
    expect((await t.w.as.coordinator.get(`${t.base}/people?q=kuopion`)).body.items.map((p: Person) => p.name)).toEqual(["Member"]);
    expect((await t.w.as.coordinator.get(`${t.base}/people?organisation=${orgId}`)).body.items).toHaveLength(1);
    expect((await t.w.as.coordinator.get(`${t.base}/people?tag=palvelumuotoilu`)).body.items.map((p: Person) => p.name)).toEqual([
      "Member",
    ]);
    expect((await t.w.as.coordinator.get(`${t.base}/people?need=vertaistukea`)).body.items).toHaveLength(1);
    expect((await t.w.as.coordinator.get(`${t.base}/people?tag=lean`)).body.items).toHaveLength(0);
    expect((await t.w.as.coordinator.get(`${t.base}/people?q=50%25`)).body.items).toHaveLength(0);
    const first = await t.w.as.coordinator.get(`${t.base}/people?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await t.w.as.coordinator.get(`${t.base}/people?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items[0].name > first.body.items[1].name).toBe(true);
    const tags = await t.w.as.member.get(`${t.base}/tags?kind=competence&q=pal`);
    expect(tags.body.items).toEqual([{ tag: "Palvelumuotoilu", count: 1 }]);
    expect((await t.w.as.observer.get(`${t.base}/tags`)).status).toBe(403);
  });

  it("refuses a stale profile save with 409 and what is stored now", async () => {
    const p = await personOf(t.w, "coordinator", t.base, "Member");
    expect(
      (await t.w.as.coordinator.patch(`${t.base}/people/${p.id}`, { version: p.version, title: "Koordinaattorin muutos" })).status,
    ).toBe(200);
    const stale = await t.w.as.member.patch(`${t.base}/people/${p.id}`, { version: p.version, title: "Oma muutos" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.title).toBe("Koordinaattorin muutos");
  });

  it("flags stale profiles, prompts their owners and summarises freshness for coordinators", async () => {
    const summary = await t.w.as.coordinator.get(`${t.base}/people/freshness`);
    expect(summary.body).toMatchObject({ total: 5, upToDate: 1, stale: 4, share: 0.2, thresholdDays: 180 });
    expect((await t.w.as.coordinator.get(t.base)).body.freshness).toEqual({ share: 0.2, stale: 4, total: 5 });
    expect((await t.w.as.member.get(`${t.base}/people/freshness`)).status).toBe(403);
    expect((await t.w.as.member.get(t.base)).body.freshness).toBeNull();
    const me = await t.w.as.coordinator.get("/api/me");
    const here = me.body.networks.find((n: { id: string }) => n.id === t.w.network.id);
    expect(here.profileStale).toBe(true);
    expect((await t.w.as.coordinator.get(`${t.base}/people?stale=true`)).body.items.map((p: Person) => p.name)).toContain("Coordinator");
    expect((await t.w.as.member.post(`${t.base}/people/${here.personId}/confirm`)).status).toBe(403);
    const confirmed = await t.w.as.coordinator.post(`${t.base}/people/${here.personId}/confirm`);
    expect(confirmed.body.stale).toBe(false);
    expect((await t.w.as.coordinator.get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id).profileStale).toBe(
      false,
    );
    expect((await t.w.as.coordinator.get(`${t.base}/people/freshness`)).body.upToDate).toBe(2);
  });

  it("stores an uploaded photo as a square WebP thumbnail, checked by content", async () => {
    const me = await personOf(t.w, "member", t.base, "Member");
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 10, g: 90, b: 80 } } })
      .png()
      .toBuffer();
    const put = (body: Uint8Array, type: string) =>
      t.w.as.member.call("PUT", `${t.base}/people/${me.id}/photo`, undefined, {
        headers: { "content-type": type },
        raw: body as unknown as string,
      });
    const ok = await put(png, "image/png");
    expect(ok.status).toBe(200);
    const photoUrl = ok.body.photoUrl as string;
    const got = await t.w.app.request(`http://localhost${photoUrl}`, { headers: { cookie: t.w.as.coordinator.cookie ?? "" } });
    expect(got.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await got.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 320, 320]);
    const observer = await t.w.app.request(`http://localhost${photoUrl}`, { headers: { cookie: t.w.as.observer.cookie ?? "" } });
    expect(observer.status).toBe(403);
    const fake = await put(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>"), "image/png");
    expect(fake.status).toBe(400);
    expect(fake.body.error.fields.photo).toBe("Kuvan pitää olla JPEG-, PNG- tai WebP-kuva.");
    const huge = await put(new Uint8Array(5 * 1024 * 1024 + 10).fill(1), "image/jpeg");
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toBe("Kuva on liian suuri: enintään 5 Mt.");
  });

  it("keeps shared history per person and per organisation pair", async () => {
    const other = await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "MLL Kuopio", kind: "ngo" });
    const member = await personOf(t.w, "coordinator", t.base, "Member");
    const coordinator = await personOf(t.w, "coordinator", t.base, "Coordinator");
    await t.w.as.coordinator.patch(`${t.base}/people/${coordinator.id}`, { version: coordinator.version, organisationId: other.body.id });
    const added = await t.w.as.member.post(`${t.base}/history`, {
      occurredOn: "2026-03-12",
      title: "Yhteinen työpaja",
      personIds: [member.id, coordinator.id],
    });
    expect(added.status).toBe(201);
    await t.w.as.coordinator.post(`${t.base}/history`, { occurredOn: "2025-09-01", title: "Vain MLL", organisationIds: [other.body.id] });
    const bad = await t.w.as.member.post(`${t.base}/history`, { occurredOn: "12.3.2026", title: "" });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["occurredOn", "title"]);
    const timeline = await t.w.as.member.get(`${t.base}/history?person=${member.id}`);
    expect(timeline.body.items.map((e: { title: string }) => e.title)).toEqual(["Yhteinen työpaja"]);
    const pair = await t.w.as.member.get(`${t.base}/history?organisations=${orgId},${other.body.id}`);
    expect(pair.body.items.map((e: { title: string }) => e.title)).toEqual(["Yhteinen työpaja"]);
    const single = await t.w.as.member.get(`${t.base}/history?organisations=${other.body.id}`);
    expect(single.body.items.map((e: { title: string }) => e.title)).toEqual(["Yhteinen työpaja", "Vain MLL"]);
    const mll = single.body.items[1];
    expect((await t.w.as.member.delete(`${t.base}/history/${mll.id}`)).status).toBe(403);
    expect((await t.w.as.coordinator.delete(`${t.base}/history/${mll.id}`)).status).toBe(204);
    expect((await t.w.as.observer.get(`${t.base}/history`)).status).toBe(403);
  });

  it("lists wished-for organisations and competences and which competences nobody has", async () => {
    expect((await t.w.as.member.post(`${t.base}/gaps`, { kind: "competence", name: "Lean" })).status).toBe(403);
    await t.w.as.coordinator.post(`${t.base}/gaps`, { kind: "competence", name: "Lean", note: "prosessit" });
    await t.w.as.coordinator.post(`${t.base}/gaps`, { kind: "competence", name: "PALVELUMUOTOILU" });
    await t.w.as.coordinator.post(`${t.base}/gaps`, { kind: "organisation", name: "Kela" });
    await t.w.as.coordinator.post(`${t.base}/gaps`, { kind: "organisation", name: "mll kuopio" });
    const gaps = await t.w.as.member.get(`${t.base}/gaps`);
    expect(gaps.body.uncoveredCompetences).toEqual(["Lean"]);
    expect(gaps.body.items.map((g: { name: string; stillMissing: boolean }) => [g.name, g.stillMissing])).toEqual([
      ["Lean", true],
      ["PALVELUMUOTOILU", false],
      ["Kela", true],
      ["mll kuopio", false],
    ]);
    // The coordinator's home counts the gaps still open; members are not asked to act on them.
    expect((await t.w.as.coordinator.get(t.base)).body.missingGaps).toBe(2);
    expect((await t.w.as.member.get(t.base)).body.missingGaps).toBeNull();
  });

  it("exports only what the exporting person may see, as CSV and vCard", async () => {
    const asMember = await t.w.app.request(`http://localhost${t.base}/people/export?format=csv`, {
      headers: { cookie: t.w.as.outsider.cookie ?? "" },
    });
    expect(asMember.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await asMember.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("Nimi;Organisaatio;")).toBe(true);
    expect(text).toContain("Member;Kuopion kaupunki");
    expect(text).not.toContain("member@example.fi");
    const asCoordinator = (await t.w.as.coordinator.get(`${t.base}/people/export?format=vcard&q=member`)).body as string;
    expect(asCoordinator).toContain("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    expect(asCoordinator).toContain("EMAIL;TYPE=work:member@example.fi");
    expect(asCoordinator.match(/BEGIN:VCARD/g)).toHaveLength(1);
  });

  it("removes a person's personal data but keeps anonymised history counts", async () => {
    const imported = await t.w.as.coordinator.call("POST", `${t.base}/people/import`, undefined, {
      headers: { "content-type": "text/csv" },
      raw: "nimi;sähköposti;organisaatio\nPoistuva Henkilö;poistuva@example.fi;Kuopion kaupunki\n",
    });
    expect(imported.body).toMatchObject({ created: 1, written: true });
    const leaving = await personOf(t.w, "coordinator", t.base, "Poistuva");
    await t.w.as.coordinator.post(`${t.base}/history`, { occurredOn: "2026-01-02", title: "Poistuvan kanssa", personIds: [leaving.id] });
    expect((await t.w.as.coordinator.delete(`/api/networks/${t.w.network.id}/members/${leaving.id}`)).status).toBe(204);
    const entries = (await t.w.as.coordinator.get(`${t.base}/history`)).body.items as {
      title: string;
      people: unknown[];
      formerPeople: number;
    }[];
    const entry = entries.find((e) => e.title === "Poistuvan kanssa");
    expect(entry).toMatchObject({ people: [], formerPeople: 1 });
    const user = await t.deps.storage.db.selectFrom("users").select("id").where("email", "=", "poistuva@example.fi").executeTakeFirst();
    expect(user).toBeUndefined();
  });
});
