import argon2 from "argon2";
import { isStale } from "../domain/directory.ts";
import { isLocale, type Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { hashSecret, newSecret, nowIso } from "../storage/ids.ts";
import { revokeFeedTokensOfUser } from "../storage/repos/calendar.ts";
import { deleteSsoLoginsBefore } from "../storage/repos/identities.ts";
import {
  countPasswordResetsSince,
  deletePasswordReset,
  endOtherPasswordResets,
  findPasswordReset,
  insertPasswordReset,
  markPasswordResetUsed,
} from "../storage/repos/invitations.ts";
import {
  clearAttemptsOfAccount,
  deleteFailedAttemptsBefore,
  deleteLoginAttemptsBefore,
  forgetAttempt,
  markAttemptSucceeded,
  otherAttemptSince,
  recordPendingAttempt,
  recordSuccessfulAttempt,
  throttleCounts,
} from "../storage/repos/loginAttempts.ts";
import { listMembershipsOfUser } from "../storage/repos/memberships.ts";
import { deleteResetRequestsBefore, recordResetRequest } from "../storage/repos/resetRequests.ts";
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
  revokeApiTokensOfUser,
  touchApiToken,
  touchSession,
} from "../storage/repos/sessions.ts";
import { findUserByEmail, findUserById, type UserRow, updateUser } from "../storage/repos/users.ts";
import type { TokenScope } from "../storage/schema.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound } from "./errors.ts";

/**
 * Sign-in throttling (docs/decisions/011-sign-in-throttling-and-ending-credentials.md). Failures are counted over
 * this window. The hard lock is per account and address, so an attacker elsewhere cannot lock the owner out.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures from one address across accounts; an address where the account signed in lately is not held to it. */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** Failures at one account from all addresses after which unknown addresses get one guess per growing delay. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
/** An address where the account signed in within this many days is the owner's own ("known"). */
export const KNOWN_ADDRESS_DAYS = 30;
export const MAX_RESET_MAILS_PER_ACCOUNT = 3;
export const MAX_RESET_REQUESTS_PER_ADDRESS = 10;
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

export const toActor = (u: UserRow, via?: string): Actor => ({
  ...(via === undefined ? {} : { via }),
  digest: u.digest === "off" || u.digest === "daily" ? u.digest : "weekly",
  userId: u.id,
  email: u.email,
  name: u.name,
  locale: isLocale(u.locale) ? u.locale : "fi",
  isAdmin: u.is_admin === 1,
});

const tooManyAttempts = (seconds: number) =>
  new AppError(
    429,
    "too_many_attempts",
    "errors.too_many_attempts",
    { minutes: Math.ceil(seconds / 60) },
    {},
    { retryAfterSeconds: seconds },
  );

/**
 * How long this attempt must wait, in seconds, or 0 when its password may be checked. Its own row is already
 * written (as failed), so every count includes it.
 */
async function throttleWait(db: Deps["storage"]["db"], attempt: { id: string; email: string; ip: string }, now: number) {
  const windowSeconds = LOGIN_WINDOW_MINUTES * 60;
  const counts = await throttleCounts(db, {
    email: attempt.email,
    ip: attempt.ip,
    since: new Date(now - windowSeconds * 1000).toISOString(),
    knownSince: new Date(now - KNOWN_ADDRESS_DAYS * 86_400_000).toISOString(),
  });
  if (counts.byPair > MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS) return windowSeconds;
  if (counts.knownAddress) return 0;
  if (counts.byAddress > MAX_FAILURES_PER_ADDRESS) return windowSeconds;
  if (counts.byAccount <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  // Beyond the account-wide cap, unknown addresses share one guess per delay that doubles with each failure.
  const delay = Math.min(2 ** (counts.byAccount - ACCOUNT_SLOWDOWN_AFTER), windowSeconds);
  return (await otherAttemptSince(db, attempt.email, attempt.id, new Date(now - delay * 1000).toISOString())) ? delay : 0;
}

/** Checks the throttle and then the password; on success opens a session and returns its secret. */
export async function login(deps: Deps, input: { email: string; password: string; ip: string }) {
  const { db } = deps.storage;
  const email = input.email.trim().toLowerCase();
  const attempt = await recordPendingAttempt(db, { email, ip: input.ip });
  const wait = await throttleWait(db, { id: attempt.id, email, ip: input.ip }, Date.now());
  if (wait > 0) {
    await forgetAttempt(db, attempt.id);
    throw tooManyAttempts(wait);
  }
  const user = await findUserByEmail(db, email);
  let ok = false;
  if (user?.password_hash) ok = await argon2.verify(user.password_hash, input.password);
  else await argon2.verify(await timingDummy(), input.password);
  if (!ok || !user) throw new AppError(401, "invalid_credentials", "errors.invalid_credentials");
  await markAttemptSucceeded(db, attempt.id);
  if (user.disabled_at) throw accountDisabled();
  const sessionSecret = await openSession(deps, user.id, "password");
  return { actor: toActor(user, "password"), sessionSecret };
}

/** Said only to someone who proved who they are (the right password, the provider's answer), so it reveals nothing to others. */
export const accountDisabled = () => new AppError(403, "account_disabled", "errors.account_disabled");

/** Creates a session row, notes the sign-in on the account and returns the secret that goes into the cookie. */
export async function openSession(deps: Deps, userId: string, method: string): Promise<string> {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + deps.settings.sessionDays * 86_400_000).toISOString();
  await insertSession(deps.storage.db, { idHash: hashSecret(secret), userId, expiresAt, method });
  await updateUser(deps.storage.db, userId, { last_sign_in_at: nowIso() }, { keepUpdatedAt: true });
  return secret;
}

export const logout = (deps: Deps, sessionSecret: string) => deleteSession(deps.storage.db, hashSecret(sessionSecret));

/** Ends every credential of the account but its password: sessions, API tokens and calendar-feed addresses. */
export async function endCredentials(tx: DbOrTx, userId: string) {
  await deleteSessionsOfUser(tx, userId);
  return { tokens: await revokeApiTokensOfUser(tx, userId), feeds: await revokeFeedTokensOfUser(tx, userId) };
}

/** "Sign out everywhere": every session of the person on every device and instance, their API tokens and feed addresses. */
export const logoutEverywhere = (deps: Deps, actor: Actor) =>
  deps.storage.db.transaction().execute((tx) => endCredentials(tx, actor.userId));

/** How often a session's last use is written: often enough for the idle timeout, rarely enough not to end every read cache. */
export const SESSION_TOUCH_MS = 60_000;

/**
 * The person behind a session cookie, or undefined when it is unknown, expired, idle for SESSION_IDLE_MINUTES, or
 * its account disabled. Given the data version taken for a cached read, the answer comes from the read cache while
 * nothing has been written since (signing out, a revocation or a change of the person writes, and so ends it) and
 * until the session's last use is due to be written again.
 */
export async function actorFromSession(deps: Deps, sessionSecret: string, dataVersion?: string): Promise<Actor | undefined> {
  const idHash = hashSecret(sessionSecret);
  const known = dataVersion === undefined ? undefined : deps.readCache.session(idHash, dataVersion);
  if (known) return known;
  const now = Date.now();
  const idleSince = new Date(now - deps.settings.sessionIdleMinutes * 60_000).toISOString();
  const user = await findUserOfLiveSession(deps.storage.db, idHash, new Date(now).toISOString(), idleSince);
  if (!user) return undefined;
  let lastSeen = Date.parse(user.session_last_seen_at);
  if (now - lastSeen >= SESSION_TOUCH_MS) {
    await touchSession(deps.storage.db, idHash, new Date(now).toISOString());
    lastSeen = now;
  }
  const actor = toActor(user, user.session_method);
  const until = Math.min(Date.parse(user.session_expires_at), lastSeen + SESSION_TOUCH_MS);
  if (dataVersion !== undefined) deps.readCache.keepSession(idHash, dataVersion, actor, new Date(until).toISOString());
  return actor;
}

/** The person behind a personal API token and what the token may do, or undefined when it is unknown or revoked. */
export async function actorFromApiToken(deps: Deps, token: string): Promise<{ actor: Actor; scope: TokenScope } | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const { db } = deps.storage;
  const row = await findLiveApiToken(db, hashSecret(token));
  if (!row) return undefined;
  const user = await findUserById(db, row.user_id);
  if (!user || user.disabled_at) return undefined;
  await touchApiToken(db, row.id, nowIso());
  return { actor: toActor(user, "token"), scope: row.scope };
}

/** Issues a personal API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(deps: Deps, userId: string, name: string, scope: TokenScope) {
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const row = await insertApiToken(deps.storage.db, { userId, name, tokenHash: hashSecret(token), scope });
  return { id: row.id, name: row.name, scope: row.scope, createdAt: row.created_at, token };
}

/** Issues a token for the account with this e-mail (the CLI's `token create`); 404 when there is none. */
export async function createApiTokenForEmail(deps: Deps, email: string, name: string, scope: TokenScope) {
  const user = await findUserByEmail(deps.storage.db, email);
  if (!user) throw notFound();
  return createApiToken(deps, user.id, name, scope);
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
    profileNew: r.confirmed_at === null,
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
 * Sends a reset link when the address has an account, at most a few per account and per requesting address an
 * hour. The answer is the same either way so that the form does not reveal who has an account.
 */
export async function requestPasswordReset(deps: Deps, input: { email: string; locale: Locale; ip: string }) {
  const { db } = deps.storage;
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  if ((await recordResetRequest(db, input.ip, hourAgo)) > MAX_RESET_REQUESTS_PER_ADDRESS) return;
  const user = await findUserByEmail(db, input.email.trim());
  if (!user || user.disabled_at) return;
  await mailResetLink(deps, user, input.locale);
}

/**
 * Mails the account a reset link (ending its earlier ones) unless it has had MAX_RESET_MAILS_PER_ACCOUNT this hour;
 * whether it was sent. The link goes only to the person's own address, never into an answer.
 */
export async function mailResetLink(deps: Deps, user: UserRow, locale: Locale): Promise<boolean> {
  const { db } = deps.storage;
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const secret = newSecret();
  const reset = await insertPasswordReset(db, {
    userId: user.id,
    tokenHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + RESET_HOURS * 3_600_000).toISOString(),
  });
  // Written before counting, like sign-in attempts, so that concurrent requests cannot all pass the limit.
  if ((await countPasswordResetsSince(db, user.id, hourAgo)) > MAX_RESET_MAILS_PER_ACCOUNT) {
    await deletePasswordReset(db, reset.id);
    return false;
  }
  await endOtherPasswordResets(db, user.id, reset.id);
  const t = translator(isLocale(user.locale) ? user.locale : locale);
  const link = `${deps.links.base}/reset-password#token=${secret}`;
  await deps.mailer.send(db, {
    networkId: null,
    kind: "password_reset",
    to: user.email,
    subject: t("mail.reset.subject"),
    body: t("mail.reset.body", { name: user.name, link, hours: RESET_HOURS }),
    link,
    secret: true,
  });
  return true;
}

/**
 * Sets a new password from the account's newest reset link, ends every other link, session, API token and feed
 * address, starts the sign-in throttle over and tells the person by mail.
 */
export async function completePasswordReset(deps: Deps, input: { token: string; password: string; ip: string }) {
  const { db } = deps.storage;
  const reset = await findPasswordReset(db, hashSecret(input.token));
  if (!reset || reset.used_at || reset.expires_at <= nowIso()) {
    throw invalid({ token: { key: "validation.link_invalid" } });
  }
  const user = await findUserById(db, reset.user_id);
  if (!user) throw invalid({ token: { key: "validation.link_invalid" } });
  const passwordHash = await hashPassword(input.password);
  const ended = await db.transaction().execute(async (tx) => {
    if (!(await markPasswordResetUsed(tx, reset.id))) throw invalid({ token: { key: "validation.link_invalid" } });
    await endOtherPasswordResets(tx, reset.user_id, reset.id);
    await updateUser(tx, reset.user_id, { password_hash: passwordHash });
    await clearAttemptsOfAccount(tx, user.email);
    // The address that completed the reset is the owner's: sign-in from there is not held back by others' guessing.
    await recordSuccessfulAttempt(tx, { email: user.email, ip: input.ip });
    return endCredentials(tx, reset.user_id);
  });
  const t = translator(isLocale(user.locale) ? user.locale : "fi");
  await deps.mailer.send(db, {
    networkId: null,
    kind: "credentials_ended",
    to: user.email,
    subject: t("mail.credentials_ended.subject"),
    body: t("mail.credentials_ended.body", { name: user.name, tokens: ended.tokens, feeds: ended.feeds }),
    link: null,
  });
}

/**
 * Removes expired sessions, failed sign-in attempts and reset requests older than a day (they only matter for
 * throttling) and successful sign-ins older than the time an address stays known.
 */
export async function purgeExpired(deps: Deps, now = new Date()) {
  const { db } = deps.storage;
  await deleteExpiredSessions(db, now.toISOString(), new Date(now.getTime() - deps.settings.sessionIdleMinutes * 60_000).toISOString());
  await deleteSsoLoginsBefore(db, now.toISOString());
  await deleteFailedAttemptsBefore(db, new Date(now.getTime() - 86_400_000).toISOString());
  await deleteLoginAttemptsBefore(db, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000).toISOString());
  await deleteResetRequestsBefore(db, new Date(now.getTime() - 86_400_000).toISOString());
}
