import { spawn } from "node:child_process";
import fs from "node:fs";
import SQLite from "better-sqlite3";

/**
 * A consistent copy of the database while the server keeps running.
 * SQLite: the online backup API copies pages under the file lock, so a
 * concurrent writer never leaves the copy half-written. PostgreSQL: pg_dump
 * in custom format, restored with pg_restore.
 */
export async function backupDatabase(input: { sqlitePath?: string; databaseUrl?: string; file: string }): Promise<void> {
  if (input.databaseUrl) {
    await new Promise<void>((resolve, reject) => {
      const child = spawn("pg_dump", ["--format=custom", `--file=${input.file}`, input.databaseUrl as string], {
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.on("error", (err) => reject(new Error(`pg_dump could not start (${err.message}); install the PostgreSQL client`)));
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump exited with ${code}`))));
    });
    return;
  }
  if (!input.sqlitePath || !fs.existsSync(input.sqlitePath)) throw new Error(`No database at ${input.sqlitePath}`);
  const source = new SQLite(input.sqlitePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(input.file);
  } finally {
    source.close();
  }
}

/** Runs SQLite's own integrity check on a file; "ok" when the copy is sound. */
export function sqliteIntegrity(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma("integrity_check", { simple: true }));
  } finally {
    db.close();
  }
}
