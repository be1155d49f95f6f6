import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import type { world } from "../../tests/support/world.ts";

/** Every route under /api/networks/{networkId}, with the methods the OpenAPI document lists. */
async function networkRoutes(w: Awaited<ReturnType<typeof world>>) {
  const doc = (await w.anonymous().get("/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/api/networks/{networkId}"))
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
}

describe.each(databases)("an outsider on %s", (kind) => {
  const t = apiWorld(kind);

  it("gets 404 from every network route, whatever they send, and changes nothing", async () => {
    const routes = await networkRoutes(t.w);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const before = await t.w.as.coordinator.get(`/api/networks/${t.w.network.id}`);
    const ids = { networkId: t.w.network.id, memberId: t.w.people.member.id, invitationId: "00000000-0000-4000-8000-000000000000" };
    for (const { method, path } of routes) {
      const url = path.replace(/\{(\t.w+)\}/g, (_, name: keyof typeof ids) => ids[name] ?? "00000000-0000-4000-8000-000000000000");
      for (const body of [undefined, {}, { name: "x", email: "x@example.fi", role: "coordinator", version: 1, networkType: "chaotic" }]) {
        const r = await t.w.as.outsider.call(method, url, method === "GET" ? undefined : body);
        expect([403, 404], `${method} ${url} answered ${r.status}`).toContain(r.status);
      }
    }
    const after = await t.w.as.coordinator.get(`/api/networks/${t.w.network.id}`);
    expect(after.body).toEqual(before.body);
  });

  it("gets 401 from every network route without signing in", async () => {
    for (const { method, path } of await networkRoutes(t.w)) {
      const url = path.replace(/\{(\t.w+)\}/g, t.w.network.id);
      const r = await t.w.anonymous().call(method, url, method === "GET" ? undefined : {});
      expect(r.status, `${method} ${url}`).toBe(401);
    }
  });

  it("cannot list the network among theirs", async () => {
    const r = await t.w.as.outsider.get("/api/networks");
    expect(r.body.items.map((n: { id: string }) => n.id)).not.toContain(t.w.network.id);
  });
});
