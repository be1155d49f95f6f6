import type { KyselyPlugin } from "kysely";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { client } from "../../tests/support/client.ts";
import { databases } from "../../tests/support/databases.ts";
import { PASSWORD } from "../../tests/support/world.ts";
import { toActor } from "../services/auth.ts";
import { networkHome } from "../services/views/networkHome.ts";
import { findUserByEmail } from "../storage/repos/users.ts";
import { createApp } from "./app.ts";

describe.each(databases)("the network guard on %s", (kind) => {
  const t = apiWorld(kind);

  /** An app whose every query is seen; `guards` counts the guard's own (the person's role and the network's SSO rule). */
  const countingApp = () => {
    const seen = { guards: 0 };
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        const node = JSON.stringify(args.node);
        // roleIn's query: the membership inner-joined with its network for require_sso (the home's own read left-joins).
        if (args.node.kind === "SelectQueryNode" && node.includes('"require_sso"') && node.includes('"InnerJoin"')) seen.guards++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const deps = { ...t.deps, storage: { ...t.deps.storage, db: t.deps.storage.db.withPlugin(counting) } };
    return { app: createApp(deps), seen, deps };
  };

  it("checks a person's membership once a request, the network's own address included", async () => {
    const { app, seen, deps } = countingApp();
    const c = client(app);
    expect((await c.post("/api/auth/login", { email: t.w.people.member.email, password: PASSWORD })).status).toBe(200);
    // The home's service checks the role again for its own reasons (the welcome of a new member): without the guard…
    const user = await findUserByEmail(t.deps.storage.db, t.w.people.member.email);
    if (!user) throw new Error("no member");
    seen.guards = 0;
    await networkHome(deps, toActor(user), t.w.network.id);
    const service = seen.guards;
    // …and through the API, one check more: the guard's, once, though the network's own address is also under its mount.
    seen.guards = 0;
    expect((await c.get(`/api/networks/${t.w.network.id}`)).status).toBe(200);
    expect(seen.guards).toBe(service + 1);
    // Outside the network: the guard's one check, and 404.
    seen.guards = 0;
    expect((await c.get(`/api/networks/${t.w.other.id}`)).status).toBe(404);
    expect(seen.guards).toBe(1);
  });
});
