import type { Logger } from "pino";
import type { Settings } from "../config/env.ts";
import type { Locale } from "../domain/locale.ts";
import type { Storage } from "../storage/db.ts";
import type { Mailer } from "./mail.ts";

/** What every use case may need; built once at start (createServices) and passed down. */
export interface Deps {
  storage: Storage;
  settings: Settings;
  mailer: Mailer;
  logger: Logger;
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
}
