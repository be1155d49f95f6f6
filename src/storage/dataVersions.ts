import { AsyncLocalStorage } from "node:async_hooks";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type OperationNode,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

// Decision 022: every committed write bumps a counter in data_versions, in the write's own transaction, for the
// scope of what it can change: one network's pages, the sessions, or everything. The read cache keeps an answer
// under the counters it depends on, so a write in one network leaves the other networks' answers standing.

/** Writes outside any one network (accounts, memberships, anything unlisted) end every cached answer. */
export const GLOBAL_SCOPE = "*";
/** Sessions and tokens: only the cached sessions depend on them. */
export const SESSIONS_SCOPE = "sessions";
export const networkScope = (networkId: string) => `network:${networkId}`;

/**
 * Tables whose every row is one network's, through a network_id of its own or its parent's, and which no other
 * network's pages read. A write to one of them in a request to that network's routes changes that network's
 * answers only. A table not listed here counts as global, which is never stale, only slower: a new table may
 * join the list once its rows and readers are known to stay within one network.
 */
const NETWORK_TABLES = new Set([
  "networks",
  "memberships",
  "organisations",
  "organisation_representatives",
  "cycles",
  "cycle_phases",
  "phase_evaluations",
  "invitations",
  "person_tags",
  "photos",
  "history_entries",
  "history_participants",
  "gaps",
  "goals",
  "goal_owners",
  "network_type_assessments",
  "on_behalf_checks",
  "governance_diagnoses",
  "agreement_sections",
  "agreement_revisions",
  "agreement_comments",
  "agreement_versions",
  "agreement_approvals",
  "decisions",
  "decision_rules",
  "polls",
  "poll_options",
  "poll_audience",
  "poll_ballots",
  "poll_votes",
  "events",
  "promises",
  "promise_changes",
  "promise_factors",
  "survey_rounds",
  "survey_invitees",
  "survey_responses",
  "survey_ratings",
  "survey_analyses",
  "released_summaries",
  "meeting_methods",
  "meetings",
  "meeting_participants",
  "meeting_minutes",
  "agenda_blocks",
  "seating_plans",
  "meeting_feedback",
  "open_space_slots",
  "open_space_spaces",
  "open_space_sessions",
  "open_space_presence",
  "activities",
  "indicators",
  "indicator_measurements",
  "evaluation_rounds",
  "evaluation_questions",
  "evaluation_responses",
  "evaluation_goal_ratings",
  "evaluation_answers",
  "publications",
  "news_items",
  "good_practices",
  "audit_events",
  "attachments",
  "attachment_contents",
  "webhooks",
  "webhook_events",
  "webhook_deliveries",
]);

/** Tables the cached sessions read, and that no cached answer reads. */
const SESSION_TABLES = new Set(["sessions", "api_tokens", "login_attempts"]);

/**
 * Columns of a network's table that other networks' pages read: the directory tells whether a person also
 * belongs to another network (memberships.user_id and network_id), so adding, removing or moving a membership,
 * and adding or removing a network with its memberships, is global.
 */
const SEEN_FROM_OTHER_NETWORKS: Record<string, string[]> = {
  memberships: ["user_id", "network_id"],
  networks: ["id"],
};

/** The network whose routes are being answered: its tables' writes are that network's (set by the network guard). */
const currentNetwork = new AsyncLocalStorage<string>();

/** Runs `fn` with the writes to network tables counted as the given network's. */
export const withNetworkScope = <T>(networkId: string, fn: () => Promise<T>): Promise<T> => currentNetwork.run(networkId, fn);

const nameOf = (node: OperationNode | undefined): string | undefined => {
  if (!node) return undefined;
  const n = node as { kind: string; table?: { identifier?: { name?: string } }; node?: OperationNode };
  if (n.kind === "TableNode") return n.table?.identifier?.name;
  if (n.kind === "AliasNode") return nameOf(n.node);
  return undefined;
};

const columnsSet = (node: { updates?: readonly { column: OperationNode }[] }) =>
  (node.updates ?? []).map((u) => (u.column as { column?: { name?: string } }).column?.name ?? "?");

/** The scope one written table's change belongs to. */
function scopeOf(table: string | undefined, kind: string, setColumns: string[]): string {
  if (table === undefined) return GLOBAL_SCOPE;
  if (SESSION_TABLES.has(table)) return SESSIONS_SCOPE;
  const network = currentNetwork.getStore();
  if (network === undefined || !NETWORK_TABLES.has(table)) return GLOBAL_SCOPE;
  const seen = SEEN_FROM_OTHER_NETWORKS[table];
  if (seen && (kind !== "UpdateQueryNode" || setColumns.some((c) => seen.includes(c)))) return GLOBAL_SCOPE;
  return networkScope(network);
}

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);
/**
 * Raw statements known to change no data; any other raw statement counts as a global write. Pragmas set the
 * connection (foreign keys, the journal) and must not be wrapped in a transaction, where SQLite ignores some of them.
 */
const RAW_READ = /^\s*(select|explain|show|analyze|pragma)\b/i;
const RAW_WRITE_WORD = /\b(insert|update|delete|merge)\b/i;
/** A bump itself (bumpStatement, or migrate's after the migrations) is not a change to be counted again. */
const RAW_BUMP =
  /^insert into data_versions \(scope, version\) values [^;]* on conflict \(scope\) do update set version = data_versions\.version \+ 1$/;

/** The scopes a statement may change, or an empty list when it reads only. */
export function scopesOfStatement(query: CompiledQuery): string[] {
  const node = query.query as OperationNode & Record<string, unknown>;
  if (node.kind === "RawNode") {
    if (RAW_BUMP.test(query.sql)) return [];
    return RAW_READ.test(query.sql) && !RAW_WRITE_WORD.test(query.sql) ? [] : [GLOBAL_SCOPE];
  }
  const scopes: string[] = [];
  const visit = (n: OperationNode & Record<string, unknown>) => {
    const ctes = (n.with as { expressions?: { expression: OperationNode }[] } | undefined)?.expressions ?? [];
    for (const cte of ctes) visit(cte.expression as OperationNode & Record<string, unknown>);
    if (!WRITES.has(n.kind)) return;
    const tables =
      n.kind === "DeleteQueryNode"
        ? ((n.from as { froms?: OperationNode[] } | undefined)?.froms ?? []).map(nameOf)
        : [nameOf((n.into ?? n.table) as OperationNode | undefined)];
    for (const table of tables.length ? tables : [undefined])
      scopes.push(scopeOf(table, n.kind, columnsSet(n as { updates?: { column: OperationNode }[] })));
  };
  if (node.kind === "SelectQueryNode" || WRITES.has(node.kind)) visit(node);
  // Schema changes and anything else unforeseen: never stale, at the price of ending every answer.
  else scopes.push(GLOBAL_SCOPE);
  return scopes;
}

/** Adds one to each scope's counter; scopes in one order, so that two transactions never wait for each other's. */
export function bumpStatement(scopes: Iterable<string>): CompiledQuery {
  const sorted = [...new Set(scopes)].sort();
  return CompiledQuery.raw(
    `insert into data_versions (scope, version) values ${sorted.map(() => "(?, 1)").join(", ")} on conflict (scope) do update set version = data_versions.version + 1`,
    sorted,
  );
}

/** What the versioning driver is told from outside: while migrating, the table it writes may not exist yet. */
export interface VersionControl {
  suspended: boolean;
}

/**
 * A statement's parameters as the dialect numbers them: PostgreSQL's $1, $2… where SQLite takes `?`. The bump and
 * the read of the counters are the only SQL written here by hand.
 */
const forDialect = (query: CompiledQuery, numbered: boolean): CompiledQuery => {
  if (!numbered) return query;
  let i = 0;
  return CompiledQuery.raw(
    query.sql.replace(/\?/g, () => `$${++i}`),
    [...query.parameters],
  );
};

interface Tracked {
  inner: DatabaseConnection;
  /** Scopes written in the open transaction; undefined outside one. */
  pending: Set<string> | undefined;
}

class VersionedConnection implements DatabaseConnection {
  constructor(
    readonly state: Tracked,
    readonly driver: VersionedDriver,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { inner, pending } = this.state;
    const scopes = this.driver.control.suspended ? [] : scopesOfStatement(query);
    if (scopes.length === 0) return inner.executeQuery<R>(query);
    if (pending) {
      const result = await inner.executeQuery<R>(query);
      if (changedRows(result)) for (const s of scopes) pending.add(s);
      return result;
    }
    // A statement on its own is given a transaction of its own, so that its counters commit with it.
    await inner.executeQuery(CompiledQuery.raw("begin"));
    try {
      const result = await inner.executeQuery<R>(query);
      if (changedRows(result)) await inner.executeQuery(this.driver.bump(scopes));
      await inner.executeQuery(CompiledQuery.raw("commit"));
      return result;
    } catch (err) {
      await inner.executeQuery(CompiledQuery.raw("rollback"));
      throw err;
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (!this.driver.control.suspended && scopesOfStatement(query).length > 0)
      throw new Error("Writes are not streamed: their data versions would not be bumped");
    return this.state.inner.streamQuery<R>(query, chunkSize);
  }
}

/** Whether a write changed anything: one that matched no row changes no answer (RETURNING rows count as changed). */
const changedRows = (result: QueryResult<unknown>) =>
  result.numAffectedRows === undefined || result.numAffectedRows > 0n || result.rows.length > 0;

class VersionedDriver implements Driver {
  readonly #numbered: boolean;
  constructor(
    readonly inner: Driver,
    readonly control: VersionControl,
    numbered: boolean,
  ) {
    this.#numbered = numbered;
  }

  bump(scopes: Iterable<string>) {
    return forDialect(bumpStatement(scopes), this.#numbered);
  }

  init() {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new VersionedConnection({ inner: await this.inner.acquireConnection(), pending: undefined }, this);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const c = connection as VersionedConnection;
    await this.inner.beginTransaction(c.state.inner, settings);
    c.state.pending = new Set();
  }

  async commitTransaction(connection: DatabaseConnection) {
    const c = connection as VersionedConnection;
    const pending = c.state.pending;
    c.state.pending = undefined;
    // Last, just before the commit: a counter's row is locked from its bump to the commit, so this keeps that short.
    // Should the bump fail, Kysely rolls the transaction back, and the data with it.
    if (pending?.size) await c.state.inner.executeQuery(this.bump(pending));
    await this.inner.commitTransaction(c.state.inner);
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    const c = connection as VersionedConnection;
    c.state.pending = undefined;
    await this.inner.rollbackTransaction(c.state.inner);
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    return this.#savepoints("savepoint")(connection, name, compile);
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    // What was written before the savepoint stays pending; a bump too many ends answers, it never keeps a stale one.
    return this.#savepoints("rollbackToSavepoint")(connection, name, compile);
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    return this.#savepoints("releaseSavepoint")(connection, name, compile);
  }

  #savepoints(method: "savepoint" | "rollbackToSavepoint" | "releaseSavepoint") {
    const forward = this.inner[method]?.bind(this.inner);
    if (!forward) throw new Error(`The database driver has no ${method}`);
    return (connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) =>
      forward((connection as VersionedConnection).state.inner, name, compile);
  }

  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection((connection as VersionedConnection).state.inner);
  }

  destroy() {
    return this.inner.destroy();
  }
}

/** The dialect with every committed write bumping its scopes' counters in the same transaction. */
export function versionedDialect(dialect: Dialect, control: VersionControl, numbered: boolean): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new VersionedDriver(dialect.createDriver(), control, numbered),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
