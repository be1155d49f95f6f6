import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { linkBase, loadSettings } from "../../src/config/env.ts";
import type { Deps } from "../../src/services/context.ts";
import { createMailer, type OutgoingMail } from "../../src/services/mail.ts";
import { createMetrics } from "../../src/services/metrics.ts";
import { ReadCache } from "../../src/services/readCache.ts";
import { migrate, openStorage } from "../../src/storage/db.ts";

export type DatabaseKind = "sqlite" | "postgres";

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const databases: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

/**
 * A fresh, migrated database of the given kind: a temporary folder for
 * SQLite, a new schema for PostgreSQL. `cleanup` removes it.
 */
export async function freshDeps(
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<Deps & { sentMails: OutgoingMail[]; cleanup: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-test-"));
  const settings = loadSettings({ SOLMU_DATA_DIR: dataDir, LOG_LEVEL: "silent", SEED_DEMO: "false", ...env });
  const logger = pino({ level: "silent" });
  let schema: string | undefined;
  const url = process.env.TEST_DATABASE_URL;
  if (kind === "postgres") {
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
  }
  const storage = openStorage({ databaseUrl: kind === "postgres" ? url : undefined, dataDir, ...(schema ? { pgSchema: schema } : {}) });
  await migrate(storage);
  // Every mail as handed to the mailer, secret links included: the outbox keeps those redacted, so tests read them here
  // as the recipient would from their inbox.
  const sentMails: OutgoingMail[] = [];
  const mailer = createMailer({ smtpUrl: undefined, from: settings.mailFrom, logger });
  const deps: Deps = {
    storage,
    settings: { ...settings, databaseUrl: kind === "postgres" ? url : undefined },
    logger,
    mailer: {
      smtp: mailer.smtp,
      send: (db, mail) => {
        sentMails.push(mail);
        return mailer.send(db, mail);
      },
    },
    metrics: createMetrics(storage),
    readCache: new ReadCache(),
    lifecycle: { draining: false },
    links: { base: linkBase(settings) },
  };
  return {
    ...deps,
    sentMails,
    cleanup: async () => {
      await storage.close();
      if (schema && url) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
