import type { CacheProvider, SAML } from "@node-saml/node-saml";
import type { SamlProvider } from "../config/sso.ts";
import type { Locale } from "../domain/locale.ts";
import { safeReturnPath, verifiedEmail } from "../domain/sso.ts";
import { hashSecret, newSecret, nowIso } from "../storage/ids.ts";
import { findSsoLogin, insertSsoLogin, takeSsoLogin } from "../storage/repos/identities.ts";
import { findSession, setSessionLogout } from "../storage/repos/sessions.ts";
import type { Deps } from "./context.ts";
import { notFound } from "./errors.ts";
import { recordFailure, SsoFailure, signInWithIdentity } from "./sso.ts";

/** How long the IdP may take to answer a request, and how much its clock may differ from ours. */
const REQUEST_MINUTES = 10;
const CLOCK_SKEW_MS = 60_000;

const ACS_PATH = "/api/auth/saml/acs";
const LOGOUT_PATH = "/api/auth/saml/logout";

/**
 * The ids of requests sent to the IdP, in the database so that any instance accepts the answer and each answer is
 * accepted once: node-saml removes the id when an answer to it is valid, so a replayed answer finds nothing.
 */
const requestCache = (deps: Deps): CacheProvider => ({
  saveAsync: async (key, value) => {
    const expiresAt = new Date(Date.now() + REQUEST_MINUTES * 60_000).toISOString();
    await insertSsoLogin(deps.storage.db, {
      stateHash: `saml-request:${key}`,
      provider: "saml",
      browserHash: "",
      nonce: "",
      codeVerifier: "",
      returnTo: value,
      expiresAt,
    });
    return { value, createdAt: Date.now() };
  },
  getAsync: async (key) => {
    const row = await findSsoLogin(deps.storage.db, `saml-request:${key}`);
    return row && row.expires_at > nowIso() ? row.return_to : null;
  },
  removeAsync: async (key) => {
    if (key === null) return null;
    const row = await takeSsoLogin(deps.storage.db, `saml-request:${key}`);
    return row ? row.return_to : null;
  },
});

const entityIdOf = (deps: Deps, provider: SamlProvider) => provider.entityId ?? `${deps.links.base}/api/auth/saml/metadata`;

// node-saml and its XML libraries take longer to load than the rest of the server: loaded at the first SAML request,
// so that a server without SAML starts without them (decision 024).
let nodeSaml: Promise<typeof import("@node-saml/node-saml")> | undefined;

async function samlOf(deps: Deps): Promise<{ saml: SAML; provider: SamlProvider }> {
  const provider = deps.settings.samlProvider;
  if (!provider) throw notFound();
  nodeSaml ??= import("@node-saml/node-saml");
  const { SAML, ValidateInResponseTo } = await nodeSaml;
  const issuer = entityIdOf(deps, provider);
  const saml = new SAML({
    entryPoint: provider.entryPoint,
    issuer,
    audience: issuer,
    callbackUrl: `${deps.links.base}${ACS_PATH}`,
    idpCert: provider.idpCerts,
    ...(provider.idpIssuer ? { idpIssuer: provider.idpIssuer } : {}),
    // Requests are signed, answers must carry a signed assertion, and encrypted ones are opened with the same key.
    privateKey: provider.spKey,
    publicCert: provider.spCert,
    decryptionPvk: provider.spKey,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_MINUTES * 60_000,
    cacheProvider: requestCache(deps),
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    ...(provider.logoutUrl ? { logoutUrl: provider.logoutUrl } : {}),
    logoutCallbackUrl: `${deps.links.base}${LOGOUT_PATH}`,
  });
  return { saml, provider };
}

/** Solmu's service provider metadata for the IdP: entity id, where answers go, the certificate it signs and encrypts with. */
export async function samlMetadata(deps: Deps): Promise<string> {
  const { saml, provider } = await samlOf(deps);
  return saml.generateServiceProviderMetadata(provider.spCert, provider.spCert);
}

/** Begins a sign-in at the IdP with a signed request; the RelayState is a one-time secret naming where to return. */
export async function startSaml(deps: Deps, input: { returnTo?: string | undefined }) {
  const { saml } = await samlOf(deps);
  const relay = newSecret();
  await insertSsoLogin(deps.storage.db, {
    stateHash: hashSecret(relay),
    provider: "saml",
    browserHash: "",
    nonce: "",
    codeVerifier: "",
    returnTo: safeReturnPath(input.returnTo),
    expiresAt: new Date(Date.now() + REQUEST_MINUTES * 60_000).toISOString(),
  });
  return { url: await saml.getAuthorizeUrlAsync(relay, undefined, {}) };
}

const firstValue = (v: unknown): string | undefined => (Array.isArray(v) ? firstValue(v[0]) : typeof v === "string" ? v : undefined);

/** node-saml says what was wrong only in its messages; these decide which page the person sees. */
function reasonOf(err: unknown): SsoFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (/InResponseTo/i.test(message)) return new SsoFailure("state", message);
  // An expired assertion, or an expired subject confirmation ("no valid subject confirmation").
  if (/expired|NotOnOrAfter|NotBefore|valid subject confirmation/i.test(message)) return new SsoFailure("expired", message);
  return new SsoFailure("provider", message);
}

/**
 * Completes a sign-in with the IdP's POSTed answer: the assertion must be signed by the IdP's certificate, meant for
 * Solmu, within its validity, and an answer to a request Solmu sent and no answer has used yet.
 */
export async function completeSaml(deps: Deps, input: { samlResponse: string; relayState: string | undefined; locale: Locale }) {
  const { saml, provider } = await samlOf(deps);
  try {
    const login = input.relayState ? await takeSsoLogin(deps.storage.db, hashSecret(input.relayState)) : undefined;
    if (login?.provider !== "saml") throw new SsoFailure("state", "unknown RelayState");
    if (!login || login.expires_at <= nowIso()) throw new SsoFailure("expired", "sign-in took too long");
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: input.samlResponse }).catch((err) => {
      throw reasonOf(err);
    });
    if (!profile) throw new SsoFailure("provider", "no assertion");
    // The IdP signed the assertion: the e-mail in it is vouched for by the IdP the admin chose to trust.
    const email = verifiedEmail({ email: firstValue(profile[provider.emailAttribute]), email_verified: true });
    if (!email) throw new SsoFailure("unverified", `no e-mail in ${provider.emailAttribute}`);
    const key = provider.subjectAttribute ? firstValue(profile[provider.subjectAttribute]) : profile.nameID;
    if (!key) throw new SsoFailure("provider", "no subject");
    // Only a hash: with Suomi.fi the subject may be a personal identity code, which Solmu has no need to keep.
    const person = { subject: hashSecret(`${profile.issuer}\n${key}`), email, name: firstValue(profile[provider.nameAttribute]) ?? email };
    const done = await signInWithIdentity(deps, provider, person, input.locale);
    const logout = { nameID: profile.nameID, nameIDFormat: profile.nameIDFormat, sessionIndex: profile.sessionIndex ?? null };
    await setSessionLogout(deps.storage.db, hashSecret(done.sessionSecret), JSON.stringify(logout));
    return { ...done, returnTo: login.return_to };
  } catch (err) {
    throw await recordFailure(deps, err);
  }
}

/** Where to send the browser to end the IdP's session too, when this session came from it and the IdP has a logout URL. */
export async function samlLogoutUrl(deps: Deps, sessionSecret: string): Promise<string | undefined> {
  const provider = deps.settings.samlProvider;
  if (!provider?.logoutUrl) return undefined;
  const session = await findSession(deps.storage.db, hashSecret(sessionSecret));
  if (session?.method !== "sso:saml" || !session.sso_logout) return undefined;
  const stored = JSON.parse(session.sso_logout) as { nameID: string; nameIDFormat: string; sessionIndex: string | null };
  const { saml } = await samlOf(deps);
  return saml.getLogoutUrlAsync(
    {
      issuer: entityIdOf(deps, provider),
      nameID: stored.nameID,
      nameIDFormat: stored.nameIDFormat,
      ...(stored.sessionIndex ? { sessionIndex: stored.sessionIndex } : {}),
    },
    "",
    {},
  );
}

/** The IdP's answer to a logout (HTTP-Redirect binding): checked, and then the person is at the sign-in page either way. */
export async function completeSamlLogout(deps: Deps, query: Record<string, string>, originalQuery: string) {
  try {
    await (await samlOf(deps)).saml.validateRedirectAsync(query, originalQuery);
  } catch (err) {
    deps.logger.warn({ err }, "SAML logout answer refused");
  }
}
