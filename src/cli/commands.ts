import fs from "node:fs";
import path from "node:path";
import { serve } from "@hono/node-server";
import { linkBase, type Settings } from "../config/env.ts";
import { WEB_DIR } from "../config/paths.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoSize, seedDemo } from "../demo/index.ts";
import { createApp } from "../http/app.ts";
import { startCleanup } from "../jobs/cleanup.ts";
import { startNotifications } from "../jobs/notifications.ts";
import { startPolls } from "../jobs/polls.ts";
import { startReminders } from "../jobs/reminders.ts";
import { startWebhooks } from "../jobs/webhooks.ts";
import { createApiTokenForEmail } from "../services/auth.ts";
import { AppError } from "../services/errors.ts";
import { createDeps } from "../services/index.ts";
import { upsertUser } from "../services/users.ts";
import { backupDatabase } from "../storage/backup.ts";
import { checkDatabase } from "../storage/check.ts";
import { openStorage } from "../storage/db.ts";

type Values = {
  size?: string | undefined;
  email?: string | undefined;
  name?: string | undefined;
  password?: string | undefined;
  admin?: boolean | undefined;
  write?: boolean | undefined;
  edges?: string | undefined;
  undirected?: boolean | undefined;
  weight?: string | undefined;
  format?: string | undefined;
  groups?: string | undefined;
  sample?: string | undefined;
};
type Command = (settings: Settings, values: Values, args: string[]) => Promise<number>;

/** Every demo account with what it shows, as the quick start lists them. */
const demoAccounts = () =>
  [
    `Demo accounts (password ${DEMO_PASSWORD}):`,
    `  ${DEMO_ACCOUNTS.coordinator}  coordinator of the Finnish network, member of the Swedish-speaking one`,
    `  ${DEMO_ACCOUNTS.member}  member`,
    `  ${DEMO_ACCOUNTS.observer}  observer`,
    `  ${DEMO_ACCOUNTS.swedish}  coordinator of the Swedish-speaking network (UI in Swedish)`,
    `  ${DEMO_ACCOUNTS.newcomer}  a member who joined this week: the welcome and first steps`,
    `  ${DEMO_ACCOUNTS.admin}  instance admin`,
  ].join("\n");

const demoHint = (url: string) => `Solmu is running at ${url}\n${demoAccounts()}`;

const SHUTDOWN_GRACE_MS = 3000;

const serveCommand: Command = async (settings) => {
  const deps = await createDeps(settings);
  if (settings.seedDemo) {
    const r = await seedDemo(deps, "small");
    if (r.seeded) deps.logger.info("seeded the demo networks into the empty database");
  }
  const stopCleanup = startCleanup(deps);
  const stopPolls = startPolls(deps);
  let stopReminders = () => {};
  let stopNotifications = () => {};
  let stopWebhooks = () => {};
  const app = createApp(deps, { webDir: WEB_DIR });
  const server = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, (info) => {
    const url = linkBase(settings, info);
    deps.links.base = url;
    if (!settings.publicUrl) {
      deps.logger.warn(
        { linkBase: url },
        "PUBLIC_URL is not set: links in e-mails and feeds point to the address the server listens on; set PUBLIC_URL to the address people use",
      );
    }
    if (!settings.metricsToken) {
      deps.logger.warn("METRICS_TOKEN is not set: /metrics answers only scrapers on this machine (loopback, not through a proxy)");
    }
    stopReminders = startReminders(deps, url);
    stopNotifications = startNotifications(deps, url);
    // Started once links point where the server listens: messages link back to Solmu.
    stopWebhooks = startWebhooks(deps);
    console.log(demoHint(url));
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      deps.lifecycle.draining = true;
      server.close(() => resolve());
      // Requests under way get a moment to finish; live streams (open-space boards) never end by
      // themselves, so after that every connection is closed and browsers reconnect elsewhere.
      if ("closeIdleConnections" in server) server.closeIdleConnections();
      setTimeout(() => {
        if ("closeAllConnections" in server) server.closeAllConnections();
      }, SHUTDOWN_GRACE_MS).unref();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  stopCleanup();
  stopPolls();
  stopReminders();
  stopNotifications();
  stopWebhooks();
  await deps.storage.close();
  return 0;
};

const migrateCommand: Command = async (settings) => {
  const deps = await createDeps(settings);
  console.log(`Database (${deps.storage.kind}) is up to date.`);
  await deps.storage.close();
  return 0;
};

const seedCommand: Command = async (settings, values) => {
  if (values.size !== "small" && values.size !== "large") {
    console.error("--size must be small or large");
    return 2;
  }
  const deps = await createDeps(settings);
  try {
    const r = await seedDemo(deps, values.size as DemoSize);
    if (!r.seeded) {
      console.error("The database already has accounts; the demo goes only into an empty database (set SOLMU_DATA_DIR to a new folder).");
      return 1;
    }
    console.log(`Seeded the ${values.size} demo.\n${demoAccounts()}`);
    return 0;
  } finally {
    await deps.storage.close();
  }
};

const userCreate: Command = async (settings, values) => {
  if (!values.email || !values.name || !values.password) {
    console.error("user create needs --email, --name and --password");
    return 2;
  }
  const deps = await createDeps(settings);
  try {
    const r = await upsertUser(deps, { email: values.email, name: values.name, password: values.password, isAdmin: Boolean(values.admin) });
    console.log(`${r.created ? "Created" : "Updated"} ${values.email}${values.admin ? " (instance admin)" : ""}.`);
    return 0;
  } finally {
    await deps.storage.close();
  }
};

const tokenCreate: Command = async (settings, values) => {
  if (!values.email) {
    console.error("token create needs --email");
    return 2;
  }
  const deps = await createDeps(settings);
  try {
    const t = await createApiTokenForEmail(deps, values.email, values.name ?? "CLI", values.write ? "write" : "read");
    console.log(t.token);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError && err.status === 404)) throw err;
    console.error(`No account with e-mail ${values.email}`);
    return 1;
  } finally {
    await deps.storage.close();
  }
};

const backupCommand: Command = async (settings, _values, args) => {
  const file = args[0];
  if (!file) {
    console.error("backup needs a FILE to write");
    return 2;
  }
  const sqlitePath = path.join(settings.dataDir, "solmu.sqlite");
  await backupDatabase({ file: path.resolve(file), sqlitePath, ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}) });
  console.log(`Backup written to ${path.resolve(file)}`);
  return 0;
};

const checkCommand: Command = async (settings) => {
  const sqlitePath = path.join(settings.dataDir, "solmu.sqlite");
  // Opening a missing SQLite file would create an empty one; a check must not leave anything behind.
  if (!settings.databaseUrl && !fs.existsSync(sqlitePath)) {
    console.error(`No database at ${sqlitePath}`);
    return 1;
  }
  // Opened without migrating: a database whose migrations are missing must be reported, not repaired in passing.
  const storage = openStorage({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    const report = await checkDatabase(storage);
    for (const f of report.findings) {
      console.log(`${f.ok ? "ok  " : "FAIL"}  ${f.name}: ${f.description}`);
      for (const p of f.problems) console.log(`        ${p}`);
      if (f.more) console.log("        … and more");
    }
    const failed = report.findings.filter((f) => !f.ok).length;
    console.log(failed === 0 ? `The ${storage.kind} database is consistent.` : `${failed} check(s) failed.`);
    return report.ok ? 0 : 1;
  } finally {
    await storage.close();
  }
};

export const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  "seed-demo": seedCommand,
  "user create": userCreate,
  "token create": tokenCreate,
  backup: backupCommand,
  check: checkCommand,
};
