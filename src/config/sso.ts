import fs from "node:fs";
import { z } from "zod";

/** One OpenID Connect provider people may sign in with (docs/deploy.md tells how to register Solmu at one). */
export interface OidcProvider {
  /** Short name in URLs and in the accounts it links: `default` for the one set by OIDC_ISSUER. */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's text, e.g. "Kirjaudu organisaation tunnuksella". */
  label: string;
  scopes: string;
  /** Lower-case e-mail domains whose people get an account at their first sign-in; others need an invitation. */
  allowedDomains: string[];
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An issuer must be https: a provider's answers over plain http could be forged on the way. Loopback is for local providers and tests. */
export const isAllowedIssuer = (value: string) => {
  const url = URL.parse(value);
  if (!url) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && (LOOPBACK.has(url.hostname) || url.hostname.startsWith("127.")));
};

const domains = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (Array.isArray(v) ? v : (v ?? "").split(",")).map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter((d) => d.length > 0),
  );

const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "lower-case letters, digits and hyphens, at most 40"),
  issuer: z.string().refine(isAllowedIssuer, "must be an https:// URL (http:// only on a loopback address)"),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  label: z.string().min(1).max(80),
  scopes: z.string().min(1).default("openid email profile"),
  allowedDomains: domains,
});

/** The providers from OIDC_* variables and OIDC_PROVIDERS_FILE; the messages name the variable or the file's entry at fault. */
export function oidcProviders(env: Record<string, string | undefined>): { providers: OidcProvider[]; problems: string[] } {
  const problems: string[] = [];
  const found: OidcProvider[] = [];
  const take = (where: string, raw: unknown) => {
    const parsed = providerSchema.safeParse(raw);
    if (parsed.success) found.push(parsed.data);
    else for (const i of parsed.error.issues) problems.push(`  ${where}${i.path.length ? `.${i.path.join(".")}` : ""}: ${i.message}`);
  };
  if (env.OIDC_ISSUER) {
    const named = (key: string) => env[`OIDC_${key}`];
    const parsed = providerSchema.safeParse({
      id: "default",
      issuer: named("ISSUER"),
      clientId: named("CLIENT_ID"),
      clientSecret: named("CLIENT_SECRET"),
      label: named("LABEL") ?? "Kirjaudu organisaation tunnuksella",
      scopes: named("SCOPES"),
      allowedDomains: named("ALLOWED_DOMAINS"),
    });
    if (parsed.success) found.push(parsed.data);
    else {
      const variable: Record<string, string> = { issuer: "ISSUER", clientId: "CLIENT_ID", clientSecret: "CLIENT_SECRET", label: "LABEL" };
      for (const i of parsed.error.issues) problems.push(`  OIDC_${variable[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`);
    }
  }
  const file = env.OIDC_PROVIDERS_FILE;
  if (file) {
    let list: unknown;
    try {
      list = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (err) {
      problems.push(`  OIDC_PROVIDERS_FILE: cannot read ${file} as JSON (${(err as Error).message})`);
    }
    if (list !== undefined && !Array.isArray(list)) problems.push("  OIDC_PROVIDERS_FILE: must hold a JSON list of providers");
    else if (Array.isArray(list)) {
      for (const [n, entry] of list.entries()) take(`OIDC_PROVIDERS_FILE[${n}]`, entry);
    }
  }
  const ids = found.map((p) => p.id);
  for (const id of new Set(ids))
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`  OIDC providers: the id "${id}" is used twice`);
  return { providers: found, problems };
}

/** The SAML 2.0 identity provider (Suomi.fi e-Identification, ADFS) people may sign in with; docs/deploy.md tells how. */
export interface SamlProvider {
  /** Its id in the accounts it links. */
  id: "saml";
  label: string;
  /** The IdP's single sign-on URL (HTTP-Redirect binding). */
  entryPoint: string;
  /** The IdP's single logout URL, when it has one. */
  logoutUrl: string | undefined;
  /** PEM certificates the IdP signs with; an assertion signed by anything else is refused. */
  idpCerts: string[];
  /** The IdP's entity id, required of its answers when set. */
  idpIssuer: string | undefined;
  /** Solmu's entity id at the IdP; by default its metadata address. */
  entityId: string | undefined;
  /** Solmu's key and certificate (PEM): requests are signed with it and encrypted assertions decrypted. */
  spKey: string;
  spCert: string;
  /** The attributes that carry the e-mail and the name (Suomi.fi's `mail` and `displayName` by default). */
  emailAttribute: string;
  nameAttribute: string;
  /** The attribute whose value identifies the person across sign-ins; the NameID when unset. Only its hash is kept. */
  subjectAttribute: string | undefined;
  allowedDomains: string[];
}

const pemOrFile = (value: string) => (value.trim().startsWith("-----BEGIN") ? value : fs.readFileSync(value, "utf8"));

/** The SAML provider from SAML_* variables, when SAML_ENTRY_POINT is set; the messages name the variable at fault. */
export function samlProvider(env: Record<string, string | undefined>): { provider: SamlProvider | undefined; problems: string[] } {
  const entryPoint = env.SAML_ENTRY_POINT;
  if (!entryPoint) return { provider: undefined, problems: [] };
  const problems: string[] = [];
  if (!isAllowedIssuer(entryPoint)) problems.push("  SAML_ENTRY_POINT: must be an https:// URL (http:// only on a loopback address)");
  if (env.SAML_LOGOUT_URL && !isAllowedIssuer(env.SAML_LOGOUT_URL)) problems.push("  SAML_LOGOUT_URL: must be an https:// URL");
  const read = (name: string) => {
    const value = env[name];
    if (!value) {
      problems.push(`  ${name}: required with SAML_ENTRY_POINT`);
      return "";
    }
    try {
      return pemOrFile(value);
    } catch (err) {
      problems.push(`  ${name}: cannot read ${value} (${(err as Error).message})`);
      return "";
    }
  };
  const idpCert = read("SAML_IDP_CERT");
  const spKey = read("SAML_SP_KEY");
  const spCert = read("SAML_SP_CERT");
  if (problems.length > 0) return { provider: undefined, problems };
  return {
    problems,
    provider: {
      id: "saml",
      label: env.SAML_LABEL ?? "Suomi.fi-tunnistus",
      entryPoint,
      logoutUrl: env.SAML_LOGOUT_URL,
      idpCerts: idpCert.split(/(?=-----BEGIN CERTIFICATE-----)/).filter((c) => c.includes("BEGIN CERTIFICATE")),
      idpIssuer: env.SAML_IDP_ISSUER,
      entityId: env.SAML_ENTITY_ID,
      spKey,
      spCert,
      emailAttribute: env.SAML_EMAIL_ATTRIBUTE ?? "urn:oid:0.9.2342.19200300.100.1.3",
      nameAttribute: env.SAML_NAME_ATTRIBUTE ?? "urn:oid:2.16.840.1.113730.3.1.241",
      subjectAttribute: env.SAML_SUBJECT_ATTRIBUTE,
      allowedDomains: domains.parse(env.SAML_ALLOWED_DOMAINS),
    },
  };
}
