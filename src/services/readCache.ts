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

  /** Announces a computation; call the returned function with the answer to keep, or with undefined when it may not be kept. */
  computing(key: string, version: string): (answer: CachedAnswer | undefined) => void {
    const pendingKey = `${version}\n${key}`;
    let settle: (answer: CachedAnswer | undefined) => void = () => {};
    const promise = new Promise<CachedAnswer | undefined>((resolve) => {
      settle = resolve;
    });
    this.#computing.set(pendingKey, promise);
    return (answer) => {
      if (this.#computing.get(pendingKey) === promise) this.#computing.delete(pendingKey);
      if (answer) this.#answers.set(key, { version, value: answer });
      settle(answer);
    };
  }
}
