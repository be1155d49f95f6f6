import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";
import { openStorage } from "../storage/db.ts";
import { isCachedRead } from "./middleware/readCache.ts";

const readCacheCount = async (deps: Awaited<ReturnType<typeof freshDeps>>, result: "hit" | "miss") =>
  (await deps.metrics.readCache.get()).values.find((v) => v.labels.result === result)?.value ?? 0;

describe.each(databases)("the read cache on %s", (kind) => {
  const t = apiWorld(kind);

  it("answers a repeated read from the cache, and the same as computing it", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const first = await t.w.as.coordinator.get(base);
    const hitsBefore = await readCacheCount(t.deps, "hit");
    const second = await t.w.as.coordinator.get(base);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("cache-control")).toBe("no-store");
    // The home is kept under this database's own counters (decision 022), which other test files on the same
    // PostgreSQL server do not move.
    expect(await readCacheCount(t.deps, "hit")).toBe(hitsBefore + 1);
  });

  it("shows a change at once to whoever reads next: the writer and the others", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const { network } = (await t.w.as.coordinator.get(base)).body;
    await t.w.as.member.get(base);
    const saved = await t.w.as.coordinator.patch(base, { ...network, name: "Kuopion perheverkosto 2027", version: network.version });
    expect(saved.status).toBe(200);
    expect((await t.w.as.coordinator.get(base)).body.network.name).toBe("Kuopion perheverkosto 2027");
    expect((await t.w.as.member.get(base)).body.network.name).toBe("Kuopion perheverkosto 2027");
  });

  it("stops answering someone the moment they leave the network or sign out", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const observer = await t.w.signedIn(t.w.people.observer.email);
    expect((await observer.get(base)).status).toBe(200);
    expect((await observer.get(`${base}/members?limit=50`)).status).toBe(200);
    const members = (await t.w.as.coordinator.get(`${base}/members?limit=50`)).body.items as { id: string; userId: string }[];
    const membership = members.find((m) => m.userId === t.w.people.observer.id);
    expect((await t.w.as.coordinator.delete(`${base}/members/${membership?.id}`)).status).toBe(204);
    expect((await observer.get(base)).status).toBe(404);
    expect((await observer.get(`${base}/members?limit=50`)).status).toBe(404);
    expect((await t.w.as.coordinator.get(`${base}/members?limit=50`)).body.items.map((m: { userId: string }) => m.userId)).not.toContain(
      t.w.people.observer.id,
    );

    const me = await observer.get("/api/me");
    expect(me.status).toBe(200);
    const cookie = observer.cookie as string;
    expect((await observer.post("/api/auth/logout")).status).toBe(200);
    const after = await t.w.app.request("http://localhost/api/me", { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it("sees a write made by another process or instance on the same database", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    expect((await t.w.as.member.get(base)).status).toBe(200);
    // A second connection, as `solmu import` run beside the server or a second app instance would have.
    const other = openStorage({
      databaseUrl: t.deps.settings.databaseUrl,
      dataDir: t.deps.settings.dataDir,
      ...(t.deps.storage.pgSchema ? { pgSchema: t.deps.storage.pgSchema } : {}),
    });
    try {
      await other.db.updateTable("networks").set({ purpose: "Muutettu toisesta prosessista" }).where("id", "=", t.w.network.id).execute();
    } finally {
      await other.close();
    }
    expect((await t.w.as.member.get(base)).body.network.purpose).toBe("Muutettu toisesta prosessista");
  });

  it("keeps answers per person: nobody is given another's page", async () => {
    const base = `/api/networks/${t.w.network.id}`;
    const asCoordinator = await t.w.as.coordinator.get(`${base}/members?limit=50`);
    const asMember = await t.w.as.member.get(`${base}/members?limit=50`);
    // Coordinators see e-mail addresses; members do not.
    expect(asCoordinator.body.items.some((m: { email: string | null }) => m.email !== null)).toBe(true);
    expect(asMember.body.items.every((m: { email: string | null }) => m.email === null)).toBe(true);
    expect((await t.w.as.member.get(base)).body.role).toBe("member");
    expect((await t.w.as.coordinator.get(base)).body.role).toBe("coordinator");
    // Asked twice: a refusal is never kept, so the second is refused afresh.
    expect((await t.w.as.outsider.get(base)).status).toBe(404);
    expect((await t.w.as.outsider.get(base)).status).toBe(404);
  });

  it("computes concurrent requests for the same page once", async () => {
    const base = `/api/networks/${t.w.network.id}/people?limit=20`;
    const fresh = await t.w.signedIn(t.w.people.member.email);
    const missesBefore = await readCacheCount(t.deps, "miss");
    const answers = await Promise.all(Array.from({ length: 8 }, () => fresh.get(base)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    // One computation for the page, which this member had not read before.
    expect(await readCacheCount(t.deps, "miss")).toBe(missesBefore + 1);
  });
});

describe("the routes the read cache answers", () => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps("sqlite");
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  it("write nothing, so that an answer kept under a data version is still true while it lasts", async () => {
    // SQLite's version counts this database's writes alone, so an unchanged version shows that nothing was written.
    const base = `/api/networks/${w.network.id}`;
    const routes = ["/api/me", base, `${base}/members?limit=50`, `${base}/people?limit=50&q=mem`];
    for (const route of routes) {
      expect(isCachedRead("GET", route.split("?")[0] as string)).toBe(true);
      for (const person of [w.as.coordinator, w.as.member, w.as.observer, w.as.outsider]) {
        const before = await deps.storage.dataVersion();
        await person.get(route);
        expect(await deps.storage.dataVersion(), `${route} wrote something`).toBe(before);
      }
    }
    expect(isCachedRead("GET", `${base}/people/export`)).toBe(false);
    expect(isCachedRead("GET", "/api/me/data")).toBe(false);
    expect(isCachedRead("PATCH", base)).toBe(false);
  });
});
