import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadSettings } from "../config/env.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/index.ts";
import { createApp } from "../http/app.ts";
import { createDeps } from "../services/index.ts";
import { sqliteIntegrity } from "../storage/backup.ts";
import { main } from "./main.ts";

/** Runs `solmu …` in-process and returns its exit code and what it printed. */
async function solmu(args: string[]) {
  const out: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const err = vi.spyOn(console, "error").mockImplementation((...a) => void out.push(a.join(" ")));
  try {
    const code = await main(args);
    return { code, output: out.join("\n") };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe("the solmu command (SQLite)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-cli-"));
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.SOLMU_DATA_DIR = dir;
    process.env.LOG_LEVEL = "silent";
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints help listing every command", async () => {
    const r = await solmu(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["serve", "migrate", "seed-demo", "user create", "token create", "backup", "check"]) expect(r.output).toContain(c);
    expect((await solmu(["frobnicate"])).code).toBe(2);
  });

  it("migrates, creates an admin, and prints a working API token", async () => {
    expect((await solmu(["migrate"])).code).toBe(0);
    const bad = await solmu(["user", "create", "--email", "not-an-email", "--name", "X", "--password", "short"]);
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--email: Enter a valid e-mail address/);
    expect(bad.output).toMatch(/--password: At least 10 characters/);
    const ok = await solmu([
      "user",
      "create",
      "--email",
      "Paakayttaja@Example.fi",
      "--name",
      "Pääkäyttäjä",
      "--password",
      "pitkä salasana 42",
      "--admin",
    ]);
    expect(ok.code).toBe(0);
    const token = await solmu(["token", "create", "--email", "paakayttaja@example.fi"]);
    expect(token.code).toBe(0);
    const deps = await createDeps(loadSettings());
    try {
      const res = await createApp(deps).request("http://localhost/api/me", { headers: { authorization: `Bearer ${token.output.trim()}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { isAdmin: boolean }).isAdmin).toBe(true);
    } finally {
      await deps.storage.close();
    }
    expect((await solmu(["token", "create", "--email", "nobody@example.fi"])).code).toBe(1);
  });

  it("seeds the demo only into an empty database, lists every demo account, and rejects an unknown size", async () => {
    expect((await solmu(["seed-demo", "--size", "huge"])).code).toBe(2);
    expect((await solmu(["seed-demo"])).code).toBe(1);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-cli-demo-"));
    process.env.SOLMU_DATA_DIR = empty;
    try {
      const seeded = await solmu(["seed-demo"]);
      expect(seeded.code).toBe(0);
      for (const email of Object.values(DEMO_ACCOUNTS)) expect(seeded.output).toContain(email);
      expect(seeded.output).toContain(DEMO_PASSWORD);
    } finally {
      process.env.SOLMU_DATA_DIR = dir;
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("takes a consistent backup while another process keeps writing, and the copy restores", async () => {
    const live = path.join(dir, "solmu.sqlite");
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const D=require("better-sqlite3");const db=new D(${JSON.stringify(live)});db.pragma("busy_timeout=5000");
         const ins=db.prepare("insert into outbox (id,kind,to_email,subject,body,created_at) values (?,?,?,?,?,?)");
         const end=Date.now()+1500;let i=0;while(Date.now()<end){ins.run("w"+(i++),"test","a@b.fi","s","b".repeat(500),new Date().toISOString());}
         console.log(i);`,
      ],
      { cwd: path.resolve(import.meta.dirname, "../..") },
    );
    let written = "";
    writer.stdout.on("data", (d) => {
      written += String(d);
    });
    const done = new Promise((resolve) => writer.on("exit", resolve));
    await new Promise((r) => setTimeout(r, 300));
    const file = path.join(dir, "backup.sqlite");
    const r = await solmu(["backup", file]);
    expect(r.code).toBe(0);
    await done;
    expect(Number(written)).toBeGreaterThan(0);
    expect(sqliteIntegrity(file)).toBe("ok");
    const copy = new SQLite(file, { readonly: true });
    const copied = (copy.prepare("select count(*) n from outbox").get() as { n: number }).n;
    copy.close();
    expect(copied).toBeLessThanOrEqual(Number(written));

    // Restore as the README says: stop the server, put the copy in place of solmu.sqlite, start again.
    const restoreDir = path.join(dir, "restored");
    fs.mkdirSync(restoreDir);
    fs.copyFileSync(file, path.join(restoreDir, "solmu.sqlite"));
    const deps = await createDeps(loadSettings({ SOLMU_DATA_DIR: restoreDir, LOG_LEVEL: "silent" }));
    try {
      const health = await createApp(deps).request("http://localhost/api/health");
      expect(await health.json()).toMatchObject({ status: "ok", database: "sqlite" });
      const users = await deps.storage.db.selectFrom("users").select("email").execute();
      expect(users.map((u) => u.email)).toContain("paakayttaja@example.fi");
    } finally {
      await deps.storage.close();
    }
  });

  it("checks the database: exit code 0 when sound, 1 naming the broken rule and the row", async () => {
    const ok = await solmu(["check"]);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toMatch(/^ok {4}sqlite_integrity: /m);
    expect(ok.output).toContain("The sqlite database is consistent.");

    // A network without anyone to coordinate it, as a creation cut in half would leave it.
    const db = new SQLite(path.join(dir, "solmu.sqlite"));
    const now = new Date().toISOString();
    db.prepare(
      "insert into networks (id, name, purpose, network_type, governance, created_at, updated_at) values ('orpo', 'Orpo', '', 'chaotic', '', ?, ?)",
    ).run(now, now);
    try {
      const bad = await solmu(["check"]);
      expect(bad.code).toBe(1);
      expect(bad.output).toMatch(/^FAIL {2}network_coordinator: every network has at least one coordinator\n {8}orpo$/m);
      expect(bad.output).toContain("check(s) failed.");
    } finally {
      db.prepare("delete from networks where id = 'orpo'").run();
      db.close();
    }

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-cli-empty-"));
    process.env.SOLMU_DATA_DIR = empty;
    try {
      const missing = await solmu(["check"]);
      expect(missing.code).toBe(1);
      expect(missing.output).toContain("No database at");
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      process.env.SOLMU_DATA_DIR = dir;
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
