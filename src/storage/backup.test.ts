import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databases } from "../../tests/support/databases.ts";
import { backupDatabase, sqliteIntegrity } from "./backup.ts";

const url = process.env.TEST_DATABASE_URL;

async function sqliteRoundTrip() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-backup-"));
  try {
    const live = path.join(dir, "solmu.sqlite");
    const db = new SQLite(live);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE t (id integer primary key, name text)");
    const insert = db.prepare("INSERT INTO t (name) VALUES (?)");
    for (let i = 1; i <= 500; i++) insert.run(`rivi ${i}`);
    const file = path.join(dir, "copy.sqlite");
    await backupDatabase({ sqlitePath: live, file });
    db.close();
    expect(sqliteIntegrity(file)).toBe("ok");
    const copy = new SQLite(file, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 500 });
    copy.close();
    await expect(backupDatabase({ sqlitePath: path.join(dir, "missing.sqlite"), file })).rejects.toThrow(/No database/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(databases)("backup on %s", (kind) => {
  it("writes a copy that restores with every row", async () => {
    if (kind === "sqlite") {
      await sqliteRoundTrip();
      return;
    }
    const base = new URL(url as string);
    const source = `solmu_bk_${process.pid}`;
    const target = `solmu_rs_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-pgbackup-"));
    try {
      for (const db of [source, target]) {
        await admin.query(`DROP DATABASE IF EXISTS ${db}`);
        await admin.query(`CREATE DATABASE ${db}`);
      }
      const at = (db: string) => Object.assign(new URL(base), { pathname: `/${db}` }).toString();
      const src = new pg.Client({ connectionString: at(source) });
      await src.connect();
      await src.query("CREATE TABLE t (id int primary key, name text)");
      await src.query("INSERT INTO t SELECT g, 'rivi ' || g FROM generate_series(1, 500) g");
      await src.end();

      const file = path.join(dir, "solmu.dump");
      await backupDatabase({ databaseUrl: at(source), file });
      const restore = spawnSync("pg_restore", ["--no-owner", "-d", at(target), file], { encoding: "utf8" });
      expect(restore.status, restore.stderr).toBe(0);
      const dst = new pg.Client({ connectionString: at(target) });
      await dst.connect();
      const r = await dst.query("SELECT count(*)::int AS n, max(name) AS last FROM t");
      await dst.end();
      expect(r.rows[0]).toEqual({ n: 500, last: "rivi 99" });
    } finally {
      for (const db of [source, target]) await admin.query(`DROP DATABASE IF EXISTS ${db}`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
