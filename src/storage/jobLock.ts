import { sql } from "kysely";
import type { Storage } from "./db.ts";

/**
 * Runs a scheduled job on one instance at a time. On PostgreSQL a session
 * advisory lock (keyed by the job's name) is held on one connection for the
 * run; an instance that cannot take it skips this run. SQLite serves one
 * process, so the job simply runs.
 */
export async function withJobLock<T>(storage: Storage, name: string, job: () => Promise<T>): Promise<T | undefined> {
  if (storage.kind !== "postgres") return job();
  return storage.db.connection().execute(async (conn) => {
    const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${`solmu:${name}`})) as locked`.execute(conn);
    if (!got.rows[0]?.locked) return undefined;
    try {
      return await job();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${`solmu:${name}`}))`.execute(conn);
    }
  });
}
