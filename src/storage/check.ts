import { type RawBuilder, sql } from "kysely";
import { sqliteIntegrity } from "./backup.ts";
import type { Db, Storage } from "./db.ts";
import { migrations } from "./migrations/index.ts";

/** The outcome of one consistency rule: what it checks, and the rows (ids) that break it. */
export interface CheckFinding {
  name: string;
  description: string;
  ok: boolean;
  /** Offending rows (ids or short descriptions), at most PROBLEMS_SHOWN of them. */
  problems: string[];
  /** True when there were more offending rows than `problems` holds. */
  more: boolean;
}

export interface CheckReport {
  ok: boolean;
  findings: CheckFinding[];
}

/** Enough rows to tell an operator where to look, without printing a whole broken table. */
export const PROBLEMS_SHOWN = 20;

interface Rule {
  name: string;
  description: string;
  /** Rows that break the rule, as `subject` strings; the rule holds when there are none. */
  query: RawBuilder<{ subject: string }>;
}

/*
 * Solmu's own invariants: things the schema cannot say but every multi-step
 * write keeps, so a write cut in half (or a bad restore) shows up here. The
 * SQL is portable between SQLite and PostgreSQL on purpose: one rule, both databases.
 */
const RULES: Rule[] = [
  {
    name: "network_coordinator",
    description: "every network has at least one coordinator",
    query: sql`select n.id as subject from networks n
      where not exists (select 1 from memberships m where m.network_id = n.id and m.role = 'coordinator')`,
  },
  {
    name: "network_open_cycle",
    description: "every network has exactly one open cycle (closing a cycle starts the next)",
    query: sql`select n.id as subject from networks n
      where (select count(*) from cycles c where c.network_id = n.id and c.closed_at is null) <> 1`,
  },
  {
    name: "membership_search_text",
    description: "every membership is findable in the directory (its search text is written)",
    query: sql`select m.id as subject from memberships m where m.search_text is null`,
  },
  {
    name: "membership_organisation",
    description: "a membership's organisation belongs to the same network",
    query: sql`select m.id as subject from memberships m join organisations o on o.id = m.organisation_id
      where o.network_id <> m.network_id`,
  },
  {
    name: "person_tag_network",
    description: "a person's tags are filed under the network of their membership",
    query: sql`select t.membership_id as subject from person_tags t join memberships m on m.id = t.membership_id
      where t.network_id <> m.network_id`,
  },
  {
    name: "survey_response_unique",
    description: "one survey answer per person and round",
    query: sql`select round_id || ' ' || membership_id as subject from survey_responses
      group by round_id, membership_id having count(*) > 1`,
  },
  {
    name: "survey_response_respondent",
    description: "every survey answer is by someone of the round's network who was asked",
    query: sql`select r.id as subject from survey_responses r
      join survey_rounds o on o.id = r.round_id
      join memberships m on m.id = r.membership_id
      where m.network_id <> o.network_id
        or not exists (select 1 from survey_invitees i where i.round_id = r.round_id and i.membership_id = r.membership_id)`,
  },
  {
    name: "survey_response_state",
    description: "a submitted survey answer has its time and every self-commitment answer; a draft has no submission time",
    query: sql`select r.id as subject from survey_responses r
      where r.status not in ('draft', 'submitted')
        or (r.status = 'draft' and r.submitted_at is not null)
        or (r.status = 'submitted' and (r.submitted_at is null or r.self_autonomy is null
          or r.self_meaningfulness is null or r.self_connectedness is null))`,
  },
  {
    name: "survey_rating_target",
    description: "each survey rating rates exactly one person or one organisation, as its round's level says",
    query: sql`select s.response_id as subject from survey_ratings s
      join survey_responses r on r.id = s.response_id
      join survey_rounds o on o.id = r.round_id
      where not ((o.level = 'person' and s.target_membership_id is not null and s.target_organisation_id is null)
        or (o.level = 'organisation' and s.target_organisation_id is not null and s.target_membership_id is null))`,
  },
  {
    name: "survey_rating_unique",
    description: "a survey answer rates each person or organisation once",
    query: sql`select response_id as subject from survey_ratings
      group by response_id, target_membership_id, target_organisation_id having count(*) > 1`,
  },
  {
    name: "survey_purge_complete",
    description: "a round whose raw answers were deleted has its frozen figures and no answers or invitations left",
    query: sql`select o.id as subject from survey_rounds o
      where o.answers_purged_at is not null
        and (o.frozen_results is null
          or exists (select 1 from survey_responses r where r.round_id = o.id)
          or exists (select 1 from survey_invitees i where i.round_id = o.id))`,
  },
  {
    name: "promise_history",
    description: "every promise has its history, starting with the change that made it",
    query: sql`select p.id as subject from promises p where not exists (select 1 from promise_changes c where c.promise_id = p.id)`,
  },
];

const finding = (name: string, description: string, problems: string[]): CheckFinding => ({
  name,
  description,
  ok: problems.length === 0,
  problems: problems.slice(0, PROBLEMS_SHOWN),
  more: problems.length > PROBLEMS_SHOWN,
});

/** A rule that cannot even be evaluated (a missing table, a corrupt page) is a failed rule, named with the reason. */
async function evaluate(name: string, description: string, run: () => Promise<string[]>): Promise<CheckFinding> {
  try {
    return finding(name, description, await run());
  } catch (err) {
    return finding(name, description, [`could not be checked: ${err instanceof Error ? err.message : String(err)}`]);
  }
}

async function migrationProblems(db: Db): Promise<string[]> {
  let applied: string[];
  try {
    const r = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = r.rows.map((row) => row.name);
  } catch {
    // No bookkeeping table: nothing was ever migrated here.
    applied = [];
  }
  const known = Object.keys(migrations);
  return [
    ...known.filter((m) => !applied.includes(m)).map((m) => `not applied: ${m}`),
    // A migration this version does not know means a newer Solmu wrote the database; this one must not serve it.
    ...applied.filter((m) => !known.includes(m)).map((m) => `unknown to this version: ${m}`),
  ];
}

async function foreignKeyProblems(db: Db): Promise<string[]> {
  const r = await sql<{ table: string; rowid: number | null; parent: string }>`pragma foreign_key_check`.execute(db);
  return r.rows.map((row) => `${row.table} row ${row.rowid ?? "?"} points to a missing ${row.parent} row`);
}

/**
 * Checks a Solmu database without changing it: on SQLite its own integrity
 * and foreign-key checks, then on either database that every migration is
 * applied and Solmu's invariants hold. Run after a crash or a restore.
 */
export async function checkDatabase(storage: Storage): Promise<CheckReport> {
  const { db } = storage;
  const findings: CheckFinding[] = [];
  if (storage.kind === "sqlite" && storage.sqlitePath) {
    const file = storage.sqlitePath;
    findings.push(
      await evaluate("sqlite_integrity", "SQLite's own integrity check of every page and index", async () => {
        const result = sqliteIntegrity(file);
        return result === "ok" ? [] : result.split("\n");
      }),
    );
    findings.push(await evaluate("sqlite_foreign_keys", "every reference points to an existing row", () => foreignKeyProblems(db)));
  }
  findings.push(
    await evaluate("migrations_applied", "every migration of this version is applied, and no unknown one", () => migrationProblems(db)),
  );
  for (const rule of RULES) {
    findings.push(
      await evaluate(rule.name, rule.description, async () => (await rule.query.execute(db)).rows.map((row) => String(row.subject))),
    );
  }
  return { ok: findings.every((f) => f.ok), findings };
}
