import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { stripInvalidChars } from "../domain/text.ts";

const text = (body: unknown) => body as string;

describe.each(databases)("publishing on %s", (kind) => {
  const t = apiWorld(kind);
  beforeAll(async () => {
    const goal = await t.w.as.coordinator.post(`${t.base}/goals`, {
      goalType: "client_service",
      title: "Perheet löytävät palvelut",
      description: "Yksi ovi perhepalveluihin.",
    });
    await t.w.as.coordinator.post(`${t.base}/goals/${goal.body.id}/indicators`, {
      kind: "quantitative",
      name: "Perheitä ohjattu oikeaan palveluun",
      unit: "%",
      baseline: 40,
      target: 60,
      direction: "increase",
    });
  });

  const settings = {
    slug: "kuopion-perheverkosto",
    enabled: true,
    intro: "Kuopion perhepalvelut yhdessä.",
    showGoals: false,
    showResults: false,
    showPractices: true,
    showAgreement: false,
    showMap: false,
  };

  it("lets only coordinators choose what is public, and checks the address", async () => {
    const start = await t.w.as.coordinator.get(`${t.base}/publishing`);
    expect(start.body.settings).toMatchObject({ slug: "kuopion-perheverkosto", enabled: false, version: 0 });
    expect((await t.w.as.member.get(`${t.base}/publishing`)).status).toBe(403);
    expect((await t.w.as.outsider.get(`${t.base}/publishing`)).status).toBe(404);
    const bad = await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, slug: "Ä!", version: 0 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["slug"]);
    expect((await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, slug: "feed", version: 0 })).status).toBe(400);
    const taken = await t.w.as.outsider.put(`/api/networks/${t.w.other.id}/publishing`, { ...settings, enabled: false, version: 0 });
    expect(taken.status).toBe(200);
    const clash = await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, version: 0 });
    expect(clash.body.error.fields.slug).toBeTruthy();
    await t.w.as.outsider.put(`/api/networks/${t.w.other.id}/publishing`, {
      ...settings,
      slug: "toinen-verkosto",
      enabled: false,
      version: 1,
    });

    const saved = await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, enabled: false, version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.version).toBe(1);
    expect((await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, version: 0 })).status).toBe(409);
  });

  it("serves nothing publicly until the page is enabled, then only the chosen parts", async () => {
    const anon = t.w.anonymous("fi");
    expect((await anon.get("/p/kuopion-perheverkosto")).status).toBe(404);
    expect((await anon.get("/p/kuopion-perheverkosto/feed.atom")).status).toBe(404);
    await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, version: 1 });
    const page = await anon.get("/p/kuopion-perheverkosto");
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(text(page.body)).toContain('<html lang="fi">');
    expect(text(page.body)).toContain("Kuopion perhepalvelut yhdessä.");
    expect(text(page.body)).not.toContain("Perheet löytävät palvelut");

    await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, showGoals: true, showResults: true, version: 2 });
    const withGoals = text((await t.w.anonymous("en").get("/p/kuopion-perheverkosto")).body);
    expect(withGoals).toContain('<html lang="en">');
    expect(withGoals).toContain("Perheet löytävät palvelut");
    expect(withGoals).toContain("Perheitä ohjattu oikeaan palveluun");
    expect(withGoals).not.toMatch(/Coordinator|Member|member@example\.fi/);
    expect(text((await anon.get("/p/kuopion-perheverkosto?lang=sv")).body)).toContain('<html lang="sv">');
  });

  it("publishes news to the page and the Atom feed and takes it off at once when unpublished", async () => {
    const anon = t.w.anonymous("fi");
    expect((await t.w.as.member.post(`${t.base}/news`, { title: "x", body: "y" })).status).toBe(403);
    const draft = await t.w.as.coordinator.post(`${t.base}/news`, {
      title: "Perhekeskus avattu <script>alert(1)</script>",
      body: "Kaikki palvelut\nsamasta ovesta.",
    });
    expect(draft.status).toBe(201);
    const item = draft.body.news[0];
    expect(item.publishedAt).toBeNull();
    expect(text((await anon.get("/p/kuopion-perheverkosto")).body)).not.toContain("Perhekeskus avattu");

    const published = await t.w.as.coordinator.patch(`${t.base}/news/${item.id}`, {
      title: item.title,
      body: item.body,
      published: true,
      version: 1,
    });
    expect(published.body.news[0].publishedAt).not.toBeNull();
    const page = text((await anon.get("/p/kuopion-perheverkosto")).body);
    expect(page).toContain("Perhekeskus avattu &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");
    const feed = await anon.get("/p/kuopion-perheverkosto/feed.atom");
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    expect(text(feed.body)).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(text(feed.body)).toContain(`<id>urn:uuid:${item.id}</id>`);
    expect(text(feed.body)).toContain("Perhekeskus avattu &lt;script&gt;");

    const stale = await t.w.as.coordinator.patch(`${t.base}/news/${item.id}`, { title: "x", body: "y", published: false, version: 1 });
    expect(stale.status).toBe(409);
    await t.w.as.coordinator.patch(`${t.base}/news/${item.id}`, { title: item.title, body: item.body, published: false, version: 2 });
    expect(text((await anon.get("/p/kuopion-perheverkosto")).body)).not.toContain("Perhekeskus avattu");
    expect(text((await anon.get("/p/kuopion-perheverkosto/feed.atom")).body)).not.toContain(item.id);

    await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, enabled: false, version: 3 });
    expect((await anon.get("/p/kuopion-perheverkosto")).status).toBe(404);
    await t.w.as.coordinator.put(`${t.base}/publishing`, { ...settings, version: 4 });
  });

  // Issue #16, points 3 and 9: public pages are cached by proxies, so their links must not follow a forged Host; NUL breaks XML.
  it("links the public page and its feed to the configured address, never the request's Host, and keeps the feed valid XML", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/news`, {
      title: "Kello\u0000 soi\u0008",
      body: "Tauko\u000C ohi.",
      published: true,
    });
    expect(made.status).toBe(201);
    const item = made.body.news.find((n: { title: string }) => n.title.startsWith("Kello"));
    expect(item.title).toBe("Kello soi");
    for (const path of ["/p/kuopion-perheverkosto", "/p/kuopion-perheverkosto/feed.atom", "/good-practices"]) {
      const r = await t.w.app.request(`http://evil.example${path}`, {
        headers: { host: "evil.example", "x-forwarded-host": "evil.example" },
      });
      expect(r.status, path).toBe(200);
      const body = await r.text();
      expect(body, path).not.toContain("evil.example");
      expect(body, path).toContain(t.deps.links.base);
      expect(stripInvalidChars(body), path).toBe(body);
    }
    // Text stored before the input was cleaned is cleaned on the way out.
    await sql`update news_items set body = ${"Vanha\u0008 teksti"} where id = ${item.id}`.execute(t.deps.storage.db);
    const feed = text((await t.w.anonymous().get("/p/kuopion-perheverkosto/feed.atom")).body);
    expect(feed).toContain("Vanha teksti");
    expect(feed).not.toContain("\u0008");
    await t.w.as.coordinator.delete(`${t.base}/news/${item.id}`);
  });

  it("shares a published good practice with the other networks and the public, and only coordinators publish", async () => {
    const bad = await t.w.as.member.post(`${t.base}/practices`, { title: "", whatWorked: "" });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["title", "whatWorked"]);
    const made = await t.w.as.member.post(`${t.base}/practices`, {
      title: "Yhteinen palvelukartta",
      whatWorked: "Kokosimme kaikkien perhepalvelujen yhteystiedot yhdelle kartalle.",
      context: "Kuopio, perhekeskus",
      contact: "perhekeskus@kuopio.example",
    });
    expect(made.status).toBe(201);
    const practice = made.body.own[0];
    expect(practice.publishedAt).toBeNull();
    expect((await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/practices`)).body.shared).toEqual([]);
    expect(text((await t.w.anonymous().get("/good-practices")).body)).not.toContain("Yhteinen palvelukartta");
    expect((await t.w.as.observer.get(`${t.base}/practices`)).body.own).toEqual([]);

    const byMember = await t.w.as.member.patch(`${t.base}/practices/${practice.id}`, { ...practice, published: true, version: 1 });
    expect(byMember.status).toBe(403);
    const byCoordinator = await t.w.as.coordinator.patch(`${t.base}/practices/${practice.id}`, {
      ...practice,
      published: true,
      version: 1,
    });
    expect(byCoordinator.body.own[0].publishedAt).not.toBeNull();
    const staleEdit = await t.w.as.member.patch(`${t.base}/practices/${practice.id}`, {
      ...practice,
      title: "Palvelukartta",
      published: false,
      version: 1,
    });
    expect(staleEdit.status).toBe(409);
    expect(staleEdit.body.error.current.publishedAt).not.toBeNull();

    const shared = (await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/practices`)).body.shared;
    expect(shared).toEqual([
      expect.objectContaining({ title: "Yhteinen palvelukartta", networkName: "Kuopion perheverkosto", canEdit: false }),
    ]);
    expect(text((await t.w.anonymous().get("/good-practices")).body)).toContain("Yhteinen palvelukartta");
    expect(text((await t.w.anonymous().get("/p/kuopion-perheverkosto")).body)).toContain("perhekeskus@kuopio.example");
    expect((await t.w.as.outsider.patch(`${t.base}/practices/${practice.id}`, { ...practice, published: false, version: 2 })).status).toBe(
      404,
    );

    await t.w.as.coordinator.patch(`${t.base}/practices/${practice.id}`, { ...practice, published: false, version: 2 });
    expect(text((await t.w.anonymous().get("/good-practices")).body)).not.toContain("Yhteinen palvelukartta");
    expect((await t.w.as.outsider.get(`/api/networks/${t.w.other.id}/practices`)).body.shared).toEqual([]);
  });

  it("lets search engines in to public pages only", async () => {
    const robots = text((await t.w.anonymous().get("/robots.txt")).body);
    expect(robots).toContain("Allow: /p/");
    expect(robots).toContain("Disallow: /api/");
    const page = text((await t.w.anonymous().get("/p/kuopion-perheverkosto")).body);
    expect(page).toContain(`<link rel="canonical" href="${t.deps.links.base}/p/kuopion-perheverkosto">`);
    expect(page).toContain('type="application/atom+xml"');
    expect(page).not.toContain("noindex");
  });
});
