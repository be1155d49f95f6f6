import { describe, expect, it } from "vitest";
import type { Actor } from "./context.ts";
import { ReadCache } from "./readCache.ts";

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
});
