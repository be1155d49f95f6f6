import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_ATTACHMENT_MAX_BYTES } from "../domain/attachments.ts";
import { type OidcProvider, oidcProviders, type SamlProvider, samlProvider } from "./sso.ts";

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

/**
 * Threads that compute betweenness and closeness. More than 64 would have nothing to do: the sources are cut
 * into at most 64 blocks (src/domain/sna/paths.ts).
 */
const workersSchema = z.coerce.number().int().min(1).max(64);

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SOLMU_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Solmu <solmu@localhost>"),
  PRIVACY_CONTACT: z.email().optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(8 * 60),
  SEED_DEMO: booleanFlag.default(true),
  TRUST_PROXY: booleanFlag.default(false),
  WEBHOOK_ALLOW_PRIVATE: booleanFlag.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1_048_576)
    .default(DEFAULT_ATTACHMENT_MAX_BYTES),
  METRICS_TOKEN: z.string().min(16, "must have at least 16 characters").optional(),
  SOLMU_WORKERS: workersSchema.optional(),
});

export type Settings = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where people ask about their personal data; the default privacy notice names it. */
  privacyContact: string | undefined;
  sessionDays: number;
  /** A session unused this long has ended, whatever SESSION_DAYS says. */
  sessionIdleMinutes: number;
  /** The OpenID Connect providers people may sign in with; none by default. */
  oidcProviders: OidcProvider[];
  /** The SAML identity provider (Suomi.fi, ADFS); none by default. */
  samlProvider: SamlProvider | undefined;
  seedDemo: boolean;
  trustProxy: boolean;
  /** Webhooks may post to loopback and private networks, and over plain http (tests, an in-house Matrix; decision 023). */
  webhookAllowPrivate: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  bodyLimitBytes: number;
  /** The largest file that may be attached to a meeting or an agreement version. */
  attachmentMaxBytes: number;
  /** When set, /metrics answers only with `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Worker threads of the network analysis's path figures: SOLMU_WORKERS, else one per core. */
  workers: number;
};

export class SettingsError extends Error {}

/**
 * The base of links in e-mails and feeds: PUBLIC_URL when set, else the address the server listens on
 * (the port it really got, once known).
 */
export function linkBase(settings: Pick<Settings, "publicUrl" | "host" | "port">, listening?: { address: string; port: number }): string {
  if (settings.publicUrl) return settings.publicUrl;
  const address = listening?.address ?? settings.host;
  const host = address.includes(":") ? `[${address}]` : address;
  return `http://${host}:${listening?.port ?? settings.port}`;
}

/** Reads and validates the settings from the environment once; throws SettingsError naming every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  const sso = oidcProviders(cleaned);
  const saml = samlProvider(cleaned);
  const lines = [...(parsed.error?.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`) ?? []), ...sso.problems, ...saml.problems];
  if (!parsed.success || lines.length > 0) throw new SettingsError(`Invalid settings:\n${lines.join("\n")}`);
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.SOLMU_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    privacyContact: e.PRIVACY_CONTACT,
    sessionDays: e.SESSION_DAYS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    oidcProviders: sso.providers,
    samlProvider: saml.provider,
    seedDemo: e.SEED_DEMO,
    trustProxy: e.TRUST_PROXY,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    metricsToken: e.METRICS_TOKEN,
    workers: e.SOLMU_WORKERS ?? os.availableParallelism(),
  };
}

/**
 * SOLMU_WORKERS alone, for `solmu analyze`, which reads no other setting (so that a bad database setting does
 * not stop it) but must refuse a bad worker count as the server does.
 */
export function workersSetting(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SOLMU_WORKERS;
  if (raw === undefined || raw === "") return os.availableParallelism();
  const parsed = workersSchema.safeParse(raw);
  if (!parsed.success)
    throw new SettingsError(`Invalid settings:\n${parsed.error.issues.map((i) => `  SOLMU_WORKERS: ${i.message}`).join("\n")}`);
  return parsed.data;
}
