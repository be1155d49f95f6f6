import { AsyncLocalStorage } from "node:async_hooks";
import { LRUCache } from "lru-cache";
import { withNetworkScope } from "../storage/dataVersions.ts";
import type { Actor } from "./context.ts";

/**
 * How long a cached read may stand for time-driven changes: a date passing, an invitation expiring. A change
 * of data ends it at once, because every entry is kept with the storage's data versions (Storage.cacheVersions)
 * and is used only while they are unchanged.
 */
export const READ_CACHE_TTL_MS = 10_000;
/**
 * Runs a request to one network's routes: its writes to that network's tables end that network's cached answers
 * and no other's (decision 022). Only the network guard calls it, once the person is known to belong there.
 */
export const writingForNetwork = <T>(networkId: string, fn: () => Promise<T>): Promise<T> => withNetworkScope(networkId, fn);

/** Memory the cached answers may take. */
const RESPONSE_BYTES = 32 * 1_048_576;
const SESSIONS = 10_000;
/** Network-wide parts of pages kept for all their readers: a few per network, each a few kilobytes. */
const SHARED_PARTS = 3_000;

/**
 * The computation of one cached read: the version its answer will be kept under, the network that version belongs
 * to, and when the oldest shared part it used was computed (its answer may stand only for what is left of the
 * lifetime after that).
 */
export interface Reading {
  readonly version: string;
  readonly networkId: string | undefined;
  since: number;
}

const readings = new AsyncLocalStorage<Reading>();

export interface CachedAnswer {
  /** UTF-8, encoded once rather than on every answer. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

interface Versioned<T> {
  version: string;
  value: T;
}

/**
 * Answers of frequent reads (/api/me, the network home, member list, directory) and the sessions behind them, per
 * person, for as long as nothing they show has been written. Under a read-heavy load a page is computed once per
 * change instead of once per request; concurrent requests for the same page wait for one computation.
 * Each process keeps its own; the data versions are counted in the database, so a write made through
 * any instance ends every instance's entries that it can change.
 */
export class ReadCache {
  readonly #answers = new LRUCache<string, Versioned<CachedAnswer>>({
    maxSize: RESPONSE_BYTES,
    sizeCalculation: (entry, key) => entry.value.body.byteLength + key.length * 2,
    ttl: READ_CACHE_TTL_MS,
  });
  readonly #sessions = new LRUCache<string, Versioned<{ actor: Actor; expiresAt: number }>>({
    max: SESSIONS,
    ttl: READ_CACHE_TTL_MS,
  });
  readonly #computing = new Map<string, Promise<CachedAnswer | undefined>>();
  readonly #shared = new LRUCache<string, Versioned<{ value: unknown; at: number }>>({ max: SHARED_PARTS, ttl: READ_CACHE_TTL_MS });
  readonly #sharing = new Map<string, Promise<{ value: unknown; at: number }>>();

  /** The person behind a session (by its secret's hash) while the data version is unchanged and the session has not expired. */
  session(idHash: string, version: string): Actor | undefined {
    const entry = this.#sessions.get(idHash);
    if (!entry || entry.version !== version) return undefined;
    if (entry.value.expiresAt <= Date.now()) {
      this.#sessions.delete(idHash);
      return undefined;
    }
    return entry.value.actor;
  }

  keepSession(idHash: string, version: string, actor: Actor, expiresAt: string) {
    this.#sessions.set(idHash, { version, value: { actor, expiresAt: Date.parse(expiresAt) } });
  }

  /** The stored answer for this key while the data version is unchanged. */
  stored(key: string, version: string): CachedAnswer | undefined {
    const entry = this.#answers.get(key);
    return entry && entry.version === version ? entry.value : undefined;
  }

  /** The answer another request is computing now for this key and version; it settles undefined when that one may not be kept. */
  pending(key: string, version: string): Promise<CachedAnswer | undefined> | undefined {
    return this.#computing.get(`${version}\n${key}`);
  }

  /**
   * Announces a computation; call the returned function with the answer to keep, or with undefined when it may not be
   * kept, and with when the oldest data it shows was read (reading()'s `since`): the answer stands for the rest of the
   * lifetime from then, so a shared part's age does not add to it.
   */
  computing(key: string, version: string): (answer: CachedAnswer | undefined, since?: number) => void {
    const pendingKey = `${version}\n${key}`;
    let settle: (answer: CachedAnswer | undefined) => void = () => {};
    const promise = new Promise<CachedAnswer | undefined>((resolve) => {
      settle = resolve;
    });
    this.#computing.set(pendingKey, promise);
    return (answer, since = Date.now()) => {
      if (this.#computing.get(pendingKey) === promise) this.#computing.delete(pendingKey);
      const ttl = READ_CACHE_TTL_MS - (Date.now() - since);
      if (answer && ttl >= 1) this.#answers.set(key, { version, value: answer }, { ttl });
      settle(answer);
    };
  }

  /**
   * Runs the computation of a cached read whose version belongs to `networkId` (undefined: the whole database's), so
   * that the parts it shares (shared()) are kept under that version. Resolves with the reading once `compute` is done.
   */
  async reading(version: string, networkId: string | undefined, compute: () => Promise<void>): Promise<Reading> {
    const reading: Reading = { version, networkId, since: Date.now() };
    await readings.run(reading, compute);
    return reading;
  }

  /**
   * A part of a network's page that is the same for every reader it is given to (`part` names it and whom it is for),
   * computed once per version of the network and shared by all readers of that version, also by those asking while it
   * is computed. The caller gives it only to a reader it has authorised. Outside a cached read of this network (no
   * version to keep it under: a Bearer token, a job) it is computed for the caller alone. A failed computation fails
   * those waiting for it and is not kept.
   */
  async shared<T>(networkId: string, part: string, compute: () => Promise<T>): Promise<T> {
    const reading = readings.getStore();
    if (!reading || reading.networkId !== networkId) return compute();
    const key = `${networkId}\n${part}`;
    const entry = this.#shared.get(key);
    let kept = entry?.version === reading.version && Date.now() - entry.value.at < READ_CACHE_TTL_MS ? entry.value : undefined;
    if (!kept) {
      const pendingKey = `${reading.version}\n${key}`;
      let pending = this.#sharing.get(pendingKey);
      if (!pending) {
        // Taken before anything is read: the part is at least as new as this, whatever the clock moves in it.
        const at = Date.now();
        const started = compute().then((value) => {
          this.#shared.set(key, { version: reading.version, value: { value, at } });
          return { value: value as unknown, at };
        });
        pending = started.finally(() => {
          if (this.#sharing.get(pendingKey) === pending) this.#sharing.delete(pendingKey);
        });
        this.#sharing.set(pendingKey, pending);
      }
      kept = await pending;
    }
    reading.since = Math.min(reading.since, kept.at);
    return kept.value as T;
  }
}
