import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases } from "../../tests/support/databases.ts";
import { type RunningServer, startServer } from "../../tests/support/server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/index.ts";
import { checkDatabase } from "../storage/check.ts";
import { openStorage, type Storage } from "../storage/db.ts";
import { hashSecret, newSecret } from "../storage/ids.ts";
import { insertSession } from "../storage/repos/sessions.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/solmu.js");
/** Enough rows that the import's transaction runs for seconds, so the kill lands inside it. */
const IMPORT_ROWS = 5000;
/** People who answer a survey at once in the burst. */
const BURST = 120;
const RATINGS_PER_ANSWER = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A CSV of new people with tags, as a coordinator would import it. */
const peopleCsv = (prefix: string, count: number) =>
  [
    "name,email,title,competences,languages",
    ...Array.from(
      { length: count },
      (_, i) =>
        `Henkilö ${prefix} ${i},${prefix}-${i}@example.fi,Asiantuntija ${i},"Perhetyö, Ohjaus, Arviointi ${i % 40}","suomi, ruotsi"`,
    ),
  ].join("\n");

/** A browser-like client: the session cookie and the app's Origin on every request. */
function browser(base: () => string, cookie: string) {
  return async (method: string, p: string, body?: unknown, contentType = "application/json") => {
    const res = await fetch(`${base()}${p}`, {
      method,
      headers: { "content-type": contentType, origin: base(), cookie },
      body: body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

describe.each(databases)("crash safety on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let server: RunningServer | undefined;
  let restore: (file: string) => Promise<Record<string, string>>;
  let sqlitePath = "";
  const url = () => server?.url ?? "";

  /** The test's own short-lived connection to the database the server uses. */
  const inspect = async <T>(fn: (storage: Storage) => Promise<T>): Promise<T> => {
    const storage = openStorage({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.SOLMU_DATA_DIR ?? os.tmpdir() });
    try {
      return await fn(storage);
    } finally {
      await storage.close();
    }
  };

  /**
   * True when another connection holds an open write transaction: on SQLite the write lock cannot be taken
   * without waiting, on PostgreSQL a session of this database has a transaction id (it has written something).
   */
  let writing: () => Promise<boolean>;

  beforeAll(async () => {
    if (kind === "postgres") {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      const name = `solmu_crash_${process.pid}`;
      const restored = `solmu_crash_rs_${process.pid}`;
      const at = (db: string) => Object.assign(new URL(process.env.TEST_DATABASE_URL as string), { pathname: `/${db}` }).toString();
      await admin.connect();
      for (const db of [name, restored]) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      env = { DATABASE_URL: at(name) };
      const probe = new pg.Client({ connectionString: env.DATABASE_URL });
      await probe.connect();
      writing = async () => {
        const r = await probe.query(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and backend_xid is not null and pid <> pg_backend_pid()",
        );
        return r.rows[0].n > 0;
      };
      // As docs/deploy.md says: an empty database, then pg_restore.
      restore = async (file) => {
        await admin.query(`CREATE DATABASE ${restored}`);
        const r = spawnSync("pg_restore", ["--no-owner", "-d", at(restored), file], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`pg_restore failed: ${r.stderr}`);
        return { DATABASE_URL: at(restored) };
      };
      cleanup = async () => {
        await probe.end();
        for (const db of [name, restored]) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-crash-"));
      const dataDir = path.join(dir, "data");
      env = { SOLMU_DATA_DIR: dataDir, DATABASE_URL: "" };
      sqlitePath = path.join(dataDir, "solmu.sqlite");
      let probe: SQLite.Database | undefined;
      writing = async () => {
        probe ??= new SQLite(sqlitePath, { fileMustExist: true });
        probe.pragma("busy_timeout = 0");
        try {
          probe.exec("BEGIN IMMEDIATE");
        } catch (err) {
          if ((err as { code?: string }).code === "SQLITE_BUSY") return true;
          throw err;
        }
        probe.exec("ROLLBACK");
        return false;
      };
      // As the README says: the copy becomes solmu.sqlite of a data folder of its own.
      restore = async (file) => {
        const restoredDir = path.join(dir, "restored");
        fs.mkdirSync(restoredDir);
        fs.copyFileSync(file, path.join(restoredDir, "solmu.sqlite"));
        return { SOLMU_DATA_DIR: restoredDir, DATABASE_URL: "" };
      };
      cleanup = async () => {
        probe?.close();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    }
    // The first start seeds the small demo into the empty database; restarts find it there.
    server = await startServer(env);
  }, 120_000);
  afterAll(async () => {
    await server?.kill("SIGKILL");
    await cleanup?.();
  });

  /** SIGKILL (no shutdown of any kind), then a new process on the same database. */
  const crashAndRestart = async () => {
    await server?.kill("SIGKILL");
    server = await startServer(env);
  };

  const expectConsistent = async () => {
    const report = await inspect(checkDatabase);
    expect(report.findings.filter((f) => !f.ok)).toEqual([]);
  };

  let coordinator: ReturnType<typeof browser>;
  let coordinatorCookie = "";
  let networkId = "";

  const peopleCount = () =>
    inspect(async ({ db }) => {
      const members = await db
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("network_id", "=", networkId)
        .executeTakeFirstOrThrow();
      const imported = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("email", "like", "crash-import-%")
        .executeTakeFirstOrThrow();
      return { members: Number(members.n), imported: Number(imported.n) };
    });

  it("keeps a CSV import whole or not at all when the server is killed in the middle of it", async () => {
    const login = await fetch(`${url()}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url() },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    coordinatorCookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    coordinator = browser(url, coordinatorCookie);
    const me = await coordinator("GET", "/api/me");
    networkId = me.body.networks.find((n: { role: string }) => n.role === "coordinator").id;

    const before = await peopleCount();
    const request = fetch(`${url()}/api/networks/${networkId}/people/import`, {
      method: "POST",
      headers: { "content-type": "text/csv", origin: url(), cookie: coordinatorCookie },
      body: peopleCsv("crash-import", IMPORT_ROWS),
    }).then(
      (res) => ({ answered: res.status }),
      () => ({ answered: null }),
    );
    // Short writes (a session touched, a job's row) hold the write lock for a moment; the import holds it throughout.
    let streak = 0;
    const deadline = Date.now() + 30_000;
    while (streak < 3 && Date.now() < deadline) {
      streak = (await writing()) ? streak + 1 : 0;
      await sleep(30);
    }
    expect(streak, "the import's write transaction was seen").toBe(3);
    await crashAndRestart();
    expect((await request).answered, "the import was never acknowledged").toBeNull();

    const after = await peopleCount();
    // All or nothing: a commit that beat the kill by a hair would be whole, never part of the file.
    expect([before.members, before.members + IMPORT_ROWS]).toContain(after.members);
    expect([0, IMPORT_ROWS]).toContain(after.imported);
    expect(after.members - before.members).toBe(after.imported);
    await expectConsistent();
  }, 60_000);

  /** Signed-in sessions for the burst's people, written the way sign-in writes them (sign-in itself is argon2-slow on purpose). */
  const sessionsFor = (emails: string[]) =>
    inspect(async ({ db }) => {
      const users = await db.selectFrom("users").select(["id", "email"]).where("email", "in", emails).execute();
      const cookies = new Map<string, string>();
      for (const u of users) {
        const secret = newSecret();
        await insertSession(db, { idHash: hashSecret(secret), userId: u.id, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
        cookies.set(u.email, `solmu_session=${secret}`);
      }
      return cookies;
    });

  /** A full answer: self-commitment and ratings of the first few others, values that tell whose answer it is. */
  const answer = (i: number, targets: string[]) => ({
    version: null,
    submit: true,
    ratings: targets.slice(0, RATINGS_PER_ANSWER).map((targetId, k) => ({
      targetId,
      knowing: (i + k) % 4,
      goodwill: 1 + ((i + k) % 5),
      competence: 3,
      vulnerability: null,
      consistency: 4,
      commitment: 2,
      frequency: (i + k) % 5,
    })),
    selfCommitment: { autonomy: 1 + (i % 5), meaningfulness: 4, connectedness: 3 },
    barriers: ["time"],
    barriersText: `este ${i}`,
    enablers: [],
    enablersText: "",
    networkType: null,
  });

  /**
   * Opens a round for everyone in the network now (the people to answer must be members before this) and
   * picks the demo's people for everyone to rate, so nobody is asked to rate themselves.
   */
  const openRound = async (title: string) => {
    const r = await coordinator("POST", `/api/networks/${networkId}/surveys`, {
      title,
      level: "person",
      opensOn: today(),
      closesOn: inDays(14),
      audience: "all",
    });
    expect(r.status).toBe(201);
    const targets = await coordinator("GET", `/api/networks/${networkId}/surveys/${r.body.id}/targets`);
    const demoPeople = (targets.body.items as { id: string; name: string }[]).filter((t) => !t.name.startsWith("Henkilö crash"));
    return { roundId: r.body.id as string, targets: demoPeople.map((t) => t.id) };
  };

  /** What is stored for a round: each answer by e-mail with its state, version, self-commitment, barrier text and number of ratings. */
  const storedAnswers = async (roundId: string, storage?: Storage) => {
    const read = async ({ db }: Storage) => {
      const answers = await db
        .selectFrom("survey_responses as r")
        .innerJoin("memberships as m", "m.id", "r.membership_id")
        .innerJoin("users as u", "u.id", "m.user_id")
        .select(["r.id", "u.email", "r.status", "r.version", "r.self_autonomy", "r.barriers_text"])
        .where("r.round_id", "=", roundId)
        .execute();
      const ratings = await db
        .selectFrom("survey_ratings as s")
        .innerJoin("survey_responses as r", "r.id", "s.response_id")
        .select(["s.response_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("r.round_id", "=", roundId)
        .groupBy("s.response_id")
        .execute();
      const counts = new Map(ratings.map((x) => [x.response_id, Number(x.n)]));
      return answers.map((a) => ({ ...a, ratings: counts.get(a.id) ?? 0 }));
    };
    return storage ? read(storage) : inspect(read);
  };

  let burstPeople: string[] = [];

  it("keeps every acknowledged survey answer, whole and once, when the server is killed in the middle of a burst", async () => {
    // The burst's people join through an import that runs to the end.
    const imported = await coordinator("POST", `/api/networks/${networkId}/people/import`, peopleCsv("crash-burst", BURST), "text/csv");
    expect(imported.status).toBe(200);
    expect(imported.body.written).toBe(true);
    burstPeople = Array.from({ length: BURST }, (_, i) => `crash-burst-${i}@example.fi`);
    const { roundId, targets } = await openRound("Kaatumistesti");
    const cookies = await sessionsFor(burstPeople);

    const acknowledged = new Set<string>();
    const unexpected: number[] = [];
    const requests = burstPeople.map((email, i) => {
      const call = browser(url, cookies.get(email) as string);
      return call("PUT", `/api/networks/${networkId}/surveys/${roundId}/response`, answer(i, targets)).then(
        (r) => {
          if (r.status === 200) acknowledged.add(email);
          else unexpected.push(r.status);
        },
        () => undefined,
      );
    });
    const deadline = Date.now() + 30_000;
    while (acknowledged.size < BURST / 4 && Date.now() < deadline) await sleep(5);
    const atKill = acknowledged.size;
    await crashAndRestart();
    await Promise.all(requests);
    expect(unexpected).toEqual([]);
    expect(atKill).toBeGreaterThan(0);
    expect(acknowledged.size, "some answers were still in flight when the server died").toBeLessThan(BURST);

    const stored = await storedAnswers(roundId);
    const byEmail = new Map(stored.map((s) => [s.email, s]));
    // None twice.
    expect(byEmail.size).toBe(stored.length);
    for (const email of acknowledged) {
      const i = burstPeople.indexOf(email);
      expect(byEmail.get(email), email).toMatchObject({ status: "submitted", self_autonomy: 1 + (i % 5), barriers_text: `este ${i}` });
    }
    // Acknowledged or not, whatever was stored is a whole answer with every rating.
    for (const s of stored) {
      if (!s.email.startsWith("crash-burst-")) continue;
      expect(s.ratings, s.email).toBe(RATINGS_PER_ANSWER);
      expect(s.status).toBe("submitted");
    }
    await expectConsistent();
  }, 60_000);

  it("takes a backup while the server takes writes, and the restored copy passes the check with every earlier write", async () => {
    const { roundId, targets } = await openRound("Varmuuskopiotesti");
    const cookies = await sessionsFor(burstPeople);
    // The latest acknowledged version of each person's answer, and how many saves were acknowledged in all.
    const versions = new Map<string, number>();
    let saves = 0;
    let stop = false;
    // Four people answer at a time; once everyone has answered, they save their answers again, until told to stop.
    const writer = async (lane: number) => {
      for (let n = 0; !stop; n++) {
        const i = (lane + 4 * n) % burstPeople.length;
        const email = burstPeople[i] as string;
        const r = await browser(url, cookies.get(email) as string)("PUT", `/api/networks/${networkId}/surveys/${roundId}/response`, {
          ...answer(i, targets),
          version: versions.get(email) ?? null,
        });
        if (r.status !== 200) throw new Error(`saving ${email}'s answer answered ${r.status}: ${JSON.stringify(r.body)}`);
        versions.set(email, r.body.response.version);
        saves++;
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer)).finally(() => {
      stop = true;
    });
    const deadline = Date.now() + 20_000;
    while (versions.size < 10 && !stop && Date.now() < deadline) await sleep(10);
    const beforeBackup = new Map(versions);
    const savesBefore = saves;
    expect(beforeBackup.size).toBeGreaterThanOrEqual(10);

    const file = path.join(os.tmpdir(), `solmu-crash-${process.pid}-${kind}.backup`);
    try {
      const backup = spawn(process.execPath, [bin, "backup", file], {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: "warn", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      backup.stdout.on("data", (d) => {
        output += String(d);
      });
      backup.stderr.on("data", (d) => {
        output += String(d);
      });
      const code = await new Promise<number | null>((r) => backup.on("exit", r));
      expect(code, output).toBe(0);
      const duringBackup = saves - savesBefore;
      stop = true;
      await writers;
      expect(duringBackup, "the server kept taking writes while the backup ran").toBeGreaterThan(0);

      const restored = await restore(file);
      const check = spawnSync(process.execPath, [bin, "check"], {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: "warn", ...restored },
        encoding: "utf8",
      });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain("migrations_applied");

      const copy = openStorage({ databaseUrl: restored.DATABASE_URL || undefined, dataDir: restored.SOLMU_DATA_DIR ?? os.tmpdir() });
      try {
        const stored = new Map((await storedAnswers(roundId, copy)).map((s) => [s.email, s]));
        for (const [email, version] of beforeBackup) {
          const copied = stored.get(email);
          expect(copied, email).toMatchObject({ status: "submitted", ratings: RATINGS_PER_ANSWER });
          expect(copied?.version, email).toBeGreaterThanOrEqual(version);
        }
      } finally {
        await copy.close();
      }
    } finally {
      stop = true;
      fs.rmSync(file, { force: true });
    }
  }, 60_000);
});
