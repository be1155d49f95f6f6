import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { client } from "../../tests/support/client.ts";
import { databases } from "../../tests/support/databases.ts";
import { PASSWORD } from "../../tests/support/world.ts";
import { ReadCache } from "../services/readCache.ts";
import { openStorage } from "../storage/db.ts";
import { createApp } from "./app.ts";

// Decision 022: a write ends the cached answers it can change and no others. These try to make the cache show
// something old, and check that a write elsewhere leaves an answer standing.

describe.each(databases)("the read cache's scopes on %s", (kind) => {
  const t = apiWorld(kind);
  const count = async (result: "hit" | "miss") =>
    (await t.deps.metrics.readCache.get()).values.find((v) => v.labels.result === result)?.value ?? 0;

  it("shows a write to any of the network's own tables at once on its home", async () => {
    const before = (await t.w.as.member.get(t.base)).body.organisationCount as number;
    expect((await t.w.as.member.get(t.base)).body.organisationCount).toBe(before);
    expect((await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion kaupunki", kind: "municipality" })).status).toBe(201);
    expect((await t.w.as.member.get(t.base)).body.organisationCount).toBe(before + 1);
  });

  it("keeps a network's answers when another network is written, and answers them from the cache", async () => {
    const home = await t.w.as.member.get(t.base);
    const hits = await count("hit");
    const misses = await count("miss");
    const other = (await t.w.as.outsider.get(`/api/networks/${t.w.other.id}`)).body.network;
    const saved = await t.w.as.outsider.patch(`/api/networks/${t.w.other.id}`, {
      ...other,
      purpose: "Muualla muutettu",
      version: other.version,
    });
    expect(saved.status).toBe(200);
    const again = await t.w.as.member.get(t.base);
    expect(again.body).toEqual(home.body);
    // The other network's two reads and its save are its own; the member's second read is a hit.
    expect(await count("hit")).toBe(hits + 1);
    expect(await count("miss")).toBe(misses + 1);
    expect((await t.w.as.outsider.get(`/api/networks/${t.w.other.id}`)).body.network.purpose).toBe("Muualla muutettu");
  });

  it("ends a removed person's answers, and the others' lists, at once", async () => {
    const person = await t.w.newMember(`poistuva-${kind}`, "Poistuva");
    expect((await person.get(t.base)).status).toBe(200);
    const listed = (await t.w.as.member.get(`${t.base}/members?limit=50`)).body.items as { id: string; name: string }[];
    const membership = listed.find((m) => m.name === "Poistuva");
    expect(membership).toBeDefined();
    expect((await t.w.as.coordinator.delete(`${t.base}/members/${membership?.id}`)).status).toBe(204);
    expect((await person.get(t.base)).status).toBe(404);
    expect((await person.get(`${t.base}/people?limit=50`)).status).toBe(404);
    const after = (await t.w.as.member.get(`${t.base}/members?limit=50`)).body.items as { name: string }[];
    expect(after.map((m) => m.name)).not.toContain("Poistuva");
  });

  it("sees at once what another instance on the same database writes, and keeps what it does not touch", async () => {
    // A second instance: its own connections and its own read cache, on the same database.
    const storage = openStorage({
      databaseUrl: t.deps.settings.databaseUrl,
      dataDir: t.deps.settings.dataDir,
      ...(t.deps.storage.pgSchema ? { pgSchema: t.deps.storage.pgSchema } : {}),
    });
    try {
      const second = createApp({ ...t.deps, storage, readCache: new ReadCache() });
      const coordinator = client(second);
      expect((await coordinator.post("/api/auth/login", { email: t.w.people.coordinator.email, password: PASSWORD })).status).toBe(200);
      const outsider = client(second);
      expect((await outsider.post("/api/auth/login", { email: t.w.people.outsider.email, password: PASSWORD })).status).toBe(200);

      // Signing in wrote sessions (and sign-in attempts), which end no cached answer.
      const { network } = (await t.w.as.member.get(t.base)).body;
      const hits = await count("hit");
      expect((await t.w.as.member.get(t.base)).body.network.purpose).toBe(network.purpose);
      expect(await count("hit")).toBe(hits + 1);

      const elsewhere = (await outsider.get(`/api/networks/${t.w.other.id}`)).body.network;
      expect(
        (
          await outsider.patch(`/api/networks/${t.w.other.id}`, {
            ...elsewhere,
            purpose: "Toisesta instanssista",
            version: elsewhere.version,
          })
        ).status,
      ).toBe(200);
      expect((await t.w.as.member.get(t.base)).body.network.purpose).toBe(network.purpose);
      expect(await count("hit")).toBe(hits + 2);

      const mine = (await coordinator.get(t.base)).body.network;
      expect((await coordinator.patch(t.base, { ...mine, purpose: "Toisesta instanssista", version: mine.version })).status).toBe(200);
      expect((await t.w.as.member.get(t.base)).body.network.purpose).toBe("Toisesta instanssista");
    } finally {
      await storage.close();
    }
  });
});
