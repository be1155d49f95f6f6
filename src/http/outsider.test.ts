import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { world } from "../../tests/support/world.ts";

/** Every route under /api/networks/{networkId}, with the methods the OpenAPI document lists. */
async function networkRoutes(w: Awaited<ReturnType<typeof world>>) {
  const doc = (await w.anonymous().get("/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/api/networks/{networkId}"))
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
}

describe.each(databases)("an outsider on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    w = await world(deps);
  });
  afterAll(() => deps.cleanup());

  it("gets 404 from every network route, whatever they send, and changes nothing", async () => {
    const routes = await networkRoutes(w);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const before = await w.as.coordinator.get(`/api/networks/${w.network.id}`);
    const ids = { networkId: w.network.id, memberId: w.people.member.id, invitationId: "00000000-0000-4000-8000-000000000000" };
    for (const { method, path } of routes) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => ids[name] ?? "00000000-0000-4000-8000-000000000000");
      for (const body of [undefined, {}, { name: "x", email: "x@example.fi", role: "coordinator", version: 1, networkType: "chaotic" }]) {
        const r = await w.as.outsider.call(method, url, method === "GET" ? undefined : body);
        expect([403, 404], `${method} ${url} answered ${r.status}`).toContain(r.status);
      }
    }
    const after = await w.as.coordinator.get(`/api/networks/${w.network.id}`);
    expect(after.body).toEqual(before.body);
  });

  it("gets 401 from every network route without signing in", async () => {
    for (const { method, path } of await networkRoutes(w)) {
      const url = path.replace(/\{(\w+)\}/g, w.network.id);
      const r = await w.anonymous().call(method, url, method === "GET" ? undefined : {});
      expect(r.status, `${method} ${url}`).toBe(401);
    }
  });

  it("cannot list the network among theirs", async () => {
    const r = await w.as.outsider.get("/api/networks");
    expect(r.body.items.map((n: { id: string }) => n.id)).not.toContain(w.network.id);
  });
});
