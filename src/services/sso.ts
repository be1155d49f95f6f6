import * as oidc from "openid-client";
import type { OidcProvider } from "../config/sso.ts";
import { isLocale, type Locale } from "../domain/locale.ts";
import { emailDomain, type SsoFailureReason, safeReturnPath, verifiedEmail } from "../domain/sso.ts";
import { hashSecret, newSecret, nowIso } from "../storage/ids.ts";
import { findIdentity, insertIdentity, insertSsoLogin, takeSsoLogin, touchIdentity } from "../storage/repos/identities.ts";
import { listLiveInvitationsFor, markInvitationAccepted } from "../storage/repos/invitations.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findUserByEmail, insertUser, type UserRow } from "../storage/repos/users.ts";
import { auditSignIn } from "./audit.ts";
import { openSession, toActor } from "./auth.ts";
import type { Deps } from "./context.ts";
import { notFound } from "./errors.ts";
import { addMembership } from "./members.ts";

/** How long a sign-in may take at the provider before its answer is no longer accepted. */
const LOGIN_MINUTES = 10;

/** A sign-in through a provider that did not succeed; the reason picks the page that tells the person what to do. */
export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    readonly detail = "",
  ) {
    super(`SSO sign-in failed: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

// Discovery is fetched once per provider and process; a failed one is forgotten so that the next sign-in tries again.
const configurations = new Map<string, Promise<oidc.Configuration>>();

function configurationOf(provider: OidcProvider): Promise<oidc.Configuration> {
  const key = `${provider.id}\n${provider.issuer}\n${provider.clientId}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(provider.issuer);
    // Settings accept http:// only on loopback (src/config/sso.ts): a provider started on this machine for tests.
    const insecure = issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : undefined;
    found = oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, insecure);
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

/** The providers the sign-in page offers, by id and button text. */
export function ssoProviders(deps: Deps) {
  const oidc = deps.settings.oidcProviders.map((p) => ({ id: p.id, label: p.label, start: `/api/auth/oidc/start?provider=${p.id}` }));
  const saml = deps.settings.samlProvider;
  return saml ? [...oidc, { id: saml.id, label: saml.label, start: "/api/auth/saml/start" }] : oidc;
}

const providerById = (deps: Deps, id: string | undefined) =>
  id === undefined ? deps.settings.oidcProviders[0] : deps.settings.oidcProviders.find((p) => p.id === id);

const callbackUrl = (deps: Deps) => `${deps.links.base}/api/auth/oidc/callback`;

/**
 * Begins a sign-in at the provider: state, nonce and PKCE, kept in the database under the state's hash together with
 * the hash of a secret for the browser's cookie, so that the answer is accepted once and only in the browser that
 * started it. Returns where to send the browser and the cookie's secret.
 */
export async function startOidc(deps: Deps, input: { provider?: string | undefined; returnTo?: string | undefined }) {
  const provider = providerById(deps, input.provider);
  if (!provider) throw notFound();
  let config: oidc.Configuration;
  try {
    config = await configurationOf(provider);
  } catch (err) {
    deps.logger.warn({ err, provider: provider.id }, "OpenID Connect discovery failed");
    throw new SsoFailure("provider", "discovery");
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const browserSecret = newSecret();
  await insertSsoLogin(deps.storage.db, {
    stateHash: hashSecret(state),
    provider: provider.id,
    browserHash: hashSecret(browserSecret),
    nonce,
    codeVerifier,
    returnTo: safeReturnPath(input.returnTo),
    expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000).toISOString(),
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps),
    scope: provider.scopes,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { url: url.href, browserSecret };
}

type Claims = Record<string, unknown>;

/** The provider's answer checked by openid-client (state, PKCE, the ID token's signature, issuer, audience, nonce, expiry). */
async function exchangeCode(config: oidc.Configuration, answer: URL, login: { nonce: string; code_verifier: string }, state: string) {
  try {
    const tokens = await oidc.authorizationCodeGrant(config, answer, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims: Claims = { ...(tokens.claims() ?? {}) };
    // Many providers (Entra ID among them, by its settings) put the e-mail only in the UserInfo answer.
    if ((typeof claims.email !== "string" || claims.email_verified === undefined) && tokens.access_token) {
      Object.assign(claims, await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub)), { sub: claims.sub });
    }
    return claims;
  } catch (err) {
    const code = (err as { error?: unknown }).error;
    throw new SsoFailure(code === "invalid_grant" ? "expired" : "provider", err instanceof Error ? err.message : String(err));
  }
}

export const displayName = (claims: Claims, email: string) => {
  const given = typeof claims.given_name === "string" ? claims.given_name : "";
  const family = typeof claims.family_name === "string" ? claims.family_name : "";
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name : `${given} ${family}`;
  return name.trim().slice(0, 200) || (email.split("@")[0] ?? email);
};

/**
 * The account an identity provider's answer signs in to: the one linked to this provider and subject (so a changed
 * e-mail still finds the person), else the account with the same verified e-mail, which gets linked, else a new
 * account when the e-mail's domain is allowed or an invitation waits for the address (then accepted). Never a second
 * account for the same e-mail.
 */
async function accountFor(deps: Deps, provider: { id: string; allowedDomains: string[] }, person: VouchedPerson, locale: Locale) {
  const { subject, email } = person;
  return deps.storage.db.transaction().execute(async (tx) => {
    const linked = await findIdentity(tx, provider.id, subject);
    if (linked) {
      await touchIdentity(tx, linked.identity_id, email);
      return { user: linked as UserRow, how: "signed_in" as const };
    }
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      await insertIdentity(tx, { userId: existing.id, provider: provider.id, subject, email });
      return { user: existing, how: "linked" as const };
    }
    const invitations = await listLiveInvitationsFor(tx, email, nowIso());
    if (invitations.length === 0 && !provider.allowedDomains.includes(emailDomain(email))) throw new SsoFailure("domain", email);
    const user = await insertUser(tx, { email, name: person.name, passwordHash: null, locale });
    await insertIdentity(tx, { userId: user.id, provider: provider.id, subject, email });
    for (const inv of invitations) {
      if (!(await markInvitationAccepted(tx, inv.id))) continue;
      if (!(await findMembership(tx, inv.network_id, user.id))) {
        await addMembership(tx, { networkId: inv.network_id, userId: user.id, role: inv.role });
      }
    }
    return { user, how: "account_created" as const };
  });
}

/** Who an identity provider says signed in: its stable subject for them, and the e-mail and name it vouches for. */
export interface VouchedPerson {
  subject: string;
  email: string;
  name: string;
}

/** Opens a session for the person a provider vouched for, or throws SsoFailure; the outcome goes into the audit log. */
export async function signInWithIdentity(
  deps: Deps,
  provider: { id: string; allowedDomains: string[] },
  person: VouchedPerson,
  locale: Locale,
) {
  const { user, how } = await accountFor(deps, provider, person, isLocale(locale) ? locale : "fi");
  if (user.disabled_at) throw new SsoFailure("disabled", person.email);
  const method = `sso:${provider.id}`;
  const sessionSecret = await openSession(deps, user.id, method);
  const who = { userId: user.id, name: user.name };
  if (how !== "signed_in") await auditSignIn(deps.storage.db, who, `sso.${how}`, person.email, { provider: provider.id });
  await auditSignIn(deps.storage.db, who, "sso.signed_in", person.email, { provider: provider.id });
  return { sessionSecret, actor: toActor(user, method) };
}

/** Every failure is logged with its reason; an unexpected one also as an error, and becomes "provider" for the person. */
export async function recordFailure(deps: Deps, err: unknown): Promise<SsoFailure> {
  const failure = err instanceof SsoFailure ? err : new SsoFailure("provider", err instanceof Error ? err.message : String(err));
  if (!(err instanceof SsoFailure)) deps.logger.error({ err }, "SSO sign-in failed unexpectedly");
  await auditSignIn(deps.storage.db, { userId: null, name: "—" }, "sso.failed", failure.reason, { detail: failure.detail.slice(0, 300) });
  return failure;
}

/**
 * Completes a sign-in with the provider's answer (the callback URL as the browser called it) and the browser's cookie
 * secret: opens a session, or throws SsoFailure. Every outcome is in the instance's audit log.
 */
export async function completeOidc(deps: Deps, input: { answer: URL; browserSecret: string | undefined; locale: Locale }) {
  const { db } = deps.storage;
  const params = input.answer.searchParams;
  const state = params.get("state");
  try {
    if (!state) throw new SsoFailure("state", "no state");
    const login = await takeSsoLogin(db, hashSecret(state));
    if (!login || login.browser_hash !== hashSecret(input.browserSecret ?? "")) throw new SsoFailure("state", "unknown or other browser");
    if (login.expires_at <= nowIso()) throw new SsoFailure("expired", "sign-in took too long");
    const error = params.get("error");
    if (error) throw new SsoFailure(error === "access_denied" ? "denied" : "provider", error);
    const provider = providerById(deps, login.provider);
    if (!provider) throw new SsoFailure("provider", "provider no longer configured");
    const answer = new URL(callbackUrl(deps));
    answer.search = input.answer.search;
    const claims = await exchangeCode(await configurationOf(provider), answer, login, state);
    const email = verifiedEmail(claims);
    if (!email) throw new SsoFailure("unverified");
    const person = { subject: String(claims.sub), email, name: displayName(claims, email) };
    return { ...(await signInWithIdentity(deps, provider, person, input.locale)), returnTo: login.return_to };
  } catch (err) {
    throw await recordFailure(deps, err);
  }
}
