import type { Logger } from "pino";
import type { Settings } from "../config/env.ts";
import type { Locale } from "../domain/locale.ts";
import type { Storage } from "../storage/db.ts";
import type { Mailer } from "./mail.ts";
import type { Metrics } from "./metrics.ts";
import type { ReadCache } from "./readCache.ts";

/** What every use case may need; built once at start (createServices) and passed down. */
export interface Deps {
  storage: Storage;
  settings: Settings;
  mailer: Mailer;
  logger: Logger;
  metrics: Metrics;
  /** Answers of frequent reads, kept while the data is unchanged (see readCache.ts). */
  readCache: ReadCache;
  /** Set when the server begins to shut down, so readiness answers 503 and the proxy stops sending requests. */
  lifecycle: { draining: boolean };
  /**
   * Where links in e-mails, feeds and public pages point: PUBLIC_URL, or else the address the server
   * listens on (set once it listens). Never a request header, which whoever sends the request chooses.
   */
  links: { base: string };
}

/** The signed-in person making a request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
  /** How often reminders are e-mailed as one digest. */
  digest: "off" | "daily" | "weekly";
  /** How this request is signed in: `password`, `sso:<provider>` or `token`; unset outside a request (CLI, jobs). */
  via?: string;
}
