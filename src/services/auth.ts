import argon2 from "argon2";
import { isStale } from "../domain/directory.ts";
import { isLocale, type Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import { hashSecret, newSecret, nowIso } from "../storage/ids.ts";
import { findPasswordReset, insertPasswordReset, markPasswordResetUsed } from "../storage/repos/invitations.ts";
import { countRecentFailures, deleteLoginAttemptsBefore, recordLoginAttempt } from "../storage/repos/loginAttempts.ts";
import { listMembershipsOfUser } from "../storage/repos/memberships.ts";
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findLiveApiToken,
  findUserOfLiveSession,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from "../storage/repos/sessions.ts";
import { findUserByEmail, findUserById, type UserRow, updateUser } from "../storage/repos/users.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound } from "./errors.ts";

/** Sign-in throttling: failures counted over this window, per account and per address. */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
const RESET_HOURS = 2;
const API_TOKEN_PREFIX = "solmu_";

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so timing does not tell which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
};

export const toActor = (u: UserRow): Actor => ({
  digest: u.digest === "off" || u.digest === "daily" ? u.digest : "weekly",
  userId: u.id,
  email: u.email,
  name: u.name,
  locale: isLocale(u.locale) ? u.locale : "fi",
  isAdmin: u.is_admin === 1,
});

/** Checks the password and the throttle; on success opens a session and returns its secret. */
export async function login(deps: Deps, input: { email: string; password: string; ip: string }) {
  const { db } = deps.storage;
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  const failures = await countRecentFailures(db, email, input.ip, since);
  if (failures.byEmail >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_ADDRESS) {
    throw new AppError(
      429,
      "too_many_attempts",
      "errors.too_many_attempts",
      { minutes: LOGIN_WINDOW_MINUTES },
      {},
      {
        retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60,
      },
    );
  }
  const user = await findUserByEmail(db, email);
  let ok = false;
  if (user?.password_hash) ok = await argon2.verify(user.password_hash, input.password);
  else await argon2.verify(await timingDummy(), input.password);
  await recordLoginAttempt(db, { email, ip: input.ip, success: ok });
  if (!ok || !user) throw new AppError(401, "invalid_credentials", "errors.invalid_credentials");
  const sessionSecret = await openSession(deps, user.id);
  return { actor: toActor(user), sessionSecret };
}

/** Creates a session row and returns the secret that goes into the cookie. */
export async function openSession(deps: Deps, userId: string): Promise<string> {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + deps.settings.sessionDays * 86_400_000).toISOString();
  await insertSession(deps.storage.db, { idHash: hashSecret(secret), userId, expiresAt });
  return secret;
}

export const logout = (deps: Deps, sessionSecret: string) => deleteSession(deps.storage.db, hashSecret(sessionSecret));

/** Ends every session of the person, on every device and instance ("sign out everywhere"); API tokens are revoked one by one. */
export const logoutEverywhere = (deps: Deps, actor: Actor) => deleteSessionsOfUser(deps.storage.db, actor.userId);

/**
 * The person behind a session cookie, or undefined when it is unknown or expired. Given the data version
 * taken for a cached read, the answer comes from the read cache while nothing has been written since: signing
 * out, a revocation or a change of the person writes, and so ends it.
 */
export async function actorFromSession(deps: Deps, sessionSecret: string, dataVersion?: string): Promise<Actor | undefined> {
  const idHash = hashSecret(sessionSecret);
  const known = dataVersion === undefined ? undefined : deps.readCache.session(idHash, dataVersion);
  if (known) return known;
  const user = await findUserOfLiveSession(deps.storage.db, idHash, nowIso());
  if (!user) return undefined;
  const actor = toActor(user);
  if (dataVersion !== undefined) deps.readCache.keepSession(idHash, dataVersion, actor, user.session_expires_at);
  return actor;
}

/** The person behind a personal API token, or undefined when it is unknown or revoked. */
export async function actorFromApiToken(deps: Deps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const { db } = deps.storage;
  const row = await findLiveApiToken(db, hashSecret(token));
  if (!row) return undefined;
  await touchApiToken(db, row.id, nowIso());
  const user = await findUserById(db, row.user_id);
  return user ? toActor(user) : undefined;
}

/** Issues a personal API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(deps: Deps, userId: string, name: string) {
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const row = await insertApiToken(deps.storage.db, { userId, name, tokenHash: hashSecret(token) });
  return { id: row.id, name: row.name, createdAt: row.created_at, token };
}

/** Issues a token for the account with this e-mail (the CLI's `token create`); 404 when there is none. */
export async function createApiTokenForEmail(deps: Deps, email: string, name: string) {
  const user = await findUserByEmail(deps.storage.db, email);
  if (!user) throw notFound();
  return createApiToken(deps, user.id, name);
}

/** The networks a person belongs to, with their profile in each and whether it asks to be confirmed. */
export async function myNetworks(deps: Deps, actor: Actor, now = new Date()) {
  const rows = await listMembershipsOfUser(deps.storage.db, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    personId: r.membership_id,
    profileStale: isStale(r.confirmed_at, r.stale_after_days, now),
  }));
}

export const listTokens = (deps: Deps, actor: Actor) => listApiTokens(deps.storage.db, actor.userId);

export async function revokeToken(deps: Deps, actor: Actor, tokenId: string) {
  const r = await revokeApiToken(deps.storage.db, actor.userId, tokenId);
  if (Number(r.numUpdatedRows) !== 1) throw notFound();
}

export async function updateProfile(
  deps: Deps,
  actor: Actor,
  patch: { name?: string | undefined; locale?: Locale | undefined; digest?: "off" | "daily" | "weekly" | undefined },
) {
  await updateUser(deps.storage.db, actor.userId, {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
    ...(patch.digest !== undefined ? { digest: patch.digest } : {}),
  });
  const user = await findUserById(deps.storage.db, actor.userId);
  if (!user) throw notFound();
  return toActor(user);
}

/**
 * Sends a reset link when the address has an account. The answer is the same
 * either way so that the form does not reveal who has an account.
 */
export async function requestPasswordReset(deps: Deps, input: { email: string; locale: Locale; baseUrl: string }) {
  const { db } = deps.storage;
  const user = await findUserByEmail(db, input.email.trim());
  if (!user) return;
  const secret = newSecret();
  await insertPasswordReset(db, {
    userId: user.id,
    tokenHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + RESET_HOURS * 3_600_000).toISOString(),
  });
  const locale = isLocale(user.locale) ? user.locale : input.locale;
  const t = translator(locale);
  const link = `${input.baseUrl}/reset-password#token=${secret}`;
  await deps.mailer.send(db, {
    networkId: null,
    kind: "password_reset",
    to: user.email,
    subject: t("mail.reset.subject"),
    body: t("mail.reset.body", { name: user.name, link, hours: RESET_HOURS }),
    link,
  });
}

/** Sets a new password from a reset link and signs the person out everywhere. */
export async function completePasswordReset(deps: Deps, input: { token: string; password: string }) {
  const { db } = deps.storage;
  const reset = await findPasswordReset(db, hashSecret(input.token));
  if (!reset || reset.used_at || reset.expires_at <= nowIso()) {
    throw invalid({ token: { key: "validation.link_invalid" } });
  }
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    if (!(await markPasswordResetUsed(tx, reset.id))) throw invalid({ token: { key: "validation.link_invalid" } });
    await updateUser(tx, reset.user_id, { password_hash: passwordHash });
    await deleteSessionsOfUser(tx, reset.user_id);
  });
}

/** Removes expired sessions and sign-in attempts older than a day (they only matter for throttling). */
export async function purgeExpired(deps: Deps, now = new Date()) {
  const { db } = deps.storage;
  await deleteExpiredSessions(db, now.toISOString());
  await deleteLoginAttemptsBefore(db, new Date(now.getTime() - 86_400_000).toISOString());
}
