import { describe, expect, it } from "vitest";
import type { Actor } from "./context.ts";
import { READ_CACHE_TTL_MS, ReadCache } from "./readCache.ts";

const actor: Actor = { userId: "u1", email: "aino@example.fi", name: "Aino", locale: "fi", isAdmin: false, digest: "weekly" };
const answer = (text: string) => ({ body: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, contentType: "application/json" });

describe("ReadCache", () => {
  it("gives a session back only under the version it was read at and before it expires", () => {
    const cache = new ReadCache();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    cache.keepSession("h1", "v1", actor, inAnHour);
    expect(cache.session("h1", "v1")).toEqual(actor);
    expect(cache.session("h1", "v2")).toBeUndefined();
    expect(cache.session("other", "v1")).toBeUndefined();

    cache.keepSession("h2", "v1", actor, new Date(Date.now() - 1).toISOString());
    expect(cache.session("h2", "v1")).toBeUndefined();
  });

  it("keeps an answer under its version, and shares one being computed with whoever asks meanwhile", async () => {
    const cache = new ReadCache();
    expect(cache.stored("k", "v1")).toBeUndefined();
    expect(cache.pending("k", "v1")).toBeUndefined();
    const keep = cache.computing("k", "v1");
    const waiting = cache.pending("k", "v1");
    expect(waiting).toBeDefined();
    expect(cache.pending("k", "v2")).toBeUndefined();
    keep(answer('{"a":1}'));
    expect(new TextDecoder().decode((await waiting)?.body)).toBe('{"a":1}');
    expect(cache.pending("k", "v1")).toBeUndefined();
    expect(new TextDecoder().decode(cache.stored("k", "v1")?.body)).toBe('{"a":1}');
    expect(cache.stored("k", "v2")).toBeUndefined();
  });

  it("keeps nothing when the computed answer may not be kept, and tells those waiting to compute their own", async () => {
    const cache = new ReadCache();
    const keep = cache.computing("k", "v1");
    const waiting = cache.pending("k", "v1");
    keep(undefined);
    expect(await waiting).toBeUndefined();
    expect(cache.stored("k", "v1")).toBeUndefined();
  });

  it("computes a shared part once per version of its network, for every reader of it, also those asking meanwhile", async () => {
    const cache = new ReadCache();
    let computed = 0;
    const part = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { computed };
    };
    const read = (version: string, networkId = "n1") =>
      new Promise((resolve, reject) => {
        cache.reading(version, networkId, async () => resolve(await cache.shared("n1", "home", part))).catch(reject);
      });
    expect(await Promise.all([read("1.1"), read("1.1")])).toEqual([{ computed: 1 }, { computed: 1 }]);
    expect(await read("1.1")).toEqual({ computed: 1 });
    expect(await read("1.2")).toEqual({ computed: 2 });
    // A version of another network's page, or none at all, says nothing of this network's data.
    expect(await read("1.2", "n2")).toEqual({ computed: 3 });
    expect(await cache.shared("n1", "home", part)).toEqual({ computed: 4 });
    expect(await read("1.2")).toEqual({ computed: 2 });
  });

  it("keeps no shared part whose computation failed, and fails those waiting for it", async () => {
    const cache = new ReadCache();
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error("no database");
    };
    const read = () => cache.reading("1.1", "n1", async () => void (await cache.shared("n1", "home", failing)));
    await expect(Promise.all([read(), read()])).rejects.toThrow("no database");
    expect(calls).toBe(1);
    await expect(read()).rejects.toThrow("no database");
    expect(calls).toBe(2);
  });

  it("lets an answer built on an older shared part stand only for what is left of that part's lifetime", async () => {
    const cache = new ReadCache();
    const keep = cache.computing("k", "v1");
    keep(answer("{}"), Date.now() - READ_CACHE_TTL_MS);
    expect(cache.stored("k", "v1")).toBeUndefined();
    const computedBy = await cache.reading("v1", "n1", async () => {
      await cache.shared("n1", "home", async () => 1);
    });
    const firstDone = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    const reading = await cache.reading("v1", "n1", async () => {
      await cache.shared("n1", "home", async () => 2);
    });
    // The second reading used the part the first computed, and is as old as that part: from within the first reading
    // (the part began at or after the first reading's start, possibly a millisecond later), not from its own start.
    expect(reading.since).toBeGreaterThanOrEqual(computedBy.since);
    expect(reading.since).toBeLessThanOrEqual(firstDone);
    expect(reading.since).toBeLessThan(started);
    cache.computing("k", "v1")(answer("{}"), reading.since);
    expect(cache.stored("k", "v1")).toBeDefined();
  });
});
