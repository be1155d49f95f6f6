import pino from "pino";
import type { Settings } from "../config/env.ts";
import { linkBase } from "../config/env.ts";
import { migrate, openStorage } from "../storage/db.ts";
import type { Deps } from "./context.ts";
import { createMailer } from "./mail.ts";
import { createMetrics } from "./metrics.ts";
import { ReadCache } from "./readCache.ts";
import { setAnalysisWorkers } from "./snaRunner.ts";

/** Opens the database, brings its schema up to date and wires the services' dependencies. */
export async function createDeps(settings: Settings, options: { pgSchema?: string } = {}): Promise<Deps> {
  const logger = pino({
    level: settings.logLevel,
    base: { app: "solmu" },
    redact: {
      // Secrets and personal data never reach the logs, wherever they appear in a logged object.
      paths: ["password", "*.password", "token", "*.token", "email", "*.email", "cookie", "*.cookie", "authorization", "*.authorization"],
      censor: "[hidden]",
    },
  });
  const storage = openStorage({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, ...options });
  await migrate(storage);
  const mailer = createMailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, logger });
  setAnalysisWorkers(settings.workers);
  return {
    storage,
    settings,
    mailer,
    logger,
    metrics: createMetrics(storage),
    readCache: new ReadCache(),
    lifecycle: { draining: false },
    links: { base: linkBase(settings) },
  };
}
