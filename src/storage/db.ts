import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  sql,
  type Transaction,
} from "kysely";
import pg from "pg";
import { GLOBAL_SCOPE, networkScope, SESSIONS_SCOPE, type VersionControl, versionedDialect } from "./dataVersions.ts";
import { type Live, localLive, postgresLive } from "./live.ts";
import { migrationProvider } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type DatabaseKind = "sqlite" | "postgres";
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;

export interface Storage {
  db: Db;
  kind: DatabaseKind;
  /** Path of the SQLite file, for backups; undefined on PostgreSQL. */
  sqlitePath?: string;
  /** PostgreSQL schema that holds Solmu's tables. */
  pgSchema?: string;
  /** Live updates to everyone watching a topic, across instances on PostgreSQL. */
  live: Live;
  /**
   * Refreshes the statistics the query planner chooses indexes by: after large writes (seeding, imports)
   * and, on SQLite, every hour (PostgreSQL's autovacuum does that itself).
   */
  optimize(): Promise<void>;
  /**
   * A token that changes whenever committed data may have changed, by this process or any other: a read
   * computed after taking the token stays true for as long as the token stays the same (the read cache
   * relies on it). It may change without a data change, never the other way round.
   */
  dataVersion(): Promise<string>;
  /**
   * Tokens of the read cache (decision 022), read at once. `sessions` changes whenever a session, token or account
   * may have changed. `answers` changes, for a network, whenever anything its pages show may have changed (a write
   * to that network or a global one), and without a network whenever any data may have changed (dataVersion).
   */
  cacheVersions(networkId?: string): Promise<CacheVersions>;
  /** Connections of the PostgreSQL pool (in use = total − idle); null on SQLite, which has one connection. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

export interface CacheVersions {
  sessions: string;
  answers: string;
}

/** The read cache's tokens from the counters' rows and the whole database's version. */
function cacheTokens(rows: { scope: string; version: string | number }[], networkId: string | undefined): CacheVersions {
  const of = (scope: string) => String(rows.find((r) => r.scope === scope)?.version ?? 0);
  const global = of(GLOBAL_SCOPE);
  return {
    sessions: `${global}.${of(SESSIONS_SCOPE)}`,
    answers: networkId === undefined ? of("") : `${global}.${of(networkScope(networkId))}`,
  };
}

/** Stops the counting of writes while the migrations run: the counters' own table may not be there yet. */
const versionControls = new WeakMap<Storage, VersionControl>();

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use instead of public (tests isolate themselves this way). */
  pgSchema?: string;
  /** SQLite file name inside dataDir. */
  sqliteFile?: string;
}

// PostgreSQL returns COUNT(*) and BIGINT as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Opens SQLite (default, under dataDir) or PostgreSQL (when databaseUrl is set). */
export function openStorage(options: OpenOptions): Storage {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const control: VersionControl = { suspended: false };
    const db = new Kysely<Database>({ dialect: versionedDialect(new PostgresDialect({ pool }), control, true) });
    const pgSchema = options.pgSchema ?? "public";
    // The requests that ask for the counters while no read of them has started share the next one: one round trip for
    // all that arrive in the same turn of the event loop instead of one each. The read starts after every one of them
    // asked, so each sees every write committed before it asked, as a read of its own would (decision 022).
    let nextVersions: { scopes: Set<string>; rows: Promise<{ scope: string; version: string }[]> } | undefined;
    const versionsBatch = () => {
      const scopes = new Set([GLOBAL_SCOPE, SESSIONS_SCOPE]);
      const rows = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        nextVersions = undefined;
        // One round trip: the counters, and the snapshot (as dataVersion) under the scope "".
        const { rows } = await sql<{ scope: string; version: string }>`select scope, version::text as version from data_versions
          where scope in (${sql.join([...scopes])}) union all select '', pg_current_snapshot()::text`.execute(db);
        return rows;
      });
      return { scopes, rows };
    };
    // Each schema has its own channel, so test schemas sharing one server do not hear each other.
    const live = postgresLive(db as Kysely<unknown>, options.databaseUrl, pgSchema === "public" ? "solmu_live" : `solmu_live_${pgSchema}`);
    const storage: Storage = {
      db,
      kind: "postgres",
      pgSchema,
      live,
      optimize: async () => {
        await sql`analyze`.execute(db);
      },
      // The snapshot lists the transactions still running and the next id to be given: a commit that was not
      // visible to an earlier snapshot changes one or the other. A WAL position would not do: a commit's
      // record is written before the commit becomes visible to other sessions.
      dataVersion: async () => (await sql<{ v: string }>`select pg_current_snapshot()::text as v`.execute(db)).rows[0]?.v ?? "",
      cacheVersions: async (networkId) => {
        nextVersions ??= versionsBatch();
        const batch = nextVersions;
        batch.scopes.add(networkScope(networkId ?? ""));
        return cacheTokens(await batch.rows, networkId);
      },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: async () => {
        await live.close();
        await db.destroy();
      },
    };
    versionControls.set(storage, control);
    return storage;
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const sqlitePath = path.join(options.dataDir, options.sqliteFile ?? "solmu.sqlite");
  const database = new SQLite(sqlitePath);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  const control: VersionControl = { suspended: false };
  const db = new Kysely<Database>({
    dialect: versionedDialect(new FairSqliteDialect({ database: withStatementCache(database) }), control, false),
  });
  const live = localLive();
  // total_changes counts every row this connection has written (its own commits); data_version changes when
  // another connection or process commits. Read straight off the connection: it is synchronous, and a
  // transaction holding the connection only makes the token change sooner.
  const version = database.prepare("select total_changes() || ':' || (select data_version from pragma_data_version) as v").pluck();
  // Prepared at first use: the table is made by a migration, after the storage is opened.
  let counters: SQLite.Statement | undefined;
  let busy = 0;
  const storage: Storage = {
    db,
    kind: "sqlite",
    sqlitePath,
    live,
    optimize: async () => {
      // 0x10002: also analyse tables never analysed before, within the time the pragma allows itself.
      await sql`pragma optimize = 0x10002`.execute(db);
    },
    dataVersion: async () => String(version.get()),
    cacheVersions: async (networkId) => {
      // Inside a transaction the connection would show its counters before they are committed, and a rollback could
      // give the same numbers to other data later: such a read is given tokens that nothing else will ever match.
      if (database.inTransaction) return { sessions: `busy ${++busy}`, answers: `busy ${++busy}` };
      counters ??= database.prepare(
        "select scope, version from data_versions where scope in (?, ?, ?) union all select '', total_changes() || ':' || (select data_version from pragma_data_version)",
      );
      const rows = counters.all(GLOBAL_SCOPE, SESSIONS_SCOPE, networkScope(networkId ?? "")) as { scope: string; version: number }[];
      return cacheTokens(rows, networkId);
    },
    poolStats: () => null,
    close: async () => {
      await live.close();
      await db.destroy();
    },
  };
  versionControls.set(storage, control);
  return storage;
}

/** How many prepared statements the SQLite connection keeps; Solmu issues a few hundred distinct queries. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 compiles SQL on every prepare() and Kysely prepares every query anew; keeping the most
 * recently used statements saves that work on the hot paths. Statements are only ever used on the one
 * connection, one query at a time (the driver's lock), so a cached statement is never busy when reused.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else {
        statement = database.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

/**
 * SQLite has one connection, which Kysely guards with a lock that wakes every waiter on each release, so
 * under concurrent requests each query costs work proportional to the number waiting and the order is
 * not first come, first served. This queue hands the connection to the next waiter alone, in arrival order.
 */
class FairSqliteDriver extends SqliteDriver {
  #queue: (() => void)[] = [];
  #busy = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#busy) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#busy = true;
    try {
      return await super.acquireConnection();
    } catch (err) {
      // Hand the turn on, or every later query would wait for a connection nobody holds.
      this.#handOn();
      throw err;
    }
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#handOn();
  }

  #handOn() {
    const next = this.#queue.shift();
    if (next) next();
    else this.#busy = false;
  }
}

class FairSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(config: { database: SqliteDatabase }) {
    super(config);
    this.#database = config.database;
  }
  override createDriver(): Driver {
    return new FairSqliteDriver({ database: this.#database });
  }
}

/** Brings the schema to the newest migration; throws with the failing migration's name. */
export async function migrate(storage: Storage): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema it can see; naming ours keeps two
  // Solmu schemas in one PostgreSQL database (tests, staging) from mistaking each other's tables.
  const migrator = new Migrator({
    db: storage.db,
    provider: migrationProvider,
    ...(storage.pgSchema ? { migrationTableSchema: storage.pgSchema } : {}),
  });
  const control = versionControls.get(storage);
  if (control) control.suspended = true;
  const { error, results } = await migrator.migrateToLatest().finally(() => {
    if (control) control.suspended = false;
  });
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "?"} failed: ${String(error)}`);
  }
  const applied = (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
  // A migration may change any data: every cached answer ends, here and on every other instance.
  if (applied.length > 0)
    await sql`insert into data_versions (scope, version) values (${GLOBAL_SCOPE}, 1) on conflict (scope) do update set version = data_versions.version + 1`.execute(
      storage.db,
    );
  return applied;
}

/** Runs a trivial query; used by the health endpoint. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
